# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = 忘记密码
forgot-heading = 忘记密码了？
forgot-intro = 请输入邮箱。如果该邮箱已注册账号，我们会发送一个用于设置新密码的验证码。
forgot-form-send = 发送重置验证码
forgot-form-back = 返回登录

home-title = 欢迎
# { $app } is the app's name.
home-heading = 欢迎使用 { $app }
home-lead = 一个账号，通用于这里的一切：用邮箱创建，用验证码确认，个人资料集中管理。
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = { $name }，您好！
home-actions-profile = 前往个人资料

signup-form-check-inbox = 请查收邮件：我们已发送验证码，用于确认邮箱。
signup-form-password = 密码
signup-form-display-name-hint = 我们将这样称呼您。之后可以更改。
signup-form-creating = 正在创建账号…
signup-form-have-account = 已有账号？

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = 验证邮箱
verify-step-verify = 验证
verify-step-verifying = 正在验证…
# { $email } is the address the code went to.
verify-step-resent = 我们已向 { $email } 发送新的验证码。
verify-form-enter-code = 请输入邮件中的验证码，以确认邮箱地址。

# The page's title and its button.
reset-form-reset = 重置密码
reset-heading = 设置新密码
reset-intro = 如果该邮箱已注册账号，验证码正在发送中。请输入验证码和新密码。
reset-form-new-password = 新密码
reset-form-new-code = 需要新的验证码？

profile-heading = 个人资料
profile-form-loading = 正在加载个人资料…
profile-form-restored = 未保存的更改已恢复。请保存以保留这些更改。
profile-form-saved = 已保存。
profile-form-last-saved = 上次保存
profile-form-two-step = 两步验证
profile-form-two-step-on = 已开启
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = 已开启（自 { $date } 起）
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = 未开启 —
profile-form-set-up-two-step = 前往账号设置开启
# A form field's label; also on the sign-up page.
profile-form-display-name = 显示名称
profile-form-bio = 个人简介
profile-form-time-zone = 时区
profile-form-language = 首选语言
profile-form-save = 保存
# A button's label while it saves; also on the password reset page.
profile-form-saving = 正在保存…
profile-form-account-settings = 账号设置
profile-form-settings-summary = 密码、邮箱、两步验证、个人数据以及删除账号

not-found-heading = 页面不存在
not-found-text = 此地址没有任何内容。
not-found-home = 前往首页

# The developer's mailbox, local mode only.
mailbox-heading = 收件箱
mailbox-intro = 本地模式不会发送真实邮件。应用本应发送的所有邮件都列在这里，最新的在最前面。
mailbox-empty = 还没有邮件。请创建账号或申请重置验证码，然后重新加载此页面。
mailbox-to = 收件人
mailbox-purpose = 用途
mailbox-subject = 主题
mailbox-code = 验证码
mailbox-links = 链接
mailbox-sent = 发送时间

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = 此浏览器无法使用通行密钥。请选择其他方式。
session-passkey-cancelled = 未使用通行密钥。请重试，或选择其他方式。
session-passkey-already-registered = 此设备上已有该账号的通行密钥。
session-passkey-wrong-site = 通行密钥只能在本网站的域名下使用：请通过 localhost 打开，而不是 IP 地址。
session-passkey-failed = 通行密钥无法使用。请重试，或选择其他方式。
