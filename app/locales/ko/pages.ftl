# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = 비밀번호 찾기
forgot-heading = 비밀번호를 잊으셨나요?
forgot-intro = 이메일을 입력해 주세요. 그 이메일로 만든 계정이 있으면 새 비밀번호를 설정할 코드를 보내 드릴게요.
forgot-form-send = 재설정 코드 보내기
forgot-form-back = 로그인으로 돌아가기

home-title = 환영해요
# { $app } is the app's name.
home-heading = { $app }에 오신 것을 환영해요
home-lead = 여기서 쓰는 모든 것을 하나의 계정으로. 이메일로 만들고 코드로 확인한 뒤 프로필을 한곳에서 관리하세요.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = 안녕하세요, { $name }님!
home-actions-profile = 내 프로필로 가기

signup-form-check-inbox = 받은편지함을 확인해 주세요. 이메일을 확인할 코드를 보내 드렸어요.
signup-form-password = 비밀번호
signup-form-display-name-hint = 저희가 부를 이름이에요. 나중에 바꿀 수 있어요.
signup-form-creating = 계정 만드는 중…
signup-form-have-account = 이미 계정이 있나요?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = 이메일 인증
verify-step-verify = 인증
verify-step-verifying = 인증하는 중…
# { $email } is the address the code went to.
verify-step-resent = { $email } 주소로 새 코드를 보냈어요.
verify-form-enter-code = 이메일로 보내 드린 코드를 입력해 주소를 확인해 주세요.

# The page's title and its button.
reset-form-reset = 비밀번호 재설정
reset-heading = 새 비밀번호 설정
reset-intro = 그 이메일로 만든 계정이 있다면 코드를 보내고 있어요. 새 비밀번호와 함께 코드를 입력해 주세요.
reset-form-new-password = 새 비밀번호
reset-form-new-code = 새 코드가 필요한가요?

profile-heading = 내 프로필
profile-form-loading = 프로필을 불러오는 중…
profile-form-restored = 저장하지 않은 변경 사항을 되살렸어요. 유지하려면 저장해 주세요.
profile-form-saved = 저장했어요.
profile-form-last-saved = 마지막 저장
profile-form-two-step = 2단계 인증
profile-form-two-step-on = 켜짐
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = 켜짐({ $date }부터)
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = 꺼짐 —
profile-form-set-up-two-step = 계정 설정에서 설정하기
# A form field's label; also on the sign-up page.
profile-form-display-name = 표시 이름
profile-form-bio = 소개
profile-form-time-zone = 시간대
profile-form-language = 선호 언어
profile-form-save = 저장
# A button's label while it saves; also on the password reset page.
profile-form-saving = 저장하는 중…
profile-form-account-settings = 계정 설정
profile-form-settings-summary = 비밀번호, 이메일, 2단계 인증, 내 데이터, 계정 삭제

not-found-heading = 페이지를 찾을 수 없어요
not-found-text = 이 주소에는 아무것도 없어요.
not-found-home = 홈으로 가기

# The developer's mailbox, local mode only.
mailbox-heading = 메일함
mailbox-intro = 로컬 모드에서는 실제 이메일을 보내지 않아요. 앱이 보냈을 모든 메시지가 최신순으로 여기에 표시돼요.
mailbox-empty = 아직 메시지가 없어요. 계정을 만들거나 재설정 코드를 요청한 뒤 이 페이지를 새로고침해 주세요.
mailbox-to = 받는 사람
mailbox-purpose = 용도
mailbox-subject = 제목
mailbox-code = 코드
mailbox-links = 링크
mailbox-sent = 보낸 시간

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = 이 브라우저에서는 패스키를 사용할 수 없어요. 다른 방법을 선택해 주세요.
session-passkey-cancelled = 패스키를 사용하지 않았어요. 다시 시도하거나 다른 방법을 선택해 주세요.
session-passkey-already-registered = 이 기기에는 이미 내 계정의 패스키가 있어요.
session-passkey-wrong-site = 패스키는 이 사이트 이름에서만 작동해요. IP 주소가 아닌 localhost로 열어 주세요.
session-passkey-failed = 패스키가 작동하지 않았어요. 다시 시도하거나 다른 방법을 선택해 주세요.
