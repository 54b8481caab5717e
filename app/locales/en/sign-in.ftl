# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Password
login-form-password-missing = Enter your password.
login-form-remember = Keep me signed in
login-form-continue = Continue
login-form-signing-in = Signing in…
login-form-forgot-password = Forgot your password?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = New here?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Code

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Signing in as{" "}
login-methods-use-another-email = Use another email
login-methods-or = Or
login-methods-or-password = Or use your password
# Read out by screen readers for the group of buttons.
login-methods-label = Ways to sign in
login-methods-passkey = Sign in with a passkey
login-methods-passkey-waiting = Waiting for your passkey…
login-methods-email-code = Email me a code
login-methods-email-code-sending = Sending a code…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Passkeys only work at this site's name, not at an IP address: open{" "}
login-methods-passkey-ip-address-after = {" "}to use one.
login-methods-passkey-unsupported = This browser can't use passkeys.

## The emailed code's step.

login-email-code-heading = Check your email
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = We sent a sign-in code to{" "}
login-email-code-sent-after = . Enter it here; it works for a few minutes.
# { $address } is the email address the new code went to.
login-email-code-resent = We sent a new code to { $address }.
login-email-code-hint = No email after a minute? Check the address. With two-step sign-in on, sign in with your password instead.
login-email-code-another-way = Choose another way

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Two-step sign-in
login-second-step-app-intro = Enter the six-digit code your authenticator app shows for this account.
login-second-step-recovery-intro = Enter one of the recovery codes you saved when you set up two-step sign-in. Each works once.
login-second-step-recovery-code = Recovery code
login-second-step-verify = Verify
login-second-step-checking = Checking…
login-second-step-use-app = Use the authenticator app
login-second-step-use-recovery-code = Use a recovery code
login-second-step-start-again = Start again
login-second-step-app-code-wrong = That code isn't right. Enter the one the app shows now.
login-second-step-recovery-code-wrong = That recovery code is not right or was used already.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = You're signed in.
login-offer-heading = Sign in faster next time
login-offer-text = Add a passkey, and next time this device signs you in with your fingerprint, face or screen lock: no password to type, and nothing anyone can trick you into giving away.
login-offer-adding = Adding a passkey…
login-offer-add = Add a passkey
login-offer-not-now = Not now

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Continue with { $provider }
login-continue-title = Signing in
login-continue-working = Finishing your sign-in…
login-continue-back = Back to sign in
