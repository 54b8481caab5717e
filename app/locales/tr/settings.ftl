# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Hesap ayarları
settings-back = ← Profilinize dönün
settings-loading = Hesabınız yükleniyor…

## What several sections share.

settings-cancel = İptal
settings-current-password = Mevcut şifre
settings-code = Kod
settings-code-hint = Kimlik doğrulama uygulamanızın şu anda gösterdiği kod.
settings-verify = Doğrula
settings-verifying = Doğrulanıyor…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Giriş için kullandığınız adres: { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = { $new } adresine bir kod gönderdik. Kodu girene kadar { $current } adresiyle giriş yapmaya devam edin.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = { $address } adresine bir kod gönderdik. Yeni adresinizi doğrulamak için kodu girin.
settings-email-change = E-postayı değiştir
settings-email-new = Yeni e-posta
settings-email-sending-code = Kod gönderiliyor…
settings-email-verified = Yeni e-posta adresiniz doğrulandı. Bundan sonra giriş yaparken bu adresi kullanın.
settings-email-code-resent = Yeni bir kod yolda.

## Password.

settings-password-heading = Şifre
settings-password-intro = Şifrenizi değiştirdiğinizde diğer tüm cihazlardan çıkış yapılır.
settings-password-change = Şifreyi değiştir
settings-password-new = Yeni şifre
settings-password-changing = Değiştiriliyor…
settings-password-changed = Şifreniz değiştirildi. Diğer tüm oturumlar sonlandırıldı.

## Two-step sign-in.

settings-two-step-heading = İki adımlı giriş
settings-two-step-intro = Girişte şifrenizin yanı sıra telefonunuzdaki kimlik doğrulama uygulamasından bir kod istenir; böylece çalınan bir şifre tek başına giriş için yetmez.
settings-two-step-set-up = İki adımlı girişi kur
settings-two-step-on = İki adımlı giriş açık.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = İki adımlı giriş { $day } tarihinden beri açık.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = İki adımlı giriş açık ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = İki adımlı giriş { $day } tarihinden beri açık ({ $device }).
settings-two-step-codes-left-none = Kurtarma kodunuz kalmadı: yenilerini oluşturun, yoksa telefonunuzu kaybederseniz hesabınıza giremezsiniz.
settings-two-step-codes-left-one = 1 kurtarma kodu kaldı.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = { $count } kurtarma kodu kaldı.
settings-two-step-turn-off = Kapat
settings-two-step-turning-off = Kapatılıyor…
settings-two-step-off-code-hint = Kimlik doğrulama uygulamanızın gösterdiği kod veya kurtarma kodlarınızdan biri.
settings-two-step-off-wrong-code = Bu kod doğru değil. Uygulamanın şu anda gösterdiği kodu veya kullanmadığınız bir kurtarma kodunu girin.
settings-two-step-turned-off = İki adımlı giriş kapatıldı. Kurtarma kodlarınız artık çalışmıyor.
settings-two-step-new-codes = Yeni kurtarma kodları
settings-two-step-new-codes-intro = On koddan oluşan yeni bir set, kullanılmış olsun olmasın şu anki kodlarınızın yerini alır.
settings-two-step-making-codes = Yeni kodlar oluşturuluyor…
settings-two-step-new-codes-made = Yeni kurtarma kodlarınız burada. Eskileri artık çalışmıyor.
settings-two-step-setup-intro = Telefonunuzda Google Authenticator, Microsoft Authenticator veya şifre yöneticiniz gibi bir kimlik doğrulama uygulaması olmalı.
settings-two-step-continue = Devam
settings-two-step-preparing = Hazırlanıyor…
settings-two-step-scan = Bu QR kodunu kimlik doğrulama uygulamanızla tarayın, ardından uygulamanın gösterdiği altı haneli kodu girin.
settings-two-step-qr-code = Kimlik doğrulama uygulamanız için QR kodu
# Followed by the secret key, as letters and digits.
settings-two-step-key = Ya da bu anahtarı girin:
settings-two-step-open-app = Bu cihazdaki bir kimlik doğrulama uygulamasında aç
settings-two-step-device-name = Cihaz adı (isteğe bağlı)
settings-two-step-device-name-hint = Ayarlarda görünür, ör. Ada'nın telefonu
settings-two-step-wrong-code = Bu kod doğru değil. Uygulamanın şu anda gösterdiği kodu girin.
settings-two-step-turned-on = İki adımlı giriş açık. Bundan sonra giriş yaparken uygulamadaki kod istenecek.

## Recovery codes, shown once.

settings-recovery-heading = Kurtarma kodlarınız
settings-recovery-intro = Telefonunuzu kaybederseniz her kodla uygulama yerine bir kez giriş yapabilirsiniz. Kodları şifre yöneticiniz gibi güvenli bir yerde saklayın: yalnızca bu kez gösteriliyorlar.
settings-recovery-copy = Kodları kopyala
settings-recovery-download = Kodları indir
settings-recovery-done = Bitti
settings-recovery-copied = Kopyalandı.
settings-recovery-not-copied = Kopyalanamadı. Kodları seçip kopyalayın ya da indirin.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = { $app } kurtarma kodları
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Her biri, kimlik doğrulama uygulamanızın kodu yerine bir kez giriş yapmanızı sağlar.

## Devices.

settings-devices-heading = Cihazlar
settings-devices-intro = Bir cihazınızı mı kaybettiniz ya da ortak bir bilgisayar mı kullandınız? Bu oturum dahil tüm oturumları sonlandırın.
settings-devices-loading = Hesabınızda oturumu açık olan cihazlar yükleniyor…
settings-devices-this = Bu cihaz
settings-devices-signed-in = Giriş yapıldı: { $time }
settings-devices-last-active = son etkinlik: { $time }
settings-sign-out-device = Cihazdan çıkış yap
settings-signing-out-device = Çıkış yapılıyor…
settings-sign-out-everywhere = Her yerden çıkış yap
settings-signing-out-everywhere = Her yerden çıkış yapılıyor…

## Your data.

settings-data-heading = Verileriniz
settings-data-intro = Hesabınız hakkında sakladığımız her şey, JSON dosyası olarak.
settings-data-download = Verilerimi indir
settings-data-preparing = Verileriniz hazırlanıyor…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Hesabı sil
settings-delete-intro = Giriş bilgilerinizi ve profilinizi kalıcı olarak siler. Bu işlem geri alınamaz.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Onaylamak için { $word } yazın
settings-deleting = Siliniyor…

## Passkeys.

passkeys-heading = Geçiş anahtarları
passkeys-intro = Geçiş anahtarı, şifreniz yerine parmak iziniz, yüzünüz veya ekran kilidinizle giriş yapmanızı sağlar. Cihazınızda kalır ve kimlik avıyla ele geçirilemez.
passkeys-loading = Geçiş anahtarlarınız yükleniyor…
passkeys-none = Henüz geçiş anahtarınız yok.
passkeys-list = Geçiş anahtarlarınız
# A passkey without a name.
passkeys-unnamed = Geçiş anahtarı
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Eklenme tarihi: { $day }
passkeys-add = Geçiş anahtarı ekle
passkeys-add-intro = Önce kimliğinizi doğrulayın. Ardından cihazınız, parmak iziniz, yüzünüz veya ekran kilidinizle geçiş anahtarını oluşturmanızı isteyecek.
passkeys-adding = Ekleniyor…
passkeys-added = Geçiş anahtarı eklendi. Bir dahaki sefere şifreniz yerine bununla giriş yapabilirsiniz.
passkeys-remove = Kaldır
passkeys-remove-intro = Kaldırıldıktan sonra bu anahtarla giriş yapılamaz. Cihazınız onu hâlâ listeleyebilir: oradan da silin. Önce kimliğinizi doğrulayın.
passkeys-removing = Kaldırılıyor…
passkeys-removed = Geçiş anahtarı kaldırıldı. Artık bununla giriş yapılamaz.
passkeys-use-passkey = Bunun yerine geçiş anahtarı kullan
passkeys-unsupported = Bu tarayıcı geçiş anahtarlarını kullanamıyor.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Geçiş anahtarları için bu sitenin IP adresiyle değil, adıyla açılması gerekir. Anahtar eklemek için { $address } adresini açın.
passkeys-not-made-cancelled = Geçiş anahtarı oluşturulmadı: pencere kapatıldı veya süre doldu. Hazır olduğunuzda tekrar deneyin.
passkeys-not-made = Cihazınız bir geçiş anahtarı oluşturamadı. Tekrar deneyin.
passkeys-proof-cancelled = Geçiş anahtarı kullanılmadı. Tekrar deneyin veya mevcut şifrenizi girin.
passkeys-proof-failed = Geçiş anahtarı işe yaramadı. Tekrar deneyin veya mevcut şifrenizi girin.
passkeys-proof-unsupported = Bu tarayıcı geçiş anahtarlarını kullanamıyor. Mevcut şifrenizi girin.

## Recent activity.

activity-heading = Son etkinlikler
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Tanımadığınız bir satır mı var? Yukarıdaki { $sign-out-everywhere } seçeneğini, ardından { $change-password } seçeneğini kullanın.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Tanımadığınız bir satır mı var? Yukarıdaki { $sign-out-everywhere } seçeneğini kullanın, ardından giriş yaptığınız hesabı güvence altına alın.
activity-loading = Etkinlikleriniz yükleniyor…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Bilinmeyen cihaz
activity-signed-in = Giriş yapıldı
activity-sign-in-failed = Başarısız giriş (yanlış şifre)
activity-password-changed = Şifre değiştirildi
activity-password-reset = Şifre, e-postayla gönderilen kodla sıfırlandı
activity-email-changed = E-posta değiştirildi
activity-two-step-on = İki adımlı giriş açıldı
activity-two-step-off = İki adımlı giriş kapatıldı
activity-signed-out-everywhere = Her yerden çıkış yapıldı
activity-device-signed-out = Başka bir cihazdan çıkış yapıldı
activity-passkey-added = Geçiş anahtarı eklendi
activity-passkey-removed = Geçiş anahtarı kaldırıldı
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = { $provider } ile giriş yapıldı
activity-provider-connected = { $provider } bağlandı
activity-provider-disconnected = { $provider } bağlantısı kesildi

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Bağlı hesaplar
settings-connected-intro = Başka bir hesabınızla da giriş yapın. Bağlamak için önce burada şifreniz istenir, ardından orada giriş yaparsınız.
settings-connected-made-with = Bu hesabı { $provider } ile oluşturdunuz ve onunla giriş yapıyorsunuz.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Bağlanma tarihi: { $date }
settings-connected-not = Bağlı değil
settings-connect = Bağla
settings-connecting = Bağlanıyor…
settings-disconnect = Bağlantıyı kes
settings-disconnecting = Bağlantı kesiliyor…
settings-provider-disconnected = Bağlantı kesildi. Artık bu hesaba giriş için kullanılamaz.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Şifre ve iki adımlı giriş
settings-made-with-intro = { $provider } ile giriş yapıyorsunuz. Şifreniz ve iki adımlı giriş burada değil, orada yönetilir.
settings-fresh-sign-in = Hesabı silmek için önce { $provider } ile yeniden giriş yapın.
settings-sign-in-again = { $provider } ile yeniden giriş yap
