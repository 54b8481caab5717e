# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Bekräfta din e-postadress för Doorway
email-sign-up-body = Välkommen till Doorway! Ange den här koden för att bekräfta din e-postadress:
email-sign-up-expiry = Koden gäller i 24 timmar.
email-sign-up-not-you = Om du inte har skapat något konto kan du ignorera det här mejlet.

email-resend-subject = Din nya bekräftelsekod för Doorway
email-resend-body = Här är en ny kod för att bekräfta din e-postadress:
email-resend-expiry = Koden gäller i 24 timmar. Tidigare koder fungerar inte längre.
email-resend-not-you = Om du inte har bett om någon kod kan du ignorera det här mejlet.

email-reset-subject = Återställ ditt lösenord för Doorway
email-reset-body = Ange den här koden för att välja ett nytt lösenord:
email-reset-expiry = Koden gäller i en timme.
email-reset-not-you = Om du inte har bett om att återställa ditt lösenord kan du ignorera det här mejlet: lösenordet förblir som det är.

email-change-subject = Bekräfta din nya e-postadress för Doorway
email-change-body = Ange den här koden i dina inställningar för att bekräfta din nya e-postadress:
email-change-expiry = Koden gäller i 24 timmar.
email-change-not-you = Om du inte har bett om att byta e-postadress: logga in och byt lösenord.

email-sign-in-code-subject = Din inloggningskod för Doorway
email-sign-in-code-body = Ange den här koden för att logga in:
email-sign-in-code-expiry = Koden gäller i några minuter och bara en gång.
email-sign-in-code-not-you = Om det inte är du som loggar in: dela inte koden med någon och byt lösenord.

email-open-page = Eller öppna den här sidan:
