# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Mot de passe
login-form-password-missing = Saisissez votre mot de passe.
login-form-remember = Maintenir la connexion
login-form-continue = Continuer
login-form-signing-in = Connexion…
login-form-forgot-password = Mot de passe oublié ?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Pas encore de compte ?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Code

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Connexion en tant que{" "}
login-methods-use-another-email = Utiliser une autre adresse e-mail
login-methods-or = Ou
login-methods-or-password = Ou utilisez votre mot de passe
# Read out by screen readers for the group of buttons.
login-methods-label = Moyens de connexion
login-methods-passkey = Se connecter avec une clé d’accès
login-methods-passkey-waiting = En attente de votre clé d’accès…
login-methods-email-code = Recevoir un code par e-mail
login-methods-email-code-sending = Envoi du code…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Les clés d’accès ne fonctionnent qu’avec le nom de ce site, pas avec une adresse IP : ouvrez{" "}
login-methods-passkey-ip-address-after = {" "}pour en utiliser une.
login-methods-passkey-unsupported = Ce navigateur ne prend pas en charge les clés d’accès.

## The emailed code's step.

login-email-code-heading = Consultez vos e-mails
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Nous avons envoyé un code de connexion à{" "}
login-email-code-sent-after = . Saisissez-le ici ; il est valable quelques minutes.
# { $address } is the email address the new code went to.
login-email-code-resent = Nous avons envoyé un nouveau code à { $address }.
login-email-code-hint = Toujours pas d’e-mail après une minute ? Vérifiez l’adresse. Si la connexion en deux étapes est activée, connectez-vous plutôt avec votre mot de passe.
login-email-code-another-way = Choisir un autre moyen

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Connexion en deux étapes
login-second-step-app-intro = Saisissez le code à six chiffres que votre application d’authentification affiche pour ce compte.
login-second-step-recovery-intro = Saisissez l’un des codes de récupération que vous avez enregistrés lors de la configuration de la connexion en deux étapes. Chacun ne fonctionne qu’une fois.
login-second-step-recovery-code = Code de récupération
login-second-step-verify = Vérifier
login-second-step-checking = Vérification…
login-second-step-use-app = Utiliser l’application d’authentification
login-second-step-use-recovery-code = Utiliser un code de récupération
login-second-step-start-again = Recommencer
login-second-step-app-code-wrong = Ce code est incorrect. Saisissez celui que l’application affiche maintenant.
login-second-step-recovery-code-wrong = Ce code de récupération est incorrect ou a déjà été utilisé.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Connexion réussie.
login-offer-heading = Connectez-vous plus vite la prochaine fois
login-offer-text = Ajoutez une clé d’accès : la prochaine fois, cet appareil vous connectera avec votre empreinte digitale, votre visage ou le verrouillage de l’écran. Aucun mot de passe à saisir, et rien que l’on puisse vous soutirer par la ruse.
login-offer-adding = Ajout de la clé d’accès…
login-offer-add = Ajouter une clé d’accès
login-offer-not-now = Plus tard

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Continuer avec { $provider }
login-continue-title = Connexion
login-continue-working = Finalisation de votre connexion…
login-continue-back = Retour à la connexion
