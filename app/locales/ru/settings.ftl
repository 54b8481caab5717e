# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Настройки аккаунта
settings-back = ← Назад в профиль
settings-loading = Загрузка аккаунта…

## What several sections share.

settings-cancel = Отмена
settings-current-password = Текущий пароль
settings-code = Код
settings-code-hint = Код, который сейчас показывает приложение-аутентификатор.
settings-verify = Подтвердить
settings-verifying = Подтверждение…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Вы входите с адресом { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Мы отправили код на { $new }. Пока вы его не ввели, входите с адресом { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Мы отправили код на { $address }. Введите его, чтобы подтвердить новый адрес.
settings-email-change = Сменить адрес
settings-email-new = Новый адрес электронной почты
settings-email-sending-code = Отправка кода…
settings-email-verified = Новый адрес подтверждён. Теперь входите с ним.
settings-email-code-resent = Новый код уже в пути.

## Password.

settings-password-heading = Пароль
settings-password-intro = После смены пароля вы выйдете из аккаунта на всех остальных устройствах.
settings-password-change = Сменить пароль
settings-password-new = Новый пароль
settings-password-changing = Смена пароля…
settings-password-changed = Пароль изменён. Все остальные сеансы завершены.

## Two-step sign-in.

settings-two-step-heading = Двухэтапный вход
settings-two-step-intro = Помимо пароля запрашивайте код из приложения-аутентификатора на телефоне — тогда одного украденного пароля для входа будет недостаточно.
settings-two-step-set-up = Настроить двухэтапный вход
settings-two-step-on = Двухэтапный вход включён.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = Двухэтапный вход включён с { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = Двухэтапный вход включён ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = Двухэтапный вход включён с { $day } ({ $device }).
settings-two-step-codes-left-none = Кодов восстановления не осталось: создайте новые, иначе при потере телефона вы не сможете войти.
settings-two-step-codes-left-one = Остался 1 код восстановления.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Осталось кодов восстановления: { $count }.
settings-two-step-turn-off = Отключить
settings-two-step-turning-off = Отключение…
settings-two-step-off-code-hint = Код из приложения-аутентификатора или один из кодов восстановления.
settings-two-step-off-wrong-code = Код неверный. Введите тот, что приложение показывает сейчас, или неиспользованный код восстановления.
settings-two-step-turned-off = Двухэтапный вход отключён. Коды восстановления больше не действуют.
settings-two-step-new-codes = Новые коды восстановления
settings-two-step-new-codes-intro = Новый набор из десяти кодов заменит нынешние — и использованные, и нет.
settings-two-step-making-codes = Создание новых кодов…
settings-two-step-new-codes-made = Вот ваши новые коды восстановления. Старые больше не действуют.
settings-two-step-setup-intro = Вам понадобится приложение-аутентификатор на телефоне, например Google Authenticator, Microsoft Authenticator или ваш менеджер паролей.
settings-two-step-continue = Продолжить
settings-two-step-preparing = Подготовка…
settings-two-step-scan = Отсканируйте этот QR-код приложением-аутентификатором, затем введите шестизначный код, который оно покажет.
settings-two-step-qr-code = QR-код для приложения-аутентификатора
# Followed by the secret key, as letters and digits.
settings-two-step-key = Или введите этот ключ:
settings-two-step-open-app = Открыть в приложении-аутентификаторе на этом устройстве
settings-two-step-device-name = Название устройства (необязательно)
settings-two-step-device-name-hint = Будет видно в настройках, например «Телефон Ады»
settings-two-step-wrong-code = Код неверный. Введите тот, что приложение показывает сейчас.
settings-two-step-turned-on = Двухэтапный вход включён. Теперь при входе нужно будет вводить код из приложения.

## Recovery codes, shown once.

settings-recovery-heading = Ваши коды восстановления
settings-recovery-intro = Если вы потеряете телефон, каждый код позволит один раз войти без приложения. Храните их в надёжном месте, например в менеджере паролей: коды показываются только сейчас.
settings-recovery-copy = Скопировать коды
settings-recovery-download = Скачать коды
settings-recovery-done = Готово
settings-recovery-copied = Скопировано.
settings-recovery-not-copied = Не удалось скопировать. Выделите коды и скопируйте их вручную или скачайте.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Коды восстановления { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Каждый код позволяет один раз войти вместо кода из приложения-аутентификатора.

## Devices.

settings-devices-heading = Устройства
settings-devices-intro = Потеряли устройство или входили с чужого компьютера? Завершите все сеансы, включая текущий.
settings-devices-loading = Загрузка устройств, на которых выполнен вход в аккаунт…
settings-devices-this = Это устройство
settings-devices-signed-in = Вход выполнен { $time }
settings-devices-last-active = последняя активность { $time }
settings-sign-out-device = Выйти на устройстве
settings-signing-out-device = Выход…
settings-sign-out-everywhere = Выйти на всех устройствах
settings-signing-out-everywhere = Выход на всех устройствах…

## Your data.

settings-data-heading = Ваши данные
settings-data-intro = Всё, что мы храним о вашем аккаунте, в виде файла JSON.
settings-data-download = Скачать мои данные
settings-data-preparing = Подготовка данных…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Удалить аккаунт
settings-delete-intro = Данные для входа и профиль будут удалены навсегда. Это действие нельзя отменить.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Введите { $word } для подтверждения
settings-deleting = Удаление…

## Passkeys.

passkeys-heading = Ключи доступа
passkeys-intro = Ключ доступа позволяет входить по отпечатку пальца, лицу или блокировке экрана вместо пароля. Он хранится на вашем устройстве, и его невозможно выманить фишингом.
passkeys-loading = Загрузка ключей доступа…
passkeys-none = У вас пока нет ключей доступа.
passkeys-list = Ваши ключи доступа
# A passkey without a name.
passkeys-unnamed = Ключ доступа
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Добавлен { $day }
passkeys-add = Добавить ключ доступа
passkeys-add-intro = Сначала подтвердите, что это вы. Затем устройство предложит создать ключ доступа с помощью отпечатка пальца, лица или блокировки экрана.
passkeys-adding = Добавление…
passkeys-added = Ключ доступа добавлен. В следующий раз вы сможете войти с ним вместо пароля.
passkeys-remove = Удалить
passkeys-remove-intro = После удаления с этим ключом больше нельзя будет войти. Устройство может по-прежнему показывать его — удалите его и там. Сначала подтвердите, что это вы.
passkeys-removing = Удаление…
passkeys-removed = Ключ доступа удалён. Войти с ним больше нельзя.
passkeys-use-passkey = Использовать ключ доступа
passkeys-unsupported = Этот браузер не поддерживает ключи доступа.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Для ключей доступа сайт нужно открыть по имени, а не по IP-адресу. Чтобы добавить ключ, откройте { $address }.
passkeys-not-made-cancelled = Ключ доступа не создан: окно закрыто или время ожидания истекло. Попробуйте снова, когда будете готовы.
passkeys-not-made = Устройству не удалось создать ключ доступа. Повторите попытку.
passkeys-proof-cancelled = Ключ доступа не был использован. Повторите попытку или введите текущий пароль.
passkeys-proof-failed = Ключ доступа не сработал. Повторите попытку или введите текущий пароль.
passkeys-proof-unsupported = Этот браузер не поддерживает ключи доступа. Введите текущий пароль.

## Recent activity.

activity-heading = Недавние действия
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Не узнаёте какую-то запись? Нажмите { $sign-out-everywhere } выше, а затем { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Не узнаёте какую-то запись? Нажмите { $sign-out-everywhere } выше, а затем защитите аккаунт, через который вы входите.
activity-loading = Загрузка действий…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Неизвестное устройство
activity-signed-in = Вход
activity-sign-in-failed = Неудачный вход (неверный пароль)
activity-password-changed = Пароль изменён
activity-password-reset = Пароль сброшен с помощью кода из письма
activity-email-changed = Адрес электронной почты изменён
activity-two-step-on = Двухэтапный вход включён
activity-two-step-off = Двухэтапный вход отключён
activity-signed-out-everywhere = Выход на всех устройствах
activity-device-signed-out = Выход на другом устройстве
activity-passkey-added = Ключ доступа добавлен
activity-passkey-removed = Ключ доступа удалён
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Вход через { $provider }
activity-provider-connected = Аккаунт { $provider } привязан
activity-provider-disconnected = Аккаунт { $provider } отвязан

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Связанные аккаунты
settings-connected-intro = Входите также через другой свой аккаунт. Чтобы привязать его, введите здесь пароль, а затем войдите там.
settings-connected-made-with = Вы создали этот аккаунт через { $provider } и входите через него.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Привязан с { $date }
settings-connected-not = Не привязан
settings-connect = Привязать
settings-connecting = Привязка…
settings-disconnect = Отвязать
settings-disconnecting = Отвязка…
settings-provider-disconnected = Отвязан. Через него больше нельзя войти в этот аккаунт.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Пароль и двухэтапный вход
settings-made-with-intro = Вы входите через { $provider }. Пароль и двухэтапный вход настраиваются там, а не здесь.
settings-fresh-sign-in = Чтобы удалить аккаунт, сначала снова войдите через { $provider }.
settings-sign-in-again = Снова войти через { $provider }
