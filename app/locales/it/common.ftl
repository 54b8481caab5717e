# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Vai al contenuto
nav-account = Account
nav-sign-in = Accedi
nav-create-account = Crea un account
nav-sign-out = Esci
footer-about = account su Amazon Cognito
footer-language = Lingua
footer-change = Cambia

form-show = Mostra
form-hide = Nascondi
form-sending = Invio in corso…
form-password-rules = Da 8 a 256 caratteri. Vanno bene spazi, lettere e simboli di ogni tipo; più è lunga, più è sicura.
# { $level } is one of the form-strength-* words below.
form-strength = Sicurezza: { $level }
form-strength-too-short = Troppo corta
form-strength-fair = Discreta: una password più lunga è più sicura
form-strength-good = Buona
form-strength-strong = Elevata
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } di { $max } caratteri
form-send-new-code = Invia un nuovo codice
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Invia un nuovo codice ({ $seconds } s)

field-email = Email
field-verification-code = Codice di verifica
field-verification-code-hint = Sei cifre o gruppi di lettere come ABCD-EFGH-…, come nell’email.

error-invalid = Controlla i dati inseriti.
error-wrong-credentials = Email o password non corretti.
error-not-confirmed = Questo indirizzo email non è ancora confermato.
error-wrong-code = Il codice non è corretto o è scaduto. Richiedine uno nuovo.
error-try-later = Troppi tentativi. Riprova tra poco.
error-too-many-attempts =
    { $seconds ->
        [one] Troppi tentativi. Riprova tra { $seconds } secondo.
        [many] Troppi tentativi. Riprova tra { $seconds } di secondi.
       *[other] Troppi tentativi. Riprova tra { $seconds } secondi.
    }
error-session-expired = La sessione è scaduta. Accedi di nuovo.
error-sign-in-expired = L’accesso ha richiesto troppo tempo. Ricomincia.
error-passkey-refused = La passkey non ha funzionato. Riprova o scegli un altro modo per accedere.
error-passkey-not-added = Non è stato possibile aggiungere la passkey. Riprova.
error-stale-profile = Il profilo è stato modificato altrove. Ricarica la pagina per vedere le modifiche.
error-sessions-remain = La password è stata cambiata, ma non è stato possibile disconnettere tutti i dispositivi. Tra poco usa «Esci ovunque».
error-unavailable = Al momento il servizio account non è raggiungibile. I dati inseriti non vanno persi; riprova tra poco.
error-account-exists = Esiste già un account con questa email.
error-unreadable = Impossibile leggere il modulo. Ricarica la pagina e riprova.
error-not-found = Non trovato.
error-internal = Si è verificato un problema da parte nostra. Riprova tra poco.
error-network = Impossibile raggiungere il server. Controlla la connessione e riprova.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Quell’accesso non è stato completato. Riprova.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Esiste già un account con questa email. Accedi con la tua password, poi collega { $provider } in Impostazioni account, nella sezione «Account collegati».
error-provider-in-use = Questo account { $provider } è già collegato a un altro account.
error-provider-fresh-sign-in = Per questa modifica, accedi prima di nuovo con { $provider }, poi riprova entro cinque minuti.

invalid-email-missing = Inserisci il tuo indirizzo email.
invalid-email = Inserisci un indirizzo email come name@example.com.
invalid-password-short = Usa almeno 8 caratteri.
invalid-password-long = Usa al massimo 256 caratteri.
invalid-password-common = È una delle password più comuni, quindi è tra le prime che un malintenzionato prova. Scegline una tua, ad esempio alcune parole senza legame tra loro.
invalid-password-personal = Questa password è costruita a partire dalla tua email o dal tuo nome, che chiunque ti conosca potrebbe indovinare. Scegline una che non abbia a che fare con te.
invalid-password-guessable = Questa password è facile da indovinare: una sola parola, un nome, una data o una sequenza di tasti. Rendila più lunga, ad esempio con alcune parole senza legame tra loro.
invalid-password-breached = Questa password è comparsa in una violazione di dati, quindi i malintenzionati la provano. Scegline un’altra.
invalid-code-missing = Inserisci il codice ricevuto via email.
invalid-code = Non sembra un codice della nostra email. Controllalo e riprova.
invalid-sign-in-code = Inserisci il codice ricevuto via email (solo cifre).
invalid-current-password = Inserisci la password attuale.
invalid-app-code = Inserisci il codice a sei cifre mostrato dalla tua app di autenticazione.
invalid-recovery-code = Inserisci uno dei tuoi codici di recupero: dieci lettere e cifre, come 4f7k2-9xq3m.
invalid-app-or-recovery-code = Inserisci il codice mostrato dalla tua app di autenticazione o uno dei tuoi codici di recupero.
invalid-device-name = Usa al massimo 64 caratteri tra lettere, numeri, spazi e punteggiatura.
invalid-display-name-missing = Inserisci il nome da mostrare sul tuo account.
invalid-display-name-long = Usa al massimo 64 caratteri.
invalid-display-name-characters = Usa solo lettere, numeri, spazi e punteggiatura.
invalid-bio-long = Usa al massimo 280 caratteri.
invalid-bio-characters = Usa solo lettere, numeri, spazi, punteggiatura e a capo.
invalid-time-zone = Scegli un fuso orario dall’elenco.
invalid-language = Scegli una lingua dall’elenco.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Digita { $word } per confermare.

notice-verified = Il tuo indirizzo email è confermato. Accedi.
notice-reset = La password è stata cambiata. Accedi con quella nuova.
notice-expired = La sessione è scaduta. Accedi di nuovo.
notice-signin = Accedi per continuare.
notice-resent = Questa email non è ancora confermata. Ti abbiamo inviato un nuovo codice.
notice-everywhere = Disconnessione effettuata su tutti i dispositivi.
notice-deleted = Il tuo account e il tuo profilo sono stati eliminati.
notice-connected = { $provider } è collegato: ora puoi accedere anche con questo account.
notice-two-step-lifted = Hai effettuato l’accesso con un codice di recupero, quindi l’accesso in due passaggi è stato disattivato. Configuralo di nuovo qui sotto con il tuo nuovo telefono.
