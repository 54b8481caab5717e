# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = 密码
login-form-password-missing = 请输入密码。
login-form-remember = 保持登录状态
login-form-continue = 继续
login-form-signing-in = 正在登录…
login-form-forgot-password = 忘记密码了？
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = 还没有账号？
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = 验证码

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = 正在登录：
login-methods-use-another-email = 使用其他邮箱
login-methods-or = 或者
login-methods-or-password = 或者使用密码
# Read out by screen readers for the group of buttons.
login-methods-label = 登录方式
login-methods-passkey = 使用通行密钥登录
login-methods-passkey-waiting = 正在等待通行密钥…
login-methods-email-code = 通过邮件获取验证码
login-methods-email-code-sending = 正在发送验证码…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = 通行密钥只能通过本网站的域名使用，不能通过 IP 地址使用：请打开{" "}
login-methods-passkey-ip-address-after = {" "}后再使用通行密钥。
login-methods-passkey-unsupported = 此浏览器无法使用通行密钥。

## The emailed code's step.

login-email-code-heading = 查收邮件
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = 我们已将登录验证码发送到{" "}
login-email-code-sent-after = 。请在此输入，验证码几分钟内有效。
# { $address } is the email address the new code went to.
login-email-code-resent = 我们已向 { $address } 发送新的验证码。
login-email-code-hint = 一分钟后仍未收到邮件？请检查邮箱地址。如果已开启两步验证，请改用密码登录。
login-email-code-another-way = 选择其他方式

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = 两步验证
login-second-step-app-intro = 请输入身份验证器应用中为此账号显示的 6 位验证码。
login-second-step-recovery-intro = 请输入设置两步验证时保存的一个恢复码。每个恢复码只能使用一次。
login-second-step-recovery-code = 恢复码
login-second-step-verify = 验证
login-second-step-checking = 正在检查…
login-second-step-use-app = 使用身份验证器应用
login-second-step-use-recovery-code = 使用恢复码
login-second-step-start-again = 重新开始
login-second-step-app-code-wrong = 验证码不正确。请输入应用当前显示的验证码。
login-second-step-recovery-code-wrong = 该恢复码不正确或已被使用。

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = 已登录。
login-offer-heading = 下次登录更快捷
login-offer-text = 添加通行密钥后，下次在此设备上可用指纹、面容或屏幕锁登录：无需输入密码，也就没有可被骗走的密码。
login-offer-adding = 正在添加通行密钥…
login-offer-add = 添加通行密钥
login-offer-not-now = 暂不

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = 使用 { $provider } 继续
login-continue-title = 正在登录
login-continue-working = 正在完成登录…
login-continue-back = 返回登录
