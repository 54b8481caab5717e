# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Przejdź do treści
nav-account = Konto
nav-sign-in = Zaloguj się
nav-create-account = Utwórz konto
nav-sign-out = Wyloguj się
footer-about = konta w Amazon Cognito
footer-language = Język
footer-change = Zmień

form-show = Pokaż
form-hide = Ukryj
form-sending = Wysyłanie…
form-password-rules = Od 8 do 256 znaków. Spacje i dowolne litery czy symbole są w porządku; im dłuższe, tym silniejsze.
# { $level } is one of the form-strength-* words below.
form-strength = Hasło: { $level }
form-strength-too-short = za krótkie
form-strength-fair = przeciętne – dłuższe hasło jest silniejsze
form-strength-good = dobre
form-strength-strong = silne
# Shown live while typing, in the browser: written without plural forms.
form-character-count = Znaki: { $count } z { $max }
form-send-new-code = Wyślij nowy kod
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Wyślij nowy kod ({ $seconds } s)

field-email = E-mail
field-verification-code = Kod weryfikacyjny
field-verification-code-hint = Sześć cyfr lub grupy liter, np. ABCD-EFGH-…, tak jak w e-mailu.

error-invalid = Sprawdź wprowadzone dane.
error-wrong-credentials = Nieprawidłowy e-mail lub hasło.
error-not-confirmed = Ten adres e-mail nie został jeszcze potwierdzony.
error-wrong-code = Ten kod jest nieprawidłowy lub wygasł. Wyślij nowy.
error-try-later = Zbyt wiele prób. Spróbuj ponownie za chwilę.
error-too-many-attempts =
    { $seconds ->
        [one] Zbyt wiele prób. Spróbuj ponownie za { $seconds } sekundę.
        [few] Zbyt wiele prób. Spróbuj ponownie za { $seconds } sekundy.
        [many] Zbyt wiele prób. Spróbuj ponownie za { $seconds } sekund.
       *[other] Zbyt wiele prób. Spróbuj ponownie za { $seconds } sekundy.
    }
error-session-expired = Sesja wygasła. Zaloguj się ponownie.
error-sign-in-expired = Logowanie trwało zbyt długo. Zacznij od nowa.
error-passkey-refused = Ten klucz dostępu nie zadziałał. Spróbuj ponownie lub wybierz inny sposób logowania.
error-passkey-not-added = Nie udało się dodać tego klucza dostępu. Spróbuj ponownie.
error-stale-profile = Ten profil został zmieniony gdzie indziej. Odśwież stronę, aby zobaczyć zmiany.
error-sessions-remain = Hasło zostało zmienione, ale nie udało się wylogować wszystkich urządzeń. Za chwilę użyj opcji „Wyloguj się wszędzie”.
error-unavailable = Usługa kont jest teraz niedostępna. Wpisane dane zostały zachowane; spróbuj ponownie za chwilę.
error-account-exists = Konto z tym adresem e-mail już istnieje.
error-unreadable = Nie udało się odczytać formularza. Odśwież stronę i spróbuj ponownie.
error-not-found = Nie znaleziono.
error-internal = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.
error-network = Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = To logowanie nie zostało dokończone. Spróbuj ponownie.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Konto z tym adresem e-mail już istnieje. Zaloguj się na nie hasłem, a potem połącz { $provider } w Ustawieniach konta, w sekcji „Połączone konta”.
error-provider-in-use = To konto { $provider } służy już do logowania na inne konto.
error-provider-fresh-sign-in = Aby wprowadzić tę zmianę, najpierw zaloguj się ponownie przez { $provider }, a potem spróbuj jeszcze raz w ciągu pięciu minut.

invalid-email-missing = Wpisz swój adres e-mail.
invalid-email = Wpisz adres e-mail w formacie name@example.com.
invalid-password-short = Użyj co najmniej 8 znaków.
invalid-password-long = Użyj maksymalnie 256 znaków.
invalid-password-common = To jedno z najpopularniejszych haseł, więc atakujący sprawdzają je w pierwszej kolejności. Wybierz własne, na przykład kilka niezwiązanych ze sobą słów.
invalid-password-personal = To hasło jest utworzone z Twojego adresu e-mail lub imienia, które może odgadnąć każdy, kto Cię zna. Wybierz hasło niezwiązane z Tobą.
invalid-password-guessable = To hasło łatwo odgadnąć: to pojedyncze słowo, imię, data lub sekwencja klawiszy. Wydłuż je, na przykład dodając kilka niezwiązanych ze sobą słów.
invalid-password-breached = To hasło pojawiło się w wycieku danych, więc atakujący je sprawdzają. Wybierz inne.
invalid-code-missing = Wpisz kod z e-maila.
invalid-code = To nie wygląda na kod z naszego e-maila. Sprawdź go i spróbuj ponownie.
invalid-sign-in-code = Wpisz kod z e-maila (same cyfry).
invalid-current-password = Wpisz obecne hasło.
invalid-app-code = Wpisz sześciocyfrowy kod widoczny w aplikacji uwierzytelniającej.
invalid-recovery-code = Wpisz jeden ze swoich kodów odzyskiwania: dziesięć liter i cyfr, np. 4f7k2-9xq3m.
invalid-app-or-recovery-code = Wpisz kod widoczny w aplikacji uwierzytelniającej lub jeden ze swoich kodów odzyskiwania.
invalid-device-name = Użyj maksymalnie 64 liter, cyfr, spacji i znaków interpunkcyjnych.
invalid-display-name-missing = Wpisz nazwę, która ma być widoczna na Twoim koncie.
invalid-display-name-long = Użyj maksymalnie 64 znaków.
invalid-display-name-characters = Używaj tylko liter, cyfr, spacji i znaków interpunkcyjnych.
invalid-bio-long = Użyj maksymalnie 280 znaków.
invalid-bio-characters = Używaj tylko liter, cyfr, spacji, znaków interpunkcyjnych i podziałów wiersza.
invalid-time-zone = Wybierz strefę czasową z listy.
invalid-language = Wybierz język z listy.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Wpisz { $word }, aby potwierdzić.

notice-verified = Adres e-mail został potwierdzony. Zaloguj się.
notice-reset = Hasło zostało zmienione. Zaloguj się nowym hasłem.
notice-expired = Sesja wygasła. Zaloguj się ponownie.
notice-signin = Zaloguj się, aby kontynuować.
notice-resent = Ten adres e-mail nie jest jeszcze potwierdzony. Wysłaliśmy nowy kod.
notice-everywhere = Wylogowano Cię na wszystkich urządzeniach.
notice-deleted = Twoje konto i profil zostały usunięte.
notice-connected = Połączono { $provider }: możesz teraz logować się również w ten sposób.
notice-two-step-lifted = Zalogowano Cię kodem odzyskiwania, więc logowanie dwuetapowe jest wyłączone. Skonfiguruj je ponownie poniżej na nowym telefonie.
