# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Şifre
login-form-password-missing = Şifrenizi girin.
login-form-remember = Oturumum açık kalsın
login-form-continue = Devam
login-form-signing-in = Giriş yapılıyor…
login-form-forgot-password = Şifrenizi mi unuttunuz?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Hesabınız yok mu?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Kod

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Giriş yapılan hesap:{" "}
login-methods-use-another-email = Başka bir e-posta kullan
login-methods-or = Ya da
login-methods-or-password = Ya da şifrenizi kullanın
# Read out by screen readers for the group of buttons.
login-methods-label = Giriş yöntemleri
login-methods-passkey = Geçiş anahtarıyla giriş yap
login-methods-passkey-waiting = Geçiş anahtarınız bekleniyor…
login-methods-email-code = Bana e-postayla kod gönder
login-methods-email-code-sending = Kod gönderiliyor…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Geçiş anahtarları IP adresiyle değil, yalnızca sitenin adıyla çalışır. Kullanmak için{" "}
login-methods-passkey-ip-address-after = {" "}adresini açın.
login-methods-passkey-unsupported = Bu tarayıcı geçiş anahtarlarını kullanamıyor.

## The emailed code's step.

login-email-code-heading = E-postanızı kontrol edin
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Giriş kodunu şu adrese gönderdik:{" "}
login-email-code-sent-after = . Kodu buraya girin; birkaç dakika geçerlidir.
# { $address } is the email address the new code went to.
login-email-code-resent = { $address } adresine yeni bir kod gönderdik.
login-email-code-hint = Bir dakika içinde e-posta gelmedi mi? Adresi kontrol edin. İki adımlı giriş açıksa bunun yerine şifrenizle giriş yapın.
login-email-code-another-way = Başka bir yöntem seç

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = İki adımlı giriş
login-second-step-app-intro = Kimlik doğrulama uygulamanızın bu hesap için gösterdiği altı haneli kodu girin.
login-second-step-recovery-intro = İki adımlı girişi kurarken kaydettiğiniz kurtarma kodlarından birini girin. Her kod bir kez çalışır.
login-second-step-recovery-code = Kurtarma kodu
login-second-step-verify = Doğrula
login-second-step-checking = Kontrol ediliyor…
login-second-step-use-app = Kimlik doğrulama uygulamasını kullan
login-second-step-use-recovery-code = Kurtarma kodu kullan
login-second-step-start-again = Baştan başla
login-second-step-app-code-wrong = Bu kod doğru değil. Uygulamanın şu anda gösterdiği kodu girin.
login-second-step-recovery-code-wrong = Bu kurtarma kodu yanlış veya daha önce kullanılmış.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Giriş yaptınız.
login-offer-heading = Bir dahaki sefere daha hızlı giriş yapın
login-offer-text = Bir geçiş anahtarı ekleyin; bir dahaki sefere bu cihazda parmak iziniz, yüzünüz veya ekran kilidinizle giriş yapın: yazılacak şifre yok, kimsenin sizi kandırıp elde edebileceği bir şey de yok.
login-offer-adding = Geçiş anahtarı ekleniyor…
login-offer-add = Geçiş anahtarı ekle
login-offer-not-now = Şimdi değil

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = { $provider } ile devam et
login-continue-title = Giriş yapılıyor
login-continue-working = Girişiniz tamamlanıyor…
login-continue-back = Giriş sayfasına dön
