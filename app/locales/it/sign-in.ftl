# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Password
login-form-password-missing = Inserisci la password.
login-form-remember = Mantieni l’accesso
login-form-continue = Continua
login-form-signing-in = Accesso in corso…
login-form-forgot-password = Hai dimenticato la password?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Non hai un account?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Codice

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Accesso come{" "}
login-methods-use-another-email = Usa un’altra email
login-methods-or = Oppure
login-methods-or-password = Oppure usa la password
# Read out by screen readers for the group of buttons.
login-methods-label = Modi per accedere
login-methods-passkey = Accedi con una passkey
login-methods-passkey-waiting = In attesa della passkey…
login-methods-email-code = Inviami un codice via email
login-methods-email-code-sending = Invio del codice…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Le passkey funzionano solo con il nome di questo sito, non con un indirizzo IP: apri{" "}
login-methods-passkey-ip-address-after = {" "}per usarne una.
login-methods-passkey-unsupported = Questo browser non supporta le passkey.

## The emailed code's step.

login-email-code-heading = Controlla la tua email
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Abbiamo inviato un codice di accesso a{" "}
login-email-code-sent-after = . Inseriscilo qui: è valido per pochi minuti.
# { $address } is the email address the new code went to.
login-email-code-resent = Abbiamo inviato un nuovo codice a { $address }.
login-email-code-hint = Nessuna email dopo un minuto? Controlla l’indirizzo. Se hai attivato l’accesso in due passaggi, accedi invece con la password.
login-email-code-another-way = Scegli un altro metodo

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Accesso in due passaggi
login-second-step-app-intro = Inserisci il codice a sei cifre che la tua app di autenticazione mostra per questo account.
login-second-step-recovery-intro = Inserisci uno dei codici di recupero che hai salvato quando hai configurato l’accesso in due passaggi. Ognuno funziona una sola volta.
login-second-step-recovery-code = Codice di recupero
login-second-step-verify = Verifica
login-second-step-checking = Controllo in corso…
login-second-step-use-app = Usa l’app di autenticazione
login-second-step-use-recovery-code = Usa un codice di recupero
login-second-step-start-again = Ricomincia
login-second-step-app-code-wrong = Il codice non è corretto. Inserisci quello che l’app mostra adesso.
login-second-step-recovery-code-wrong = Il codice di recupero non è corretto o è già stato usato.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Accesso effettuato.
login-offer-heading = La prossima volta accedi più in fretta
login-offer-text = Aggiungi una passkey e la prossima volta questo dispositivo ti farà accedere con l’impronta digitale, il volto o il blocco schermo: nessuna password da digitare e niente che qualcuno possa farsi rivelare con l’inganno.
login-offer-adding = Aggiunta della passkey…
login-offer-add = Aggiungi una passkey
login-offer-not-now = Non ora

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Continua con { $provider }
login-continue-title = Accesso in corso
login-continue-working = Completamento dell’accesso…
login-continue-back = Torna all’accesso
