# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Kontoeinstellungen
settings-back = ← Zurück zu Ihrem Profil
settings-loading = Ihr Konto wird geladen …

## What several sections share.

settings-cancel = Abbrechen
settings-current-password = Aktuelles Passwort
settings-code = Code
settings-code-hint = Der Code, den Ihre Authenticator-App gerade anzeigt.
settings-verify = Bestätigen
settings-verifying = Wird bestätigt …

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Sie melden sich mit { $address } an.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Wir haben einen Code an { $new } gesendet. Bis Sie ihn eingeben, melden Sie sich weiter mit { $current } an.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Wir haben einen Code an { $address } gesendet. Geben Sie ihn ein, um Ihre neue Adresse zu bestätigen.
settings-email-change = E-Mail-Adresse ändern
settings-email-new = Neue E-Mail-Adresse
settings-email-sending-code = Code wird gesendet …
settings-email-verified = Ihre neue E-Mail-Adresse ist bestätigt. Melden Sie sich ab jetzt damit an.
settings-email-code-resent = Ein neuer Code ist unterwegs.

## Password.

settings-password-heading = Passwort
settings-password-intro = Wenn Sie es ändern, werden Sie auf allen anderen Geräten abgemeldet.
settings-password-change = Passwort ändern
settings-password-new = Neues Passwort
settings-password-changing = Wird geändert …
settings-password-changed = Ihr Passwort wurde geändert. Alle anderen Sitzungen wurden beendet.

## Two-step sign-in.

settings-two-step-heading = Anmeldung in zwei Schritten
settings-two-step-intro = Bei der Anmeldung wird zusätzlich zu Ihrem Passwort ein Code aus einer Authenticator-App auf Ihrem Telefon abgefragt. So reicht ein gestohlenes Passwort allein nicht aus.
settings-two-step-set-up = Anmeldung in zwei Schritten einrichten
settings-two-step-on = Die Anmeldung in zwei Schritten ist aktiviert.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = Die Anmeldung in zwei Schritten ist seit { $day } aktiviert.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = Die Anmeldung in zwei Schritten ist aktiviert ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = Die Anmeldung in zwei Schritten ist seit { $day } aktiviert ({ $device }).
settings-two-step-codes-left-none = Keine Wiederherstellungscodes mehr übrig: Erstellen Sie neue, sonst sperren Sie sich aus, wenn Sie Ihr Telefon verlieren.
settings-two-step-codes-left-one = Noch 1 Wiederherstellungscode übrig.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Noch { $count } Wiederherstellungscodes übrig.
settings-two-step-turn-off = Deaktivieren
settings-two-step-turning-off = Wird deaktiviert …
settings-two-step-off-code-hint = Der Code, den Ihre Authenticator-App anzeigt, oder einer Ihrer Wiederherstellungscodes.
settings-two-step-off-wrong-code = Dieser Code ist falsch. Geben Sie den Code ein, den die App jetzt anzeigt, oder einen Wiederherstellungscode, den Sie noch nicht verwendet haben.
settings-two-step-turned-off = Die Anmeldung in zwei Schritten ist deaktiviert. Ihre Wiederherstellungscodes funktionieren nicht mehr.
settings-two-step-new-codes = Neue Wiederherstellungscodes
settings-two-step-new-codes-intro = Zehn neue Codes ersetzen Ihre bisherigen, ob verwendet oder nicht.
settings-two-step-making-codes = Neue Codes werden erstellt …
settings-two-step-new-codes-made = Hier sind Ihre neuen Wiederherstellungscodes. Die alten funktionieren nicht mehr.
settings-two-step-setup-intro = Sie benötigen eine Authenticator-App auf Ihrem Telefon, z. B. Google Authenticator, Microsoft Authenticator oder Ihren Passwortmanager.
settings-two-step-continue = Weiter
settings-two-step-preparing = Wird vorbereitet …
settings-two-step-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App und geben Sie dann den sechsstelligen Code ein, den sie anzeigt.
settings-two-step-qr-code = QR-Code für Ihre Authenticator-App
# Followed by the secret key, as letters and digits.
settings-two-step-key = Oder geben Sie diesen Schlüssel ein:
settings-two-step-open-app = In einer Authenticator-App auf diesem Gerät öffnen
settings-two-step-device-name = Gerätename (optional)
settings-two-step-device-name-hint = Wird in den Einstellungen angezeigt, z. B. Adas Handy
settings-two-step-wrong-code = Dieser Code ist falsch. Geben Sie den Code ein, den die App jetzt anzeigt.
settings-two-step-turned-on = Die Anmeldung in zwei Schritten ist aktiviert. Ab jetzt wird bei der Anmeldung der Code aus der App abgefragt.

