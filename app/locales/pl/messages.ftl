# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = To już jest Twój adres e-mail.
message-email-taken = Tego adresu nie można już użyć. Zmień adres e-mail na inny.
message-email-change-ended = Ta zmiana adresu e-mail wygasła. Zmień adres ponownie, aby otrzymać nowy kod.
message-wrong-current-password = To nie jest Twoje obecne hasło.
message-app-code-missing = Wpisz kod widoczny w aplikacji uwierzytelniającej.
message-app-code-not-right = Ten kod jest nieprawidłowy. Wpisz kod, który aplikacja pokazuje teraz.
message-password-refused = To hasło nie spełnia wymagań: użyj od 8 do 256 znaków i nie wybieraj haseł używanych wcześniej.

message-two-step-already-on = Logowanie dwuetapowe jest już włączone.
message-two-step-not-on = Najpierw włącz logowanie dwuetapowe.
message-two-step-setup-ended = Czas na konfigurację minął. Skonfiguruj logowanie dwuetapowe od nowa.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Aplikacja uwierzytelniająca

message-passkeys-full = To konto ma już maksymalną liczbę kluczy dostępu (20). Najpierw usuń jeden z nich.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } w systemie { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Rejestracja
message-mail-resend = Nowy kod rejestracji
message-mail-password-reset = Resetowanie hasła
message-mail-email-change = Zmiana adresu e-mail
message-mail-sign-in-code = Kod logowania
