# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Đây đã là địa chỉ email của bạn.
message-email-taken = Không thể dùng địa chỉ này nữa. Hãy đổi sang một email khác.
message-email-change-ended = Yêu cầu đổi email này đã hết hạn. Hãy đổi email lại để nhận mã mới.
message-wrong-current-password = Đó không phải mật khẩu hiện tại của bạn.
message-app-code-missing = Hãy nhập mã hiển thị trong ứng dụng xác thực.
message-app-code-not-right = Mã đó không đúng. Hãy nhập mã đang hiển thị trong ứng dụng.
message-password-refused = Mật khẩu này không đáp ứng quy tắc: dùng từ 8 đến 256 ký tự và tránh những mật khẩu bạn đã dùng trước đây.

message-two-step-already-on = Xác minh 2 bước đã được bật.
message-two-step-not-on = Hãy bật xác minh 2 bước trước.
message-two-step-setup-ended = Phiên thiết lập này đã hết hạn. Hãy bắt đầu thiết lập lại xác minh 2 bước.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Ứng dụng xác thực

message-passkeys-full = Tài khoản này đã có số khóa truy cập tối đa (20). Hãy xóa bớt một khóa trước.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } trên { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Đăng ký
message-mail-resend = Mã đăng ký mới
message-mail-password-reset = Đặt lại mật khẩu
message-mail-email-change = Đổi email
message-mail-sign-in-code = Mã đăng nhập
