# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Aller au contenu
nav-account = Compte
nav-sign-in = Se connecter
nav-create-account = Créer un compte
nav-sign-out = Se déconnecter
footer-about = comptes sur Amazon Cognito
footer-language = Langue
footer-change = Modifier

form-show = Afficher
form-hide = Masquer
form-sending = Envoi…
form-password-rules = De 8 à 256 caractères. Espaces, lettres et symboles sont tous acceptés ; plus il est long, plus il est sûr.
# { $level } is one of the form-strength-* words below.
form-strength = Sécurité : { $level }
form-strength-too-short = Trop court
form-strength-fair = Moyenne : un mot de passe plus long est plus sûr
form-strength-good = Bonne
form-strength-strong = Élevée
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } sur { $max } caractères
form-send-new-code = Envoyer un nouveau code
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Envoyer un nouveau code ({ $seconds } s)

field-email = Adresse e-mail
field-verification-code = Code de vérification
field-verification-code-hint = Six chiffres, ou des groupes de lettres comme ABCD-EFGH-…, comme dans l’e-mail.

error-invalid = Vérifiez votre saisie.
error-wrong-credentials = Adresse e-mail ou mot de passe incorrect.
error-not-confirmed = Cette adresse e-mail n’est pas encore confirmée.
error-wrong-code = Ce code est incorrect ou a expiré. Demandez-en un nouveau.
error-try-later = Trop de tentatives. Réessayez dans un instant.
error-too-many-attempts =
    { $seconds ->
        [one] Trop de tentatives. Réessayez dans { $seconds } seconde.
        [many] Trop de tentatives. Réessayez dans { $seconds } de secondes.
       *[other] Trop de tentatives. Réessayez dans { $seconds } secondes.
    }
error-session-expired = Votre session a pris fin. Veuillez vous reconnecter.
error-sign-in-expired = Cette connexion a pris trop de temps. Recommencez.
error-passkey-refused = Cette clé d’accès n’a pas fonctionné. Réessayez ou choisissez un autre moyen de vous connecter.
error-passkey-not-added = Impossible d’ajouter cette clé d’accès. Réessayez.
error-stale-profile = Ce profil a été modifié ailleurs. Rechargez la page pour voir les changements.
error-sessions-remain = Votre mot de passe a bien été changé, mais certains appareils n’ont pas pu être déconnectés. Utilisez « Se déconnecter partout » dans un instant.
error-unavailable = Le service de comptes est injoignable pour le moment. Votre saisie est conservée ; réessayez dans un instant.
error-account-exists = Un compte existe déjà avec cette adresse e-mail.
error-unreadable = Le formulaire n’a pas pu être lu. Rechargez la page et réessayez.
error-not-found = Introuvable.
error-internal = Un problème est survenu de notre côté. Réessayez dans un instant.
error-network = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Cette connexion n’a pas abouti. Veuillez réessayer.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Un compte existe déjà avec cette adresse e-mail. Connectez-vous-y avec votre mot de passe, puis associez { $provider } dans Paramètres du compte, rubrique « Comptes associés ».
error-provider-in-use = Ce compte { $provider } permet déjà de se connecter à un autre compte.
error-provider-fresh-sign-in = Pour cette modification, reconnectez-vous d’abord avec { $provider }, puis réessayez dans les cinq minutes.

invalid-email-missing = Saisissez votre adresse e-mail.
invalid-email = Saisissez une adresse e-mail du type name@example.com.
invalid-password-short = Utilisez au moins 8 caractères.
invalid-password-long = Utilisez 256 caractères au maximum.
invalid-password-common = C’est l’un des mots de passe les plus courants : c’est donc l’un des premiers qu’un attaquant essaie. Choisissez-en un bien à vous, par exemple quelques mots sans rapport entre eux.
invalid-password-personal = Ce mot de passe est construit à partir de votre adresse e-mail ou de votre nom, que toute personne qui vous connaît pourrait deviner. Choisissez-en un sans lien avec vous.
invalid-password-guessable = Ce mot de passe est facile à deviner : un seul mot, un nom, une date ou une suite de touches du clavier. Allongez-le, par exemple avec quelques mots sans rapport entre eux.
invalid-password-breached = Ce mot de passe est apparu dans une fuite de données, les attaquants l’essaient donc. Choisissez-en un autre.
invalid-code-missing = Saisissez le code reçu par e-mail.
invalid-code = Ce code ne ressemble pas à ceux de nos e-mails. Vérifiez-le et réessayez.
invalid-sign-in-code = Saisissez le code reçu par e-mail (chiffres uniquement).
invalid-current-password = Saisissez votre mot de passe actuel.
invalid-app-code = Saisissez le code à six chiffres affiché par votre application d’authentification.
invalid-recovery-code = Saisissez l’un de vos codes de récupération : dix lettres et chiffres, par exemple 4f7k2-9xq3m.
invalid-app-or-recovery-code = Saisissez le code affiché par votre application d’authentification ou l’un de vos codes de récupération.
invalid-device-name = Utilisez au maximum 64 lettres, chiffres, espaces et signes de ponctuation.
invalid-display-name-missing = Saisissez le nom à afficher sur votre compte.
invalid-display-name-long = Utilisez 64 caractères au maximum.
invalid-display-name-characters = Utilisez uniquement des lettres, des chiffres, des espaces et des signes de ponctuation.
invalid-bio-long = Utilisez 280 caractères au maximum.
invalid-bio-characters = Utilisez uniquement des lettres, des chiffres, des espaces, des signes de ponctuation et des retours à la ligne.
invalid-time-zone = Choisissez un fuseau horaire dans la liste.
invalid-language = Choisissez une langue dans la liste.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Saisissez { $word } pour confirmer.

notice-verified = Votre adresse e-mail est confirmée. Veuillez vous connecter.
notice-reset = Votre mot de passe a été changé. Connectez-vous avec le nouveau.
notice-expired = Votre session a pris fin. Veuillez vous reconnecter.
notice-signin = Veuillez vous connecter pour continuer.
notice-resent = Cette adresse e-mail n’est pas encore confirmée. Nous vous avons envoyé un nouveau code.
notice-everywhere = Tous vos appareils ont été déconnectés.
notice-deleted = Votre compte et votre profil ont été supprimés.
notice-connected = { $provider } est associé : vous pouvez aussi vous connecter avec.
notice-two-step-lifted = Comme vous avez utilisé un code de récupération pour vous connecter, la connexion en deux étapes est désactivée. Réactivez-la ci-dessous avec votre nouveau téléphone.
