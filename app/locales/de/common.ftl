# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Zum Inhalt springen
nav-account = Konto
nav-sign-in = Anmelden
nav-create-account = Konto erstellen
nav-sign-out = Abmelden
footer-about = Konten auf Amazon Cognito
footer-language = Sprache
footer-change = Ändern

form-show = Anzeigen
form-hide = Ausblenden
form-sending = Wird gesendet …
form-password-rules = 8 bis 256 Zeichen. Leerzeichen und alle Buchstaben und Symbole sind erlaubt; je länger, desto sicherer.
# { $level } is one of the form-strength-* words below.
form-strength = Stärke: { $level }
form-strength-too-short = Zu kurz
form-strength-fair = Mittel: Ein längeres Passwort ist sicherer
form-strength-good = Gut
form-strength-strong = Stark
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } von { $max } Zeichen
form-send-new-code = Neuen Code senden
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Neuen Code senden ({ $seconds } s)

field-email = E-Mail
field-verification-code = Bestätigungscode
field-verification-code-hint = Sechs Ziffern oder Buchstabengruppen wie ABCD-EFGH-…, so wie in der E-Mail.

error-invalid = Bitte prüfen Sie Ihre Eingaben.
error-wrong-credentials = E-Mail-Adresse oder Passwort ist falsch.
error-not-confirmed = Diese E-Mail-Adresse ist noch nicht bestätigt.
error-wrong-code = Dieser Code ist falsch oder abgelaufen. Fordern Sie einen neuen an.
error-try-later = Zu viele Versuche. Versuchen Sie es gleich noch einmal.
error-too-many-attempts =
    { $seconds ->
        [one] Zu viele Versuche. Versuchen Sie es in { $seconds } Sekunde noch einmal.
       *[other] Zu viele Versuche. Versuchen Sie es in { $seconds } Sekunden noch einmal.
    }
error-session-expired = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
error-sign-in-expired = Diese Anmeldung hat zu lange gedauert. Bitte beginnen Sie von vorn.
error-passkey-refused = Dieser Passkey hat nicht funktioniert. Versuchen Sie es noch einmal oder wählen Sie eine andere Anmeldemethode.
error-passkey-not-added = Dieser Passkey konnte nicht hinzugefügt werden. Versuchen Sie es noch einmal.
error-stale-profile = Dieses Profil wurde an anderer Stelle geändert. Laden Sie die Seite neu, um die Änderungen zu sehen.
error-sessions-remain = Ihr Passwort wurde geändert, aber nicht alle Geräte konnten abgemeldet werden. Verwenden Sie gleich „Überall abmelden“.
error-unavailable = Der Kontodienst ist gerade nicht erreichbar. Ihre Eingaben bleiben erhalten; versuchen Sie es gleich noch einmal.
error-account-exists = Mit dieser E-Mail-Adresse gibt es bereits ein Konto.
error-unreadable = Das Formular konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.
error-not-found = Nicht gefunden.
error-internal = Bei uns ist etwas schiefgelaufen. Versuchen Sie es gleich noch einmal.
error-network = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Diese Anmeldung wurde nicht abgeschlossen. Bitte versuchen Sie es noch einmal.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Mit dieser E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich mit Ihrem Passwort dort an und verknüpfen Sie dann { $provider } in den Kontoeinstellungen unter „Verknüpfte Konten“.
error-provider-in-use = Dieses Konto bei { $provider } ist bereits mit einem anderen Konto verknüpft.
error-provider-fresh-sign-in = Melden Sie sich für diese Änderung zuerst erneut mit { $provider } an und versuchen Sie es dann innerhalb von fünf Minuten noch einmal.

invalid-email-missing = Geben Sie Ihre E-Mail-Adresse ein.
invalid-email = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
invalid-password-short = Verwenden Sie mindestens 8 Zeichen.
invalid-password-long = Verwenden Sie höchstens 256 Zeichen.
invalid-password-common = Dies ist eines der häufigsten Passwörter, deshalb probieren Angreifer es als eines der ersten aus. Wählen Sie ein eigenes, zum Beispiel aus ein paar Wörtern, die nichts miteinander zu tun haben.
invalid-password-personal = Dieses Passwort ist aus Ihrer E-Mail-Adresse oder Ihrem Namen gebildet, was jeder erraten könnte, der Sie kennt. Wählen Sie eines, das nichts mit Ihnen zu tun hat.
invalid-password-guessable = Dieses Passwort ist leicht zu erraten: ein einzelnes Wort, ein Name, ein Datum oder ein Tastaturmuster. Machen Sie es länger, zum Beispiel mit ein paar Wörtern, die nichts miteinander zu tun haben.
invalid-password-breached = Dieses Passwort ist bei einem Datenleck aufgetaucht, deshalb probieren Angreifer es aus. Wählen Sie ein anderes.
invalid-code-missing = Geben Sie den Code aus der E-Mail ein.
invalid-code = Das sieht nicht nach einem Code aus unserer E-Mail aus. Prüfen Sie ihn und versuchen Sie es noch einmal.
invalid-sign-in-code = Geben Sie den Code aus der E-Mail ein (nur Ziffern).
invalid-current-password = Geben Sie Ihr aktuelles Passwort ein.
invalid-app-code = Geben Sie den sechsstelligen Code ein, den Ihre Authenticator-App anzeigt.
invalid-recovery-code = Geben Sie einen Ihrer Wiederherstellungscodes ein: zehn Buchstaben und Ziffern, z. B. 4f7k2-9xq3m.
invalid-app-or-recovery-code = Geben Sie den Code ein, den Ihre Authenticator-App anzeigt, oder einen Ihrer Wiederherstellungscodes.
invalid-device-name = Verwenden Sie höchstens 64 Buchstaben, Ziffern, Leerzeichen und Satzzeichen.
invalid-display-name-missing = Geben Sie den Namen ein, der in Ihrem Konto angezeigt werden soll.
invalid-display-name-long = Verwenden Sie höchstens 64 Zeichen.
invalid-display-name-characters = Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und Satzzeichen.
invalid-bio-long = Verwenden Sie höchstens 280 Zeichen.
invalid-bio-characters = Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen, Satzzeichen und Zeilenumbrüche.
invalid-time-zone = Wählen Sie eine Zeitzone aus der Liste.
invalid-language = Wählen Sie eine Sprache aus der Liste.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Geben Sie zur Bestätigung { $word } ein.

notice-verified = Ihre E-Mail-Adresse ist bestätigt. Bitte melden Sie sich an.
notice-reset = Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen Passwort an.
notice-expired = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
notice-signin = Bitte melden Sie sich an, um fortzufahren.
notice-resent = Diese E-Mail-Adresse ist noch nicht bestätigt. Wir haben Ihnen einen neuen Code gesendet.
notice-everywhere = Sie sind jetzt auf allen Geräten abgemeldet.
notice-deleted = Ihr Konto und Ihr Profil wurden gelöscht.
notice-connected = { $provider } ist verknüpft: Sie können sich jetzt auch damit anmelden.
notice-two-step-lifted = Sie haben sich mit einem Wiederherstellungscode angemeldet, deshalb ist die Anmeldung in zwei Schritten jetzt deaktiviert. Richten Sie sie unten mit Ihrem neuen Telefon wieder ein.
