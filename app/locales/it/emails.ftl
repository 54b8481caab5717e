# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Conferma il tuo indirizzo email per Doorway
email-sign-up-body = Ti diamo il benvenuto su Doorway! Inserisci questo codice per confermare il tuo indirizzo email:
email-sign-up-expiry = Il codice è valido per 24 ore.
email-sign-up-not-you = Se non hai creato un account, puoi ignorare questa email.

email-resend-subject = Il tuo nuovo codice di conferma Doorway
email-resend-body = Ecco un nuovo codice per confermare il tuo indirizzo email:
email-resend-expiry = Il codice è valido per 24 ore. I codici precedenti non funzionano più.
email-resend-not-you = Se non hai richiesto un codice, puoi ignorare questa email.

email-reset-subject = Reimposta la password di Doorway
email-reset-body = Inserisci questo codice per impostare una nuova password:
email-reset-expiry = Il codice è valido per un’ora.
email-reset-not-you = Se non hai chiesto di reimpostare la password, ignora questa email: la password resta invariata.

email-change-subject = Conferma il tuo nuovo indirizzo email per Doorway
email-change-body = Inserisci questo codice nelle impostazioni per confermare il tuo nuovo indirizzo email:
email-change-expiry = Il codice è valido per 24 ore.
email-change-not-you = Se non hai chiesto di cambiare email, accedi e cambia la password.

email-sign-in-code-subject = Il tuo codice di accesso Doorway
email-sign-in-code-body = Inserisci questo codice per accedere:
email-sign-in-code-expiry = Il codice è valido solo per pochi minuti e per un solo utilizzo.
email-sign-in-code-not-you = Se non stai accedendo, non condividere questo codice con nessuno e cambia la password.

email-open-page = Oppure apri questa pagina:
