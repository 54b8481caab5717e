# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Nie pamiętam hasła
forgot-heading = Nie pamiętasz hasła?
forgot-intro = Wpisz swój adres e-mail. Jeśli należy do konta, wyślemy kod do ustawienia nowego hasła.
forgot-form-send = Wyślij kod resetowania
forgot-form-back = Wróć do logowania

home-title = Witamy
# { $app } is the app's name.
home-heading = Witamy w { $app }
home-lead = Jedno konto do wszystkiego tutaj: utwórz je za pomocą adresu e-mail, potwierdź kodem i trzymaj swój profil w jednym miejscu.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Cześć, { $name }!
home-actions-profile = Przejdź do profilu

signup-form-check-inbox = Sprawdź skrzynkę odbiorczą: wysłaliśmy kod do potwierdzenia adresu e-mail.
signup-form-password = Hasło
signup-form-display-name-hint = Tak będziemy się do Ciebie zwracać. Możesz to później zmienić.
signup-form-creating = Tworzenie konta…
signup-form-have-account = Masz już konto?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Potwierdź adres e-mail
verify-step-verify = Potwierdź
verify-step-verifying = Potwierdzanie…
# { $email } is the address the code went to.
verify-step-resent = Wysłaliśmy nowy kod na adres { $email }.
verify-form-enter-code = Wpisz kod, który wysłaliśmy e-mailem, aby potwierdzić adres.

# The page's title and its button.
reset-form-reset = Zresetuj hasło
reset-heading = Ustaw nowe hasło
reset-intro = Jeśli ten adres e-mail należy do konta, kod jest już w drodze. Wpisz go razem z nowym hasłem.
reset-form-new-password = Nowe hasło
reset-form-new-code = Potrzebujesz nowego kodu?

profile-heading = Twój profil
profile-form-loading = Wczytywanie profilu…
profile-form-restored = Przywrócono niezapisane zmiany. Zapisz, aby je zachować.
profile-form-saved = Zapisano.
profile-form-last-saved = Ostatni zapis
profile-form-two-step = Logowanie dwuetapowe
profile-form-two-step-on = Włączone
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Włączone (od { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Wyłączone –
profile-form-set-up-two-step = skonfiguruj je w ustawieniach konta
# A form field's label; also on the sign-up page.
profile-form-display-name = Wyświetlana nazwa
profile-form-bio = O mnie
profile-form-time-zone = Strefa czasowa
profile-form-language = Preferowany język
profile-form-save = Zapisz
# A button's label while it saves; also on the password reset page.
profile-form-saving = Zapisywanie…
profile-form-account-settings = Ustawienia konta
profile-form-settings-summary = Hasło, e-mail, logowanie dwuetapowe, Twoje dane i usuwanie konta

not-found-heading = Nie znaleziono strony
not-found-text = Pod tym adresem nic nie ma.
not-found-home = Przejdź do strony głównej

# The developer's mailbox, local mode only.
mailbox-heading = Skrzynka pocztowa
mailbox-intro = Tryb lokalny nie wysyła prawdziwych e-maili. Każda wiadomość, którą aplikacja by wysłała, jest widoczna tutaj, od najnowszej.
mailbox-empty = Nie ma jeszcze wiadomości. Utwórz konto lub poproś o kod resetowania, a potem odśwież tę stronę.
mailbox-to = Do
mailbox-purpose = Cel
mailbox-subject = Temat
mailbox-code = Kod
mailbox-links = Linki
mailbox-sent = Wysłano

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Ta przeglądarka nie obsługuje kluczy dostępu. Wybierz inny sposób.
session-passkey-cancelled = Nie użyto klucza dostępu. Spróbuj ponownie lub wybierz inny sposób.
session-passkey-already-registered = To urządzenie ma już klucz dostępu do Twojego konta.
session-passkey-wrong-site = Klucze dostępu działają tylko pod nazwą tej witryny: otwórz ją przez localhost, a nie przez adres IP.
session-passkey-failed = Klucz dostępu nie zadziałał. Spróbuj ponownie lub wybierz inny sposób.
