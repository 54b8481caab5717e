# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Перейти до вмісту
nav-account = Акаунт
nav-sign-in = Увійти
nav-create-account = Створити акаунт
nav-sign-out = Вийти
footer-about = акаунти на Amazon Cognito
footer-language = Мова
footer-change = Змінити

form-show = Показати
form-hide = Приховати
form-sending = Надсилання…
form-password-rules = Від 8 до 256 символів. Пробіли й будь-які літери чи символи підходять; що довший, то надійніший.
# { $level } is one of the form-strength-* words below.
form-strength = Пароль: { $level }
form-strength-too-short = закороткий
form-strength-fair = посередній — довший пароль надійніший
form-strength-good = добрий
form-strength-strong = надійний
# Shown live while typing, in the browser: written without plural forms.
form-character-count = Символи: { $count } з { $max }
form-send-new-code = Надіслати новий код
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Надіслати новий код ({ $seconds } с)

field-email = Електронна пошта
field-verification-code = Код підтвердження
field-verification-code-hint = Шість цифр або групи літер на зразок ABCD-EFGH-…, як у листі.

error-invalid = Перевірте введені дані.
error-wrong-credentials = Неправильна адреса електронної пошти або пароль.
error-not-confirmed = Цю адресу електронної пошти ще не підтверджено.
error-wrong-code = Код неправильний або його термін дії минув. Запросіть новий.
error-try-later = Забагато спроб. Спробуйте ще раз трохи згодом.
error-too-many-attempts =
    { $seconds ->
        [one] Забагато спроб. Спробуйте ще раз через { $seconds } секунду.
        [few] Забагато спроб. Спробуйте ще раз через { $seconds } секунди.
        [many] Забагато спроб. Спробуйте ще раз через { $seconds } секунд.
       *[other] Забагато спроб. Спробуйте ще раз через { $seconds } секунди.
    }
error-session-expired = Ваш сеанс завершився. Увійдіть знову.
error-sign-in-expired = Вхід тривав надто довго. Почніть спочатку.
error-passkey-refused = Цей ключ доступу не спрацював. Спробуйте ще раз або виберіть інший спосіб входу.
error-passkey-not-added = Не вдалося додати цей ключ доступу. Спробуйте ще раз.
error-stale-profile = Цей профіль змінено в іншому місці. Перезавантажте сторінку, щоб побачити зміни.
error-sessions-remain = Пароль змінено, але вийти вдалося не на всіх пристроях. Трохи згодом скористайтеся кнопкою «Вийти всюди».
error-unavailable = Сервіс акаунтів зараз недоступний. Введені дані збережено; спробуйте ще раз трохи згодом.
error-account-exists = Акаунт із цією адресою електронної пошти вже існує.
error-unreadable = Не вдалося прочитати форму. Перезавантажте сторінку й спробуйте ще раз.
error-not-found = Не знайдено.
error-internal = На нашому боці щось пішло не так. Спробуйте ще раз трохи згодом.
error-network = Не вдалося з’єднатися із сервером. Перевірте підключення й спробуйте ще раз.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Цей вхід не завершився. Спробуйте ще раз.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Акаунт із цією адресою електронної пошти вже існує. Увійдіть у нього з паролем, а потім прив’яжіть { $provider } у налаштуваннях акаунта, у розділі «Пов’язані акаунти».
error-provider-in-use = Цей акаунт { $provider } уже використовується для входу в інший акаунт.
error-provider-fresh-sign-in = Для цієї зміни спершу ввійдіть знову через { $provider }, а потім спробуйте ще раз протягом п’яти хвилин.

invalid-email-missing = Введіть свою адресу електронної пошти.
invalid-email = Введіть адресу електронної пошти на зразок name@example.com.
invalid-password-short = Використайте щонайменше 8 символів.
invalid-password-long = Використайте не більше ніж 256 символів.
invalid-password-common = Це один із найпоширеніших паролів, тож зловмисники пробують його серед перших. Виберіть власний, наприклад кілька не пов’язаних між собою слів.
invalid-password-personal = Цей пароль складено з вашої адреси електронної пошти або імені, тож його може вгадати будь-хто, хто вас знає. Виберіть пароль, не пов’язаний із вами.
invalid-password-guessable = Цей пароль легко вгадати: це одне слово, ім’я, дата або послідовність клавіш. Зробіть його довшим, наприклад додайте кілька не пов’язаних між собою слів.
invalid-password-breached = Цей пароль уже траплявся у витоку даних, тому зловмисники його пробують. Виберіть інший.
invalid-code-missing = Введіть код із листа.
invalid-code = Це не схоже на код із нашого листа. Перевірте його й спробуйте ще раз.
invalid-sign-in-code = Введіть код із листа: лише цифри.
invalid-current-password = Введіть свій поточний пароль.
invalid-app-code = Введіть шестизначний код, який показує ваш застосунок-автентифікатор.
invalid-recovery-code = Введіть один зі своїх кодів відновлення: десять літер і цифр, наприклад 4f7k2-9xq3m.
invalid-app-or-recovery-code = Введіть код, який показує ваш застосунок-автентифікатор, або один зі своїх кодів відновлення.
invalid-device-name = Використайте не більше ніж 64 літери, цифри, пробіли й розділові знаки.
invalid-display-name-missing = Введіть ім’я, яке показуватиметься у вашому акаунті.
invalid-display-name-long = Використайте не більше ніж 64 символи.
invalid-display-name-characters = Використовуйте лише літери, цифри, пробіли й розділові знаки.
invalid-bio-long = Використайте не більше ніж 280 символів.
invalid-bio-characters = Використовуйте лише літери, цифри, пробіли, розділові знаки й розриви рядків.
invalid-time-zone = Виберіть часовий пояс зі списку.
invalid-language = Виберіть мову зі списку.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Введіть { $word }, щоб підтвердити.

notice-verified = Адресу електронної пошти підтверджено. Увійдіть.
notice-reset = Пароль змінено. Увійдіть із новим паролем.
notice-expired = Ваш сеанс завершився. Увійдіть знову.
notice-signin = Увійдіть, щоб продовжити.
notice-resent = Цю адресу електронної пошти ще не підтверджено. Ми надіслали вам новий код.
notice-everywhere = Ви вийшли на всіх пристроях.
notice-deleted = Ваш акаунт і профіль видалено.
notice-connected = Акаунт { $provider } прив’язано: тепер ви можете входити й через нього.
notice-two-step-lifted = Ви ввійшли за допомогою коду відновлення, тому двоетапний вхід вимкнено. Налаштуйте його знову нижче з новим телефоном.