## Recovery codes, shown once.

settings-recovery-heading = Ihre Wiederherstellungscodes
settings-recovery-intro = Wenn Sie Ihr Telefon verlieren, können Sie sich mit jedem Code einmal statt mit der App anmelden. Bewahren Sie die Codes sicher auf, z. B. in Ihrem Passwortmanager: Sie werden nur dieses eine Mal angezeigt.
settings-recovery-copy = Codes kopieren
settings-recovery-download = Codes herunterladen
settings-recovery-done = Fertig
settings-recovery-copied = Kopiert.
settings-recovery-not-copied = Kopieren nicht möglich. Markieren und kopieren Sie die Codes oder laden Sie sie herunter.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Wiederherstellungscodes für { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Mit jedem Code können Sie sich einmal anmelden, anstelle des Codes Ihrer Authenticator-App.

## Devices.

settings-devices-heading = Geräte
settings-devices-intro = Gerät verloren oder einen gemeinsam genutzten Computer verwendet? Beenden Sie alle Sitzungen, auch diese.
settings-devices-loading = Die bei Ihrem Konto angemeldeten Geräte werden geladen …
settings-devices-this = Dieses Gerät
settings-devices-signed-in = Angemeldet am { $time }
settings-devices-last-active = zuletzt aktiv am { $time }
settings-sign-out-device = Gerät abmelden
settings-signing-out-device = Wird abgemeldet …
settings-sign-out-everywhere = Überall abmelden
settings-signing-out-everywhere = Abmeldung auf allen Geräten …

## Your data.

settings-data-heading = Ihre Daten
settings-data-intro = Alles, was wir zu Ihrem Konto speichern, als JSON-Datei.
settings-data-download = Meine Daten herunterladen
settings-data-preparing = Ihre Daten werden vorbereitet …

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Konto löschen
settings-delete-intro = Löscht Ihre Anmeldedaten und Ihr Profil endgültig. Das lässt sich nicht rückgängig machen.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Geben Sie zur Bestätigung { $word } ein
settings-deleting = Wird gelöscht …

## Passkeys.

passkeys-heading = Passkeys
passkeys-intro = Mit einem Passkey melden Sie sich per Fingerabdruck, Gesichtserkennung oder Bildschirmsperre an statt mit Ihrem Passwort. Er bleibt auf Ihrem Gerät und ist vor Phishing geschützt.
passkeys-loading = Ihre Passkeys werden geladen …
passkeys-none = Sie haben noch keine Passkeys.
passkeys-list = Ihre Passkeys
# A passkey without a name.
passkeys-unnamed = Passkey
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Hinzugefügt am { $day }
passkeys-add = Passkey hinzufügen
passkeys-add-intro = Bestätigen Sie zuerst, dass Sie es sind. Dann fordert Ihr Gerät Sie auf, den Passkey per Fingerabdruck, Gesichtserkennung oder Bildschirmsperre zu erstellen.
passkeys-adding = Wird hinzugefügt …
passkeys-added = Passkey hinzugefügt. Beim nächsten Mal können Sie sich damit statt mit Ihrem Passwort anmelden.
passkeys-remove = Entfernen
passkeys-remove-intro = Nach dem Entfernen können Sie sich damit nicht mehr anmelden. Ihr Gerät zeigt ihn eventuell noch an: Löschen Sie ihn auch dort. Bestätigen Sie zuerst, dass Sie es sind.
passkeys-removing = Wird entfernt …
passkeys-removed = Passkey entfernt. Sie können sich damit nicht mehr anmelden.
passkeys-use-passkey = Stattdessen einen Passkey verwenden
passkeys-unsupported = Dieser Browser unterstützt keine Passkeys.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Passkeys funktionieren nur, wenn diese Website unter ihrem Namen geöffnet ist, nicht über eine IP-Adresse. Um einen hinzuzufügen, öffnen Sie { $address }.
passkeys-not-made-cancelled = Es wurde kein Passkey erstellt: Die Abfrage wurde geschlossen oder ist abgelaufen. Versuchen Sie es noch einmal, wenn Sie so weit sind.
passkeys-not-made = Ihr Gerät konnte keinen Passkey erstellen. Versuchen Sie es noch einmal.
passkeys-proof-cancelled = Es wurde kein Passkey verwendet. Versuchen Sie es noch einmal oder geben Sie Ihr aktuelles Passwort ein.
passkeys-proof-failed = Der Passkey hat nicht funktioniert. Versuchen Sie es noch einmal oder geben Sie Ihr aktuelles Passwort ein.
passkeys-proof-unsupported = Dieser Browser unterstützt keine Passkeys. Geben Sie Ihr aktuelles Passwort ein.

## Recent activity.

activity-heading = Letzte Aktivitäten
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Sie erkennen einen Eintrag nicht? Verwenden Sie oben { $sign-out-everywhere } und dann { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Sie erkennen einen Eintrag nicht? Verwenden Sie oben { $sign-out-everywhere } und schützen Sie dann das Konto, mit dem Sie sich anmelden.
activity-loading = Ihre Aktivitäten werden geladen …
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Unbekanntes Gerät
activity-signed-in = Angemeldet
activity-sign-in-failed = Anmeldung fehlgeschlagen (falsches Passwort)
activity-password-changed = Passwort geändert
activity-password-reset = Passwort mit einem Code per E-Mail zurückgesetzt
activity-email-changed = E-Mail-Adresse geändert
activity-two-step-on = Anmeldung in zwei Schritten aktiviert
activity-two-step-off = Anmeldung in zwei Schritten deaktiviert
activity-signed-out-everywhere = Überall abgemeldet
activity-device-signed-out = Anderes Gerät abgemeldet
activity-passkey-added = Passkey hinzugefügt
activity-passkey-removed = Passkey entfernt
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Mit { $provider } angemeldet
activity-provider-connected = { $provider } verknüpft
activity-provider-disconnected = Verknüpfung mit { $provider } aufgehoben

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Verknüpfte Konten
settings-connected-intro = Melden Sie sich auch mit einem anderen Ihrer Konten an. Zum Verknüpfen geben Sie hier Ihr Passwort ein und melden sich dann dort an.
settings-connected-made-with = Sie haben dieses Konto mit { $provider } erstellt und melden sich damit an.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Verknüpft seit { $date }
settings-connected-not = Nicht verknüpft
settings-connect = Verknüpfen
settings-connecting = Wird verknüpft …
settings-disconnect = Verknüpfung aufheben
settings-disconnecting = Verknüpfung wird aufgehoben …
settings-provider-disconnected = Verknüpfung aufgehoben. Damit können Sie sich nicht mehr bei diesem Konto anmelden.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Passwort und Anmeldung in zwei Schritten
settings-made-with-intro = Sie melden sich mit { $provider } an. Ihr Passwort und die Anmeldung in zwei Schritten werden dort verwaltet, nicht hier.
settings-fresh-sign-in = Um das Konto zu löschen, melden Sie sich zuerst erneut mit { $provider } an.
settings-sign-in-again = Erneut mit { $provider } anmelden
