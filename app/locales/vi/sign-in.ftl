# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Mật khẩu
login-form-password-missing = Hãy nhập mật khẩu của bạn.
login-form-remember = Duy trì đăng nhập
login-form-continue = Tiếp tục
login-form-signing-in = Đang đăng nhập…
login-form-forgot-password = Bạn quên mật khẩu?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Bạn mới đến?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Mã

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Đang đăng nhập bằng{" "}
login-methods-use-another-email = Dùng email khác
login-methods-or = Hoặc
login-methods-or-password = Hoặc dùng mật khẩu
# Read out by screen readers for the group of buttons.
login-methods-label = Cách đăng nhập
login-methods-passkey = Đăng nhập bằng khóa truy cập
login-methods-passkey-waiting = Đang chờ khóa truy cập…
login-methods-email-code = Gửi mã qua email cho tôi
login-methods-email-code-sending = Đang gửi mã…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Khóa truy cập chỉ hoạt động với tên của trang này, không phải địa chỉ IP: hãy mở{" "}
login-methods-passkey-ip-address-after = {" "}để dùng khóa truy cập.
login-methods-passkey-unsupported = Trình duyệt này không dùng được khóa truy cập.

## The emailed code's step.

login-email-code-heading = Kiểm tra email của bạn
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Chúng tôi đã gửi mã đăng nhập đến{" "}
login-email-code-sent-after = . Hãy nhập mã vào đây; mã có hiệu lực trong vài phút.
# { $address } is the email address the new code went to.
login-email-code-resent = Chúng tôi đã gửi mã mới đến { $address }.
login-email-code-hint = Sau một phút vẫn chưa có email? Hãy kiểm tra lại địa chỉ. Nếu đã bật xác minh 2 bước, hãy đăng nhập bằng mật khẩu.
login-email-code-another-way = Chọn cách khác

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Xác minh 2 bước
login-second-step-app-intro = Nhập mã sáu chữ số mà ứng dụng xác thực hiển thị cho tài khoản này.
login-second-step-recovery-intro = Nhập một trong các mã khôi phục bạn đã lưu khi thiết lập xác minh 2 bước. Mỗi mã chỉ dùng được một lần.
login-second-step-recovery-code = Mã khôi phục
login-second-step-verify = Xác minh
login-second-step-checking = Đang kiểm tra…
login-second-step-use-app = Dùng ứng dụng xác thực
login-second-step-use-recovery-code = Dùng mã khôi phục
login-second-step-start-again = Bắt đầu lại
login-second-step-app-code-wrong = Mã đó không đúng. Hãy nhập mã đang hiển thị trong ứng dụng.
login-second-step-recovery-code-wrong = Mã khôi phục đó không đúng hoặc đã được dùng.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Bạn đã đăng nhập.
login-offer-heading = Lần sau đăng nhập nhanh hơn
login-offer-text = Thêm khóa truy cập để lần sau thiết bị này cho bạn đăng nhập bằng vân tay, khuôn mặt hoặc phương thức khóa màn hình: không cần gõ mật khẩu, và không có gì để kẻ gian lừa bạn tiết lộ.
login-offer-adding = Đang thêm khóa truy cập…
login-offer-add = Thêm khóa truy cập
login-offer-not-now = Để sau

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Tiếp tục với { $provider }
login-continue-title = Đang đăng nhập
login-continue-working = Đang hoàn tất đăng nhập…
login-continue-back = Quay lại đăng nhập
