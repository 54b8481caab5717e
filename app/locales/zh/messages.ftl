# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = 这已经是当前的邮箱地址。
message-email-taken = 该地址已无法使用。请改用其他邮箱。
message-email-change-ended = 此次邮箱更改已失效。请重新更改邮箱以获取新的验证码。
message-wrong-current-password = 当前密码不正确。
message-app-code-missing = 请输入身份验证器应用显示的验证码。
message-app-code-not-right = 验证码不正确。请输入应用当前显示的验证码。
message-password-refused = 此密码不符合规则：请使用 8 到 256 个字符，并避免使用以前用过的密码。

message-two-step-already-on = 两步验证已开启。
message-two-step-not-on = 请先开启两步验证。
message-two-step-setup-ended = 此次设置已失效。请重新开始设置两步验证。
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = 身份验证器应用

message-passkeys-full = 此账号的通行密钥数量已达上限（20 个）。请先移除一个。

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $system } 上的 { $browser }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = 注册
message-mail-resend = 新的注册验证码
message-mail-password-reset = 重置密码
message-mail-email-change = 更改邮箱
message-mail-sign-in-code = 登录验证码
