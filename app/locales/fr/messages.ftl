# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = C’est déjà votre adresse e-mail.
message-email-taken = Cette adresse ne peut plus être utilisée. Choisissez une autre adresse e-mail.
message-email-change-ended = Ce changement d’adresse e-mail a expiré. Recommencez le changement pour recevoir un nouveau code.
message-wrong-current-password = Ce n’est pas votre mot de passe actuel.
message-app-code-missing = Saisissez le code affiché par votre application d’authentification.
message-app-code-not-right = Ce code est incorrect. Saisissez celui que l’application affiche maintenant.
message-password-refused = Ce mot de passe ne respecte pas les règles : utilisez de 8 à 256 caractères et évitez ceux que vous avez déjà utilisés.

message-two-step-already-on = La connexion en deux étapes est déjà activée.
message-two-step-not-on = Activez d’abord la connexion en deux étapes.
message-two-step-setup-ended = Cette configuration a expiré. Recommencez la configuration de la connexion en deux étapes.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Application d’authentification

message-passkeys-full = Ce compte a atteint le nombre maximal de clés d’accès (20). Supprimez-en une d’abord.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } sur { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Inscription
message-mail-resend = Nouveau code d’inscription
message-mail-password-reset = Réinitialisation du mot de passe
message-mail-email-change = Changement d’adresse e-mail
message-mail-sign-in-code = Code de connexion
