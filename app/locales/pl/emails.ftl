# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Potwierdź swój adres e-mail w Doorway
email-sign-up-body = Witamy w Doorway! Wpisz ten kod, aby potwierdzić swój adres e-mail:
email-sign-up-expiry = Kod jest ważny przez 24 godziny.
email-sign-up-not-you = Jeśli to nie Ty zakładasz konto, możesz zignorować tę wiadomość.

email-resend-subject = Nowy kod potwierdzający do Doorway
email-resend-body = Oto nowy kod do potwierdzenia adresu e-mail:
email-resend-expiry = Kod jest ważny przez 24 godziny. Wcześniejsze kody już nie działają.
email-resend-not-you = Jeśli to nie Ty prosisz o kod, możesz zignorować tę wiadomość.

email-reset-subject = Zresetuj hasło do Doorway
email-reset-body = Wpisz ten kod, aby ustawić nowe hasło:
email-reset-expiry = Kod jest ważny przez godzinę.
email-reset-not-you = Jeśli to nie Ty prosisz o zresetowanie hasła, zignoruj tę wiadomość: hasło pozostanie bez zmian.

email-change-subject = Potwierdź nowy adres e-mail w Doorway
email-change-body = Wpisz ten kod w ustawieniach, aby potwierdzić nowy adres e-mail:
email-change-expiry = Kod jest ważny przez 24 godziny.
email-change-not-you = Jeśli to nie Ty prosisz o zmianę adresu e-mail, zaloguj się i zmień hasło.

email-sign-in-code-subject = Twój kod logowania do Doorway
email-sign-in-code-body = Wpisz ten kod, aby się zalogować:
email-sign-in-code-expiry = Kod jest ważny przez kilka minut i tylko raz.
email-sign-in-code-not-you = Jeśli to nie Ty się logujesz, nie udostępniaj nikomu tego kodu i zmień hasło.

email-open-page = Możesz też otworzyć tę stronę:
