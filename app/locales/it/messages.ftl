# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Questo è già il tuo indirizzo email.
message-email-taken = Questo indirizzo non può più essere usato. Scegli un’altra email.
message-email-change-ended = La modifica dell’email è scaduta. Cambia di nuovo l’email per ricevere un nuovo codice.
message-wrong-current-password = Questa non è la tua password attuale.
message-app-code-missing = Inserisci il codice mostrato dalla tua app di autenticazione.
message-app-code-not-right = Il codice non è corretto. Inserisci quello che l’app mostra adesso.
message-password-refused = Questa password non rispetta le regole: usa da 8 a 256 caratteri ed evita quelle che hai già usato.

message-two-step-already-on = L’accesso in due passaggi è già attivo.
message-two-step-not-on = Prima attiva l’accesso in due passaggi.
message-two-step-setup-ended = La configurazione è scaduta. Ricomincia a configurare l’accesso in due passaggi.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = App di autenticazione

message-passkeys-full = Questo account ha già il numero massimo di passkey (20). Rimuovine prima una.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } su { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Registrazione
message-mail-resend = Nuovo codice di registrazione
message-mail-password-reset = Reimpostazione password
message-mail-email-change = Modifica email
message-mail-sign-in-code = Codice di accesso
