# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Bestätigen Sie Ihre E-Mail-Adresse für Doorway
email-sign-up-body = Willkommen bei Doorway! Geben Sie diesen Code ein, um Ihre E-Mail-Adresse zu bestätigen:
email-sign-up-expiry = Der Code ist 24 Stunden lang gültig.
email-sign-up-not-you = Wenn Sie kein Konto erstellt haben, können Sie diese E-Mail ignorieren.

email-resend-subject = Ihr neuer Bestätigungscode für Doorway
email-resend-body = Hier ist ein neuer Code, um Ihre E-Mail-Adresse zu bestätigen:
email-resend-expiry = Der Code ist 24 Stunden lang gültig. Frühere Codes funktionieren nicht mehr.
email-resend-not-you = Wenn Sie keinen Code angefordert haben, können Sie diese E-Mail ignorieren.

email-reset-subject = Ihr Doorway-Passwort zurücksetzen
email-reset-body = Geben Sie diesen Code ein, um ein neues Passwort festzulegen:
email-reset-expiry = Der Code ist eine Stunde lang gültig.
email-reset-not-you = Wenn Sie nicht angefordert haben, Ihr Passwort zurückzusetzen, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.

email-change-subject = Bestätigen Sie Ihre neue E-Mail-Adresse für Doorway
email-change-body = Geben Sie diesen Code in Ihren Einstellungen ein, um Ihre neue E-Mail-Adresse zu bestätigen:
email-change-expiry = Der Code ist 24 Stunden lang gültig.
email-change-not-you = Wenn Sie keine Änderung Ihrer E-Mail-Adresse angefordert haben, melden Sie sich an und ändern Sie Ihr Passwort.

email-sign-in-code-subject = Ihr Anmeldecode für Doorway
email-sign-in-code-body = Geben Sie diesen Code ein, um sich anzumelden:
email-sign-in-code-expiry = Der Code ist nur wenige Minuten lang gültig und funktioniert nur einmal.
email-sign-in-code-not-you = Wenn Sie sich gerade nicht anmelden, geben Sie diesen Code an niemanden weiter und ändern Sie Ihr Passwort.

email-open-page = Oder öffnen Sie diese Seite:
