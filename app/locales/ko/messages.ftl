# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = 이미 지금 쓰고 있는 이메일 주소예요.
message-email-taken = 이 주소는 더 이상 사용할 수 없어요. 다른 이메일로 변경해 주세요.
message-email-change-ended = 이 이메일 변경이 만료됐어요. 새 코드를 받으려면 이메일을 다시 변경해 주세요.
message-wrong-current-password = 현재 비밀번호가 아니에요.
message-app-code-missing = 인증 앱에 표시된 코드를 입력해 주세요.
message-app-code-not-right = 코드가 올바르지 않아요. 지금 앱에 표시된 코드를 입력해 주세요.
message-password-refused = 이 비밀번호는 규칙에 맞지 않아요. 8~256자로 입력하고 이전에 쓴 비밀번호는 피해 주세요.

message-two-step-already-on = 2단계 인증이 이미 켜져 있어요.
message-two-step-not-on = 먼저 2단계 인증을 켜 주세요.
message-two-step-setup-ended = 이 설정이 만료됐어요. 2단계 인증 설정을 처음부터 다시 시작해 주세요.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = 인증 앱

message-passkeys-full = 이 계정에 등록할 수 있는 패스키 수(20개)를 모두 채웠어요. 먼저 하나를 삭제해 주세요.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $system }의 { $browser }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = 가입
message-mail-resend = 새 가입 코드
message-mail-password-reset = 비밀번호 재설정
message-mail-email-change = 이메일 변경
message-mail-sign-in-code = 로그인 코드
