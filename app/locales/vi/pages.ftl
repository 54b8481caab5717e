# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Quên mật khẩu
forgot-heading = Bạn quên mật khẩu?
forgot-intro = Nhập email của bạn. Nếu email này thuộc về một tài khoản, chúng tôi sẽ gửi mã để đặt mật khẩu mới.
forgot-form-send = Gửi mã đặt lại
forgot-form-back = Quay lại đăng nhập

home-title = Chào mừng
# { $app } is the app's name.
home-heading = Chào mừng bạn đến với { $app }
home-lead = Một tài khoản cho mọi thứ ở đây: tạo bằng email, xác nhận bằng mã và quản lý hồ sơ ở cùng một nơi.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Xin chào, { $name }!
home-actions-profile = Đến hồ sơ của bạn

signup-form-check-inbox = Hãy kiểm tra hộp thư: chúng tôi đã gửi mã để xác nhận email của bạn.
signup-form-password = Mật khẩu
signup-form-display-name-hint = Tên chúng tôi dùng để chào bạn. Bạn có thể đổi sau.
signup-form-creating = Đang tạo tài khoản…
signup-form-have-account = Bạn đã có tài khoản?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Xác minh email của bạn
verify-step-verify = Xác minh
verify-step-verifying = Đang xác minh…
# { $email } is the address the code went to.
verify-step-resent = Chúng tôi đã gửi mã mới đến { $email }.
verify-form-enter-code = Nhập mã chúng tôi đã gửi qua email để xác nhận địa chỉ của bạn.

# The page's title and its button.
reset-form-reset = Đặt lại mật khẩu
reset-heading = Đặt mật khẩu mới
reset-intro = Nếu email đó có tài khoản, mã đang được gửi đến. Hãy nhập mã cùng với mật khẩu mới.
reset-form-new-password = Mật khẩu mới
reset-form-new-code = Cần mã mới?

profile-heading = Hồ sơ của bạn
profile-form-loading = Đang tải hồ sơ của bạn…
profile-form-restored = Các thay đổi chưa lưu đã được khôi phục. Hãy lưu để giữ lại.
profile-form-saved = Đã lưu.
profile-form-last-saved = Lưu lần cuối
profile-form-two-step = Xác minh 2 bước
profile-form-two-step-on = Đang bật
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Đang bật (từ { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Đang tắt —
profile-form-set-up-two-step = thiết lập trong Cài đặt tài khoản
# A form field's label; also on the sign-up page.
profile-form-display-name = Tên hiển thị
profile-form-bio = Giới thiệu
profile-form-time-zone = Múi giờ
profile-form-language = Ngôn ngữ ưu tiên
profile-form-save = Lưu
# A button's label while it saves; also on the password reset page.
profile-form-saving = Đang lưu…
profile-form-account-settings = Cài đặt tài khoản
profile-form-settings-summary = Mật khẩu, email, xác minh 2 bước, dữ liệu của bạn và xóa tài khoản

not-found-heading = Không tìm thấy trang
not-found-text = Không có gì ở địa chỉ này.
not-found-home = Về trang chủ

# The developer's mailbox, local mode only.
mailbox-heading = Hộp thư
mailbox-intro = Chế độ cục bộ không gửi email thật. Mọi thư mà ứng dụng lẽ ra đã gửi đều được liệt kê ở đây, mới nhất ở trên cùng.
mailbox-empty = Chưa có thư nào. Hãy tạo tài khoản hoặc yêu cầu mã đặt lại, rồi tải lại trang này.
mailbox-to = Người nhận
mailbox-purpose = Mục đích
mailbox-subject = Tiêu đề
mailbox-code = Mã
mailbox-links = Liên kết
mailbox-sent = Thời gian gửi

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Trình duyệt này không dùng được khóa truy cập. Hãy chọn cách khác.
session-passkey-cancelled = Chưa có khóa truy cập nào được dùng. Hãy thử lại hoặc chọn cách khác.
session-passkey-already-registered = Thiết bị này đã có khóa truy cập cho tài khoản của bạn.
session-passkey-wrong-site = Khóa truy cập chỉ hoạt động với tên của trang này: hãy mở trang bằng localhost, không phải địa chỉ IP.
session-passkey-failed = Khóa truy cập không hoạt động. Hãy thử lại hoặc chọn cách khác.
