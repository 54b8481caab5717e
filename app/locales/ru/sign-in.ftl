# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Пароль
login-form-password-missing = Введите пароль.
login-form-remember = Не выходить из аккаунта
login-form-continue = Продолжить
login-form-signing-in = Вход…
login-form-forgot-password = Забыли пароль?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Впервые здесь?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Код

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Вы входите как{" "}
login-methods-use-another-email = Указать другой адрес
login-methods-or = Или
login-methods-or-password = Или войдите с паролем
# Read out by screen readers for the group of buttons.
login-methods-label = Способы входа
login-methods-passkey = Войти с ключом доступа
login-methods-passkey-waiting = Ожидание ключа доступа…
login-methods-email-code = Прислать код на почту
login-methods-email-code-sending = Отправка кода…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Ключи доступа работают только по имени сайта, а не по IP-адресу. Чтобы войти с ключом, откройте{" "}
login-methods-passkey-ip-address-after = .
login-methods-passkey-unsupported = Этот браузер не поддерживает ключи доступа.

## The emailed code's step.

login-email-code-heading = Проверьте почту
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Мы отправили код для входа на{" "}
login-email-code-sent-after = . Введите его здесь — код действует несколько минут.
# { $address } is the email address the new code went to.
login-email-code-resent = Мы отправили новый код на { $address }.
login-email-code-hint = Письмо не пришло за минуту? Проверьте адрес. Если у вас включён двухэтапный вход, войдите с паролем.
login-email-code-another-way = Выбрать другой способ

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Двухэтапный вход
login-second-step-app-intro = Введите шестизначный код, который приложение-аутентификатор показывает для этого аккаунта.
login-second-step-recovery-intro = Введите один из кодов восстановления, сохранённых при настройке двухэтапного входа. Каждый код действует один раз.
login-second-step-recovery-code = Код восстановления
login-second-step-verify = Подтвердить
login-second-step-checking = Проверка…
login-second-step-use-app = Использовать приложение-аутентификатор
login-second-step-use-recovery-code = Использовать код восстановления
login-second-step-start-again = Начать заново
login-second-step-app-code-wrong = Код неверный. Введите тот, что приложение показывает сейчас.
login-second-step-recovery-code-wrong = Код восстановления неверный или уже использован.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Вы вошли в аккаунт.
login-offer-heading = Входите быстрее в следующий раз
login-offer-text = Добавьте ключ доступа, и в следующий раз на этом устройстве вы войдёте по отпечатку пальца, лицу или блокировке экрана: не нужно вводить пароль, и у вас нечего выманить обманом.
login-offer-adding = Добавление ключа доступа…
login-offer-add = Добавить ключ доступа
login-offer-not-now = Не сейчас

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Продолжить через { $provider }
login-continue-title = Вход
login-continue-working = Завершаем вход…
login-continue-back = Назад ко входу
