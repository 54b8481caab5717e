# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Configuración de la cuenta
settings-back = ← Volver a tu perfil
settings-loading = Cargando tu cuenta…

## What several sections share.

settings-cancel = Cancelar
settings-current-password = Contraseña actual
settings-code = Código
settings-code-hint = El código que muestra ahora tu app de autenticación.
settings-verify = Verificar
settings-verifying = Verificando…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Inicias sesión con { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Enviamos un código a { $new }. Hasta que lo escribas, sigue iniciando sesión con { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Enviamos un código a { $address }. Escríbelo para verificar tu nueva dirección.
settings-email-change = Cambiar correo electrónico
settings-email-new = Nuevo correo electrónico
settings-email-sending-code = Enviando un código…
settings-email-verified = Tu nuevo correo electrónico está verificado. A partir de ahora, úsalo para iniciar sesión.
settings-email-code-resent = Un código nuevo va en camino.

## Password.

settings-password-heading = Contraseña
settings-password-intro = Si la cambias, se cerrará tu sesión en todos los demás dispositivos.
settings-password-change = Cambiar contraseña
settings-password-new = Contraseña nueva
settings-password-changing = Cambiando…
settings-password-changed = Tu contraseña se cambió. Se cerraron todas las demás sesiones.

## Two-step sign-in.

settings-two-step-heading = Inicio de sesión en dos pasos
settings-two-step-intro = Además de tu contraseña, te pediremos un código de una app de autenticación en tu teléfono. Así, una contraseña robada no basta para iniciar sesión.
settings-two-step-set-up = Configurar el inicio de sesión en dos pasos
settings-two-step-on = El inicio de sesión en dos pasos está activado.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = El inicio de sesión en dos pasos está activado desde el { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = El inicio de sesión en dos pasos está activado ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = El inicio de sesión en dos pasos está activado desde el { $day } ({ $device }).
settings-two-step-codes-left-none = No te quedan códigos de recuperación: crea nuevos o, si pierdes el teléfono, no podrás entrar en tu cuenta.
settings-two-step-codes-left-one = Te queda 1 código de recuperación.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Te quedan { $count } códigos de recuperación.
settings-two-step-turn-off = Desactivar
settings-two-step-turning-off = Desactivando…
settings-two-step-off-code-hint = El código que muestra tu app de autenticación o uno de tus códigos de recuperación.
settings-two-step-off-wrong-code = Ese código no es correcto. Escribe el que muestra la app ahora o un código de recuperación que no hayas usado.
settings-two-step-turned-off = El inicio de sesión en dos pasos está desactivado. Tus códigos de recuperación ya no funcionan.
settings-two-step-new-codes = Nuevos códigos de recuperación
settings-two-step-new-codes-intro = Un nuevo conjunto de diez reemplaza los códigos que tienes ahora, los hayas usado o no.
settings-two-step-making-codes = Creando códigos nuevos…
settings-two-step-new-codes-made = Estos son tus nuevos códigos de recuperación. Los anteriores ya no funcionan.
settings-two-step-setup-intro = Necesitarás una app de autenticación en tu teléfono, como Google Authenticator, Microsoft Authenticator o tu gestor de contraseñas.
settings-two-step-continue = Continuar
settings-two-step-preparing = Preparando…
settings-two-step-scan = Escanea este código QR con tu app de autenticación y escribe el código de seis dígitos que muestre.
settings-two-step-qr-code = Código QR para tu app de autenticación
# Followed by the secret key, as letters and digits.
settings-two-step-key = O escribe esta clave:
settings-two-step-open-app = Abrir en una app de autenticación de este dispositivo
settings-two-step-device-name = Nombre del dispositivo (opcional)
settings-two-step-device-name-hint = Se muestra en la configuración; por ejemplo, «Teléfono de Ada»
settings-two-step-wrong-code = Ese código no es correcto. Escribe el que muestra la app ahora.
settings-two-step-turned-on = El inicio de sesión en dos pasos está activado. A partir de ahora, al iniciar sesión te pediremos el código de la app.

## Recovery codes, shown once.

settings-recovery-heading = Tus códigos de recuperación
settings-recovery-intro = Si pierdes el teléfono, cada código te permite iniciar sesión una vez en lugar de usar la app. Guárdalos en un lugar seguro, como tu gestor de contraseñas: es la única vez que se muestran.
settings-recovery-copy = Copiar códigos
settings-recovery-download = Descargar códigos
settings-recovery-done = Listo
settings-recovery-copied = Códigos copiados.
settings-recovery-not-copied = No se pudieron copiar. Selecciona los códigos y cópialos, o descárgalos.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Códigos de recuperación de { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Cada uno te permite iniciar sesión una vez en lugar del código de tu app de autenticación.

## Devices.

settings-devices-heading = Dispositivos
settings-devices-intro = ¿Perdiste un dispositivo o usaste un equipo compartido? Cierra todas las sesiones, incluida esta.
settings-devices-loading = Cargando los dispositivos con sesión iniciada en tu cuenta…
settings-devices-this = Este dispositivo
settings-devices-signed-in = Sesión iniciada el { $time }
settings-devices-last-active = última actividad el { $time }
settings-sign-out-device = Cerrar sesión en el dispositivo
settings-signing-out-device = Cerrando sesión…
settings-sign-out-everywhere = Cerrar sesión en todas partes
settings-signing-out-everywhere = Cerrando sesión en todas partes…

## Your data.

settings-data-heading = Tus datos
settings-data-intro = Todo lo que guardamos sobre tu cuenta, en un archivo JSON.
settings-data-download = Descargar mis datos
settings-data-preparing = Preparando tus datos…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Eliminar cuenta
settings-delete-intro = Elimina para siempre tus datos de inicio de sesión y tu perfil. No se puede deshacer.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Escribe { $word } para confirmar
settings-deleting = Eliminando…

## Passkeys.

passkeys-heading = Llaves de acceso
passkeys-intro = Una llave de acceso te permite iniciar sesión con tu huella, tu cara o el bloqueo de pantalla en lugar de tu contraseña. Se queda en tu dispositivo y no te la pueden robar con phishing.
passkeys-loading = Cargando tus llaves de acceso…
passkeys-none = Todavía no tienes llaves de acceso.
passkeys-list = Tus llaves de acceso
# A passkey without a name.
passkeys-unnamed = Llave de acceso
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Añadida el { $day }
passkeys-add = Añadir una llave de acceso
passkeys-add-intro = Primero, confirma que eres tú. Después, tu dispositivo te pedirá que crees la llave de acceso con tu huella, tu cara o el bloqueo de pantalla.
passkeys-adding = Añadiendo…
passkeys-added = Llave de acceso añadida. La próxima vez podrás iniciar sesión con ella en lugar de con tu contraseña.
passkeys-remove = Quitar
passkeys-remove-intro = Una vez quitada, ya no podrás iniciar sesión con ella. Puede que tu dispositivo aún la muestre: elimínala también allí. Primero, confirma que eres tú.
passkeys-removing = Quitando…
passkeys-removed = Llave de acceso quitada. Ya no puedes iniciar sesión con ella.
passkeys-use-passkey = Usar una llave de acceso
passkeys-unsupported = Este navegador no admite llaves de acceso.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Las llaves de acceso solo funcionan si abres este sitio con su nombre, no con una dirección IP. Para añadir una, abre { $address }.
passkeys-not-made-cancelled = No se creó ninguna llave de acceso: se cerró la solicitud o se agotó el tiempo. Vuelve a intentarlo cuando quieras.
passkeys-not-made = Tu dispositivo no pudo crear una llave de acceso. Vuelve a intentarlo.
passkeys-proof-cancelled = No se usó ninguna llave de acceso. Vuelve a intentarlo o escribe tu contraseña actual.
passkeys-proof-failed = La llave de acceso no funcionó. Vuelve a intentarlo o escribe tu contraseña actual.
passkeys-proof-unsupported = Este navegador no admite llaves de acceso. Escribe tu contraseña actual.

## Recent activity.

activity-heading = Actividad reciente
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = ¿No reconoces alguna línea? Usa { $sign-out-everywhere } más arriba y luego { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = ¿No reconoces alguna línea? Usa { $sign-out-everywhere } más arriba y luego protege la cuenta con la que inicias sesión.
activity-loading = Cargando tu actividad…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Dispositivo desconocido
activity-signed-in = Inicio de sesión
activity-sign-in-failed = Inicio de sesión fallido (contraseña incorrecta)
activity-password-changed = Contraseña cambiada
activity-password-reset = Contraseña restablecida con un código enviado por correo
activity-email-changed = Correo electrónico cambiado
activity-two-step-on = Inicio de sesión en dos pasos activado
activity-two-step-off = Inicio de sesión en dos pasos desactivado
activity-signed-out-everywhere = Sesión cerrada en todas partes
activity-device-signed-out = Sesión cerrada en otro dispositivo
activity-passkey-added = Llave de acceso añadida
activity-passkey-removed = Llave de acceso quitada
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Inicio de sesión con { $provider }
activity-provider-connected = { $provider } conectado
activity-provider-disconnected = { $provider } desconectado

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Cuentas conectadas
settings-connected-intro = Inicia sesión también con otra cuenta tuya. Para conectarla, te pediremos tu contraseña aquí y después que inicies sesión allí.
settings-connected-made-with = Creaste esta cuenta con { $provider } e inicias sesión con él.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Conectado desde el { $date }
settings-connected-not = No conectado
settings-connect = Conectar
settings-connecting = Conectando…
settings-disconnect = Desconectar
settings-disconnecting = Desconectando…
settings-provider-disconnected = Desconectado. Ya no sirve para iniciar sesión en esta cuenta.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Contraseña e inicio de sesión en dos pasos
settings-made-with-intro = Inicias sesión con { $provider }. Tu contraseña y el inicio de sesión en dos pasos se gestionan allí, no aquí.
settings-fresh-sign-in = Para eliminar la cuenta, primero vuelve a iniciar sesión con { $provider }.
settings-sign-in-again = Volver a iniciar sesión con { $provider }
