# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Це вже ваша адреса електронної пошти.
message-email-taken = Цю адресу більше не можна використати. Змініть адресу електронної пошти на іншу.
message-email-change-ended = Час на зміну адреси електронної пошти минув. Змініть адресу ще раз, щоб отримати новий код.
message-wrong-current-password = Це не ваш поточний пароль.
message-app-code-missing = Введіть код, який показує ваш застосунок-автентифікатор.
message-app-code-not-right = Код неправильний. Введіть той, який застосунок показує зараз.
message-password-refused = Цей пароль не відповідає правилам: використайте від 8 до 256 символів і не повторюйте паролів, які вже використовували.

message-two-step-already-on = Двоетапний вхід уже ввімкнено.
message-two-step-not-on = Спочатку ввімкніть двоетапний вхід.
message-two-step-setup-ended = Час на налаштування минув. Почніть налаштовувати двоетапний вхід знову.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Застосунок-автентифікатор

message-passkeys-full = Цей акаунт уже має максимальну кількість ключів доступу (20). Спочатку видаліть один.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } на { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Реєстрація
message-mail-resend = Новий код реєстрації
message-mail-password-reset = Скидання пароля
message-mail-email-change = Зміна адреси електронної пошти
message-mail-sign-in-code = Код для входу
