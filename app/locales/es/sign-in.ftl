# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Contraseña
login-form-password-missing = Escribe tu contraseña.
login-form-remember = Mantener la sesión iniciada
login-form-continue = Continuar
login-form-signing-in = Iniciando sesión…
login-form-forgot-password = ¿Olvidaste tu contraseña?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = ¿Aún no tienes cuenta?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Código

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Iniciando sesión como{" "}
login-methods-use-another-email = Usar otro correo electrónico
login-methods-or = O
login-methods-or-password = O usa tu contraseña
# Read out by screen readers for the group of buttons.
login-methods-label = Formas de iniciar sesión
login-methods-passkey = Iniciar sesión con una llave de acceso
login-methods-passkey-waiting = Esperando tu llave de acceso…
login-methods-email-code = Enviarme un código por correo
login-methods-email-code-sending = Enviando un código…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Las llaves de acceso solo funcionan con el nombre de este sitio, no con una dirección IP: abre{" "}
login-methods-passkey-ip-address-after = {" "}para usar una.
login-methods-passkey-unsupported = Este navegador no admite llaves de acceso.

## The emailed code's step.

login-email-code-heading = Revisa tu correo
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Enviamos un código de inicio de sesión a{" "}
login-email-code-sent-after = . Escríbelo aquí; es válido durante unos minutos.
# { $address } is the email address the new code went to.
login-email-code-resent = Enviamos un código nuevo a { $address }.
login-email-code-hint = ¿No te llegó ningún correo después de un minuto? Revisa la dirección. Si tienes activado el inicio de sesión en dos pasos, inicia sesión con tu contraseña.
login-email-code-another-way = Elegir otra forma

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Inicio de sesión en dos pasos
login-second-step-app-intro = Escribe el código de seis dígitos que muestra tu app de autenticación para esta cuenta.
login-second-step-recovery-intro = Escribe uno de los códigos de recuperación que guardaste al configurar el inicio de sesión en dos pasos. Cada uno sirve una sola vez.
login-second-step-recovery-code = Código de recuperación
login-second-step-verify = Verificar
login-second-step-checking = Comprobando…
login-second-step-use-app = Usar la app de autenticación
login-second-step-use-recovery-code = Usar un código de recuperación
login-second-step-start-again = Empezar de nuevo
login-second-step-app-code-wrong = Ese código no es correcto. Escribe el que muestra la app ahora.
login-second-step-recovery-code-wrong = Ese código de recuperación no es correcto o ya se usó.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Sesión iniciada.
login-offer-heading = Inicia sesión más rápido la próxima vez
login-offer-text = Añade una llave de acceso y, la próxima vez, este dispositivo iniciará tu sesión con tu huella, tu cara o el bloqueo de pantalla: sin contraseñas que escribir y sin nada que alguien pueda sonsacarte con engaños.
login-offer-adding = Añadiendo una llave de acceso…
login-offer-add = Añadir una llave de acceso
login-offer-not-now = Ahora no

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Continuar con { $provider }
login-continue-title = Iniciando sesión
login-continue-working = Terminando de iniciar sesión…
login-continue-back = Volver al inicio de sesión
