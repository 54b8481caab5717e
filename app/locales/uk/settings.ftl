# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Налаштування акаунта
settings-back = ← Назад до профілю
settings-loading = Завантаження акаунта…

## What several sections share.

settings-cancel = Скасувати
settings-current-password = Поточний пароль
settings-code = Код
settings-code-hint = Код, який ваш застосунок-автентифікатор показує зараз.
settings-verify = Підтвердити
settings-verifying = Підтвердження…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Для входу ви використовуєте адресу { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Ми надіслали код на адресу { $new }. Доки ви його не введете, використовуйте для входу адресу { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Ми надіслали код на адресу { $address }. Введіть його, щоб підтвердити нову адресу.
settings-email-change = Змінити електронну пошту
settings-email-new = Нова електронна пошта
settings-email-sending-code = Надсилання коду…
settings-email-verified = Нову адресу електронної пошти підтверджено. Відтепер використовуйте її для входу.
settings-email-code-resent = Новий код уже в дорозі.

## Password.

settings-password-heading = Пароль
settings-password-intro = Після зміни пароля ви вийдете на всіх інших пристроях.
settings-password-change = Змінити пароль
settings-password-new = Новий пароль
settings-password-changing = Зміна…
settings-password-changed = Пароль змінено. Усі інші сеанси завершено.

## Two-step sign-in.

settings-two-step-heading = Двоетапний вхід
settings-two-step-intro = Окрім пароля, для входу знадобиться код із застосунку-автентифікатора на телефоні, тож самого лише викраденого пароля не вистачить.
settings-two-step-set-up = Налаштувати двоетапний вхід
settings-two-step-on = Двоетапний вхід увімкнено.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = Двоетапний вхід увімкнено з { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = Двоетапний вхід увімкнено ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = Двоетапний вхід увімкнено з { $day } ({ $device }).
settings-two-step-codes-left-none = Кодів відновлення не залишилося: створіть нові, інакше, втративши телефон, ви не зможете ввійти.
settings-two-step-codes-left-one = Залишився 1 код відновлення.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Залишилося кодів відновлення: { $count }.
settings-two-step-turn-off = Вимкнути
settings-two-step-turning-off = Вимкнення…
settings-two-step-off-code-hint = Код, який показує ваш застосунок-автентифікатор, або один із ваших кодів відновлення.
settings-two-step-off-wrong-code = Код неправильний. Введіть той, який застосунок показує зараз, або код відновлення, який ви ще не використовували.
settings-two-step-turned-off = Двоетапний вхід вимкнено. Ваші коди відновлення більше не діють.
settings-two-step-new-codes = Нові коди відновлення
settings-two-step-new-codes-intro = Новий набір із десяти кодів замінить наявні коди — використані чи ні.
settings-two-step-making-codes = Створення нових кодів…
settings-two-step-new-codes-made = Ось ваші нові коди відновлення. Старі більше не діють.
settings-two-step-setup-intro = Вам знадобиться застосунок-автентифікатор на телефоні, наприклад Google Authenticator, Microsoft Authenticator або ваш менеджер паролів.
settings-two-step-continue = Продовжити
settings-two-step-preparing = Підготовка…
settings-two-step-scan = Відскануйте цей QR-код застосунком-автентифікатором, а потім введіть шестизначний код, який він покаже.
settings-two-step-qr-code = QR-код для вашого застосунку-автентифікатора
# Followed by the secret key, as letters and digits.
settings-two-step-key = Або введіть цей ключ:
settings-two-step-open-app = Відкрити в застосунку-автентифікаторі на цьому пристрої
settings-two-step-device-name = Назва пристрою (необов’язково)
settings-two-step-device-name-hint = Показується в налаштуваннях, наприклад Телефон Ади
settings-two-step-wrong-code = Код неправильний. Введіть той, який застосунок показує зараз.
settings-two-step-turned-on = Двоетапний вхід увімкнено. Відтепер під час входу потрібно буде вводити код із застосунку.

## Recovery codes, shown once.

settings-recovery-heading = Ваші коди відновлення
settings-recovery-intro = Якщо ви втратите телефон, кожен код дасть змогу один раз увійти замість застосунку. Зберігайте їх у надійному місці, наприклад у менеджері паролів: їх показано лише цього разу.
settings-recovery-copy = Копіювати коди
settings-recovery-download = Завантажити коди
settings-recovery-done = Готово
settings-recovery-copied = Скопійовано.
settings-recovery-not-copied = Не вдалося скопіювати. Виділіть коди й скопіюйте їх або завантажте.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Коди відновлення { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Кожен із них дає змогу один раз увійти замість коду із застосунку-автентифікатора.

## Devices.

settings-devices-heading = Пристрої
settings-devices-intro = Загубили пристрій або користувалися спільним комп’ютером? Завершіть усі сеанси, зокрема цей.
settings-devices-loading = Завантаження пристроїв, на яких виконано вхід в акаунт…
settings-devices-this = Цей пристрій
settings-devices-signed-in = Вхід виконано { $time }
settings-devices-last-active = остання активність { $time }
settings-sign-out-device = Вийти на пристрої
settings-signing-out-device = Вихід…
settings-sign-out-everywhere = Вийти всюди
settings-signing-out-everywhere = Вихід на всіх пристроях…

## Your data.

settings-data-heading = Ваші дані
settings-data-intro = Усе, що ми зберігаємо про ваш акаунт, у файлі JSON.
settings-data-download = Завантажити мої дані
settings-data-preparing = Підготовка ваших даних…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Видалити акаунт
settings-delete-intro = Назавжди видаляє ваші дані для входу та профіль. Цю дію не можна скасувати.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Введіть { $word }, щоб підтвердити
settings-deleting = Видалення…

## Passkeys.

passkeys-heading = Ключі доступу
passkeys-intro = Ключ доступу дає змогу входити за допомогою відбитка пальця, обличчя або блокування екрана замість пароля. Він зберігається на вашому пристрої, і його неможливо викрасти фішингом.
passkeys-loading = Завантаження ключів доступу…
passkeys-none = У вас ще немає ключів доступу.
passkeys-list = Ваші ключі доступу
# A passkey without a name.
passkeys-unnamed = Ключ доступу
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Додано { $day }
passkeys-add = Додати ключ доступу
passkeys-add-intro = Спершу підтвердьте, що це ви. Потім пристрій попросить вас створити ключ доступу за допомогою відбитка пальця, обличчя або блокування екрана.
passkeys-adding = Додавання…
passkeys-added = Ключ доступу додано. Наступного разу ви зможете ввійти з ним замість пароля.
passkeys-remove = Видалити
passkeys-remove-intro = Після видалення з ним більше не можна буде ввійти. Пристрій може й далі показувати його: видаліть його й там. Спершу підтвердьте, що це ви.
passkeys-removing = Видалення…
passkeys-removed = Ключ доступу видалено. З ним більше не можна ввійти.
passkeys-use-passkey = Використати ключ доступу
passkeys-unsupported = Цей браузер не підтримує ключі доступу.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Ключі доступу працюють, лише коли сайт відкрито за його назвою, а не за IP-адресою. Щоб додати ключ, відкрийте { $address }.
passkeys-not-made-cancelled = Ключ доступу не створено: вікно закрито або час очікування минув. Спробуйте ще раз, коли будете готові.
passkeys-not-made = Пристрою не вдалося створити ключ доступу. Спробуйте ще раз.
passkeys-proof-cancelled = Ключ доступу не використано. Спробуйте ще раз або введіть поточний пароль.
passkeys-proof-failed = Ключ доступу не спрацював. Спробуйте ще раз або введіть поточний пароль.
passkeys-proof-unsupported = Цей браузер не підтримує ключі доступу. Введіть поточний пароль.

## Recent activity.

activity-heading = Нещодавні дії
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Не впізнаєте якийсь рядок? Скористайтеся пунктом { $sign-out-everywhere } вище, а потім — { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Не впізнаєте якийсь рядок? Скористайтеся пунктом { $sign-out-everywhere } вище, а потім захистіть акаунт, через який ви входите.
activity-loading = Завантаження ваших дій…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Невідомий пристрій
activity-signed-in = Вхід
activity-sign-in-failed = Невдала спроба входу (неправильний пароль)
activity-password-changed = Пароль змінено
activity-password-reset = Пароль скинуто за кодом з електронного листа
activity-email-changed = Адресу електронної пошти змінено
activity-two-step-on = Двоетапний вхід увімкнено
activity-two-step-off = Двоетапний вхід вимкнено
activity-signed-out-everywhere = Вихід на всіх пристроях
activity-device-signed-out = Вихід на іншому пристрої
activity-passkey-added = Ключ доступу додано
activity-passkey-removed = Ключ доступу видалено
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Вхід через { $provider }
activity-provider-connected = Акаунт { $provider } прив’язано
activity-provider-disconnected = Акаунт { $provider } відв’язано

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Пов’язані акаунти
settings-connected-intro = Входьте також через інший свій акаунт. Щоб прив’язати його, введіть тут пароль, а потім увійдіть там.
settings-connected-made-with = Ви створили цей акаунт через { $provider } і входите через нього.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Прив’язано з { $date }
settings-connected-not = Не прив’язано
settings-connect = Прив’язати
settings-connecting = Прив’язування…
settings-disconnect = Відв’язати
settings-disconnecting = Відв’язування…
settings-provider-disconnected = Відв’язано. Через нього більше не можна ввійти в цей акаунт.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Пароль і двоетапний вхід
settings-made-with-intro = Ви входите через { $provider }. Ваш пароль і двоетапний вхід налаштовуються там, а не тут.
settings-fresh-sign-in = Щоб видалити акаунт, спершу ввійдіть знову через { $provider }.
settings-sign-in-again = Увійти знову через { $provider }
