# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Wachtwoord
login-form-password-missing = Vul je wachtwoord in.
login-form-remember = Ingelogd blijven
login-form-continue = Doorgaan
login-form-signing-in = Inloggen…
login-form-forgot-password = Wachtwoord vergeten?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Nieuw hier?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Code

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Inloggen als{" "}
login-methods-use-another-email = Ander e-mailadres gebruiken
login-methods-or = Of
login-methods-or-password = Of gebruik je wachtwoord
# Read out by screen readers for the group of buttons.
login-methods-label = Manieren om in te loggen
login-methods-passkey = Inloggen met een toegangssleutel
login-methods-passkey-waiting = Wachten op je toegangssleutel…
login-methods-email-code = Stuur me een code per e-mail
login-methods-email-code-sending = Code versturen…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Toegangssleutels werken alleen via de naam van deze site, niet via een IP-adres: open{" "}
login-methods-passkey-ip-address-after = {" "}om er een te gebruiken.
login-methods-passkey-unsupported = Deze browser kan geen toegangssleutels gebruiken.

## The emailed code's step.

login-email-code-heading = Kijk in je e-mail
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = We hebben een inlogcode gestuurd naar{" "}
login-email-code-sent-after = . Vul hem hier in; hij werkt een paar minuten.
# { $address } is the email address the new code went to.
login-email-code-resent = We hebben een nieuwe code gestuurd naar { $address }.
login-email-code-hint = Na een minuut nog geen e-mail? Controleer het adres. Staat inloggen in twee stappen aan, log dan in met je wachtwoord.
login-email-code-another-way = Andere manier kiezen

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Inloggen in twee stappen
login-second-step-app-intro = Vul de zescijferige code in die je authenticator-app voor dit account toont.
login-second-step-recovery-intro = Vul een van de herstelcodes in die je hebt bewaard toen je inloggen in twee stappen instelde. Elke code werkt één keer.
login-second-step-recovery-code = Herstelcode
login-second-step-verify = Bevestigen
login-second-step-checking = Controleren…
login-second-step-use-app = Authenticator-app gebruiken
login-second-step-use-recovery-code = Herstelcode gebruiken
login-second-step-start-again = Opnieuw beginnen
login-second-step-app-code-wrong = Die code klopt niet. Vul de code in die de app nu toont.
login-second-step-recovery-code-wrong = Die herstelcode klopt niet of is al gebruikt.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Je bent ingelogd.
login-offer-heading = Volgende keer sneller inloggen
login-offer-text = Voeg een toegangssleutel toe, dan logt dit apparaat je voortaan in met je vingerafdruk, gezicht of schermvergrendeling: geen wachtwoord om te typen, en niets wat iemand je listig kan ontfutselen.
login-offer-adding = Toegangssleutel toevoegen…
login-offer-add = Toegangssleutel toevoegen
login-offer-not-now = Niet nu

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Doorgaan met { $provider }
login-continue-title = Bezig met inloggen
login-continue-working = Inloggen wordt afgerond…
login-continue-back = Terug naar inloggen
