# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Det är redan din e-postadress.
message-email-taken = Den adressen kan inte användas längre. Byt till en annan e-postadress.
message-email-change-ended = Bytet av e-postadress har gått ut. Byt e-postadress igen för att få en ny kod.
message-wrong-current-password = Det är inte ditt nuvarande lösenord.
message-app-code-missing = Ange koden som din autentiseringsapp visar.
message-app-code-not-right = Koden stämmer inte. Ange den som appen visar just nu.
message-password-refused = Lösenordet uppfyller inte reglerna: använd 8 till 256 tecken och undvik lösenord som du har använt tidigare.

message-two-step-already-on = Tvåstegsinloggning är redan på.
message-two-step-not-on = Slå på tvåstegsinloggning först.
message-two-step-setup-ended = Inställningen har gått ut. Börja om med att ställa in tvåstegsinloggning.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Autentiseringsapp

message-passkeys-full = Kontot har redan så många inloggningsnycklar som det får ha (20). Ta bort en först.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } på { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Registrering
message-mail-resend = Ny registreringskod
message-mail-password-reset = Återställning av lösenord
message-mail-email-change = Byte av e-postadress
message-mail-sign-in-code = Inloggningskod
