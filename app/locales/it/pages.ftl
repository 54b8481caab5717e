# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Password dimenticata
forgot-heading = Hai dimenticato la password?
forgot-intro = Inserisci la tua email. Se corrisponde a un account, ti invieremo un codice per impostare una nuova password.
forgot-form-send = Invia codice
forgot-form-back = Torna all’accesso

home-title = Ti diamo il benvenuto
# { $app } is the app's name.
home-heading = Ti diamo il benvenuto su { $app }
home-lead = Un solo account per tutto ciò che trovi qui: crealo con la tua email, confermalo con un codice e tieni il tuo profilo in un unico posto.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Ciao, { $name }!
home-actions-profile = Vai al tuo profilo

signup-form-check-inbox = Controlla la posta in arrivo: ti abbiamo inviato un codice per confermare la tua email.
signup-form-password = Password
signup-form-display-name-hint = Il nome con cui ti salutiamo. Puoi cambiarlo in seguito.
signup-form-creating = Creazione dell’account…
signup-form-have-account = Hai già un account?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Verifica la tua email
verify-step-verify = Verifica
verify-step-verifying = Verifica in corso…
# { $email } is the address the code went to.
verify-step-resent = Abbiamo inviato un nuovo codice a { $email }.
verify-form-enter-code = Inserisci il codice che ti abbiamo inviato via email per confermare il tuo indirizzo.

# The page's title and its button.
reset-form-reset = Reimposta password
reset-heading = Imposta una nuova password
reset-intro = Se a quell’email corrisponde un account, il codice è in arrivo. Inseriscilo insieme alla nuova password.
reset-form-new-password = Nuova password
reset-form-new-code = Ti serve un nuovo codice?

profile-heading = Il tuo profilo
profile-form-loading = Caricamento del profilo…
profile-form-restored = Le modifiche non salvate sono state ripristinate. Salva per non perderle.
profile-form-saved = Salvato.
profile-form-last-saved = Ultimo salvataggio
profile-form-two-step = Accesso in due passaggi
profile-form-two-step-on = Attivo
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Attivo (dal { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Non attivo —
profile-form-set-up-two-step = configuralo nelle Impostazioni account
# A form field's label; also on the sign-up page.
profile-form-display-name = Nome visualizzato
profile-form-bio = Bio
profile-form-time-zone = Fuso orario
profile-form-language = Lingua preferita
profile-form-save = Salva
# A button's label while it saves; also on the password reset page.
profile-form-saving = Salvataggio…
profile-form-account-settings = Impostazioni account
profile-form-settings-summary = Password, email, accesso in due passaggi, i tuoi dati ed eliminazione dell’account

not-found-heading = Pagina non trovata
not-found-text = A questo indirizzo non c’è nulla.
not-found-home = Vai alla home page

# The developer's mailbox, local mode only.
mailbox-heading = Casella di posta
mailbox-intro = In modalità locale non vengono inviate email reali. Qui trovi tutti i messaggi che l’app avrebbe inviato, dal più recente.
mailbox-empty = Ancora nessun messaggio. Crea un account o richiedi un codice di reimpostazione, poi ricarica questa pagina.
mailbox-to = Destinatario
mailbox-purpose = Tipo
mailbox-subject = Oggetto
mailbox-code = Codice
mailbox-links = Link
mailbox-sent = Inviato

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Questo browser non supporta le passkey. Scegli un altro metodo.
session-passkey-cancelled = Non è stata usata nessuna passkey. Riprova o scegli un altro metodo.
session-passkey-already-registered = Questo dispositivo ha già una passkey per il tuo account.
session-passkey-wrong-site = Le passkey funzionano solo con il nome di questo sito: aprilo da localhost, non da un indirizzo IP.
session-passkey-failed = La passkey non ha funzionato. Riprova o scegli un altro metodo.
