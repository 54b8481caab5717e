# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = 본문으로 건너뛰기
nav-account = 계정
nav-sign-in = 로그인
nav-create-account = 계정 만들기
nav-sign-out = 로그아웃
footer-about = Amazon Cognito 기반 계정
footer-language = 언어
footer-change = 변경

form-show = 보기
form-hide = 숨기기
form-sending = 보내는 중…
form-password-rules = 8~256자. 공백과 모든 문자, 기호를 쓸 수 있어요. 길수록 더 안전해요.
# { $level } is one of the form-strength-* words below.
form-strength = 강도: { $level }
form-strength-too-short = 너무 짧음
form-strength-fair = 보통: 비밀번호가 길수록 더 안전해요
form-strength-good = 좋음
form-strength-strong = 강함
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $max }자 중 { $count }자
form-send-new-code = 새 코드 보내기
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = 새 코드 보내기({ $seconds }초)

field-email = 이메일
field-verification-code = 인증 코드
field-verification-code-hint = 이메일에 적힌 대로 6자리 숫자 또는 ABCD-EFGH-… 같은 문자 묶음이에요.

error-invalid = 입력한 내용을 확인해 주세요.
error-wrong-credentials = 이메일 또는 비밀번호가 올바르지 않아요.
error-not-confirmed = 아직 확인되지 않은 이메일 주소예요.
error-wrong-code = 코드가 올바르지 않거나 만료됐어요. 새 코드를 받아 주세요.
error-try-later = 시도 횟수가 너무 많아요. 잠시 후 다시 시도해 주세요.
error-too-many-attempts =
    { $seconds ->
       *[other] 시도 횟수가 너무 많아요. { $seconds }초 후에 다시 시도해 주세요.
    }
error-session-expired = 세션이 종료됐어요. 다시 로그인해 주세요.
error-sign-in-expired = 로그인 시간이 너무 오래 걸렸어요. 처음부터 다시 시작해 주세요.
error-passkey-refused = 이 패스키로는 로그인할 수 없었어요. 다시 시도하거나 다른 로그인 방법을 선택해 주세요.
error-passkey-not-added = 이 패스키를 추가하지 못했어요. 다시 시도해 주세요.
error-stale-profile = 이 프로필이 다른 곳에서 변경됐어요. 새로고침해서 확인해 주세요.
error-sessions-remain = 비밀번호는 변경됐지만 일부 기기에서 로그아웃하지 못했어요. 잠시 후 “모든 기기에서 로그아웃”을 사용해 주세요.
error-unavailable = 지금은 계정 서비스에 연결할 수 없어요. 입력한 내용은 그대로 있으니 잠시 후 다시 시도해 주세요.
error-account-exists = 이 이메일로 만든 계정이 이미 있어요.
error-unreadable = 양식을 읽을 수 없었어요. 페이지를 새로고침한 뒤 다시 시도해 주세요.
error-not-found = 찾을 수 없어요.
error-internal = 저희 쪽에 문제가 생겼어요. 잠시 후 다시 시도해 주세요.
error-network = 서버에 연결할 수 없었어요. 인터넷 연결을 확인하고 다시 시도해 주세요.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = 로그인이 완료되지 않았어요. 다시 시도해 주세요.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = 이 이메일로 만든 계정이 이미 있어요. 비밀번호로 그 계정에 로그인한 다음, 계정 설정의 “연결된 계정”에서 { $provider } 계정을 연결해 주세요.
error-provider-in-use = 이 { $provider } 계정은 이미 다른 계정의 로그인에 사용되고 있어요.
error-provider-fresh-sign-in = 이 변경을 하려면 먼저 { $provider } 계정으로 다시 로그인한 다음, 5분 안에 다시 시도해 주세요.

invalid-email-missing = 이메일 주소를 입력해 주세요.
invalid-email = name@example.com 같은 이메일 주소를 입력해 주세요.
invalid-password-short = 8자 이상 입력해 주세요.
invalid-password-long = 256자 이하로 입력해 주세요.
invalid-password-common = 가장 흔히 쓰이는 비밀번호 중 하나라서 공격자가 가장 먼저 시도하는 비밀번호예요. 서로 관련 없는 단어 몇 개처럼 나만의 비밀번호를 정해 주세요.
invalid-password-personal = 이메일이나 이름으로 만든 비밀번호라서 아는 사람이라면 누구나 추측할 수 있어요. 본인과 관련 없는 비밀번호를 정해 주세요.
invalid-password-guessable = 단어 하나, 이름, 날짜, 키보드 배열 패턴처럼 추측하기 쉬운 비밀번호예요. 서로 관련 없는 단어 몇 개를 더하는 식으로 더 길게 만들어 주세요.
invalid-password-breached = 데이터 유출 사고에서 노출된 적이 있는 비밀번호라서 공격자가 시도해 볼 수 있어요. 다른 비밀번호를 정해 주세요.
invalid-code-missing = 이메일로 받은 코드를 입력해 주세요.
invalid-code = 저희가 보낸 이메일의 코드가 아닌 것 같아요. 확인한 뒤 다시 시도해 주세요.
invalid-sign-in-code = 이메일로 받은 코드를 숫자만 입력해 주세요.
invalid-current-password = 현재 비밀번호를 입력해 주세요.
invalid-app-code = 인증 앱에 표시된 6자리 코드를 입력해 주세요.
invalid-recovery-code = 복구 코드 중 하나를 입력해 주세요. 4f7k2-9xq3m처럼 영문자와 숫자 10자예요.
invalid-app-or-recovery-code = 인증 앱에 표시된 코드나 복구 코드 중 하나를 입력해 주세요.
invalid-device-name = 문자, 숫자, 공백, 문장 부호로 64자 이하로 입력해 주세요.
invalid-display-name-missing = 계정에 표시할 이름을 입력해 주세요.
invalid-display-name-long = 64자 이하로 입력해 주세요.
invalid-display-name-characters = 문자, 숫자, 공백, 문장 부호만 사용해 주세요.
invalid-bio-long = 280자 이하로 입력해 주세요.
invalid-bio-characters = 문자, 숫자, 공백, 문장 부호, 줄바꿈만 사용해 주세요.
invalid-time-zone = 목록에서 시간대를 선택해 주세요.
invalid-language = 목록에서 언어를 선택해 주세요.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = 확인하려면 { $word }를 입력해 주세요.

notice-verified = 이메일이 확인됐어요. 로그인해 주세요.
notice-reset = 비밀번호가 변경됐어요. 새 비밀번호로 로그인해 주세요.
notice-expired = 세션이 종료됐어요. 다시 로그인해 주세요.
notice-signin = 계속하려면 로그인해 주세요.
notice-resent = 아직 확인되지 않은 이메일이에요. 새 코드를 보내 드렸어요.
notice-everywhere = 모든 기기에서 로그아웃했어요.
notice-deleted = 계정과 프로필이 삭제됐어요.
notice-connected = { $provider } 계정을 연결했어요. 이제 이 계정으로도 로그인할 수 있어요.
notice-two-step-lifted = 복구 코드로 로그인해서 2단계 인증이 해제됐어요. 아래에서 새 휴대폰으로 다시 설정해 주세요.
