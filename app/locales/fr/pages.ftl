# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Mot de passe oublié
forgot-heading = Mot de passe oublié ?
forgot-intro = Saisissez votre adresse e-mail. Si elle correspond à un compte, nous vous enverrons un code pour choisir un nouveau mot de passe.
forgot-form-send = Envoyer le code
forgot-form-back = Retour à la connexion

home-title = Bienvenue
# { $app } is the app's name.
home-heading = Bienvenue sur { $app }
home-lead = Un seul compte pour tout ce qui se trouve ici : créez-le avec votre adresse e-mail, confirmez-le avec un code et retrouvez votre profil au même endroit.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Bonjour { $name } !
home-actions-profile = Voir votre profil

signup-form-check-inbox = Consultez votre boîte de réception : nous vous avons envoyé un code pour confirmer votre adresse e-mail.
signup-form-password = Mot de passe
signup-form-display-name-hint = Le nom que nous utiliserons pour vous saluer. Vous pourrez le modifier plus tard.
signup-form-creating = Création du compte…
signup-form-have-account = Vous avez déjà un compte ?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Vérifiez votre adresse e-mail
verify-step-verify = Vérifier
verify-step-verifying = Vérification…
# { $email } is the address the code went to.
verify-step-resent = Nous avons envoyé un nouveau code à { $email }.
verify-form-enter-code = Saisissez le code que nous vous avons envoyé par e-mail pour confirmer votre adresse.

# The page's title and its button.
reset-form-reset = Réinitialiser le mot de passe
reset-heading = Choisissez un nouveau mot de passe
reset-intro = Si un compte correspond à cette adresse e-mail, un code est en route. Saisissez-le avec votre nouveau mot de passe.
reset-form-new-password = Nouveau mot de passe
reset-form-new-code = Besoin d’un nouveau code ?

profile-heading = Votre profil
profile-form-loading = Chargement de votre profil…
profile-form-restored = Vos modifications non enregistrées ont été restaurées. Enregistrez-les pour les conserver.
profile-form-saved = Enregistré.
profile-form-last-saved = Dernier enregistrement
profile-form-two-step = Connexion en deux étapes
profile-form-two-step-on = Activée
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Activée (depuis le { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Désactivée —
profile-form-set-up-two-step = activez-la dans les paramètres du compte
# A form field's label; also on the sign-up page.
profile-form-display-name = Nom affiché
profile-form-bio = Bio
profile-form-time-zone = Fuseau horaire
profile-form-language = Langue préférée
profile-form-save = Enregistrer
# A button's label while it saves; also on the password reset page.
profile-form-saving = Enregistrement…
profile-form-account-settings = Paramètres du compte
profile-form-settings-summary = Mot de passe, adresse e-mail, connexion en deux étapes, vos données et suppression du compte

not-found-heading = Page introuvable
not-found-text = Il n’y a rien à cette adresse.
not-found-home = Aller à l’accueil

# The developer's mailbox, local mode only.
mailbox-heading = Boîte aux lettres
mailbox-intro = En mode local, aucun vrai e-mail n’est envoyé. Tous les messages que l’application aurait envoyés sont listés ici, du plus récent au plus ancien.
mailbox-empty = Aucun message pour l’instant. Créez un compte ou demandez un code de réinitialisation, puis rechargez cette page.
mailbox-to = Destinataire
mailbox-purpose = Type
mailbox-subject = Objet
mailbox-code = Code
mailbox-links = Liens
mailbox-sent = Envoyé

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Ce navigateur ne prend pas en charge les clés d’accès. Choisissez un autre moyen.
session-passkey-cancelled = Aucune clé d’accès n’a été utilisée. Réessayez ou choisissez un autre moyen.
session-passkey-already-registered = Cet appareil possède déjà une clé d’accès pour votre compte.
session-passkey-wrong-site = Les clés d’accès ne fonctionnent qu’avec le nom de ce site : ouvrez-le via localhost, pas via une adresse IP.
session-passkey-failed = La clé d’accès n’a pas fonctionné. Réessayez ou choisissez un autre moyen.
