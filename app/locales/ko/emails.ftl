# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Doorway 이메일 주소를 확인해 주세요
email-sign-up-body = Doorway에 오신 것을 환영해요! 이메일 주소를 확인하려면 이 코드를 입력해 주세요:
email-sign-up-expiry = 코드는 24시간 동안 유효해요.
email-sign-up-not-you = 계정을 만든 적이 없다면 이 이메일은 무시해도 돼요.

email-resend-subject = 새 Doorway 인증 코드
email-resend-body = 이메일 주소를 확인할 새 코드예요:
email-resend-expiry = 코드는 24시간 동안 유효해요. 이전 코드는 더 이상 사용할 수 없어요.
email-resend-not-you = 코드를 요청한 적이 없다면 이 이메일은 무시해도 돼요.

email-reset-subject = Doorway 비밀번호 재설정
email-reset-body = 새 비밀번호를 설정하려면 이 코드를 입력해 주세요:
email-reset-expiry = 코드는 1시간 동안 유효해요.
email-reset-not-you = 비밀번호 재설정을 요청한 적이 없다면 이 이메일을 무시해 주세요. 비밀번호는 그대로 유지돼요.

email-change-subject = Doorway의 새 이메일 주소를 확인해 주세요
email-change-body = 새 이메일 주소를 확인하려면 설정에서 이 코드를 입력해 주세요:
email-change-expiry = 코드는 24시간 동안 유효해요.
email-change-not-you = 이메일 변경을 요청한 적이 없다면 로그인해서 비밀번호를 변경해 주세요.

email-sign-in-code-subject = Doorway 로그인 코드
email-sign-in-code-body = 로그인하려면 이 코드를 입력해 주세요:
email-sign-in-code-expiry = 코드는 몇 분 동안, 한 번만 사용할 수 있어요.
email-sign-in-code-not-you = 로그인하려던 게 아니라면 이 코드를 누구에게도 알려 주지 말고 비밀번호를 변경해 주세요.

email-open-page = 또는 이 페이지를 열어 주세요:
