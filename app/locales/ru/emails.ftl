# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Подтвердите адрес электронной почты для Doorway
email-sign-up-body = Добро пожаловать в Doorway! Введите этот код, чтобы подтвердить адрес электронной почты:
email-sign-up-expiry = Код действует 24 часа.
email-sign-up-not-you = Если вы не создавали аккаунт, просто проигнорируйте это письмо.

email-resend-subject = Новый код подтверждения Doorway
email-resend-body = Вот новый код для подтверждения адреса электронной почты:
email-resend-expiry = Код действует 24 часа. Прежние коды больше не действуют.
email-resend-not-you = Если вы не запрашивали код, просто проигнорируйте это письмо.

email-reset-subject = Сброс пароля Doorway
email-reset-body = Введите этот код, чтобы задать новый пароль:
email-reset-expiry = Код действует один час.
email-reset-not-you = Если вы не запрашивали сброс пароля, проигнорируйте это письмо: ваш пароль останется прежним.

email-change-subject = Подтвердите новый адрес электронной почты для Doorway
email-change-body = Введите этот код в настройках, чтобы подтвердить новый адрес электронной почты:
email-change-expiry = Код действует 24 часа.
email-change-not-you = Если вы не запрашивали смену адреса, войдите в аккаунт и смените пароль.

email-sign-in-code-subject = Код для входа в Doorway
email-sign-in-code-body = Введите этот код, чтобы войти:
email-sign-in-code-expiry = Код действует несколько минут и только один раз.
email-sign-in-code-not-you = Если вы сейчас не входите в аккаунт, никому не сообщайте этот код и смените пароль.

email-open-page = Или откройте эту страницу:
