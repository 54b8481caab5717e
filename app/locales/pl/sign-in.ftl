# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Hasło
login-form-password-missing = Wpisz hasło.
login-form-remember = Nie wylogowuj mnie
login-form-continue = Dalej
login-form-signing-in = Logowanie…
login-form-forgot-password = Nie pamiętasz hasła?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Nie masz konta?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Kod

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Logujesz się jako{" "}
login-methods-use-another-email = Użyj innego adresu e-mail
login-methods-or = Lub
login-methods-or-password = Lub użyj hasła
# Read out by screen readers for the group of buttons.
login-methods-label = Sposoby logowania
login-methods-passkey = Zaloguj się kluczem dostępu
login-methods-passkey-waiting = Oczekiwanie na klucz dostępu…
login-methods-email-code = Wyślij mi kod e-mailem
login-methods-email-code-sending = Wysyłanie kodu…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Klucze dostępu działają tylko pod nazwą tej witryny, a nie pod adresem IP: otwórz{" "}
login-methods-passkey-ip-address-after = , aby użyć klucza dostępu.
login-methods-passkey-unsupported = Ta przeglądarka nie obsługuje kluczy dostępu.

## The emailed code's step.

login-email-code-heading = Sprawdź pocztę
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Wysłaliśmy kod logowania na adres{" "}
login-email-code-sent-after = . Wpisz go tutaj; jest ważny przez kilka minut.
# { $address } is the email address the new code went to.
login-email-code-resent = Wysłaliśmy nowy kod na adres { $address }.
login-email-code-hint = Po minucie nadal nie ma e-maila? Sprawdź adres. Jeśli masz włączone logowanie dwuetapowe, zaloguj się hasłem.
login-email-code-another-way = Wybierz inny sposób

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Logowanie dwuetapowe
login-second-step-app-intro = Wpisz sześciocyfrowy kod, który aplikacja uwierzytelniająca pokazuje dla tego konta.
login-second-step-recovery-intro = Wpisz jeden z kodów odzyskiwania zapisanych podczas konfigurowania logowania dwuetapowego. Każdy działa tylko raz.
login-second-step-recovery-code = Kod odzyskiwania
login-second-step-verify = Potwierdź
login-second-step-checking = Sprawdzanie…
login-second-step-use-app = Użyj aplikacji uwierzytelniającej
login-second-step-use-recovery-code = Użyj kodu odzyskiwania
login-second-step-start-again = Zacznij od nowa
login-second-step-app-code-wrong = Ten kod jest nieprawidłowy. Wpisz kod, który aplikacja pokazuje teraz.
login-second-step-recovery-code-wrong = Ten kod odzyskiwania jest nieprawidłowy lub został już użyty.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Zalogowano Cię.
login-offer-heading = Następnym razem zaloguj się szybciej
login-offer-text = Dodaj klucz dostępu, a następnym razem to urządzenie zaloguje Cię odciskiem palca, skanem twarzy lub blokadą ekranu: bez wpisywania hasła i bez ryzyka, że ktoś podstępem coś od Ciebie wyłudzi.
login-offer-adding = Dodawanie klucza dostępu…
login-offer-add = Dodaj klucz dostępu
login-offer-not-now = Nie teraz

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Kontynuuj przez { $provider }
login-continue-title = Logowanie
login-continue-working = Kończenie logowania…
login-continue-back = Wróć do logowania
