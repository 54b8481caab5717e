# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Saltar al contenido
nav-account = Cuenta
nav-sign-in = Iniciar sesión
nav-create-account = Crear cuenta
nav-sign-out = Cerrar sesión
footer-about = cuentas en Amazon Cognito
footer-language = Idioma
footer-change = Cambiar

form-show = Mostrar
form-hide = Ocultar
form-sending = Enviando…
form-password-rules = De 8 a 256 caracteres. Puedes usar espacios y cualquier letra o símbolo; cuanto más larga, más segura.
# { $level } is one of the form-strength-* words below.
form-strength = Seguridad: { $level }
form-strength-too-short = Demasiado corta
form-strength-fair = Aceptable: una contraseña más larga es más segura
form-strength-good = Buena
form-strength-strong = Alta
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } de { $max } caracteres
form-send-new-code = Enviar un código nuevo
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Enviar un código nuevo ({ $seconds } s)

field-email = Correo electrónico
field-verification-code = Código de verificación
field-verification-code-hint = Seis dígitos o grupos de letras como ABCD-EFGH-…, tal como aparece en el correo.

error-invalid = Revisa los datos que escribiste.
error-wrong-credentials = El correo electrónico o la contraseña no son correctos.
error-not-confirmed = Esta dirección de correo electrónico aún no está confirmada.
error-wrong-code = Ese código no es correcto o ya no es válido. Pide uno nuevo.
error-try-later = Demasiados intentos. Vuelve a intentarlo en un momento.
error-too-many-attempts =
    { $seconds ->
        [one] Demasiados intentos. Vuelve a intentarlo en { $seconds } segundo.
        [many] Demasiados intentos. Vuelve a intentarlo en { $seconds } de segundos.
       *[other] Demasiados intentos. Vuelve a intentarlo en { $seconds } segundos.
    }
error-session-expired = Tu sesión terminó. Vuelve a iniciar sesión.
error-sign-in-expired = El inicio de sesión tardó demasiado. Empieza de nuevo.
error-passkey-refused = Esa llave de acceso no funcionó. Vuelve a intentarlo o elige otra forma de iniciar sesión.
error-passkey-not-added = No se pudo añadir esta llave de acceso. Vuelve a intentarlo.
error-stale-profile = Este perfil se modificó en otro lugar. Vuelve a cargar la página para ver los cambios.
error-sessions-remain = Tu contraseña se cambió, pero no se pudo cerrar la sesión en todos los dispositivos. Dentro de un momento, usa «Cerrar sesión en todas partes».
error-unavailable = No se puede conectar con el servicio de cuentas en este momento. Lo que escribiste se conserva; vuelve a intentarlo en un momento.
error-account-exists = Ya existe una cuenta con este correo electrónico.
error-unreadable = No se pudo leer el formulario. Vuelve a cargar la página e inténtalo de nuevo.
error-not-found = No se encontró.
error-internal = Algo salió mal por nuestra parte. Vuelve a intentarlo en un momento.
error-network = No se pudo conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Ese inicio de sesión no terminó. Vuelve a intentarlo.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Ya existe una cuenta con este correo electrónico. Inicia sesión en ella con tu contraseña y después conecta { $provider } en Configuración de la cuenta, en «Cuentas conectadas».
error-provider-in-use = Esta cuenta de { $provider } ya se usa para iniciar sesión en otra cuenta.
error-provider-fresh-sign-in = Para este cambio, primero vuelve a iniciar sesión con { $provider } y después inténtalo de nuevo en menos de cinco minutos.

invalid-email-missing = Escribe tu dirección de correo electrónico.
invalid-email = Escribe una dirección de correo electrónico como name@example.com.
invalid-password-short = Usa al menos 8 caracteres.
invalid-password-long = Usa 256 caracteres como máximo.
invalid-password-common = Esta es una de las contraseñas más comunes, así que es de las primeras que prueba un atacante. Elige una propia, por ejemplo, unas cuantas palabras sin relación entre sí.
invalid-password-personal = Esta contraseña se basa en tu correo electrónico o tu nombre, algo que cualquiera que te conozca podría adivinar. Elige una que no tenga que ver contigo.
invalid-password-guessable = Esta contraseña es fácil de adivinar: una sola palabra, un nombre, una fecha o un patrón del teclado. Hazla más larga, por ejemplo, con unas cuantas palabras sin relación entre sí.
invalid-password-breached = Esta contraseña ha aparecido en una filtración de datos, así que los atacantes la prueban. Elige otra.
invalid-code-missing = Escribe el código del correo.
invalid-code = Eso no parece un código de nuestro correo. Revísalo y vuelve a intentarlo.
invalid-sign-in-code = Escribe el código del correo (solo dígitos).
invalid-current-password = Escribe tu contraseña actual.
invalid-app-code = Escribe el código de seis dígitos que muestra tu app de autenticación.
invalid-recovery-code = Escribe uno de tus códigos de recuperación: diez letras y dígitos, como 4f7k2-9xq3m.
invalid-app-or-recovery-code = Escribe el código que muestra tu app de autenticación o uno de tus códigos de recuperación.
invalid-device-name = Usa como máximo 64 letras, números, espacios y signos de puntuación.
invalid-display-name-missing = Escribe el nombre que se mostrará en tu cuenta.
invalid-display-name-long = Usa 64 caracteres como máximo.
invalid-display-name-characters = Usa solo letras, números, espacios y signos de puntuación.
invalid-bio-long = Usa 280 caracteres como máximo.
invalid-bio-characters = Usa solo letras, números, espacios, signos de puntuación y saltos de línea.
invalid-time-zone = Elige una zona horaria de la lista.
invalid-language = Elige un idioma de la lista.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Escribe { $word } para confirmar.

notice-verified = Tu correo electrónico está confirmado. Inicia sesión.
notice-reset = Tu contraseña se cambió. Inicia sesión con la nueva.
notice-expired = Tu sesión terminó. Vuelve a iniciar sesión.
notice-signin = Inicia sesión para continuar.
notice-resent = Este correo electrónico aún no está confirmado. Te enviamos un código nuevo.
notice-everywhere = Se cerró tu sesión en todos los dispositivos.
notice-deleted = Tu cuenta y tu perfil se eliminaron.
notice-connected = { $provider } está conectado: ahora también puedes iniciar sesión con él.
notice-two-step-lifted = Iniciaste sesión con un código de recuperación, así que el inicio de sesión en dos pasos se desactivó. Vuelve a configurarlo abajo con tu nuevo teléfono.
