# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Пароль
login-form-password-missing = Введіть пароль.
login-form-remember = Не виходити з акаунта
login-form-continue = Продовжити
login-form-signing-in = Вхід…
login-form-forgot-password = Забули пароль?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Уперше тут?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Код

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Вхід як{" "}
login-methods-use-another-email = Використати іншу адресу
login-methods-or = Або
login-methods-or-password = Або скористайтеся паролем
# Read out by screen readers for the group of buttons.
login-methods-label = Способи входу
login-methods-passkey = Увійти з ключем доступу
login-methods-passkey-waiting = Очікування ключа доступу…
login-methods-email-code = Надіслати мені код електронною поштою
login-methods-email-code-sending = Надсилання коду…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Ключі доступу працюють лише за назвою цього сайту, а не за IP-адресою: відкрийте{" "}
login-methods-passkey-ip-address-after = , щоб скористатися ключем.
login-methods-passkey-unsupported = Цей браузер не підтримує ключі доступу.

## The emailed code's step.

login-email-code-heading = Перевірте пошту
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Ми надіслали код для входу на адресу{" "}
login-email-code-sent-after = . Введіть його тут; він дійсний кілька хвилин.
# { $address } is the email address the new code went to.
login-email-code-resent = Ми надіслали новий код на адресу { $address }.
login-email-code-hint = Минула хвилина, а листа немає? Перевірте адресу. Якщо у вас увімкнено двоетапний вхід, увійдіть натомість із паролем.
login-email-code-another-way = Вибрати інший спосіб

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Двоетапний вхід
login-second-step-app-intro = Введіть шестизначний код, який ваш застосунок-автентифікатор показує для цього акаунта.
login-second-step-recovery-intro = Введіть один із кодів відновлення, які ви зберегли під час налаштування двоетапного входу. Кожен код діє один раз.
login-second-step-recovery-code = Код відновлення
login-second-step-verify = Підтвердити
login-second-step-checking = Перевірка…
login-second-step-use-app = Використати застосунок-автентифікатор
login-second-step-use-recovery-code = Використати код відновлення
login-second-step-start-again = Почати спочатку
login-second-step-app-code-wrong = Код неправильний. Введіть той, який застосунок показує зараз.
login-second-step-recovery-code-wrong = Цей код відновлення неправильний або вже використаний.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Ви ввійшли.
login-offer-heading = Наступного разу входьте швидше
login-offer-text = Додайте ключ доступу, і наступного разу на цьому пристрої ви ввійдете за допомогою відбитка пальця, обличчя або блокування екрана: не треба вводити пароль, і немає нічого, що хтось міг би хитрощами у вас виманити.
login-offer-adding = Додавання ключа доступу…
login-offer-add = Додати ключ доступу
login-offer-not-now = Не зараз

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Продовжити через { $provider }
login-continue-title = Вхід
login-continue-working = Завершуємо вхід…
login-continue-back = Назад до входу
