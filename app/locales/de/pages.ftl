# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Passwort vergessen
forgot-heading = Passwort vergessen?
forgot-intro = Geben Sie Ihre E-Mail-Adresse ein. Wenn sie zu einem Konto gehört, senden wir Ihnen einen Code, mit dem Sie ein neues Passwort festlegen können.
forgot-form-send = Code senden
forgot-form-back = Zurück zur Anmeldung

home-title = Willkommen
# { $app } is the app's name.
home-heading = Willkommen bei { $app }
home-lead = Ein Konto für alles hier: Erstellen Sie es mit Ihrer E-Mail-Adresse, bestätigen Sie es mit einem Code und verwalten Sie Ihr Profil an einem Ort.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Hallo, { $name }!
home-actions-profile = Zu Ihrem Profil

signup-form-check-inbox = Sehen Sie in Ihrem Posteingang nach: Wir haben Ihnen einen Code zur Bestätigung Ihrer E-Mail-Adresse gesendet.
signup-form-password = Passwort
signup-form-display-name-hint = So begrüßen wir Sie. Sie können ihn später ändern.
signup-form-creating = Konto wird erstellt …
signup-form-have-account = Sie haben schon ein Konto?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = E-Mail-Adresse bestätigen
verify-step-verify = Bestätigen
verify-step-verifying = Wird bestätigt …
# { $email } is the address the code went to.
verify-step-resent = Wir haben einen neuen Code an { $email } gesendet.
verify-form-enter-code = Geben Sie den Code aus unserer E-Mail ein, um Ihre Adresse zu bestätigen.

# The page's title and its button.
reset-form-reset = Passwort zurücksetzen
reset-heading = Neues Passwort festlegen
reset-intro = Wenn es zu dieser E-Mail-Adresse ein Konto gibt, ist ein Code unterwegs. Geben Sie ihn zusammen mit Ihrem neuen Passwort ein.
reset-form-new-password = Neues Passwort
reset-form-new-code = Brauchen Sie einen neuen Code?

profile-heading = Ihr Profil
profile-form-loading = Ihr Profil wird geladen …
profile-form-restored = Ihre nicht gespeicherten Änderungen sind wieder da. Speichern Sie, um sie zu behalten.
profile-form-saved = Gespeichert.
profile-form-last-saved = Zuletzt gespeichert
profile-form-two-step = Anmeldung in zwei Schritten
profile-form-two-step-on = Aktiviert
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Aktiviert (seit { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Deaktiviert –
profile-form-set-up-two-step = in den Kontoeinstellungen einrichten
# A form field's label; also on the sign-up page.
profile-form-display-name = Anzeigename
profile-form-bio = Über mich
profile-form-time-zone = Zeitzone
profile-form-language = Bevorzugte Sprache
profile-form-save = Speichern
# A button's label while it saves; also on the password reset page.
profile-form-saving = Wird gespeichert …
profile-form-account-settings = Kontoeinstellungen
profile-form-settings-summary = Passwort, E-Mail-Adresse, Anmeldung in zwei Schritten, Ihre Daten und Löschen des Kontos

not-found-heading = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es nichts.
not-found-home = Zur Startseite

# The developer's mailbox, local mode only.
mailbox-heading = Postfach
mailbox-intro = Im lokalen Modus werden keine echten E-Mails versendet. Jede Nachricht, die die App gesendet hätte, steht hier, die neueste zuerst.
mailbox-empty = Noch keine Nachrichten. Erstellen Sie ein Konto oder fordern Sie einen Code zum Zurücksetzen an und laden Sie diese Seite dann neu.
mailbox-to = An
mailbox-purpose = Zweck
mailbox-subject = Betreff
mailbox-code = Code
mailbox-links = Links
mailbox-sent = Gesendet

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Dieser Browser unterstützt keine Passkeys. Wählen Sie eine andere Methode.
session-passkey-cancelled = Es wurde kein Passkey verwendet. Versuchen Sie es noch einmal oder wählen Sie eine andere Methode.
session-passkey-already-registered = Dieses Gerät hat bereits einen Passkey für Ihr Konto.
session-passkey-wrong-site = Passkeys funktionieren nur unter dem Namen dieser Website: Öffnen Sie sie über localhost, nicht über eine IP-Adresse.
session-passkey-failed = Der Passkey hat nicht funktioniert. Versuchen Sie es noch einmal oder wählen Sie eine andere Methode.
