# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Ese ya es tu correo electrónico.
message-email-taken = Esa dirección ya no se puede usar. Cambia tu correo electrónico por otro.
message-email-change-ended = Este cambio de correo electrónico ya no es válido. Vuelve a cambiar tu correo para recibir un código nuevo.
message-wrong-current-password = Esa no es tu contraseña actual.
message-app-code-missing = Escribe el código que muestra tu app de autenticación.
message-app-code-not-right = Ese código no es correcto. Escribe el que muestra la app ahora.
message-password-refused = Esta contraseña no cumple las reglas: usa de 8 a 256 caracteres y evita las que ya hayas usado.

message-two-step-already-on = El inicio de sesión en dos pasos ya está activado.
message-two-step-not-on = Primero activa el inicio de sesión en dos pasos.
message-two-step-setup-ended = Esta configuración ya no es válida. Vuelve a configurar el inicio de sesión en dos pasos.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = App de autenticación

message-passkeys-full = Esta cuenta ya tiene el máximo de llaves de acceso (20). Primero quita una.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } en { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Registro
message-mail-resend = Nuevo código de registro
message-mail-password-reset = Restablecimiento de contraseña
message-mail-email-change = Cambio de correo electrónico
message-mail-sign-in-code = Código de inicio de sesión
