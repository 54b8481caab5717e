# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Dat is al je e-mailadres.
message-email-taken = Dat adres kan niet meer worden gebruikt. Wijzig je e-mailadres in een ander adres.
message-email-change-ended = Deze wijziging van je e-mailadres is verlopen. Wijzig je e-mailadres opnieuw om een nieuwe code te krijgen.
message-wrong-current-password = Dat is niet je huidige wachtwoord.
message-app-code-missing = Vul de code in die je authenticator-app toont.
message-app-code-not-right = Die code klopt niet. Vul de code in die de app nu toont.
message-password-refused = Dit wachtwoord voldoet niet aan de regels: gebruik 8 tot 256 tekens en geen wachtwoord dat je eerder hebt gebruikt.

message-two-step-already-on = Inloggen in twee stappen staat al aan.
message-two-step-not-on = Zet eerst inloggen in twee stappen aan.
message-two-step-setup-ended = Deze instelling is verlopen. Begin opnieuw met het instellen van inloggen in twee stappen.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Authenticator-app

message-passkeys-full = Dit account heeft al het maximale aantal toegangssleutels (20). Verwijder er eerst een.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } op { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Account aanmaken
message-mail-resend = Nieuwe bevestigingscode
message-mail-password-reset = Wachtwoord resetten
message-mail-email-change = E-mailadres wijzigen
message-mail-sign-in-code = Inlogcode
