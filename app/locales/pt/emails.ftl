# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Confirme seu e-mail no Doorway
email-sign-up-body = Boas-vindas ao Doorway! Digite este código para confirmar seu e-mail:
email-sign-up-expiry = O código vale por 24 horas.
email-sign-up-not-you = Se você não criou uma conta, pode ignorar este e-mail.

email-resend-subject = Seu novo código de confirmação do Doorway
email-resend-body = Aqui está um novo código para confirmar seu e-mail:
email-resend-expiry = O código vale por 24 horas. Os códigos anteriores não funcionam mais.
email-resend-not-you = Se você não pediu um código, pode ignorar este e-mail.

email-reset-subject = Redefina sua senha do Doorway
email-reset-body = Digite este código para criar uma nova senha:
email-reset-expiry = O código vale por uma hora.
email-reset-not-you = Se você não pediu para redefinir sua senha, ignore este e-mail: sua senha continua a mesma.

email-change-subject = Confirme seu novo e-mail no Doorway
email-change-body = Digite este código nas suas configurações para confirmar seu novo e-mail:
email-change-expiry = O código vale por 24 horas.
email-change-not-you = Se você não pediu para alterar seu e-mail, entre na sua conta e altere sua senha.

email-sign-in-code-subject = Seu código de login do Doorway
email-sign-in-code-body = Digite este código para entrar:
email-sign-in-code-expiry = O código vale só por alguns minutos e pode ser usado uma única vez.
email-sign-in-code-not-you = Se não é você que está entrando, não compartilhe este código com ninguém e altere sua senha.

email-open-page = Ou abra esta página:
