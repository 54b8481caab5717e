# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Confirma tu correo electrónico para Doorway
email-sign-up-body = ¡Te damos la bienvenida a Doorway! Escribe este código para confirmar tu correo electrónico:
email-sign-up-expiry = El código es válido durante 24 horas.
email-sign-up-not-you = Si no creaste una cuenta, puedes ignorar este correo.

email-resend-subject = Tu nuevo código de confirmación de Doorway
email-resend-body = Aquí tienes un código nuevo para confirmar tu correo electrónico:
email-resend-expiry = El código es válido durante 24 horas. Los códigos anteriores ya no funcionan.
email-resend-not-you = Si no pediste un código, puedes ignorar este correo.

email-reset-subject = Restablece tu contraseña de Doorway
email-reset-body = Escribe este código para crear una contraseña nueva:
email-reset-expiry = El código es válido durante una hora.
email-reset-not-you = Si no pediste restablecer tu contraseña, ignora este correo: tu contraseña no cambiará.

email-change-subject = Confirma tu nuevo correo electrónico para Doorway
email-change-body = Escribe este código en tu configuración para confirmar tu nuevo correo electrónico:
email-change-expiry = El código es válido durante 24 horas.
email-change-not-you = Si no pediste cambiar tu correo electrónico, inicia sesión y cambia tu contraseña.

email-sign-in-code-subject = Tu código de inicio de sesión de Doorway
email-sign-in-code-body = Escribe este código para iniciar sesión:
email-sign-in-code-expiry = El código solo es válido durante unos minutos y una sola vez.
email-sign-in-code-not-you = Si no estás iniciando sesión, no compartas este código con nadie y cambia tu contraseña.

email-open-page = O abre esta página:
