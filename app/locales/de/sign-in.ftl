# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Passwort
login-form-password-missing = Geben Sie Ihr Passwort ein.
login-form-remember = Angemeldet bleiben
login-form-continue = Weiter
login-form-signing-in = Anmeldung läuft …
login-form-forgot-password = Passwort vergessen?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Neu hier?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Code

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Anmeldung als{" "}
login-methods-use-another-email = Andere E-Mail-Adresse verwenden
login-methods-or = Oder
login-methods-or-password = Oder mit Passwort anmelden
# Read out by screen readers for the group of buttons.
login-methods-label = Anmeldemethoden
login-methods-passkey = Mit Passkey anmelden
login-methods-passkey-waiting = Warten auf Ihren Passkey …
login-methods-email-code = Code per E-Mail senden
login-methods-email-code-sending = Code wird gesendet …
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Passkeys funktionieren nur unter dem Namen dieser Website, nicht über eine IP-Adresse. Öffnen Sie{" "}
login-methods-passkey-ip-address-after = , um einen Passkey zu verwenden.
login-methods-passkey-unsupported = Dieser Browser unterstützt keine Passkeys.

## The emailed code's step.

login-email-code-heading = Sehen Sie in Ihren E-Mails nach
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Wir haben einen Anmeldecode an{" "}
login-email-code-sent-after = {" "}gesendet. Geben Sie ihn hier ein; er ist einige Minuten lang gültig.
# { $address } is the email address the new code went to.
login-email-code-resent = Wir haben einen neuen Code an { $address } gesendet.
login-email-code-hint = Nach einer Minute noch keine E-Mail? Prüfen Sie die Adresse. Wenn die Anmeldung in zwei Schritten aktiviert ist, melden Sie sich stattdessen mit Ihrem Passwort an.
login-email-code-another-way = Andere Methode wählen

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Anmeldung in zwei Schritten
login-second-step-app-intro = Geben Sie den sechsstelligen Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.
login-second-step-recovery-intro = Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Einrichten der Anmeldung in zwei Schritten gespeichert haben. Jeder funktioniert nur einmal.
login-second-step-recovery-code = Wiederherstellungscode
login-second-step-verify = Bestätigen
login-second-step-checking = Wird geprüft …
login-second-step-use-app = Authenticator-App verwenden
login-second-step-use-recovery-code = Wiederherstellungscode verwenden
login-second-step-start-again = Neu beginnen
login-second-step-app-code-wrong = Dieser Code ist falsch. Geben Sie den Code ein, den die App jetzt anzeigt.
login-second-step-recovery-code-wrong = Dieser Wiederherstellungscode ist falsch oder wurde bereits verwendet.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Sie sind angemeldet.
login-offer-heading = Nächstes Mal schneller anmelden
login-offer-text = Fügen Sie einen Passkey hinzu, dann meldet Sie dieses Gerät nächstes Mal per Fingerabdruck, Gesichtserkennung oder Bildschirmsperre an: Sie müssen kein Passwort eintippen, und es gibt nichts, was man Ihnen entlocken könnte.
login-offer-adding = Passkey wird hinzugefügt …
login-offer-add = Passkey hinzufügen
login-offer-not-now = Jetzt nicht

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Weiter mit { $provider }
login-continue-title = Anmeldung
login-continue-working = Ihre Anmeldung wird abgeschlossen …
login-continue-back = Zurück zur Anmeldung
