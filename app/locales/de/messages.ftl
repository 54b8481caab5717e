# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Das ist bereits Ihre E-Mail-Adresse.
message-email-taken = Diese Adresse kann nicht mehr verwendet werden. Wählen Sie eine andere E-Mail-Adresse.
message-email-change-ended = Diese Änderung der E-Mail-Adresse ist abgelaufen. Ändern Sie Ihre E-Mail-Adresse erneut, um einen neuen Code zu erhalten.
message-wrong-current-password = Das ist nicht Ihr aktuelles Passwort.
message-app-code-missing = Geben Sie den Code ein, den Ihre Authenticator-App anzeigt.
message-app-code-not-right = Dieser Code ist falsch. Geben Sie den Code ein, den die App jetzt anzeigt.
message-password-refused = Dieses Passwort erfüllt die Regeln nicht: Verwenden Sie 8 bis 256 Zeichen und keines, das Sie schon einmal verwendet haben.

message-two-step-already-on = Die Anmeldung in zwei Schritten ist bereits aktiviert.
message-two-step-not-on = Aktivieren Sie zuerst die Anmeldung in zwei Schritten.
message-two-step-setup-ended = Diese Einrichtung ist abgelaufen. Beginnen Sie noch einmal mit der Einrichtung der Anmeldung in zwei Schritten.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Authenticator-App

message-passkeys-full = Dieses Konto hat bereits die Höchstzahl an Passkeys (20). Entfernen Sie zuerst einen.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } unter { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Registrierung
message-mail-resend = Neuer Registrierungscode
message-mail-password-reset = Passwort zurücksetzen
message-mail-email-change = Änderung der E-Mail-Adresse
message-mail-sign-in-code = Anmeldecode
