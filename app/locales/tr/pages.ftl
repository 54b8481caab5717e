# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Şifremi unuttum
forgot-heading = Şifrenizi mi unuttunuz?
forgot-intro = E-posta adresinizi girin. Bir hesaba aitse yeni şifre belirlemeniz için bir kod göndereceğiz.
forgot-form-send = Sıfırlama kodu gönder
forgot-form-back = Girişe dön

home-title = Hoş geldiniz
# { $app } is the app's name.
home-heading = { $app } uygulamasına hoş geldiniz
home-lead = Buradaki her şey için tek bir hesap: e-posta adresinizle oluşturun, bir kodla onaylayın ve profilinizi tek bir yerde tutun.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Merhaba { $name }!
home-actions-profile = Profilinize gidin

signup-form-check-inbox = Gelen kutunuzu kontrol edin: e-posta adresinizi onaylamanız için bir kod gönderdik.
signup-form-password = Şifre
signup-form-display-name-hint = Size böyle hitap edeceğiz. Daha sonra değiştirebilirsiniz.
signup-form-creating = Hesap oluşturuluyor…
signup-form-have-account = Zaten hesabınız var mı?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = E-posta adresinizi doğrulayın
verify-step-verify = Doğrula
verify-step-verifying = Doğrulanıyor…
# { $email } is the address the code went to.
verify-step-resent = { $email } adresine yeni bir kod gönderdik.
verify-form-enter-code = Adresinizi onaylamak için size e-postayla gönderdiğimiz kodu girin.

# The page's title and its button.
reset-form-reset = Şifreyi sıfırla
reset-heading = Yeni şifre belirleyin
reset-intro = Bu e-posta adresine ait bir hesap varsa kod yolda. Kodu yeni şifrenizle birlikte girin.
reset-form-new-password = Yeni şifre
reset-form-new-code = Yeni bir koda mı ihtiyacınız var?

profile-heading = Profiliniz
profile-form-loading = Profiliniz yükleniyor…
profile-form-restored = Kaydedilmemiş değişiklikleriniz geri getirildi. Korumak için kaydedin.
profile-form-saved = Kaydedildi.
profile-form-last-saved = Son kayıt
profile-form-two-step = İki adımlı giriş
profile-form-two-step-on = Açık
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Açık ({ $date } tarihinden beri)
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Kapalı –
profile-form-set-up-two-step = hesap ayarlarından kurun
# A form field's label; also on the sign-up page.
profile-form-display-name = Görünen ad
profile-form-bio = Hakkımda
profile-form-time-zone = Saat dilimi
profile-form-language = Tercih edilen dil
profile-form-save = Kaydet
# A button's label while it saves; also on the password reset page.
profile-form-saving = Kaydediliyor…
profile-form-account-settings = Hesap ayarları
profile-form-settings-summary = Şifre, e-posta, iki adımlı giriş, verileriniz ve hesabın silinmesi

not-found-heading = Sayfa bulunamadı
not-found-text = Bu adreste hiçbir şey yok.
not-found-home = Ana sayfaya gidin

# The developer's mailbox, local mode only.
mailbox-heading = Posta kutusu
mailbox-intro = Yerel mod gerçek e-posta göndermez. Uygulamanın göndereceği her ileti, en yenisi en üstte olacak şekilde burada listelenir.
mailbox-empty = Henüz ileti yok. Bir hesap oluşturun ya da sıfırlama kodu isteyin, ardından bu sayfayı yenileyin.
mailbox-to = Alıcı
mailbox-purpose = Amaç
mailbox-subject = Konu
mailbox-code = Kod
mailbox-links = Bağlantılar
mailbox-sent = Gönderilme zamanı

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Bu tarayıcı geçiş anahtarlarını kullanamıyor. Başka bir yöntem seçin.
session-passkey-cancelled = Geçiş anahtarı kullanılmadı. Tekrar deneyin veya başka bir yöntem seçin.
session-passkey-already-registered = Bu cihazda hesabınız için zaten bir geçiş anahtarı var.
session-passkey-wrong-site = Geçiş anahtarları yalnızca sitenin adıyla çalışır: siteyi IP adresiyle değil, localhost ile açın.
session-passkey-failed = Geçiş anahtarı işe yaramadı. Tekrar deneyin veya başka bir yöntem seçin.
