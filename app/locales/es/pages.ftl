# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Olvidé mi contraseña
forgot-heading = ¿Olvidaste tu contraseña?
forgot-intro = Escribe tu correo electrónico. Si pertenece a una cuenta, te enviaremos un código para crear una contraseña nueva.
forgot-form-send = Enviar código
forgot-form-back = Volver al inicio de sesión

home-title = Te damos la bienvenida
# { $app } is the app's name.
home-heading = Te damos la bienvenida a { $app }
home-lead = Una sola cuenta para todo lo que hay aquí: créala con tu correo electrónico, confírmala con un código y ten tu perfil en un solo lugar.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = ¡Hola, { $name }!
home-actions-profile = Ir a tu perfil

signup-form-check-inbox = Revisa tu bandeja de entrada: te enviamos un código para confirmar tu correo electrónico.
signup-form-password = Contraseña
signup-form-display-name-hint = Así te saludaremos. Puedes cambiarlo más tarde.
signup-form-creating = Creando cuenta…
signup-form-have-account = ¿Ya tienes una cuenta?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Verifica tu correo electrónico
verify-step-verify = Verificar
verify-step-verifying = Verificando…
# { $email } is the address the code went to.
verify-step-resent = Enviamos un código nuevo a { $email }.
verify-form-enter-code = Escribe el código que te enviamos por correo para confirmar tu dirección.

# The page's title and its button.
reset-form-reset = Restablecer contraseña
reset-heading = Crea una contraseña nueva
reset-intro = Si ese correo electrónico tiene una cuenta, te llegará un código. Escríbelo junto con tu contraseña nueva.
reset-form-new-password = Contraseña nueva
reset-form-new-code = ¿Necesitas un código nuevo?

profile-heading = Tu perfil
profile-form-loading = Cargando tu perfil…
profile-form-restored = Recuperamos tus cambios sin guardar. Guárdalos para conservarlos.
profile-form-saved = Guardado.
profile-form-last-saved = Guardado por última vez
profile-form-two-step = Inicio de sesión en dos pasos
profile-form-two-step-on = Activado
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Activado (desde el { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Desactivado —
profile-form-set-up-two-step = actívalo en Configuración de la cuenta
# A form field's label; also on the sign-up page.
profile-form-display-name = Nombre visible
profile-form-bio = Biografía
profile-form-time-zone = Zona horaria
profile-form-language = Idioma preferido
profile-form-save = Guardar
# A button's label while it saves; also on the password reset page.
profile-form-saving = Guardando…
profile-form-account-settings = Configuración de la cuenta
profile-form-settings-summary = Contraseña, correo electrónico, inicio de sesión en dos pasos, tus datos y eliminación de la cuenta

not-found-heading = No se encontró la página
not-found-text = No hay nada en esta dirección.
not-found-home = Ir a la página de inicio

# The developer's mailbox, local mode only.
mailbox-heading = Buzón
mailbox-intro = El modo local no envía correos reales. Aquí aparece cada mensaje que la app habría enviado, del más reciente al más antiguo.
mailbox-empty = Todavía no hay mensajes. Crea una cuenta o pide un código para restablecer la contraseña y vuelve a cargar esta página.
mailbox-to = Para
mailbox-purpose = Tipo
mailbox-subject = Asunto
mailbox-code = Código
mailbox-links = Enlaces
mailbox-sent = Enviado

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Este navegador no admite llaves de acceso. Elige otra forma.
session-passkey-cancelled = No se usó ninguna llave de acceso. Vuelve a intentarlo o elige otra forma.
session-passkey-already-registered = Este dispositivo ya tiene una llave de acceso para tu cuenta.
session-passkey-wrong-site = Las llaves de acceso solo funcionan con el nombre de este sitio: ábrelo en localhost, no con una dirección IP.
session-passkey-failed = La llave de acceso no funcionó. Vuelve a intentarlo o elige otra forma.
