# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Doorway için e-posta adresinizi onaylayın
email-sign-up-body = Doorway'e hoş geldiniz! E-posta adresinizi onaylamak için bu kodu girin:
email-sign-up-expiry = Kod 24 saat geçerlidir.
email-sign-up-not-you = Hesap oluşturmadıysanız bu e-postayı yok sayabilirsiniz.

email-resend-subject = Yeni Doorway onay kodunuz
email-resend-body = E-posta adresinizi onaylamak için yeni kodunuz:
email-resend-expiry = Kod 24 saat geçerlidir. Önceki kodlar artık çalışmaz.
email-resend-not-you = Kod istemediyseniz bu e-postayı yok sayabilirsiniz.

email-reset-subject = Doorway şifrenizi sıfırlayın
email-reset-body = Yeni bir şifre belirlemek için bu kodu girin:
email-reset-expiry = Kod bir saat geçerlidir.
email-reset-not-you = Şifre sıfırlama isteğinde bulunmadıysanız bu e-postayı yok sayın: şifreniz olduğu gibi kalır.

email-change-subject = Doorway için yeni e-posta adresinizi onaylayın
email-change-body = Yeni e-posta adresinizi onaylamak için bu kodu ayarlarınızda girin:
email-change-expiry = Kod 24 saat geçerlidir.
email-change-not-you = E-posta adresinizi değiştirmek istemediyseniz giriş yapın ve şifrenizi değiştirin.

email-sign-in-code-subject = Doorway giriş kodunuz
email-sign-in-code-body = Giriş yapmak için bu kodu girin:
email-sign-in-code-expiry = Kod birkaç dakika geçerlidir ve yalnızca bir kez kullanılabilir.
email-sign-in-code-not-you = Giriş yapmaya çalışan siz değilseniz bu kodu kimseyle paylaşmayın ve şifrenizi değiştirin.

email-open-page = Ya da bu sayfayı açın:
