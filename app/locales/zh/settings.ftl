# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = 账号设置
settings-back = ← 返回个人资料
settings-loading = 正在加载账号…

## What several sections share.

settings-cancel = 取消
settings-current-password = 当前密码
settings-code = 验证码
settings-code-hint = 身份验证器应用当前显示的验证码。
settings-verify = 验证
settings-verifying = 正在验证…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = 登录邮箱为 { $address }。
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = 我们已向 { $new } 发送验证码。输入验证码之前，请继续使用 { $current } 登录。
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = 我们已向 { $address } 发送验证码。请输入验证码以验证新地址。
settings-email-change = 更改邮箱
settings-email-new = 新邮箱
settings-email-sending-code = 正在发送验证码…
settings-email-verified = 新邮箱已验证。今后请使用它登录。
settings-email-code-resent = 新的验证码已发送。

## Password.

settings-password-heading = 密码
settings-password-intro = 更改密码后，其他所有设备都将退出登录。
settings-password-change = 更改密码
settings-password-new = 新密码
settings-password-changing = 正在更改…
settings-password-changed = 密码已更改。其他所有会话均已结束。

## Two-step sign-in.

settings-two-step-heading = 两步验证
settings-two-step-intro = 登录时除了密码，还需要输入手机上身份验证器应用中的验证码。这样即使密码被盗，也无法单凭密码登录。
settings-two-step-set-up = 设置两步验证
settings-two-step-on = 两步验证已开启。
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = 两步验证自 { $day } 起已开启。
# { $device } is the name the person gave their phone.
settings-two-step-on-device = 两步验证已开启（{ $device }）。
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = 两步验证自 { $day } 起已开启（{ $device }）。
settings-two-step-codes-left-none = 恢复码已用完：请生成新的恢复码，否则丢失手机后将无法登录。
settings-two-step-codes-left-one = 还剩 1 个恢复码。
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = 还剩 { $count } 个恢复码。
settings-two-step-turn-off = 关闭
settings-two-step-turning-off = 正在关闭…
settings-two-step-off-code-hint = 身份验证器应用显示的验证码，或一个恢复码。
settings-two-step-off-wrong-code = 验证码不正确。请输入应用当前显示的验证码，或一个未使用过的恢复码。
settings-two-step-turned-off = 两步验证已关闭。恢复码已失效。
settings-two-step-new-codes = 生成新的恢复码
settings-two-step-new-codes-intro = 新的一组 10 个恢复码将替换现有的全部恢复码，无论是否已使用。
settings-two-step-making-codes = 正在生成新的恢复码…
settings-two-step-new-codes-made = 这是新的恢复码。旧的恢复码已失效。
settings-two-step-setup-intro = 需要在手机上安装身份验证器应用，例如 Google Authenticator、Microsoft Authenticator 或密码管理器。
settings-two-step-continue = 继续
settings-two-step-preparing = 正在准备…
settings-two-step-scan = 用身份验证器应用扫描此二维码，然后输入应用显示的 6 位验证码。
settings-two-step-qr-code = 用于身份验证器应用的二维码
# Followed by the secret key, as letters and digits.
settings-two-step-key = 或输入此密钥：
settings-two-step-open-app = 在此设备上的身份验证器应用中打开
settings-two-step-device-name = 设备名称（可选）
settings-two-step-device-name-hint = 显示在设置中，例如“小林的手机”
settings-two-step-wrong-code = 验证码不正确。请输入应用当前显示的验证码。
settings-two-step-turned-on = 两步验证已开启。今后登录时需要输入应用中的验证码。

## Recovery codes, shown once.

settings-recovery-heading = 恢复码
settings-recovery-intro = 如果丢失手机，每个恢复码都可以代替应用登录一次。请将它们保存在安全的地方，例如密码管理器中：恢复码只会显示这一次。
settings-recovery-copy = 复制恢复码
settings-recovery-download = 下载恢复码
settings-recovery-done = 完成
settings-recovery-copied = 已复制。
settings-recovery-not-copied = 无法复制。请选中恢复码后手动复制，或将其下载。
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = { $app } 恢复码
# The second line of the downloaded file of codes.
settings-recovery-file-intro = 每个恢复码可代替身份验证器应用中的验证码登录一次。

## Devices.

