# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Confirm your email address for Doorway
email-sign-up-body = Welcome to Doorway! Enter this code to confirm your email address:
email-sign-up-expiry = The code works for 24 hours.
email-sign-up-not-you = If you didn't create an account, you can ignore this email.

email-resend-subject = Your new Doorway confirmation code
email-resend-body = Here is a new code to confirm your email address:
email-resend-expiry = The code works for 24 hours. Earlier codes no longer work.
email-resend-not-you = If you didn't ask for a code, you can ignore this email.

email-reset-subject = Reset your Doorway password
email-reset-body = Enter this code to set a new password:
email-reset-expiry = The code works for one hour.
email-reset-not-you = If you didn't ask to reset your password, ignore this email: your password stays as it is.

email-change-subject = Confirm your new email address for Doorway
email-change-body = Enter this code in your settings to confirm your new email address:
email-change-expiry = The code works for 24 hours.
email-change-not-you = If you didn't ask to change your email, sign in and change your password.

email-sign-in-code-subject = Your Doorway sign-in code
email-sign-in-code-body = Enter this code to sign in:
email-sign-in-code-expiry = The code works for a few minutes and only once.
email-sign-in-code-not-you = If you aren't signing in, don't share this code with anyone and change your password.

email-open-page = Or open this page:
