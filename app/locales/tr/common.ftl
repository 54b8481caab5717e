# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = İçeriğe geç
nav-account = Hesap
nav-sign-in = Giriş yap
nav-create-account = Hesap oluştur
nav-sign-out = Çıkış yap
footer-about = Amazon Cognito üzerinde hesaplar
footer-language = Dil
footer-change = Değiştir

form-show = Göster
form-hide = Gizle
form-sending = Gönderiliyor…
form-password-rules = 8 ile 256 karakter arası. Boşluk ve her türlü harf ya da simge kullanılabilir; ne kadar uzunsa o kadar güçlüdür.
# { $level } is one of the form-strength-* words below.
form-strength = Şifre gücü: { $level }
form-strength-too-short = çok kısa
form-strength-fair = orta – daha uzun bir şifre daha güçlü olur
form-strength-good = iyi
form-strength-strong = güçlü
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } / { $max } karakter
form-send-new-code = Yeni kod gönder
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Yeni kod gönder ({ $seconds } sn)

field-email = E-posta
field-verification-code = Doğrulama kodu
field-verification-code-hint = E-postadaki gibi altı rakam ya da ABCD-EFGH-… gibi harf grupları.

error-invalid = Girdiğiniz bilgileri kontrol edin.
error-wrong-credentials = E-posta adresi veya şifre yanlış.
error-not-confirmed = Bu e-posta adresi henüz onaylanmadı.
error-wrong-code = Bu kod yanlış veya süresi dolmuş. Yeni bir kod isteyin.
error-try-later = Çok fazla deneme yapıldı. Biraz sonra tekrar deneyin.
error-too-many-attempts =
    { $seconds ->
        [one] Çok fazla deneme yapıldı. { $seconds } saniye sonra tekrar deneyin.
       *[other] Çok fazla deneme yapıldı. { $seconds } saniye sonra tekrar deneyin.
    }
error-session-expired = Oturumunuz sona erdi. Lütfen tekrar giriş yapın.
error-sign-in-expired = Bu giriş çok uzun sürdü. Baştan başlayın.
error-passkey-refused = Bu geçiş anahtarı işe yaramadı. Tekrar deneyin veya başka bir giriş yöntemi seçin.
error-passkey-not-added = Bu geçiş anahtarı eklenemedi. Tekrar deneyin.
error-stale-profile = Bu profil başka bir yerde değiştirildi. Görmek için sayfayı yenileyin.
error-sessions-remain = Şifreniz değiştirildi ancak tüm cihazlardan çıkış yapılamadı. Biraz sonra “Her yerden çıkış yap” seçeneğini kullanın.
error-unavailable = Hesap hizmetine şu anda ulaşılamıyor. Yazdıklarınız korunuyor; biraz sonra tekrar deneyin.
error-account-exists = Bu e-posta adresiyle açılmış bir hesap zaten var.
error-unreadable = Form okunamadı. Sayfayı yenileyip tekrar deneyin.
error-not-found = Bulunamadı.
error-internal = Bizim tarafımızda bir sorun oluştu. Biraz sonra tekrar deneyin.
error-network = Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Bu giriş tamamlanmadı. Lütfen tekrar deneyin.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Bu e-posta adresiyle açılmış bir hesap zaten var. Şifrenizle bu hesaba giriş yapın, ardından Hesap ayarları sayfasındaki “Bağlı hesaplar” bölümünden { $provider } hesabınızı bağlayın.
error-provider-in-use = Bu { $provider } hesabıyla zaten başka bir hesaba giriş yapılıyor.
error-provider-fresh-sign-in = Bu değişiklik için önce { $provider } ile yeniden giriş yapın, ardından beş dakika içinde tekrar deneyin.

invalid-email-missing = E-posta adresinizi girin.
invalid-email = name@example.com gibi bir e-posta adresi girin.
invalid-password-short = En az 8 karakter kullanın.
invalid-password-long = En fazla 256 karakter kullanın.
invalid-password-common = Bu, en yaygın şifrelerden biri; bu yüzden saldırganların ilk denediği şifreler arasında. Birbiriyle ilgisiz birkaç kelime gibi size özgü bir şifre seçin.
invalid-password-personal = Bu şifre e-posta adresinizden veya adınızdan oluşturulmuş; sizi tanıyan herkes bunu tahmin edebilir. Sizinle ilgisi olmayan bir şifre seçin.
invalid-password-guessable = Bu şifre kolayca tahmin edilebilir: tek bir kelime, bir ad, bir tarih veya bir klavye dizisi. Örneğin birbiriyle ilgisiz birkaç kelime ekleyerek şifrenizi uzatın.
invalid-password-breached = Bu şifre bir veri ihlalinde ortaya çıktı, bu yüzden saldırganlar onu deniyor. Başka bir şifre seçin.
invalid-code-missing = E-postadaki kodu girin.
invalid-code = Bu, e-postamızdaki bir koda benzemiyor. Kontrol edip tekrar deneyin.
invalid-sign-in-code = E-postadaki kodu girin (yalnızca rakam).
invalid-current-password = Mevcut şifrenizi girin.
invalid-app-code = Kimlik doğrulama uygulamanızın gösterdiği altı haneli kodu girin.
invalid-recovery-code = Kurtarma kodlarınızdan birini girin: 4f7k2-9xq3m gibi on harf ve rakam.
invalid-app-or-recovery-code = Kimlik doğrulama uygulamanızın gösterdiği kodu veya kurtarma kodlarınızdan birini girin.
invalid-device-name = En fazla 64 harf, rakam, boşluk ve noktalama işareti kullanın.
invalid-display-name-missing = Hesabınızda görünecek adı girin.
invalid-display-name-long = En fazla 64 karakter kullanın.
invalid-display-name-characters = Yalnızca harf, rakam, boşluk ve noktalama işareti kullanın.
invalid-bio-long = En fazla 280 karakter kullanın.
invalid-bio-characters = Yalnızca harf, rakam, boşluk, noktalama işareti ve satır sonu kullanın.
invalid-time-zone = Listeden bir saat dilimi seçin.
invalid-language = Listeden bir dil seçin.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Onaylamak için { $word } yazın.

notice-verified = E-posta adresiniz onaylandı. Lütfen giriş yapın.
notice-reset = Şifreniz değiştirildi. Yeni şifrenizle giriş yapın.
notice-expired = Oturumunuz sona erdi. Lütfen tekrar giriş yapın.
notice-signin = Devam etmek için lütfen giriş yapın.
notice-resent = Bu e-posta adresi henüz onaylanmadı. Size yeni bir kod gönderdik.
notice-everywhere = Tüm cihazlardan çıkış yaptınız.
notice-deleted = Hesabınız ve profiliniz silindi.
notice-connected = { $provider } bağlandı: artık onunla da giriş yapabilirsiniz.
notice-two-step-lifted = Bir kurtarma koduyla giriş yaptığınız için iki adımlı giriş kapatıldı. Aşağıdan yeni telefonunuzla yeniden kurun.
