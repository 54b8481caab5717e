# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = 비밀번호
login-form-password-missing = 비밀번호를 입력해 주세요.
login-form-remember = 로그인 상태 유지
login-form-continue = 계속
login-form-signing-in = 로그인하는 중…
login-form-forgot-password = 비밀번호를 잊으셨나요?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = 처음이신가요?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = 코드

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = 로그인 계정:{" "}
login-methods-use-another-email = 다른 이메일 사용
login-methods-or = 또는
login-methods-or-password = 또는 비밀번호 사용
# Read out by screen readers for the group of buttons.
login-methods-label = 로그인 방법
login-methods-passkey = 패스키로 로그인
login-methods-passkey-waiting = 패스키를 기다리는 중…
login-methods-email-code = 이메일로 코드 받기
login-methods-email-code-sending = 코드 보내는 중…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = 패스키는 IP 주소가 아닌 이 사이트 이름에서만 작동해요. 패스키를 사용하려면{" "}
login-methods-passkey-ip-address-after = 에서 열어 주세요.
login-methods-passkey-unsupported = 이 브라우저에서는 패스키를 사용할 수 없어요.

## The emailed code's step.

login-email-code-heading = 이메일을 확인해 주세요
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = 로그인 코드를{" "}
login-email-code-sent-after = {" "}주소로 보냈어요. 여기에 입력해 주세요. 코드는 몇 분 동안 유효해요.
# { $address } is the email address the new code went to.
login-email-code-resent = { $address } 주소로 새 코드를 보냈어요.
login-email-code-hint = 1분이 지나도 이메일이 오지 않나요? 주소를 확인해 주세요. 2단계 인증이 켜져 있다면 비밀번호로 로그인해 주세요.
login-email-code-another-way = 다른 방법 선택

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = 2단계 인증
login-second-step-app-intro = 인증 앱에서 이 계정에 표시된 6자리 코드를 입력해 주세요.
login-second-step-recovery-intro = 2단계 인증을 설정할 때 저장한 복구 코드 중 하나를 입력해 주세요. 각 코드는 한 번만 사용할 수 있어요.
login-second-step-recovery-code = 복구 코드
login-second-step-verify = 인증
login-second-step-checking = 확인하는 중…
login-second-step-use-app = 인증 앱 사용
login-second-step-use-recovery-code = 복구 코드 사용
login-second-step-start-again = 처음부터 다시
login-second-step-app-code-wrong = 코드가 올바르지 않아요. 지금 앱에 표시된 코드를 입력해 주세요.
login-second-step-recovery-code-wrong = 복구 코드가 올바르지 않거나 이미 사용됐어요.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = 로그인했어요.
login-offer-heading = 다음에는 더 빠르게 로그인하세요
login-offer-text = 패스키를 추가하면 다음부터 이 기기에서 지문, 얼굴 또는 화면 잠금으로 로그인할 수 있어요. 비밀번호를 입력할 필요도 없고, 누군가에게 속아 넘겨줄 것도 없어요.
login-offer-adding = 패스키 추가하는 중…
login-offer-add = 패스키 추가
login-offer-not-now = 나중에

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = { $provider } 계정으로 계속하기
login-continue-title = 로그인하는 중
login-continue-working = 로그인을 마무리하는 중…
login-continue-back = 로그인으로 돌아가기
