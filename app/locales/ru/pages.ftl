# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Сброс пароля
forgot-heading = Забыли пароль?
forgot-intro = Введите адрес электронной почты. Если он привязан к аккаунту, мы отправим код для создания нового пароля.
forgot-form-send = Отправить код сброса
forgot-form-back = Вернуться ко входу

home-title = Добро пожаловать
# { $app } is the app's name.
home-heading = Добро пожаловать в { $app }
home-lead = Один аккаунт для всего: создайте его по адресу электронной почты, подтвердите кодом и храните профиль в одном месте.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Здравствуйте, { $name }!
home-actions-profile = Перейти в профиль

signup-form-check-inbox = Проверьте почту: мы отправили код для подтверждения адреса.
signup-form-password = Пароль
signup-form-display-name-hint = Так мы будем к вам обращаться. Имя можно изменить позже.
signup-form-creating = Создаём аккаунт…
signup-form-have-account = Уже есть аккаунт?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Подтвердите адрес электронной почты
verify-step-verify = Подтвердить
verify-step-verifying = Подтверждение…
# { $email } is the address the code went to.
verify-step-resent = Мы отправили новый код на { $email }.
verify-form-enter-code = Введите код из нашего письма, чтобы подтвердить адрес.

# The page's title and its button.
reset-form-reset = Сбросить пароль
reset-heading = Задайте новый пароль
reset-intro = Если этот адрес привязан к аккаунту, код уже в пути. Введите его вместе с новым паролем.
reset-form-new-password = Новый пароль
reset-form-new-code = Нужен новый код?

profile-heading = Ваш профиль
profile-form-loading = Загрузка профиля…
profile-form-restored = Несохранённые изменения восстановлены. Сохраните их, чтобы не потерять.
profile-form-saved = Сохранено.
profile-form-last-saved = Последнее сохранение
profile-form-two-step = Двухэтапный вход
profile-form-two-step-on = Включён
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Включён (с { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Отключён —
profile-form-set-up-two-step = включите его в настройках аккаунта
# A form field's label; also on the sign-up page.
profile-form-display-name = Отображаемое имя
profile-form-bio = О себе
profile-form-time-zone = Часовой пояс
profile-form-language = Предпочитаемый язык
profile-form-save = Сохранить
# A button's label while it saves; also on the password reset page.
profile-form-saving = Сохранение…
profile-form-account-settings = Настройки аккаунта
profile-form-settings-summary = Пароль, электронная почта, двухэтапный вход, ваши данные и удаление аккаунта

not-found-heading = Страница не найдена
not-found-text = По этому адресу ничего нет.
not-found-home = На главную

# The developer's mailbox, local mode only.
mailbox-heading = Почтовый ящик
mailbox-intro = В локальном режиме настоящие письма не отправляются. Здесь собраны все письма, которые отправило бы приложение, — сначала новые.
mailbox-empty = Писем пока нет. Создайте аккаунт или запросите код сброса, затем обновите страницу.
mailbox-to = Кому
mailbox-purpose = Назначение
mailbox-subject = Тема
mailbox-code = Код
mailbox-links = Ссылки
mailbox-sent = Отправлено

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Этот браузер не поддерживает ключи доступа. Выберите другой способ.
session-passkey-cancelled = Ключ доступа не был использован. Повторите попытку или выберите другой способ.
session-passkey-already-registered = На этом устройстве уже есть ключ доступа для вашего аккаунта.
session-passkey-wrong-site = Ключи доступа работают только по имени этого сайта: откройте его по адресу localhost, а не по IP-адресу.
session-passkey-failed = Ключ доступа не сработал. Повторите попытку или выберите другой способ.
