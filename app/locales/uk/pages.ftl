# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Забули пароль
forgot-heading = Забули пароль?
forgot-intro = Введіть свою адресу електронної пошти. Якщо вона належить акаунту, ми надішлемо код для встановлення нового пароля.
forgot-form-send = Надіслати код скидання
forgot-form-back = Назад до входу

home-title = Ласкаво просимо
# { $app } is the app's name.
home-heading = Ласкаво просимо до { $app }
home-lead = Один акаунт для всього тут: створіть його за допомогою електронної пошти, підтвердьте кодом і тримайте свій профіль в одному місці.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Привіт, { $name }!
home-actions-profile = Перейти до профілю

signup-form-check-inbox = Перевірте вхідні: ми надіслали код для підтвердження вашої адреси електронної пошти.
signup-form-password = Пароль
signup-form-display-name-hint = Так ми до вас звертатимемося. Ви зможете змінити це пізніше.
signup-form-creating = Створення акаунта…
signup-form-have-account = Уже маєте акаунт?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Підтвердьте адресу електронної пошти
verify-step-verify = Підтвердити
verify-step-verifying = Підтвердження…
# { $email } is the address the code went to.
verify-step-resent = Ми надіслали новий код на адресу { $email }.
verify-form-enter-code = Введіть код, який ми надіслали вам електронною поштою, щоб підтвердити адресу.

# The page's title and its button.
reset-form-reset = Скинути пароль
reset-heading = Установіть новий пароль
reset-intro = Якщо з цією адресою є акаунт, код уже в дорозі. Введіть його разом із новим паролем.
reset-form-new-password = Новий пароль
reset-form-new-code = Потрібен новий код?

profile-heading = Ваш профіль
profile-form-loading = Завантаження профілю…
profile-form-restored = Ваші незбережені зміни відновлено. Збережіть, щоб не втратити їх.
profile-form-saved = Збережено.
profile-form-last-saved = Востаннє збережено
profile-form-two-step = Двоетапний вхід
profile-form-two-step-on = Увімкнено
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Увімкнено (з { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Вимкнено —
profile-form-set-up-two-step = увімкніть його в налаштуваннях акаунта
# A form field's label; also on the sign-up page.
profile-form-display-name = Відображуване ім’я
profile-form-bio = Про себе
profile-form-time-zone = Часовий пояс
profile-form-language = Бажана мова
profile-form-save = Зберегти
# A button's label while it saves; also on the password reset page.
profile-form-saving = Збереження…
profile-form-account-settings = Налаштування акаунта
profile-form-settings-summary = Пароль, електронна пошта, двоетапний вхід, ваші дані й видалення акаунта

not-found-heading = Сторінку не знайдено
not-found-text = За цією адресою нічого немає.
not-found-home = Перейти на головну

# The developer's mailbox, local mode only.
mailbox-heading = Поштова скринька
mailbox-intro = Локальний режим не надсилає справжніх листів. Тут показано всі листи, які застосунок надіслав би, — спершу найновіші.
mailbox-empty = Листів ще немає. Створіть акаунт або запросіть код скидання, а потім перезавантажте цю сторінку.
mailbox-to = Кому
mailbox-purpose = Призначення
mailbox-subject = Тема
mailbox-code = Код
mailbox-links = Посилання
mailbox-sent = Надіслано

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Цей браузер не підтримує ключі доступу. Виберіть інший спосіб.
session-passkey-cancelled = Ключ доступу не використано. Спробуйте ще раз або виберіть інший спосіб.
session-passkey-already-registered = На цьому пристрої вже є ключ доступу до вашого акаунта.
session-passkey-wrong-site = Ключі доступу працюють лише за назвою цього сайту: відкрийте його через localhost, а не за IP-адресою.
session-passkey-failed = Ключ доступу не спрацював. Спробуйте ще раз або виберіть інший спосіб.
