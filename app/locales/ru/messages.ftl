# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Это уже ваш адрес электронной почты.
message-email-taken = Этот адрес больше нельзя использовать. Укажите другой адрес электронной почты.
message-email-change-ended = Время на смену адреса истекло. Смените адрес ещё раз, чтобы получить новый код.
message-wrong-current-password = Это не ваш текущий пароль.
message-app-code-missing = Введите код из приложения-аутентификатора.
message-app-code-not-right = Код неверный. Введите тот, что приложение показывает сейчас.
message-password-refused = Пароль не соответствует правилам: используйте от 8 до 256 символов и не повторяйте прежние пароли.

message-two-step-already-on = Двухэтапный вход уже включён.
message-two-step-not-on = Сначала включите двухэтапный вход.
message-two-step-setup-ended = Время настройки истекло. Начните настройку двухэтапного входа заново.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Приложение-аутентификатор

message-passkeys-full = В этом аккаунте уже максимальное число ключей доступа (20). Сначала удалите один из них.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser }, { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Регистрация
message-mail-resend = Новый код регистрации
message-mail-password-reset = Сброс пароля
message-mail-email-change = Смена адреса почты
message-mail-sign-in-code = Код для входа
