# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Cài đặt tài khoản
settings-back = ← Quay lại hồ sơ của bạn
settings-loading = Đang tải tài khoản của bạn…

## What several sections share.

settings-cancel = Hủy
settings-current-password = Mật khẩu hiện tại
settings-code = Mã
settings-code-hint = Mã đang hiển thị trong ứng dụng xác thực của bạn.
settings-verify = Xác minh
settings-verifying = Đang xác minh…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Bạn đăng nhập bằng { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Chúng tôi đã gửi mã đến { $new }. Cho đến khi bạn nhập mã, hãy tiếp tục đăng nhập bằng { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Chúng tôi đã gửi mã đến { $address }. Hãy nhập mã để xác minh địa chỉ mới của bạn.
settings-email-change = Đổi email
settings-email-new = Email mới
settings-email-sending-code = Đang gửi mã…
settings-email-verified = Email mới của bạn đã được xác minh. Từ giờ hãy dùng email này để đăng nhập.
settings-email-code-resent = Mã mới đang được gửi đến bạn.

## Password.

settings-password-heading = Mật khẩu
settings-password-intro = Khi đổi mật khẩu, bạn sẽ bị đăng xuất trên mọi thiết bị khác.
settings-password-change = Đổi mật khẩu
settings-password-new = Mật khẩu mới
settings-password-changing = Đang đổi…
settings-password-changed = Mật khẩu của bạn đã được đổi. Mọi phiên đăng nhập khác đã kết thúc.

## Two-step sign-in.

settings-two-step-heading = Xác minh 2 bước
settings-two-step-intro = Ngoài mật khẩu, hãy yêu cầu thêm mã từ ứng dụng xác thực trên điện thoại, để kẻ gian không thể đăng nhập chỉ bằng mật khẩu bị đánh cắp.
settings-two-step-set-up = Thiết lập xác minh 2 bước
settings-two-step-on = Xác minh 2 bước đang bật.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = Xác minh 2 bước đang bật từ { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = Xác minh 2 bước đang bật ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = Xác minh 2 bước đang bật từ { $day } ({ $device }).
settings-two-step-codes-left-none = Bạn đã hết mã khôi phục: hãy tạo mã mới, nếu không bạn sẽ không thể đăng nhập khi mất điện thoại.
settings-two-step-codes-left-one = Còn 1 mã khôi phục.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Còn { $count } mã khôi phục.
settings-two-step-turn-off = Tắt
settings-two-step-turning-off = Đang tắt…
settings-two-step-off-code-hint = Mã hiển thị trong ứng dụng xác thực, hoặc một trong các mã khôi phục của bạn.
settings-two-step-off-wrong-code = Mã đó không đúng. Hãy nhập mã đang hiển thị trong ứng dụng, hoặc một mã khôi phục bạn chưa dùng.
settings-two-step-turned-off = Xác minh 2 bước đã tắt. Các mã khôi phục của bạn không còn dùng được nữa.
settings-two-step-new-codes = Tạo mã khôi phục mới
settings-two-step-new-codes-intro = Một bộ mười mã mới sẽ thay thế các mã bạn đang có, dù đã dùng hay chưa.
settings-two-step-making-codes = Đang tạo mã mới…
settings-two-step-new-codes-made = Đây là các mã khôi phục mới của bạn. Các mã cũ không còn dùng được nữa.
settings-two-step-setup-intro = Bạn cần một ứng dụng xác thực trên điện thoại, chẳng hạn Google Authenticator, Microsoft Authenticator hoặc trình quản lý mật khẩu của bạn.
settings-two-step-continue = Tiếp tục
settings-two-step-preparing = Đang chuẩn bị…
settings-two-step-scan = Quét mã QR này bằng ứng dụng xác thực, rồi nhập mã sáu chữ số mà ứng dụng hiển thị.
settings-two-step-qr-code = Mã QR cho ứng dụng xác thực của bạn
# Followed by the secret key, as letters and digits.
settings-two-step-key = Hoặc nhập khóa này:
settings-two-step-open-app = Mở trong ứng dụng xác thực trên thiết bị này
settings-two-step-device-name = Tên thiết bị (không bắt buộc)
settings-two-step-device-name-hint = Hiển thị trong cài đặt, ví dụ: Điện thoại của Lan
settings-two-step-wrong-code = Mã đó không đúng. Hãy nhập mã đang hiển thị trong ứng dụng.
settings-two-step-turned-on = Xác minh 2 bước đã bật. Từ giờ, khi đăng nhập bạn sẽ cần nhập mã từ ứng dụng.

## Recovery codes, shown once.

settings-recovery-heading = Mã khôi phục của bạn
settings-recovery-intro = Nếu bạn mất điện thoại, mỗi mã giúp bạn đăng nhập một lần thay cho ứng dụng. Hãy cất chúng ở nơi an toàn, chẳng hạn trình quản lý mật khẩu: đây là lần duy nhất các mã được hiển thị.
settings-recovery-copy = Sao chép mã
settings-recovery-download = Tải mã xuống
settings-recovery-done = Xong
settings-recovery-copied = Đã sao chép.
settings-recovery-not-copied = Không sao chép được. Hãy chọn các mã rồi sao chép, hoặc tải chúng xuống.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Mã khôi phục { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Mỗi mã giúp bạn đăng nhập một lần, thay cho mã từ ứng dụng xác thực.

## Devices.

settings-devices-heading = Thiết bị
settings-devices-intro = Bạn làm mất thiết bị hoặc đã dùng máy tính chung? Hãy kết thúc mọi phiên đăng nhập, kể cả phiên này.
settings-devices-loading = Đang tải các thiết bị đã đăng nhập vào tài khoản của bạn…
settings-devices-this = Thiết bị này
settings-devices-signed-in = Đăng nhập lúc { $time }
settings-devices-last-active = hoạt động gần nhất lúc { $time }
settings-sign-out-device = Đăng xuất thiết bị
settings-signing-out-device = Đang đăng xuất…
settings-sign-out-everywhere = Đăng xuất trên mọi thiết bị
settings-signing-out-everywhere = Đang đăng xuất trên mọi thiết bị…

## Your data.

settings-data-heading = Dữ liệu của bạn
settings-data-intro = Mọi thông tin chúng tôi lưu về tài khoản của bạn, dưới dạng tệp JSON.
settings-data-download = Tải dữ liệu của tôi
settings-data-preparing = Đang chuẩn bị dữ liệu của bạn…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Xóa tài khoản
settings-delete-intro = Xóa vĩnh viễn thông tin đăng nhập và hồ sơ của bạn. Không thể hoàn tác.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Nhập { $word } để xác nhận
settings-deleting = Đang xóa…

## Passkeys.

passkeys-heading = Khóa truy cập
passkeys-intro = Khóa truy cập giúp bạn đăng nhập bằng vân tay, khuôn mặt hoặc phương thức khóa màn hình thay cho mật khẩu. Khóa được lưu trên thiết bị của bạn và không thể bị đánh cắp bằng lừa đảo.
passkeys-loading = Đang tải khóa truy cập của bạn…
passkeys-none = Bạn chưa có khóa truy cập nào.
passkeys-list = Khóa truy cập của bạn
# A passkey without a name.
passkeys-unnamed = Khóa truy cập
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Đã thêm ngày { $day }
passkeys-add = Thêm khóa truy cập
passkeys-add-intro = Trước tiên, hãy xác nhận đó là bạn. Sau đó thiết bị sẽ yêu cầu bạn tạo khóa truy cập bằng vân tay, khuôn mặt hoặc phương thức khóa màn hình.
passkeys-adding = Đang thêm…
passkeys-added = Đã thêm khóa truy cập. Lần sau, bạn có thể đăng nhập bằng khóa này thay cho mật khẩu.
passkeys-remove = Xóa
passkeys-remove-intro = Sau khi xóa, khóa này không thể dùng để đăng nhập nữa. Thiết bị của bạn có thể vẫn hiển thị khóa: hãy xóa cả ở đó. Trước tiên, hãy xác nhận đó là bạn.
passkeys-removing = Đang xóa…
passkeys-removed = Đã xóa khóa truy cập. Khóa này không thể dùng để đăng nhập nữa.
passkeys-use-passkey = Dùng khóa truy cập thay thế
passkeys-unsupported = Trình duyệt này không dùng được khóa truy cập.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Khóa truy cập chỉ hoạt động khi trang được mở bằng tên, không phải bằng địa chỉ IP. Để thêm khóa, hãy mở { $address }.
passkeys-not-made-cancelled = Chưa tạo được khóa truy cập: hộp thoại đã bị đóng hoặc hết thời gian. Hãy thử lại khi bạn sẵn sàng.
passkeys-not-made = Thiết bị của bạn không tạo được khóa truy cập. Hãy thử lại.
passkeys-proof-cancelled = Chưa có khóa truy cập nào được dùng. Hãy thử lại hoặc nhập mật khẩu hiện tại.
passkeys-proof-failed = Khóa truy cập không hoạt động. Hãy thử lại hoặc nhập mật khẩu hiện tại.
passkeys-proof-unsupported = Trình duyệt này không dùng được khóa truy cập. Hãy nhập mật khẩu hiện tại.

## Recent activity.

activity-heading = Hoạt động gần đây
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Có dòng nào bạn không nhận ra? Hãy dùng { $sign-out-everywhere } ở trên, rồi { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Có dòng nào bạn không nhận ra? Hãy dùng { $sign-out-everywhere } ở trên, rồi bảo mật tài khoản mà bạn dùng để đăng nhập.
activity-loading = Đang tải hoạt động của bạn…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Thiết bị không xác định
activity-signed-in = Đã đăng nhập
activity-sign-in-failed = Đăng nhập thất bại (sai mật khẩu)
activity-password-changed = Đã đổi mật khẩu
activity-password-reset = Đã đặt lại mật khẩu bằng mã gửi qua email
activity-email-changed = Đã đổi email
activity-two-step-on = Đã bật xác minh 2 bước
activity-two-step-off = Đã tắt xác minh 2 bước
activity-signed-out-everywhere = Đã đăng xuất trên mọi thiết bị
activity-device-signed-out = Đã đăng xuất một thiết bị khác
activity-passkey-added = Đã thêm khóa truy cập
activity-passkey-removed = Đã xóa khóa truy cập
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Đã đăng nhập bằng { $provider }
activity-provider-connected = Đã liên kết { $provider }
activity-provider-disconnected = Đã hủy liên kết { $provider }

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Tài khoản đã liên kết
settings-connected-intro = Đăng nhập bằng cả một tài khoản khác của bạn. Khi liên kết, bạn sẽ nhập mật khẩu ở đây, rồi đăng nhập ở bên kia.
settings-connected-made-with = Bạn đã tạo tài khoản này bằng { $provider } và đăng nhập bằng tài khoản đó.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Đã liên kết từ { $date }
settings-connected-not = Chưa liên kết
settings-connect = Liên kết
settings-connecting = Đang liên kết…
settings-disconnect = Hủy liên kết
settings-disconnecting = Đang hủy liên kết…
settings-provider-disconnected = Đã hủy liên kết. Tài khoản đó không thể dùng để đăng nhập vào tài khoản này nữa.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Mật khẩu và xác minh 2 bước
settings-made-with-intro = Bạn đăng nhập bằng { $provider }. Mật khẩu và xác minh 2 bước của bạn được quản lý ở đó, không phải ở đây.
settings-fresh-sign-in = Để xóa tài khoản, trước tiên hãy đăng nhập lại bằng { $provider }.
settings-sign-in-again = Đăng nhập lại bằng { $provider }
