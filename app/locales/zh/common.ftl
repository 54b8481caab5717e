# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = 跳到主要内容
nav-account = 账号
nav-sign-in = 登录
nav-create-account = 创建账号
nav-sign-out = 退出登录
footer-about = 基于 Amazon Cognito 的账号
footer-language = 语言
footer-change = 切换

form-show = 显示
form-hide = 隐藏
form-sending = 正在发送…
form-password-rules = 8 到 256 个字符。可以使用空格以及任何字母或符号；越长越安全。
# { $level } is one of the form-strength-* words below.
form-strength = 强度：{ $level }
form-strength-too-short = 太短
form-strength-fair = 一般：密码越长越安全
form-strength-good = 良好
form-strength-strong = 强
# Shown live while typing, in the browser: written without plural forms.
form-character-count = 已输入 { $count } 个字符，最多 { $max } 个
form-send-new-code = 重新发送验证码
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = 重新发送验证码（{ $seconds } 秒）

field-email = 邮箱
field-verification-code = 验证码
field-verification-code-hint = 6 位数字，或 ABCD-EFGH-… 这样的字母组，与邮件中的一致。

error-invalid = 请检查输入的内容。
error-wrong-credentials = 邮箱或密码不正确。
error-not-confirmed = 此邮箱地址尚未确认。
error-wrong-code = 验证码不正确或已过期。请重新发送验证码。
error-try-later = 尝试次数过多。请稍后再试。
error-too-many-attempts =
    { $seconds ->
       *[other] 尝试次数过多。请在 { $seconds } 秒后重试。
    }
error-session-expired = 登录已过期。请重新登录。
error-sign-in-expired = 本次登录耗时过长。请重新开始。
error-passkey-refused = 该通行密钥无法使用。请重试，或选择其他登录方式。
error-passkey-not-added = 无法添加此通行密钥。请重试。
error-stale-profile = 此个人资料已在别处被修改。请重新加载后查看。
error-sessions-remain = 密码已更改，但未能在所有设备上退出登录。请稍后使用“在所有设备上退出登录”。
error-unavailable = 暂时无法连接账号服务。输入的内容已保留，请稍后再试。
error-account-exists = 使用此邮箱的账号已存在。
error-unreadable = 无法读取表单。请重新加载页面后重试。
error-not-found = 未找到。
error-internal = 我们这边出了点问题。请稍后再试。
error-network = 无法连接服务器。请检查网络连接后重试。
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = 这次登录未完成。请重试。
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = 使用此邮箱的账号已存在。请先用密码登录该账号，然后在“账号设置”的“关联账号”中关联 { $provider }。
error-provider-in-use = 此 { $provider } 账号已用于登录另一个账号。
error-provider-fresh-sign-in = 要进行此更改，请先使用 { $provider } 重新登录，然后在五分钟内重试。

invalid-email-missing = 请输入邮箱地址。
invalid-email = 请输入有效的邮箱地址，例如 name@example.com。
invalid-password-short = 请至少使用 8 个字符。
invalid-password-long = 最多只能使用 256 个字符。
invalid-password-common = 这是最常见的密码之一，攻击者往往最先尝试。请设置一个自己的密码，例如几个互不相关的词。
invalid-password-personal = 此密码由邮箱或姓名构成，熟人很容易猜到。请选择一个与个人信息无关的密码。
invalid-password-guessable = 此密码很容易被猜到：它是单个词、名字、日期或键盘上的连续按键。请把它加长，例如使用几个互不相关的词。
invalid-password-breached = 此密码曾出现在数据泄露中，攻击者会拿它来尝试。请换一个密码。
invalid-code-missing = 请输入邮件中的验证码。
invalid-code = 这似乎不是我们邮件中的验证码。请检查后重试。
invalid-sign-in-code = 请输入邮件中的验证码（仅限数字）。
invalid-current-password = 请输入当前密码。
invalid-app-code = 请输入身份验证器应用显示的 6 位验证码。
invalid-recovery-code = 请输入一个恢复码：由 10 个字母和数字组成，例如 4f7k2-9xq3m。
invalid-app-or-recovery-code = 请输入身份验证器应用显示的验证码，或输入一个恢复码。
invalid-device-name = 最多 64 个字符，只能使用字母、数字、空格和标点。
invalid-display-name-missing = 请输入要在账号上显示的名称。
invalid-display-name-long = 最多只能使用 64 个字符。
invalid-display-name-characters = 只能使用字母、数字、空格和标点。
invalid-bio-long = 最多只能使用 280 个字符。
invalid-bio-characters = 只能使用字母、数字、空格、标点和换行。
invalid-time-zone = 请从列表中选择时区。
invalid-language = 请从列表中选择语言。
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = 请输入 { $word } 以确认。

notice-verified = 邮箱已确认。请登录。
notice-reset = 密码已更改。请使用新密码登录。
notice-expired = 登录已过期。请重新登录。
notice-signin = 请登录后继续。
notice-resent = 此邮箱尚未确认。我们已发送新的验证码。
notice-everywhere = 已在所有设备上退出登录。
notice-deleted = 账号和个人资料已删除。
notice-connected = 已关联 { $provider }：现在也可以用它登录。
notice-two-step-lifted = 由于使用恢复码登录，两步验证已关闭。请在下方用新手机重新设置。
