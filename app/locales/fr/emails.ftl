# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Confirmez votre adresse e-mail pour Doorway
email-sign-up-body = Bienvenue sur Doorway ! Saisissez ce code pour confirmer votre adresse e-mail :
email-sign-up-expiry = Ce code est valable 24 heures.
email-sign-up-not-you = Si vous n’avez pas créé de compte, vous pouvez ignorer cet e-mail.

email-resend-subject = Votre nouveau code de confirmation Doorway
email-resend-body = Voici un nouveau code pour confirmer votre adresse e-mail :
email-resend-expiry = Ce code est valable 24 heures. Les codes précédents ne fonctionnent plus.
email-resend-not-you = Si vous n’avez pas demandé de code, vous pouvez ignorer cet e-mail.

email-reset-subject = Réinitialisez votre mot de passe Doorway
email-reset-body = Saisissez ce code pour choisir un nouveau mot de passe :
email-reset-expiry = Ce code est valable une heure.
email-reset-not-you = Si vous n’avez pas demandé à réinitialiser votre mot de passe, ignorez cet e-mail : votre mot de passe reste inchangé.

email-change-subject = Confirmez votre nouvelle adresse e-mail pour Doorway
email-change-body = Saisissez ce code dans vos paramètres pour confirmer votre nouvelle adresse e-mail :
email-change-expiry = Ce code est valable 24 heures.
email-change-not-you = Si vous n’avez pas demandé à changer d’adresse e-mail, connectez-vous et changez votre mot de passe.

email-sign-in-code-subject = Votre code de connexion Doorway
email-sign-in-code-body = Saisissez ce code pour vous connecter :
email-sign-in-code-expiry = Ce code n’est valable que quelques minutes, et une seule fois.
email-sign-in-code-not-you = Si vous n’êtes pas en train de vous connecter, ne communiquez ce code à personne et changez votre mot de passe.

email-open-page = Ou ouvrez cette page :
