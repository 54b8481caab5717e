# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Bu zaten sizin e-posta adresiniz.
message-email-taken = Bu adres artık kullanılamıyor. E-posta adresinizi başka bir adresle değiştirin.
message-email-change-ended = Bu e-posta değişikliğinin süresi doldu. Yeni bir kod almak için e-posta adresinizi yeniden değiştirin.
message-wrong-current-password = Bu, mevcut şifreniz değil.
message-app-code-missing = Kimlik doğrulama uygulamanızın gösterdiği kodu girin.
message-app-code-not-right = Bu kod doğru değil. Uygulamanın şu anda gösterdiği kodu girin.
message-password-refused = Bu şifre kurallara uymuyor: 8 ile 256 arasında karakter kullanın ve daha önce kullandığınız şifrelerden kaçının.

message-two-step-already-on = İki adımlı giriş zaten açık.
message-two-step-not-on = Önce iki adımlı girişi açın.
message-two-step-setup-ended = Bu kurulumun süresi doldu. İki adımlı giriş kurulumuna yeniden başlayın.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Kimlik doğrulama uygulaması

message-passkeys-full = Bu hesaba eklenebilecek en fazla sayıda geçiş anahtarı (20) zaten var. Önce birini kaldırın.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $system } üzerinde { $browser }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Kayıt
message-mail-resend = Yeni kayıt kodu
message-mail-password-reset = Şifre sıfırlama
message-mail-email-change = E-posta değişikliği
message-mail-sign-in-code = Giriş kodu
