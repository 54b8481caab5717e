# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Skip to content
nav-account = Account
nav-sign-in = Sign in
nav-create-account = Create account
nav-sign-out = Sign out
footer-about = accounts on Amazon Cognito
footer-language = Language
footer-change = Change

form-show = Show
form-hide = Hide
form-sending = Sending…
form-password-rules = 8 to 256 characters. Spaces and any letters or symbols are fine; longer is stronger.
# { $level } is one of the form-strength-* words below.
form-strength = Strength: { $level }
form-strength-too-short = Too short
form-strength-fair = Fair: a longer password is stronger
form-strength-good = Good
form-strength-strong = Strong
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } of { $max } characters
form-send-new-code = Send a new code
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Send a new code ({ $seconds } s)

field-email = Email
field-verification-code = Verification code
field-verification-code-hint = Six digits, or letter groups like ABCD-EFGH-…, as in the email.

error-invalid = Check what you entered.
error-wrong-credentials = Incorrect email or password.
error-not-confirmed = This email address is not confirmed yet.
error-wrong-code = That code is not right or has expired. Send a new one.
error-try-later = Too many attempts. Try again in a moment.
error-too-many-attempts =
    { $seconds ->
        [one] Too many attempts. Try again in { $seconds } second.
       *[other] Too many attempts. Try again in { $seconds } seconds.
    }
error-session-expired = Your session has ended. Please sign in again.
error-sign-in-expired = This sign-in took too long. Start again.
error-passkey-refused = That passkey didn't work. Try again, or choose another way to sign in.
error-passkey-not-added = This passkey couldn't be added. Try again.
error-stale-profile = This profile changed elsewhere. Reload to see it.
error-sessions-remain = Your password is changed, but not every device could be signed out. Use "Sign out everywhere" in a moment.
error-unavailable = The account service can't be reached right now. What you typed is kept; try again in a moment.
error-account-exists = An account with this email already exists.
error-unreadable = The form could not be read. Reload the page and try again.
error-not-found = Not found.
error-internal = Something went wrong on our side. Try again in a moment.
error-network = Couldn't reach the server. Check your connection and try again.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = That sign-in didn't finish. Please try again.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = An account with this email already exists. Sign in to it with your password, then connect { $provider } under Settings, in Connected accounts.
error-provider-in-use = This { $provider } account already signs in to another account.
error-provider-fresh-sign-in = For this change, sign in again with { $provider } first, then try again within five minutes.

invalid-email-missing = Enter your email address.
invalid-email = Enter an email address like name@example.com.
invalid-password-short = Use at least 8 characters.
invalid-password-long = Use at most 256 characters.
invalid-password-common = This is one of the most common passwords, so it is among the first an attacker tries. Choose one of your own, such as a few unrelated words.
invalid-password-personal = This password is built from your email or name, which anyone who knows you could guess. Choose one unrelated to you.
invalid-password-guessable = This password is easy to guess: a single word, a name, a date or a keyboard pattern. Make it longer, for example with a few unrelated words.
invalid-password-breached = This password has appeared in a data breach, so attackers try it. Choose another one.
invalid-code-missing = Enter the code from the email.
invalid-code = That doesn't look like a code from our email. Check it and try again.
invalid-sign-in-code = Enter the code from the email: digits only.
invalid-current-password = Enter your current password.
invalid-app-code = Enter the six-digit code your authenticator app shows.
invalid-recovery-code = Enter one of your recovery codes: ten letters and digits, like 4f7k2-9xq3m.
invalid-app-or-recovery-code = Enter the code your authenticator app shows, or one of your recovery codes.
invalid-device-name = Use at most 64 letters, numbers, spaces and punctuation.
invalid-display-name-missing = Enter the name to show on your account.
invalid-display-name-long = Use at most 64 characters.
invalid-display-name-characters = Use letters, numbers, spaces and punctuation only.
invalid-bio-long = Use at most 280 characters.
invalid-bio-characters = Use letters, numbers, spaces, punctuation and line breaks only.
invalid-time-zone = Pick a time zone from the list.
invalid-language = Pick a language from the list.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Type { $word } to confirm.

notice-verified = Your email is confirmed. Please sign in.
notice-reset = Your password was changed. Sign in with the new one.
notice-expired = Your session has ended. Please sign in again.
notice-signin = Please sign in to continue.
notice-resent = This email isn't confirmed yet. We sent you a new code.
notice-everywhere = You're signed out on every device.
notice-deleted = Your account and profile are deleted.
notice-connected = { $provider } is connected: you can sign in with it too.
notice-two-step-lifted = You signed in with a recovery code, so two-step sign-in is off. Set it up again with your new phone below.
