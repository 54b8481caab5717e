# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = 确认您的 Doorway 邮箱地址
email-sign-up-body = 欢迎使用 Doorway！请输入以下验证码，确认您的邮箱地址：
email-sign-up-expiry = 验证码 24 小时内有效。
email-sign-up-not-you = 如果您没有创建账号，请忽略此邮件。

email-resend-subject = 您的 Doorway 新验证码
email-resend-body = 这是用于确认邮箱地址的新验证码：
email-resend-expiry = 验证码 24 小时内有效。之前的验证码已失效。
email-resend-not-you = 如果您没有申请验证码，请忽略此邮件。

email-reset-subject = 重置您的 Doorway 密码
email-reset-body = 请输入以下验证码，设置新密码：
email-reset-expiry = 验证码 1 小时内有效。
email-reset-not-you = 如果您没有申请重置密码，请忽略此邮件：您的密码不会改变。

email-change-subject = 确认您的 Doorway 新邮箱地址
email-change-body = 请在设置中输入以下验证码，确认您的新邮箱地址：
email-change-expiry = 验证码 24 小时内有效。
email-change-not-you = 如果您没有申请更改邮箱，请登录并修改密码。

email-sign-in-code-subject = 您的 Doorway 登录验证码
email-sign-in-code-body = 请输入以下验证码登录：
email-sign-in-code-expiry = 验证码几分钟内有效，且只能使用一次。
email-sign-in-code-not-you = 如果不是您本人在登录，请不要将此验证码告诉任何人，并修改密码。

email-open-page = 或打开此页面：
