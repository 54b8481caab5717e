# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Chuyển đến nội dung chính
nav-account = Tài khoản
nav-sign-in = Đăng nhập
nav-create-account = Tạo tài khoản
nav-sign-out = Đăng xuất
footer-about = tài khoản trên Amazon Cognito
footer-language = Ngôn ngữ
footer-change = Đổi

form-show = Hiện
form-hide = Ẩn
form-sending = Đang gửi…
form-password-rules = Từ 8 đến 256 ký tự. Có thể dùng dấu cách và mọi chữ cái hay ký hiệu; càng dài càng mạnh.
# { $level } is one of the form-strength-* words below.
form-strength = Độ mạnh: { $level }
form-strength-too-short = Quá ngắn
form-strength-fair = Trung bình: mật khẩu càng dài càng mạnh
form-strength-good = Tốt
form-strength-strong = Mạnh
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } trên { $max } ký tự
form-send-new-code = Gửi mã mới
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Gửi mã mới ({ $seconds } giây)

field-email = Email
field-verification-code = Mã xác minh
field-verification-code-hint = Sáu chữ số, hoặc các nhóm chữ cái như ABCD-EFGH-…, đúng như trong email.

error-invalid = Hãy kiểm tra lại thông tin bạn đã nhập.
error-wrong-credentials = Email hoặc mật khẩu không đúng.
error-not-confirmed = Địa chỉ email này chưa được xác nhận.
error-wrong-code = Mã không đúng hoặc đã hết hạn. Hãy gửi mã mới.
error-try-later = Bạn đã thử quá nhiều lần. Hãy thử lại sau giây lát.
error-too-many-attempts =
    { $seconds ->
       *[other] Bạn đã thử quá nhiều lần. Hãy thử lại sau { $seconds } giây.
    }
error-session-expired = Phiên đăng nhập của bạn đã kết thúc. Vui lòng đăng nhập lại.
error-sign-in-expired = Lần đăng nhập này mất quá nhiều thời gian. Hãy bắt đầu lại.
error-passkey-refused = Khóa truy cập đó không dùng được. Hãy thử lại hoặc chọn cách đăng nhập khác.
error-passkey-not-added = Không thể thêm khóa truy cập này. Hãy thử lại.
error-stale-profile = Hồ sơ này đã được thay đổi ở nơi khác. Hãy tải lại trang để xem.
error-sessions-remain = Mật khẩu của bạn đã được đổi, nhưng chưa thể đăng xuất trên mọi thiết bị. Hãy dùng “Đăng xuất trên mọi thiết bị” sau giây lát.
error-unavailable = Hiện không thể kết nối với dịch vụ tài khoản. Nội dung bạn đã nhập vẫn được giữ lại; hãy thử lại sau giây lát.
error-account-exists = Đã có tài khoản dùng email này.
error-unreadable = Không đọc được biểu mẫu. Hãy tải lại trang và thử lại.
error-not-found = Không tìm thấy.
error-internal = Đã xảy ra lỗi từ phía chúng tôi. Hãy thử lại sau giây lát.
error-network = Không thể kết nối với máy chủ. Hãy kiểm tra kết nối mạng và thử lại.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Lần đăng nhập đó chưa hoàn tất. Vui lòng thử lại.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Đã có tài khoản dùng email này. Hãy đăng nhập vào tài khoản đó bằng mật khẩu, rồi liên kết { $provider } trong Cài đặt tài khoản, ở mục “Tài khoản đã liên kết”.
error-provider-in-use = Tài khoản { $provider } này đã được dùng để đăng nhập vào một tài khoản khác.
error-provider-fresh-sign-in = Để thực hiện thay đổi này, trước tiên hãy đăng nhập lại bằng { $provider }, rồi thử lại trong vòng năm phút.

invalid-email-missing = Hãy nhập địa chỉ email của bạn.
invalid-email = Hãy nhập địa chỉ email dạng name@example.com.
invalid-password-short = Dùng ít nhất 8 ký tự.
invalid-password-long = Dùng tối đa 256 ký tự.
invalid-password-common = Đây là một trong những mật khẩu phổ biến nhất, nên nằm trong số những mật khẩu kẻ tấn công thử đầu tiên. Hãy chọn mật khẩu của riêng bạn, chẳng hạn vài từ không liên quan đến nhau.
invalid-password-personal = Mật khẩu này được tạo từ email hoặc tên của bạn, điều mà bất kỳ ai biết bạn đều có thể đoán ra. Hãy chọn mật khẩu không liên quan đến bạn.
invalid-password-guessable = Mật khẩu này dễ đoán: chỉ là một từ, một cái tên, một ngày tháng hoặc một dãy phím trên bàn phím. Hãy làm nó dài hơn, chẳng hạn bằng vài từ không liên quan đến nhau.
invalid-password-breached = Mật khẩu này đã xuất hiện trong một vụ rò rỉ dữ liệu, nên kẻ tấn công sẽ thử nó. Hãy chọn mật khẩu khác.
invalid-code-missing = Hãy nhập mã trong email.
invalid-code = Đây có vẻ không phải mã trong email của chúng tôi. Hãy kiểm tra và thử lại.
invalid-sign-in-code = Hãy nhập mã trong email, chỉ gồm chữ số.
invalid-current-password = Hãy nhập mật khẩu hiện tại.
invalid-app-code = Hãy nhập mã sáu chữ số hiển thị trong ứng dụng xác thực.
invalid-recovery-code = Hãy nhập một trong các mã khôi phục của bạn: mười chữ cái và chữ số, như 4f7k2-9xq3m.
invalid-app-or-recovery-code = Hãy nhập mã hiển thị trong ứng dụng xác thực, hoặc một trong các mã khôi phục của bạn.
invalid-device-name = Dùng tối đa 64 chữ cái, chữ số, dấu cách và dấu câu.
invalid-display-name-missing = Hãy nhập tên sẽ hiển thị trên tài khoản của bạn.
invalid-display-name-long = Dùng tối đa 64 ký tự.
invalid-display-name-characters = Chỉ dùng chữ cái, chữ số, dấu cách và dấu câu.
invalid-bio-long = Dùng tối đa 280 ký tự.
invalid-bio-characters = Chỉ dùng chữ cái, chữ số, dấu cách, dấu câu và dấu xuống dòng.
invalid-time-zone = Hãy chọn một múi giờ trong danh sách.
invalid-language = Hãy chọn một ngôn ngữ trong danh sách.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Nhập { $word } để xác nhận.

notice-verified = Email của bạn đã được xác nhận. Vui lòng đăng nhập.
notice-reset = Mật khẩu của bạn đã được đổi. Hãy đăng nhập bằng mật khẩu mới.
notice-expired = Phiên đăng nhập của bạn đã kết thúc. Vui lòng đăng nhập lại.
notice-signin = Vui lòng đăng nhập để tiếp tục.
notice-resent = Email này chưa được xác nhận. Chúng tôi đã gửi cho bạn mã mới.
notice-everywhere = Bạn đã đăng xuất trên mọi thiết bị.
notice-deleted = Tài khoản và hồ sơ của bạn đã được xóa.
notice-connected = Đã liên kết { $provider }: giờ bạn cũng có thể đăng nhập bằng tài khoản này.
notice-two-step-lifted = Bạn đã đăng nhập bằng mã khôi phục nên xác minh 2 bước đã tắt. Hãy thiết lập lại với điện thoại mới của bạn ở bên dưới.
