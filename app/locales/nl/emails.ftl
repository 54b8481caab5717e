# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Bevestig je e-mailadres voor Doorway
email-sign-up-body = Welkom bij Doorway! Vul deze code in om je e-mailadres te bevestigen:
email-sign-up-expiry = De code werkt 24 uur.
email-sign-up-not-you = Heb je geen account aangemaakt? Dan kun je deze e-mail negeren.

email-resend-subject = Je nieuwe bevestigingscode voor Doorway
email-resend-body = Hier is een nieuwe code om je e-mailadres te bevestigen:
email-resend-expiry = De code werkt 24 uur. Eerdere codes werken niet meer.
email-resend-not-you = Heb je geen code aangevraagd? Dan kun je deze e-mail negeren.

email-reset-subject = Reset je wachtwoord voor Doorway
email-reset-body = Vul deze code in om een nieuw wachtwoord in te stellen:
email-reset-expiry = De code werkt een uur.
email-reset-not-you = Heb je niet gevraagd om je wachtwoord te resetten? Negeer dan deze e-mail: je wachtwoord blijft zoals het is.

email-change-subject = Bevestig je nieuwe e-mailadres voor Doorway
email-change-body = Vul deze code in bij je instellingen om je nieuwe e-mailadres te bevestigen:
email-change-expiry = De code werkt 24 uur.
email-change-not-you = Heb je niet gevraagd om je e-mailadres te wijzigen? Log dan in en wijzig je wachtwoord.

email-sign-in-code-subject = Je inlogcode voor Doorway
email-sign-in-code-body = Vul deze code in om in te loggen:
email-sign-in-code-expiry = De code werkt een paar minuten en maar één keer.
email-sign-in-code-not-you = Ben je niet aan het inloggen? Deel deze code dan met niemand en wijzig je wachtwoord.

email-open-page = Of open deze pagina:
