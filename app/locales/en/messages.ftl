# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = That is already your email address.
message-email-taken = That address can't be used any more. Change your email to another one.
message-email-change-ended = This email change has ended. Change your email again to get a new code.
message-wrong-current-password = That isn't your current password.
message-app-code-missing = Enter the code your authenticator app shows.
message-app-code-not-right = That code isn't right. Enter the one the app shows now.
message-password-refused = This password doesn't meet the rules: use 8 to 256 characters and avoid ones you used before.

message-two-step-already-on = Two-step sign-in is already on.
message-two-step-not-on = Turn on two-step sign-in first.
message-two-step-setup-ended = This setup has ended. Start setting up two-step sign-in again.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Authenticator app

message-passkeys-full = This account has as many passkeys as it can hold (20). Remove one first.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } on { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Sign-up
message-mail-resend = New sign-up code
message-mail-password-reset = Password reset
message-mail-email-change = Email change
message-mail-sign-in-code = Sign-in code
