# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Impostazioni account
settings-back = ← Torna al tuo profilo
settings-loading = Caricamento dell’account…

## What several sections share.

settings-cancel = Annulla
settings-current-password = Password attuale
settings-code = Codice
settings-code-hint = Il codice che la tua app di autenticazione mostra adesso.
settings-verify = Verifica
settings-verifying = Verifica in corso…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Per accedere usi { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Abbiamo inviato un codice a { $new }. Finché non lo inserisci, continua ad accedere con { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Abbiamo inviato un codice a { $address }. Inseriscilo per verificare il nuovo indirizzo.
settings-email-change = Cambia email
settings-email-new = Nuova email
settings-email-sending-code = Invio del codice…
settings-email-verified = La tua nuova email è verificata. D’ora in poi usala per accedere.
settings-email-code-resent = Un nuovo codice è in arrivo.

## Password.

settings-password-heading = Password
settings-password-intro = Se la cambi, la sessione verrà chiusa su tutti gli altri dispositivi.
settings-password-change = Cambia password
settings-password-new = Nuova password
settings-password-changing = Modifica in corso…
settings-password-changed = La password è stata cambiata. Tutte le altre sessioni sono state chiuse.

## Two-step sign-in.

settings-two-step-heading = Accesso in due passaggi
settings-two-step-intro = Oltre alla password, ti chiederemo un codice generato da un’app di autenticazione sul tuo telefono: così una password rubata, da sola, non basta per accedere.
settings-two-step-set-up = Configura l’accesso in due passaggi
settings-two-step-on = L’accesso in due passaggi è attivo.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = L’accesso in due passaggi è attivo dal { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = L’accesso in due passaggi è attivo ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = L’accesso in due passaggi è attivo dal { $day } ({ $device }).
settings-two-step-codes-left-none = Non hai più codici di recupero: generane di nuovi, altrimenti se perdi il telefono non potrai più accedere.
settings-two-step-codes-left-one = Ti resta 1 codice di recupero.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Ti restano { $count } codici di recupero.
settings-two-step-turn-off = Disattiva
settings-two-step-turning-off = Disattivazione…
settings-two-step-off-code-hint = Il codice mostrato dalla tua app di autenticazione o uno dei tuoi codici di recupero.
settings-two-step-off-wrong-code = Il codice non è corretto. Inserisci quello che l’app mostra adesso o un codice di recupero che non hai ancora usato.
settings-two-step-turned-off = L’accesso in due passaggi è disattivato. I tuoi codici di recupero non funzionano più.
settings-two-step-new-codes = Nuovi codici di recupero
settings-two-step-new-codes-intro = Una nuova serie di dieci codici sostituisce quelli attuali, usati o no.
settings-two-step-making-codes = Creazione dei nuovi codici…
settings-two-step-new-codes-made = Ecco i tuoi nuovi codici di recupero. Quelli vecchi non funzionano più.
settings-two-step-setup-intro = Ti serve un’app di autenticazione sul telefono, come Google Authenticator, Microsoft Authenticator o il tuo gestore di password.
settings-two-step-continue = Continua
settings-two-step-preparing = Preparazione…
settings-two-step-scan = Scansiona questo codice QR con la tua app di autenticazione, poi inserisci il codice a sei cifre che mostra.
settings-two-step-qr-code = Codice QR per la tua app di autenticazione
# Followed by the secret key, as letters and digits.
settings-two-step-key = Oppure inserisci questa chiave:
settings-two-step-open-app = Apri in un’app di autenticazione su questo dispositivo
settings-two-step-device-name = Nome del dispositivo (facoltativo)
settings-two-step-device-name-hint = Compare nelle impostazioni, ad es. «Telefono di Ada»
settings-two-step-wrong-code = Il codice non è corretto. Inserisci quello che l’app mostra adesso.
settings-two-step-turned-on = L’accesso in due passaggi è attivo. D’ora in poi, per accedere ti verrà chiesto il codice dell’app.

## Recovery codes, shown once.

settings-recovery-heading = I tuoi codici di recupero
settings-recovery-intro = Se perdi il telefono, ogni codice ti permette di accedere una volta al posto dell’app. Conservali in un posto sicuro, come il tuo gestore di password: è l’unica volta che vengono mostrati.
settings-recovery-copy = Copia codici
settings-recovery-download = Scarica codici
settings-recovery-done = Fatto
settings-recovery-copied = Codici copiati.
settings-recovery-not-copied = Impossibile copiare. Seleziona i codici e copiali, oppure scaricali.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Codici di recupero di { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Ognuno ti permette di accedere una volta, al posto del codice della tua app di autenticazione.

## Devices.

settings-devices-heading = Dispositivi
settings-devices-intro = Hai perso un dispositivo o usato un computer condiviso? Chiudi tutte le sessioni, compresa questa.
settings-devices-loading = Caricamento dei dispositivi che hanno eseguito l’accesso all’account…
settings-devices-this = Questo dispositivo
settings-devices-signed-in = Accesso eseguito il { $time }
settings-devices-last-active = ultima attività il { $time }
settings-sign-out-device = Esci dal dispositivo
settings-signing-out-device = Uscita in corso…
settings-sign-out-everywhere = Esci ovunque
settings-signing-out-everywhere = Uscita da tutti i dispositivi…

## Your data.

settings-data-heading = I tuoi dati
settings-data-intro = Tutto ciò che conserviamo sul tuo account, in un file JSON.
settings-data-download = Scarica i miei dati
settings-data-preparing = Preparazione dei dati…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Elimina account
settings-delete-intro = Elimina per sempre i tuoi dati di accesso e il tuo profilo. L’operazione non si può annullare.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Digita { $word } per confermare
settings-deleting = Eliminazione…

## Passkeys.

passkeys-heading = Passkey
passkeys-intro = Con una passkey accedi con l’impronta digitale, il volto o il blocco schermo invece che con la password. Resta sul tuo dispositivo ed è a prova di phishing.
passkeys-loading = Caricamento delle passkey…
passkeys-none = Non hai ancora nessuna passkey.
passkeys-list = Le tue passkey
# A passkey without a name.
passkeys-unnamed = Passkey
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Aggiunta il { $day }
passkeys-add = Aggiungi una passkey
passkeys-add-intro = Prima conferma che sei tu. Poi il dispositivo ti chiederà di creare la passkey con l’impronta digitale, il volto o il blocco schermo.
passkeys-adding = Aggiunta in corso…
passkeys-added = Passkey aggiunta. La prossima volta potrai accedere con la passkey invece che con la password.
passkeys-remove = Rimuovi
passkeys-remove-intro = Una volta rimossa, non potrai più usarla per accedere. Il dispositivo potrebbe ancora mostrarla: eliminala anche lì. Prima conferma che sei tu.
passkeys-removing = Rimozione…
passkeys-removed = Passkey rimossa. Non puoi più usarla per accedere.
passkeys-use-passkey = Usa invece una passkey
passkeys-unsupported = Questo browser non supporta le passkey.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Le passkey funzionano solo se apri il sito con il suo nome, non con un indirizzo IP. Per aggiungerne una, apri { $address }.
passkeys-not-made-cancelled = Nessuna passkey creata: la richiesta è stata chiusa o è scaduta. Riprova quando vuoi.
passkeys-not-made = Il dispositivo non è riuscito a creare una passkey. Riprova.
passkeys-proof-cancelled = Non è stata usata nessuna passkey. Riprova o inserisci la password attuale.
passkeys-proof-failed = La passkey non ha funzionato. Riprova o inserisci la password attuale.
passkeys-proof-unsupported = Questo browser non supporta le passkey. Inserisci la password attuale.

## Recent activity.

activity-heading = Attività recenti
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Non riconosci una riga? Usa { $sign-out-everywhere } qui sopra, poi { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Non riconosci una riga? Usa { $sign-out-everywhere } qui sopra, poi proteggi l’account con cui accedi.
activity-loading = Caricamento delle attività…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Dispositivo sconosciuto
activity-signed-in = Accesso effettuato
activity-sign-in-failed = Accesso non riuscito (password errata)
activity-password-changed = Password cambiata
activity-password-reset = Password reimpostata con un codice via email
activity-email-changed = Email cambiata
activity-two-step-on = Accesso in due passaggi attivato
activity-two-step-off = Accesso in due passaggi disattivato
activity-signed-out-everywhere = Uscita da tutti i dispositivi
activity-device-signed-out = Uscita da un altro dispositivo
activity-passkey-added = Passkey aggiunta
activity-passkey-removed = Passkey rimossa
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Accesso effettuato con { $provider }
activity-provider-connected = { $provider } collegato
activity-provider-disconnected = { $provider } scollegato

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Account collegati
settings-connected-intro = Accedi anche con un altro tuo account. Per collegarlo ti chiederemo la password qui, poi di accedere lì.
settings-connected-made-with = Hai creato questo account con { $provider } e accedi con quello.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Collegato dal { $date }
settings-connected-not = Non collegato
settings-connect = Collega
settings-connecting = Collegamento in corso…
settings-disconnect = Scollega
settings-disconnecting = Scollegamento in corso…
settings-provider-disconnected = Scollegato. Non permette più di accedere a questo account.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Password e accesso in due passaggi
settings-made-with-intro = Accedi con { $provider }. La password e l’accesso in due passaggi si gestiscono lì, non qui.
settings-fresh-sign-in = Per eliminare l’account, accedi prima di nuovo con { $provider }.
settings-sign-in-again = Accedi di nuovo con { $provider }
