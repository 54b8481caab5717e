# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Ustawienia konta
settings-back = ← Wróć do profilu
settings-loading = Wczytywanie konta…

## What several sections share.

settings-cancel = Anuluj
settings-current-password = Obecne hasło
settings-code = Kod
settings-code-hint = Kod widoczny teraz w aplikacji uwierzytelniającej.
settings-verify = Potwierdź
settings-verifying = Potwierdzanie…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Logujesz się adresem { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Wysłaliśmy kod na adres { $new }. Dopóki go nie wpiszesz, loguj się nadal adresem { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Wysłaliśmy kod na adres { $address }. Wpisz go, aby potwierdzić nowy adres.
settings-email-change = Zmień e-mail
settings-email-new = Nowy e-mail
settings-email-sending-code = Wysyłanie kodu…
settings-email-verified = Nowy adres e-mail został potwierdzony. Od teraz loguj się nim.
settings-email-code-resent = Nowy kod jest już w drodze.

## Password.

settings-password-heading = Hasło
settings-password-intro = Zmiana hasła wyloguje Cię na wszystkich innych urządzeniach.
settings-password-change = Zmień hasło
settings-password-new = Nowe hasło
settings-password-changing = Zmienianie…
settings-password-changed = Hasło zostało zmienione. Wszystkie inne sesje zostały zakończone.

## Two-step sign-in.

settings-two-step-heading = Logowanie dwuetapowe
settings-two-step-intro = Oprócz hasła logowanie będzie wymagać kodu z aplikacji uwierzytelniającej na telefonie, więc samo skradzione hasło nie wystarczy.
settings-two-step-set-up = Skonfiguruj logowanie dwuetapowe
settings-two-step-on = Logowanie dwuetapowe jest włączone.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = Logowanie dwuetapowe jest włączone od { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = Logowanie dwuetapowe jest włączone ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = Logowanie dwuetapowe jest włączone od { $day } ({ $device }).
settings-two-step-codes-left-none = Nie masz już kodów odzyskiwania: utwórz nowe, bo po utracie telefonu nie dostaniesz się do konta.
settings-two-step-codes-left-one = Został 1 kod odzyskiwania.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Pozostałe kody odzyskiwania: { $count }.
settings-two-step-turn-off = Wyłącz
settings-two-step-turning-off = Wyłączanie…
settings-two-step-off-code-hint = Kod widoczny w aplikacji uwierzytelniającej lub jeden z kodów odzyskiwania.
settings-two-step-off-wrong-code = Ten kod jest nieprawidłowy. Wpisz kod, który aplikacja pokazuje teraz, lub nieużyty kod odzyskiwania.
settings-two-step-turned-off = Logowanie dwuetapowe jest wyłączone. Kody odzyskiwania przestały działać.
settings-two-step-new-codes = Nowe kody odzyskiwania
settings-two-step-new-codes-intro = Nowy zestaw dziesięciu kodów zastąpi obecne, zarówno użyte, jak i nieużyte.
settings-two-step-making-codes = Tworzenie nowych kodów…
settings-two-step-new-codes-made = Oto nowe kody odzyskiwania. Stare już nie działają.
settings-two-step-setup-intro = Potrzebujesz aplikacji uwierzytelniającej na telefonie, np. Google Authenticator, Microsoft Authenticator lub menedżera haseł.
settings-two-step-continue = Dalej
settings-two-step-preparing = Przygotowywanie…
settings-two-step-scan = Zeskanuj ten kod QR aplikacją uwierzytelniającą, a potem wpisz sześciocyfrowy kod, który się w niej pojawi.
settings-two-step-qr-code = Kod QR dla aplikacji uwierzytelniającej
# Followed by the secret key, as letters and digits.
settings-two-step-key = Albo wpisz ten klucz:
settings-two-step-open-app = Otwórz w aplikacji uwierzytelniającej na tym urządzeniu
settings-two-step-device-name = Nazwa urządzenia (opcjonalnie)
settings-two-step-device-name-hint = Widoczna w ustawieniach, np. Telefon Ady
settings-two-step-wrong-code = Ten kod jest nieprawidłowy. Wpisz kod, który aplikacja pokazuje teraz.
settings-two-step-turned-on = Logowanie dwuetapowe jest włączone. Od teraz przy logowaniu trzeba będzie podać kod z aplikacji.

## Recovery codes, shown once.

settings-recovery-heading = Twoje kody odzyskiwania
settings-recovery-intro = Jeśli zgubisz telefon, każdy kod pozwoli raz zalogować się bez aplikacji. Przechowuj je w bezpiecznym miejscu, np. w menedżerze haseł: widzisz je teraz po raz jedyny.
settings-recovery-copy = Kopiuj kody
settings-recovery-download = Pobierz kody
settings-recovery-done = Gotowe
settings-recovery-copied = Skopiowano.
settings-recovery-not-copied = Nie udało się skopiować. Zaznacz kody i skopiuj je albo je pobierz.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Kody odzyskiwania { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Każdy z nich pozwala raz zalogować się zamiast kodu z aplikacji uwierzytelniającej.

## Devices.

settings-devices-heading = Urządzenia
settings-devices-intro = Zgubione urządzenie albo logowanie na wspólnym komputerze? Zakończ wszystkie sesje, łącznie z tą.
settings-devices-loading = Wczytywanie urządzeń zalogowanych na Twoje konto…
settings-devices-this = To urządzenie
settings-devices-signed-in = Zalogowano { $time }
settings-devices-last-active = ostatnia aktywność { $time }
settings-sign-out-device = Wyloguj urządzenie
settings-signing-out-device = Wylogowywanie…
settings-sign-out-everywhere = Wyloguj się wszędzie
settings-signing-out-everywhere = Wylogowywanie wszędzie…

## Your data.

settings-data-heading = Twoje dane
settings-data-intro = Wszystko, co przechowujemy o Twoim koncie, w pliku JSON.
settings-data-download = Pobierz moje dane
settings-data-preparing = Przygotowywanie danych…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Usuń konto
settings-delete-intro = Trwale usuwa dane logowania i profil. Tej operacji nie można cofnąć.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Wpisz { $word }, aby potwierdzić
settings-deleting = Usuwanie…

## Passkeys.

passkeys-heading = Klucze dostępu
passkeys-intro = Klucz dostępu pozwala logować się odciskiem palca, skanem twarzy lub blokadą ekranu zamiast hasła. Zostaje na urządzeniu i nie da się go wyłudzić phishingiem.
passkeys-loading = Wczytywanie kluczy dostępu…
passkeys-none = Nie masz jeszcze kluczy dostępu.
passkeys-list = Twoje klucze dostępu
# A passkey without a name.
passkeys-unnamed = Klucz dostępu
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Dodano { $day }
passkeys-add = Dodaj klucz dostępu
passkeys-add-intro = Najpierw potwierdź, że to Ty. Potem urządzenie poprosi o utworzenie klucza dostępu odciskiem palca, skanem twarzy lub blokadą ekranu.
passkeys-adding = Dodawanie…
passkeys-added = Dodano klucz dostępu. Następnym razem możesz zalogować się nim zamiast hasła.
passkeys-remove = Usuń
passkeys-remove-intro = Po usunięciu klucz nie będzie już służyć do logowania. Urządzenie może nadal go wyświetlać: usuń go również tam. Najpierw potwierdź, że to Ty.
passkeys-removing = Usuwanie…
passkeys-removed = Usunięto klucz dostępu. Nie można się już nim zalogować.
passkeys-use-passkey = Użyj klucza dostępu
passkeys-unsupported = Ta przeglądarka nie obsługuje kluczy dostępu.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Klucze dostępu wymagają otwarcia tej witryny pod jej nazwą, a nie adresem IP. Aby dodać klucz, otwórz { $address }.
passkeys-not-made-cancelled = Nie utworzono klucza dostępu: okno zostało zamknięte lub minął czas. Spróbuj ponownie w dogodnej chwili.
passkeys-not-made = Urządzenie nie mogło utworzyć klucza dostępu. Spróbuj ponownie.
passkeys-proof-cancelled = Nie użyto klucza dostępu. Spróbuj ponownie lub wpisz obecne hasło.
passkeys-proof-failed = Klucz dostępu nie zadziałał. Spróbuj ponownie lub wpisz obecne hasło.
passkeys-proof-unsupported = Ta przeglądarka nie obsługuje kluczy dostępu. Wpisz obecne hasło.

## Recent activity.

activity-heading = Ostatnia aktywność
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Nie rozpoznajesz któregoś wpisu? Użyj powyżej opcji { $sign-out-everywhere }, a potem { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Nie rozpoznajesz któregoś wpisu? Użyj powyżej opcji { $sign-out-everywhere }, a potem zabezpiecz konto, którym się logujesz.
activity-loading = Wczytywanie aktywności…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Nieznane urządzenie
activity-signed-in = Zalogowano
activity-sign-in-failed = Nieudane logowanie (błędne hasło)
activity-password-changed = Zmieniono hasło
activity-password-reset = Zresetowano hasło kodem z e-maila
activity-email-changed = Zmieniono adres e-mail
activity-two-step-on = Włączono logowanie dwuetapowe
activity-two-step-off = Wyłączono logowanie dwuetapowe
activity-signed-out-everywhere = Wylogowano wszędzie
activity-device-signed-out = Wylogowano inne urządzenie
activity-passkey-added = Dodano klucz dostępu
activity-passkey-removed = Usunięto klucz dostępu
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Zalogowano przez { $provider }
activity-provider-connected = Połączono { $provider }
activity-provider-disconnected = Odłączono { $provider }

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Połączone konta
settings-connected-intro = Loguj się także innym swoim kontem. Połączenie wymaga podania hasła tutaj, a potem zalogowania się tam.
settings-connected-made-with = To konto utworzono przez { $provider } i w ten sposób się logujesz.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Połączone od { $date }
settings-connected-not = Niepołączone
settings-connect = Połącz
settings-connecting = Łączenie…
settings-disconnect = Odłącz
settings-disconnecting = Odłączanie…
settings-provider-disconnected = Odłączono. Nie służy już do logowania na to konto.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Hasło i logowanie dwuetapowe
settings-made-with-intro = Logujesz się przez { $provider }. Hasło i logowanie dwuetapowe ustawiasz tam, nie tutaj.
settings-fresh-sign-in = Aby usunąć konto, najpierw zaloguj się ponownie przez { $provider }.
settings-sign-in-again = Zaloguj się ponownie przez { $provider }