settings-devices-heading = 设备
settings-devices-intro = 设备丢失或用过公共电脑？结束所有会话，包括当前会话。
settings-devices-loading = 正在加载已登录此账号的设备…
settings-devices-this = 当前设备
settings-devices-signed-in = 登录于 { $time }
settings-devices-last-active = 最近活动于 { $time }
settings-sign-out-device = 在该设备上退出登录
settings-signing-out-device = 正在退出登录…
settings-sign-out-everywhere = 在所有设备上退出登录
settings-signing-out-everywhere = 正在所有设备上退出登录…

## Your data.

settings-data-heading = 个人数据
settings-data-intro = 我们保存的与账号有关的所有信息，以 JSON 文件提供。
settings-data-download = 下载我的数据
settings-data-preparing = 正在准备数据…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = 删除账号
settings-delete-intro = 将永久删除登录信息和个人资料。此操作无法撤销。
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = 输入 { $word } 以确认
settings-deleting = 正在删除…

## Passkeys.

passkeys-heading = 通行密钥
passkeys-intro = 使用通行密钥，可以用指纹、面容或屏幕锁代替密码登录。它保存在设备上，不会被钓鱼网站骗走。
passkeys-loading = 正在加载通行密钥…
passkeys-none = 还没有通行密钥。
passkeys-list = 通行密钥列表
# A passkey without a name.
passkeys-unnamed = 通行密钥
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = 添加于 { $day }
passkeys-add = 添加通行密钥
passkeys-add-intro = 首先需要确认身份。然后设备会提示用指纹、面容或屏幕锁创建通行密钥。
passkeys-adding = 正在添加…
passkeys-added = 通行密钥已添加。下次可以用它代替密码登录。
passkeys-remove = 移除
passkeys-remove-intro = 移除后，它将无法再用于登录。设备上可能仍会显示它，请在设备上也将其删除。首先需要确认身份。
passkeys-removing = 正在移除…
passkeys-removed = 通行密钥已移除，无法再用于登录。
passkeys-use-passkey = 改用通行密钥
passkeys-unsupported = 此浏览器无法使用通行密钥。
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = 通行密钥需要通过网站域名打开，而不是 IP 地址。要添加通行密钥，请打开 { $address }。
passkeys-not-made-cancelled = 未创建通行密钥：提示已关闭或已超时。准备好后请重试。
passkeys-not-made = 设备无法创建通行密钥。请重试。
passkeys-proof-cancelled = 未使用通行密钥。请重试，或输入当前密码。
passkeys-proof-failed = 通行密钥无法使用。请重试，或输入当前密码。
passkeys-proof-unsupported = 此浏览器无法使用通行密钥。请输入当前密码。

## Recent activity.

activity-heading = 最近活动
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = 有不认识的记录？请先使用上方的{ $sign-out-everywhere }，然后{ $change-password }。
# For an account made through another identity provider, which has no password here.
activity-help-no-password = 有不认识的记录？请先使用上方的{ $sign-out-everywhere }，然后保护好用来登录的账号。
activity-loading = 正在加载活动记录…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = 未知设备
activity-signed-in = 登录
activity-sign-in-failed = 登录失败（密码错误）
activity-password-changed = 更改密码
activity-password-reset = 通过邮件验证码重置密码
activity-email-changed = 更改邮箱
activity-two-step-on = 开启两步验证
activity-two-step-off = 关闭两步验证
activity-signed-out-everywhere = 在所有设备上退出登录
activity-device-signed-out = 在另一台设备上退出登录
activity-passkey-added = 添加通行密钥
activity-passkey-removed = 移除通行密钥
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = 使用 { $provider } 登录
activity-provider-connected = 关联 { $provider }
activity-provider-disconnected = 取消关联 { $provider }

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = 关联账号
settings-connected-intro = 还可以用自己的其他账号登录。关联时，需要先在这里输入密码，再到对方那里登录。
settings-connected-made-with = 此账号是使用 { $provider } 创建的，也使用它登录。
# { $date } is a day, such as 5 December 2026.
settings-connected-since = 自 { $date } 起已关联
settings-connected-not = 未关联
settings-connect = 关联
settings-connecting = 正在关联…
settings-disconnect = 取消关联
settings-disconnecting = 正在取消关联…
settings-provider-disconnected = 已取消关联，无法再用它登录此账号。
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = 密码和两步验证
settings-made-with-intro = 此账号使用 { $provider } 登录。密码和两步验证在那里管理，而不是在这里。
settings-fresh-sign-in = 要删除账号，请先使用 { $provider } 重新登录。
settings-sign-in-again = 使用 { $provider } 重新登录
