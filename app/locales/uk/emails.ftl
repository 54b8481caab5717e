# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Підтвердьте свою адресу електронної пошти для Doorway
email-sign-up-body = Ласкаво просимо до Doorway! Введіть цей код, щоб підтвердити свою адресу електронної пошти:
email-sign-up-expiry = Код дійсний 24 години.
email-sign-up-not-you = Якщо ви не створювали акаунт, просто проігноруйте цей лист.

email-resend-subject = Ваш новий код підтвердження для Doorway
email-resend-body = Ось новий код для підтвердження вашої адреси електронної пошти:
email-resend-expiry = Код дійсний 24 години. Попередні коди більше не діють.
email-resend-not-you = Якщо ви не запитували код, просто проігноруйте цей лист.

email-reset-subject = Скидання пароля до Doorway
email-reset-body = Введіть цей код, щоб установити новий пароль:
email-reset-expiry = Код дійсний одну годину.
email-reset-not-you = Якщо ви не просили скинути пароль, проігноруйте цей лист: ваш пароль залишиться без змін.

email-change-subject = Підтвердьте нову адресу електронної пошти для Doorway
email-change-body = Введіть цей код у налаштуваннях, щоб підтвердити нову адресу електронної пошти:
email-change-expiry = Код дійсний 24 години.
email-change-not-you = Якщо ви не просили змінити адресу електронної пошти, увійдіть і змініть пароль.

email-sign-in-code-subject = Ваш код для входу в Doorway
email-sign-in-code-body = Введіть цей код, щоб увійти:
email-sign-in-code-expiry = Код дійсний кілька хвилин і лише один раз.
email-sign-in-code-not-you = Якщо це не ви входите, нікому не повідомляйте цей код і змініть пароль.

email-open-page = Або відкрийте цю сторінку:
