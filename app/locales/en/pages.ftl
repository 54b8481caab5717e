# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Forgot password
forgot-heading = Forgot your password?
forgot-intro = Enter your email. If it belongs to an account, we'll send a code to set a new password.
forgot-form-send = Send reset code
forgot-form-back = Back to sign in

home-title = Welcome
# { $app } is the app's name.
home-heading = Welcome to { $app }
home-lead = One account for everything here: create it with your email, confirm it with a code, and keep your profile in one place.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Hello, { $name }!
home-actions-profile = Go to your profile

signup-form-check-inbox = Check your inbox: we sent a code to confirm your email.
signup-form-password = Password
signup-form-display-name-hint = How we greet you. You can change it later.
signup-form-creating = Creating account…
signup-form-have-account = Already have an account?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Verify your email
verify-step-verify = Verify
verify-step-verifying = Verifying…
# { $email } is the address the code went to.
verify-step-resent = We sent a new code to { $email }.
verify-form-enter-code = Enter the code we emailed you to confirm your address.

# The page's title and its button.
reset-form-reset = Reset password
reset-heading = Set a new password
reset-intro = If that email has an account, a code is on its way. Enter it with your new password.
reset-form-new-password = New password
reset-form-new-code = Need a new code?

profile-heading = Your profile
profile-form-loading = Loading your profile…
profile-form-restored = Your unsaved changes are back. Save to keep them.
profile-form-saved = Saved.
profile-form-last-saved = Last saved
profile-form-two-step = Two-step sign-in
profile-form-two-step-on = On
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = On (since { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Off —
profile-form-set-up-two-step = set it up in Account settings
# A form field's label; also on the sign-up page.
profile-form-display-name = Display name
profile-form-bio = Bio
profile-form-time-zone = Time zone
profile-form-language = Preferred language
profile-form-save = Save
# A button's label while it saves; also on the password reset page.
profile-form-saving = Saving…
profile-form-account-settings = Account settings
profile-form-settings-summary = Password, email, two-step sign-in, your data and deleting the account

not-found-heading = Page not found
not-found-text = There is nothing at this address.
not-found-home = Go to the home page

# The developer's mailbox, local mode only.
mailbox-heading = Mailbox
mailbox-intro = Local mode sends no real email. Every message the app would have sent is listed here, newest first.
mailbox-empty = No messages yet. Create an account or ask for a reset code, then reload this page.
mailbox-to = To
mailbox-purpose = Purpose
mailbox-subject = Subject
mailbox-code = Code
mailbox-links = Links
mailbox-sent = Sent

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = This browser can't use passkeys. Choose another way.
session-passkey-cancelled = No passkey was used. Try again, or choose another way.
session-passkey-already-registered = This device already has a passkey for your account.
session-passkey-wrong-site = Passkeys only work at this site's name: open it at localhost, not an IP address.
session-passkey-failed = The passkey didn't work. Try again, or choose another way.
