# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Lösenord
login-form-password-missing = Ange ditt lösenord.
login-form-remember = Håll mig inloggad
login-form-continue = Fortsätt
login-form-signing-in = Loggar in…
login-form-forgot-password = Har du glömt ditt lösenord?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Ny här?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Kod

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Loggar in som{" "}
login-methods-use-another-email = Använd en annan e-postadress
login-methods-or = Eller
login-methods-or-password = Eller använd ditt lösenord
# Read out by screen readers for the group of buttons.
login-methods-label = Sätt att logga in
login-methods-passkey = Logga in med en inloggningsnyckel
login-methods-passkey-waiting = Väntar på din inloggningsnyckel…
login-methods-email-code = Mejla mig en kod
login-methods-email-code-sending = Skickar en kod…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Inloggningsnycklar fungerar bara med webbplatsens namn, inte med en IP-adress: öppna{" "}
login-methods-passkey-ip-address-after = {" "}för att använda en.
login-methods-passkey-unsupported = Den här webbläsaren kan inte använda inloggningsnycklar.

## The emailed code's step.

login-email-code-heading = Kolla din e-post
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Vi har skickat en inloggningskod till{" "}
login-email-code-sent-after = . Ange den här; den gäller i några minuter.
# { $address } is the email address the new code went to.
login-email-code-resent = Vi har skickat en ny kod till { $address }.
login-email-code-hint = Inget mejl efter en minut? Kontrollera adressen. Om du har tvåstegsinloggning på loggar du i stället in med ditt lösenord.
login-email-code-another-way = Välj ett annat sätt

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Tvåstegsinloggning
login-second-step-app-intro = Ange den sexsiffriga koden som din autentiseringsapp visar för det här kontot.
login-second-step-recovery-intro = Ange en av reservkoderna som du sparade när du ställde in tvåstegsinloggning. Varje kod fungerar en gång.
login-second-step-recovery-code = Reservkod
login-second-step-verify = Bekräfta
login-second-step-checking = Kontrollerar…
login-second-step-use-app = Använd autentiseringsappen
login-second-step-use-recovery-code = Använd en reservkod
login-second-step-start-again = Börja om
login-second-step-app-code-wrong = Koden stämmer inte. Ange den som appen visar just nu.
login-second-step-recovery-code-wrong = Reservkoden stämmer inte eller har redan använts.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Du är inloggad.
login-offer-heading = Logga in snabbare nästa gång
login-offer-text = Lägg till en inloggningsnyckel, så loggar den här enheten in dig med fingeravtryck, ansikte eller skärmlås nästa gång: inget lösenord att skriva och inget som någon kan lura av dig.
login-offer-adding = Lägger till en inloggningsnyckel…
login-offer-add = Lägg till en inloggningsnyckel
login-offer-not-now = Inte nu

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Fortsätt med { $provider }
login-continue-title = Loggar in
login-continue-working = Slutför inloggningen…
login-continue-back = Tillbaka till inloggningen
