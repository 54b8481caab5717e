# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Перейти к содержимому
nav-account = Аккаунт
nav-sign-in = Войти
nav-create-account = Создать аккаунт
nav-sign-out = Выйти
footer-about = аккаунты на базе Amazon Cognito
footer-language = Язык
footer-change = Сменить

form-show = Показать
form-hide = Скрыть
form-sending = Отправка…
form-password-rules = От 8 до 256 символов. Можно использовать пробелы, любые буквы и символы; чем длиннее, тем надёжнее.
# { $level } is one of the form-strength-* words below.
form-strength = Надёжность: { $level }
form-strength-too-short = пароль слишком короткий
form-strength-fair = средняя — длинный пароль надёжнее
form-strength-good = хорошая
form-strength-strong = высокая
# Shown live while typing, in the browser: written without plural forms.
form-character-count = Символов: { $count } из { $max }
form-send-new-code = Отправить новый код
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Отправить новый код ({ $seconds } с)

field-email = Электронная почта
field-verification-code = Код подтверждения
field-verification-code-hint = Шесть цифр или группы букв вида ABCD-EFGH-…, как в письме.

error-invalid = Проверьте введённые данные.
error-wrong-credentials = Неверный адрес электронной почты или пароль.
error-not-confirmed = Этот адрес электронной почты ещё не подтверждён.
error-wrong-code = Код неверный или устарел. Запросите новый.
error-try-later = Слишком много попыток. Повторите чуть позже.
error-too-many-attempts =
    { $seconds ->
        [one] Слишком много попыток. Повторите через { $seconds } секунду.
        [few] Слишком много попыток. Повторите через { $seconds } секунды.
        [many] Слишком много попыток. Повторите через { $seconds } секунд.
       *[other] Слишком много попыток. Повторите через { $seconds } секунды.
    }
error-session-expired = Сеанс завершён. Войдите снова.
error-sign-in-expired = Вход занял слишком много времени. Начните заново.
error-passkey-refused = Ключ доступа не сработал. Повторите попытку или выберите другой способ входа.
error-passkey-not-added = Не удалось добавить ключ доступа. Повторите попытку.
error-stale-profile = Профиль изменили в другом месте. Обновите страницу, чтобы увидеть изменения.
error-sessions-remain = Пароль изменён, но выйти удалось не на всех устройствах. Чуть позже нажмите «Выйти на всех устройствах».
error-unavailable = Сервис аккаунтов сейчас недоступен. Введённые данные сохранены — повторите попытку чуть позже.
error-account-exists = Аккаунт с этим адресом электронной почты уже существует.
error-unreadable = Не удалось прочитать форму. Обновите страницу и повторите попытку.
error-not-found = Не найдено.
error-internal = У нас что-то пошло не так. Повторите попытку чуть позже.
error-network = Не удалось связаться с сервером. Проверьте подключение и повторите попытку.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Вход не был завершён. Попробуйте ещё раз.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Аккаунт с этим адресом электронной почты уже существует. Войдите в него с паролем, а затем привяжите { $provider } в настройках аккаунта, в разделе «Связанные аккаунты».
error-provider-in-use = Этот аккаунт { $provider } уже используется для входа в другой аккаунт.
error-provider-fresh-sign-in = Для этого изменения сначала снова войдите через { $provider }, а затем повторите попытку в течение пяти минут.

invalid-email-missing = Введите адрес электронной почты.
invalid-email = Введите адрес электронной почты в формате name@example.com.
invalid-password-short = Используйте не менее 8 символов.
invalid-password-long = Используйте не более 256 символов.
invalid-password-common = Это один из самых распространённых паролей, поэтому злоумышленники пробуют его одним из первых. Придумайте свой, например из нескольких не связанных между собой слов.
invalid-password-personal = Этот пароль составлен из вашего адреса электронной почты или имени, и его может угадать любой, кто вас знает. Выберите пароль, не связанный с вами.
invalid-password-guessable = Этот пароль легко угадать: это одно слово, имя, дата или последовательность клавиш. Сделайте его длиннее, например добавьте несколько не связанных между собой слов.
invalid-password-breached = Этот пароль уже встречался в утечке данных, поэтому злоумышленники его пробуют. Выберите другой.
invalid-code-missing = Введите код из письма.
invalid-code = Это не похоже на код из нашего письма. Проверьте его и повторите попытку.
invalid-sign-in-code = Введите код из письма: только цифры.
invalid-current-password = Введите текущий пароль.
invalid-app-code = Введите шестизначный код из приложения-аутентификатора.
invalid-recovery-code = Введите один из кодов восстановления: десять букв и цифр, например 4f7k2-9xq3m.
invalid-app-or-recovery-code = Введите код из приложения-аутентификатора или один из кодов восстановления.
invalid-device-name = Используйте не более 64 символов: буквы, цифры, пробелы и знаки препинания.
invalid-display-name-missing = Введите имя, которое будет показано в аккаунте.
invalid-display-name-long = Используйте не более 64 символов.
invalid-display-name-characters = Используйте только буквы, цифры, пробелы и знаки препинания.
invalid-bio-long = Используйте не более 280 символов.
invalid-bio-characters = Используйте только буквы, цифры, пробелы, знаки препинания и переносы строк.
invalid-time-zone = Выберите часовой пояс из списка.
invalid-language = Выберите язык из списка.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Введите { $word } для подтверждения.

notice-verified = Адрес электронной почты подтверждён. Теперь войдите.
notice-reset = Пароль изменён. Войдите с новым паролем.
notice-expired = Сеанс завершён. Войдите снова.
notice-signin = Войдите, чтобы продолжить.
notice-resent = Этот адрес ещё не подтверждён. Мы отправили вам новый код.
notice-everywhere = Вы вышли из аккаунта на всех устройствах.
notice-deleted = Аккаунт и профиль удалены.
notice-connected = Аккаунт { $provider } привязан: теперь вы можете входить и через него.
notice-two-step-lifted = Вы вошли с кодом восстановления, поэтому двухэтапный вход отключён. Настройте его заново для нового телефона ниже.
