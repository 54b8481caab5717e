# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Paramètres du compte
settings-back = ← Retour à votre profil
settings-loading = Chargement de votre compte…

## What several sections share.

settings-cancel = Annuler
settings-current-password = Mot de passe actuel
settings-code = Code
settings-code-hint = Le code affiché en ce moment par votre application d’authentification.
settings-verify = Vérifier
settings-verifying = Vérification…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Vous vous connectez avec { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Nous avons envoyé un code à { $new }. Tant que vous ne l’avez pas saisi, continuez à vous connecter avec { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Nous avons envoyé un code à { $address }. Saisissez-le pour vérifier votre nouvelle adresse.
settings-email-change = Changer d’adresse e-mail
settings-email-new = Nouvelle adresse e-mail
settings-email-sending-code = Envoi du code…
settings-email-verified = Votre nouvelle adresse e-mail est vérifiée. Utilisez-la désormais pour vous connecter.
settings-email-code-resent = Un nouveau code est en route.

## Password.

settings-password-heading = Mot de passe
settings-password-intro = Le changer vous déconnecte de tous vos autres appareils.
settings-password-change = Changer de mot de passe
settings-password-new = Nouveau mot de passe
settings-password-changing = Modification…
settings-password-changed = Votre mot de passe a été changé. Toutes vos autres sessions ont pris fin.

## Two-step sign-in.

settings-two-step-heading = Connexion en deux étapes
settings-two-step-intro = En plus de votre mot de passe, un code généré par une application d’authentification sur votre téléphone vous sera demandé : un mot de passe volé ne suffira plus pour se connecter.
settings-two-step-set-up = Configurer la connexion en deux étapes
settings-two-step-on = La connexion en deux étapes est activée.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = La connexion en deux étapes est activée depuis le { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = La connexion en deux étapes est activée ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = La connexion en deux étapes est activée depuis le { $day } ({ $device }).
settings-two-step-codes-left-none = Il ne vous reste aucun code de récupération : créez-en de nouveaux, sinon vous perdriez l’accès à votre compte en perdant votre téléphone.
settings-two-step-codes-left-one = Il vous reste 1 code de récupération.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Il vous reste { $count } codes de récupération.
settings-two-step-turn-off = Désactiver
settings-two-step-turning-off = Désactivation…
settings-two-step-off-code-hint = Le code affiché par votre application d’authentification, ou l’un de vos codes de récupération.
settings-two-step-off-wrong-code = Ce code est incorrect. Saisissez celui que l’application affiche maintenant, ou un code de récupération que vous n’avez pas encore utilisé.
settings-two-step-turned-off = La connexion en deux étapes est désactivée. Vos codes de récupération ne fonctionnent plus.
settings-two-step-new-codes = Nouveaux codes de récupération
settings-two-step-new-codes-intro = Une nouvelle série de dix codes remplace vos codes actuels, utilisés ou non.
settings-two-step-making-codes = Création des codes…
settings-two-step-new-codes-made = Voici vos nouveaux codes de récupération. Les anciens ne fonctionnent plus.
settings-two-step-setup-intro = Il vous faut une application d’authentification sur votre téléphone, comme Google Authenticator, Microsoft Authenticator ou votre gestionnaire de mots de passe.
settings-two-step-continue = Continuer
settings-two-step-preparing = Préparation…
settings-two-step-scan = Scannez ce code QR avec votre application d’authentification, puis saisissez le code à six chiffres qu’elle affiche.
settings-two-step-qr-code = Code QR pour votre application d’authentification
# Followed by the secret key, as letters and digits.
settings-two-step-key = Ou saisissez cette clé :
settings-two-step-open-app = Ouvrir dans une application d’authentification sur cet appareil
settings-two-step-device-name = Nom de l’appareil (facultatif)
settings-two-step-device-name-hint = Affiché dans les paramètres, par exemple « Téléphone d’Ada »
settings-two-step-wrong-code = Ce code est incorrect. Saisissez celui que l’application affiche maintenant.
settings-two-step-turned-on = La connexion en deux étapes est activée. Désormais, le code de l’application vous sera demandé à chaque connexion.

## Recovery codes, shown once.

settings-recovery-heading = Vos codes de récupération
settings-recovery-intro = Si vous perdez votre téléphone, chaque code vous permet de vous connecter une fois à la place de l’application. Conservez-les en lieu sûr, par exemple dans votre gestionnaire de mots de passe : ils ne seront plus jamais affichés.
settings-recovery-copy = Copier les codes
settings-recovery-download = Télécharger les codes
settings-recovery-done = Terminé
settings-recovery-copied = Codes copiés.
settings-recovery-not-copied = Impossible de copier. Sélectionnez les codes et copiez-les, ou téléchargez-les.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Codes de récupération { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Chacun vous permet de vous connecter une fois, à la place du code de votre application d’authentification.

## Devices.

settings-devices-heading = Appareils
settings-devices-intro = Appareil perdu ou ordinateur partagé ? Mettez fin à toutes les sessions, y compris celle-ci.
settings-devices-loading = Chargement des appareils connectés à votre compte…
settings-devices-this = Cet appareil
settings-devices-signed-in = Connecté le { $time }
settings-devices-last-active = dernière activité le { $time }
settings-sign-out-device = Déconnecter l’appareil
settings-signing-out-device = Déconnexion…
settings-sign-out-everywhere = Se déconnecter partout
settings-signing-out-everywhere = Déconnexion de tous les appareils…

## Your data.

settings-data-heading = Vos données
settings-data-intro = Tout ce que nous conservons sur votre compte, dans un fichier JSON.
settings-data-download = Télécharger mes données
settings-data-preparing = Préparation de vos données…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Supprimer le compte
settings-delete-intro = Supprime définitivement vos identifiants de connexion et votre profil. Cette action est irréversible.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Saisissez { $word } pour confirmer
settings-deleting = Suppression…

## Passkeys.

passkeys-heading = Clés d’accès
passkeys-intro = Une clé d’accès vous connecte avec votre empreinte digitale, votre visage ou le verrouillage de l’écran, au lieu de votre mot de passe. Elle reste sur votre appareil et ne peut pas être dérobée par hameçonnage.
passkeys-loading = Chargement de vos clés d’accès…
passkeys-none = Vous n’avez pas encore de clé d’accès.
passkeys-list = Vos clés d’accès
# A passkey without a name.
passkeys-unnamed = Clé d’accès
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Ajoutée le { $day }
passkeys-add = Ajouter une clé d’accès
passkeys-add-intro = Confirmez d’abord votre identité. Votre appareil vous demandera ensuite de créer la clé d’accès avec votre empreinte digitale, votre visage ou le verrouillage de l’écran.
passkeys-adding = Ajout…
passkeys-added = Clé d’accès ajoutée. La prochaine fois, vous pourrez l’utiliser pour vous connecter au lieu de votre mot de passe.
passkeys-remove = Supprimer
passkeys-remove-intro = Une fois supprimée, elle ne permettra plus de vous connecter. Votre appareil l’affichera peut-être encore : supprimez-la là aussi. Confirmez d’abord votre identité.
passkeys-removing = Suppression…
passkeys-removed = Clé d’accès supprimée. Elle ne permet plus de vous connecter.
passkeys-use-passkey = Utiliser plutôt une clé d’accès
passkeys-unsupported = Ce navigateur ne prend pas en charge les clés d’accès.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Les clés d’accès ne fonctionnent que si ce site est ouvert via son nom, pas via une adresse IP. Pour en ajouter une, ouvrez { $address }.
passkeys-not-made-cancelled = Aucune clé d’accès n’a été créée : la demande a été fermée ou a expiré. Réessayez quand vous le souhaitez.
passkeys-not-made = Votre appareil n’a pas pu créer de clé d’accès. Réessayez.
passkeys-proof-cancelled = Aucune clé d’accès n’a été utilisée. Réessayez ou saisissez votre mot de passe actuel.
passkeys-proof-failed = La clé d’accès n’a pas fonctionné. Réessayez ou saisissez votre mot de passe actuel.
passkeys-proof-unsupported = Ce navigateur ne prend pas en charge les clés d’accès. Saisissez votre mot de passe actuel.

## Recent activity.

activity-heading = Activité récente
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Une ligne ne vous dit rien ? Utilisez { $sign-out-everywhere } ci-dessus, puis { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Une ligne ne vous dit rien ? Utilisez { $sign-out-everywhere } ci-dessus, puis sécurisez le compte avec lequel vous vous connectez.
activity-loading = Chargement de votre activité…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Appareil inconnu
activity-signed-in = Connexion
activity-sign-in-failed = Échec de connexion (mot de passe incorrect)
activity-password-changed = Mot de passe changé
activity-password-reset = Mot de passe réinitialisé avec un code reçu par e-mail
activity-email-changed = Adresse e-mail changée
activity-two-step-on = Connexion en deux étapes activée
activity-two-step-off = Connexion en deux étapes désactivée
activity-signed-out-everywhere = Déconnexion de tous les appareils
activity-device-signed-out = Déconnexion d’un autre appareil
activity-passkey-added = Clé d’accès ajoutée
activity-passkey-removed = Clé d’accès supprimée
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Connexion avec { $provider }
activity-provider-connected = { $provider } associé
activity-provider-disconnected = { $provider } dissocié

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Comptes associés
settings-connected-intro = Connectez-vous aussi avec un autre de vos comptes. Pour l’associer, vous saisirez votre mot de passe ici, puis vous vous connecterez là-bas.
settings-connected-made-with = Vous avez créé ce compte avec { $provider }, et vous vous connectez avec.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Associé depuis le { $date }
settings-connected-not = Non associé
settings-connect = Associer
settings-connecting = Association…
settings-disconnect = Dissocier
settings-disconnecting = Dissociation…
settings-provider-disconnected = Dissocié. Il ne permet plus de vous connecter à ce compte.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Mot de passe et connexion en deux étapes
settings-made-with-intro = Vous vous connectez avec { $provider }. Votre mot de passe et la connexion en deux étapes sont gérés là-bas, pas ici.
settings-fresh-sign-in = Pour supprimer le compte, reconnectez-vous d’abord avec { $provider }.
settings-sign-in-again = Se reconnecter avec { $provider }
