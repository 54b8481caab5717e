# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Xác nhận địa chỉ email của bạn cho Doorway
email-sign-up-body = Chào mừng bạn đến với Doorway! Hãy nhập mã này để xác nhận địa chỉ email của bạn:
email-sign-up-expiry = Mã có hiệu lực trong 24 giờ.
email-sign-up-not-you = Nếu bạn không tạo tài khoản, bạn có thể bỏ qua email này.

email-resend-subject = Mã xác nhận Doorway mới của bạn
email-resend-body = Đây là mã mới để xác nhận địa chỉ email của bạn:
email-resend-expiry = Mã có hiệu lực trong 24 giờ. Các mã trước đó không còn dùng được nữa.
email-resend-not-you = Nếu bạn không yêu cầu mã, bạn có thể bỏ qua email này.

email-reset-subject = Đặt lại mật khẩu Doorway của bạn
email-reset-body = Hãy nhập mã này để đặt mật khẩu mới:
email-reset-expiry = Mã có hiệu lực trong một giờ.
email-reset-not-you = Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua email này: mật khẩu của bạn vẫn giữ nguyên.

email-change-subject = Xác nhận địa chỉ email mới của bạn cho Doorway
email-change-body = Hãy nhập mã này trong phần cài đặt để xác nhận địa chỉ email mới của bạn:
email-change-expiry = Mã có hiệu lực trong 24 giờ.
email-change-not-you = Nếu bạn không yêu cầu đổi email, hãy đăng nhập và đổi mật khẩu.

email-sign-in-code-subject = Mã đăng nhập Doorway của bạn
email-sign-in-code-body = Hãy nhập mã này để đăng nhập:
email-sign-in-code-expiry = Mã chỉ có hiệu lực trong vài phút và chỉ dùng được một lần.
email-sign-in-code-not-you = Nếu không phải bạn đang đăng nhập, đừng chia sẻ mã này với bất kỳ ai và hãy đổi mật khẩu.

email-open-page = Hoặc mở trang này:
