# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Account settings
settings-back = ← Back to your profile
settings-loading = Loading your account…

## What several sections share.

settings-cancel = Cancel
settings-current-password = Current password
settings-code = Code
settings-code-hint = The code your authenticator app shows now.
settings-verify = Verify
settings-verifying = Verifying…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = You sign in with { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = We sent a code to { $new }. Until you enter it, keep signing in with { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = We sent a code to { $address }. Enter it to verify your new address.
settings-email-change = Change email
settings-email-new = New email
settings-email-sending-code = Sending a code…
settings-email-verified = Your new email is verified. Use it to sign in from now on.
settings-email-code-resent = A new code is on its way.

## Password.

settings-password-heading = Password
settings-password-intro = Changing it signs you out on every other device.
settings-password-change = Change password
settings-password-new = New password
settings-password-changing = Changing…
settings-password-changed = Your password is changed. Every other session has ended.

## Two-step sign-in.

settings-two-step-heading = Two-step sign-in
settings-two-step-intro = Ask for a code from an authenticator app on your phone as well as your password, so a stolen password alone can't sign in.
settings-two-step-set-up = Set up two-step sign-in
settings-two-step-on = Two-step sign-in is on.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = Two-step sign-in is on since { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = Two-step sign-in is on ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = Two-step sign-in is on since { $day } ({ $device }).
settings-two-step-codes-left-none = No recovery codes left: make new ones, or losing your phone would lock you out.
settings-two-step-codes-left-one = 1 recovery code left.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = { $count } recovery codes left.
settings-two-step-turn-off = Turn off
settings-two-step-turning-off = Turning off…
settings-two-step-off-code-hint = The code your authenticator app shows, or one of your recovery codes.
settings-two-step-off-wrong-code = That code isn't right. Enter the one the app shows now, or a recovery code you haven't used.
settings-two-step-turned-off = Two-step sign-in is off. Your recovery codes no longer work.
settings-two-step-new-codes = New recovery codes
settings-two-step-new-codes-intro = A new set of ten replaces the codes you have now, used or not.
settings-two-step-making-codes = Making new codes…
settings-two-step-new-codes-made = Here are your new recovery codes. The old ones no longer work.
settings-two-step-setup-intro = You'll need an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or your password manager.
settings-two-step-continue = Continue
settings-two-step-preparing = Preparing…
settings-two-step-scan = Scan this QR code with your authenticator app, then enter the six-digit code it shows.
settings-two-step-qr-code = QR code for your authenticator app
# Followed by the secret key, as letters and digits.
settings-two-step-key = Or enter this key:
settings-two-step-open-app = Open in an authenticator app on this device
settings-two-step-device-name = Device name (optional)
settings-two-step-device-name-hint = Shown in settings, e.g. Ada's phone
settings-two-step-wrong-code = That code isn't right. Enter the one the app shows now.
settings-two-step-turned-on = Two-step sign-in is on. From now on, signing in asks for the app's code.

## Recovery codes, shown once.

settings-recovery-heading = Your recovery codes
settings-recovery-intro = If you lose your phone, each code signs you in once instead of the app. Keep them somewhere safe, such as your password manager: this is the only time they are shown.
settings-recovery-copy = Copy codes
settings-recovery-download = Download codes
settings-recovery-done = Done
settings-recovery-copied = Copied.
settings-recovery-not-copied = Couldn't copy. Select the codes and copy them, or download them.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = { $app } recovery codes
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Each one signs you in once, in place of your authenticator app's code.

## Devices.

settings-devices-heading = Devices
settings-devices-intro = Lost a device or used a shared computer? End every session, this one included.
settings-devices-loading = Loading the devices signed in to your account…
settings-devices-this = This device
settings-devices-signed-in = Signed in { $time }
settings-devices-last-active = last active { $time }
settings-sign-out-device = Sign out device
settings-signing-out-device = Signing out…
settings-sign-out-everywhere = Sign out everywhere
settings-signing-out-everywhere = Signing out everywhere…

## Your data.

settings-data-heading = Your data
settings-data-intro = Everything we keep about your account, as a JSON file.
settings-data-download = Download my data
settings-data-preparing = Preparing your data…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Delete account
settings-delete-intro = Deletes your sign-in and your profile for good. This can't be undone.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Type { $word } to confirm
settings-deleting = Deleting…

## Passkeys.

passkeys-heading = Passkeys
passkeys-intro = A passkey signs you in with your fingerprint, face or screen lock instead of your password. It stays on your device, and it can't be phished.
passkeys-loading = Loading your passkeys…
passkeys-none = You have no passkeys yet.
passkeys-list = Your passkeys
# A passkey without a name.
passkeys-unnamed = Passkey
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Added { $day }
passkeys-add = Add a passkey
passkeys-add-intro = First, confirm it's you. Then your device asks you to make the passkey, with your fingerprint, face or screen lock.
passkeys-adding = Adding…
passkeys-added = Passkey added. Next time, you can sign in with it instead of your password.
passkeys-remove = Remove
passkeys-remove-intro = Once removed, it no longer signs you in. Your device may still list it: delete it there too. First, confirm it's you.
passkeys-removing = Removing…
passkeys-removed = Passkey removed. It no longer signs you in.
passkeys-use-passkey = Use a passkey instead
passkeys-unsupported = This browser can't use passkeys.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Passkeys need this site opened at its name, not an IP address. To add one, open { $address }.
passkeys-not-made-cancelled = No passkey was made: the prompt was closed or timed out. Try again when you're ready.
passkeys-not-made = Your device couldn't make a passkey. Try again.
passkeys-proof-cancelled = No passkey was used. Try again, or enter your current password.
passkeys-proof-failed = The passkey didn't work. Try again, or enter your current password.
passkeys-proof-unsupported = This browser can't use passkeys. Enter your current password.

## Recent activity.

activity-heading = Recent activity
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Don't recognise a line? Use { $sign-out-everywhere } above, then { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Don't recognise a line? Use { $sign-out-everywhere } above, then secure the account you sign in with.
activity-loading = Loading your activity…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Unknown device
activity-signed-in = Signed in
activity-sign-in-failed = Failed sign-in (wrong password)
activity-password-changed = Password changed
activity-password-reset = Password reset with an emailed code
activity-email-changed = Email changed
activity-two-step-on = Two-step sign-in turned on
activity-two-step-off = Two-step sign-in turned off
activity-signed-out-everywhere = Signed out everywhere
activity-device-signed-out = Signed out another device
activity-passkey-added = Passkey added
activity-passkey-removed = Passkey removed
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Signed in with { $provider }
activity-provider-connected = { $provider } connected
activity-provider-disconnected = { $provider } disconnected

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Connected accounts
settings-connected-intro = Sign in with another account of yours too. Connecting one asks for your password here, then for a sign-in there.
settings-connected-made-with = You made this account with { $provider }, and you sign in with it.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Connected since { $date }
settings-connected-not = Not connected
settings-connect = Connect
settings-connecting = Connecting…
settings-disconnect = Disconnect
settings-disconnecting = Disconnecting…
settings-provider-disconnected = Disconnected. It no longer signs in to this account.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Password and two-step sign-in
settings-made-with-intro = You sign in with { $provider }. Your password and two-step sign-in are kept there, not here.
settings-fresh-sign-in = To delete the account, sign in again with { $provider } first.
settings-sign-in-again = Sign in again with { $provider }
