# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = 계정 설정
settings-back = ← 내 프로필로 돌아가기
settings-loading = 계정을 불러오는 중…

## What several sections share.

settings-cancel = 취소
settings-current-password = 현재 비밀번호
settings-code = 코드
settings-code-hint = 지금 인증 앱에 표시된 코드예요.
settings-verify = 인증
settings-verifying = 인증하는 중…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = { $address } 주소로 로그인하고 있어요.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = { $new } 주소로 코드를 보냈어요. 코드를 입력하기 전까지는 계속 { $current } 주소로 로그인해 주세요.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = { $address } 주소로 코드를 보냈어요. 코드를 입력해 새 주소를 인증해 주세요.
settings-email-change = 이메일 변경
settings-email-new = 새 이메일
settings-email-sending-code = 코드 보내는 중…
settings-email-verified = 새 이메일이 인증됐어요. 이제부터 이 이메일로 로그인해 주세요.
settings-email-code-resent = 새 코드를 보내고 있어요.

## Password.

settings-password-heading = 비밀번호
settings-password-intro = 비밀번호를 변경하면 다른 모든 기기에서 로그아웃돼요.
settings-password-change = 비밀번호 변경
settings-password-new = 새 비밀번호
settings-password-changing = 변경하는 중…
settings-password-changed = 비밀번호가 변경됐어요. 다른 모든 세션이 종료됐어요.

## Two-step sign-in.

settings-two-step-heading = 2단계 인증
settings-two-step-intro = 비밀번호와 함께 휴대폰 인증 앱의 코드도 요청해요. 그러면 비밀번호를 도난당해도 비밀번호만으로는 로그인할 수 없어요.
settings-two-step-set-up = 2단계 인증 설정
settings-two-step-on = 2단계 인증이 켜져 있어요.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = { $day }부터 2단계 인증이 켜져 있어요.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = 2단계 인증이 켜져 있어요({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = { $day }부터 2단계 인증이 켜져 있어요({ $device }).
settings-two-step-codes-left-none = 남은 복구 코드가 없어요. 새 코드를 만들어 두세요. 그렇지 않으면 휴대폰을 잃어버렸을 때 로그인할 수 없어요.
settings-two-step-codes-left-one = 복구 코드가 1개 남았어요.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = 복구 코드가 { $count }개 남았어요.
settings-two-step-turn-off = 끄기
settings-two-step-turning-off = 끄는 중…
settings-two-step-off-code-hint = 인증 앱에 표시된 코드 또는 복구 코드 중 하나예요.
settings-two-step-off-wrong-code = 코드가 올바르지 않아요. 지금 앱에 표시된 코드나 아직 사용하지 않은 복구 코드를 입력해 주세요.
settings-two-step-turned-off = 2단계 인증이 꺼졌어요. 복구 코드는 더 이상 사용할 수 없어요.
settings-two-step-new-codes = 새 복구 코드 만들기
settings-two-step-new-codes-intro = 새 코드 10개가 사용 여부와 관계없이 지금 있는 코드를 모두 대체해요.
settings-two-step-making-codes = 새 코드 만드는 중…
settings-two-step-new-codes-made = 새 복구 코드예요. 이전 코드는 더 이상 사용할 수 없어요.
settings-two-step-setup-intro = 휴대폰에 Google Authenticator, Microsoft Authenticator 또는 비밀번호 관리자 같은 인증 앱이 필요해요.
settings-two-step-continue = 계속
settings-two-step-preparing = 준비하는 중…
settings-two-step-scan = 인증 앱으로 이 QR 코드를 스캔한 뒤 앱에 표시된 6자리 코드를 입력해 주세요.
settings-two-step-qr-code = 인증 앱용 QR 코드
# Followed by the secret key, as letters and digits.
settings-two-step-key = 또는 이 키를 입력하세요:
settings-two-step-open-app = 이 기기의 인증 앱에서 열기
settings-two-step-device-name = 기기 이름(선택)
settings-two-step-device-name-hint = 설정에 표시돼요. 예: 민지의 휴대폰
settings-two-step-wrong-code = 코드가 올바르지 않아요. 지금 앱에 표시된 코드를 입력해 주세요.
settings-two-step-turned-on = 2단계 인증이 켜졌어요. 이제부터 로그인할 때 앱의 코드를 입력해야 해요.

## Recovery codes, shown once.

settings-recovery-heading = 내 복구 코드
settings-recovery-intro = 휴대폰을 잃어버리면 앱 대신 각 코드로 한 번씩 로그인할 수 있어요. 비밀번호 관리자처럼 안전한 곳에 보관하세요. 코드는 지금 한 번만 표시돼요.
settings-recovery-copy = 코드 복사
settings-recovery-download = 코드 다운로드
settings-recovery-done = 완료
settings-recovery-copied = 복사했어요.
settings-recovery-not-copied = 복사하지 못했어요. 코드를 선택해서 복사하거나 다운로드해 주세요.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = { $app } 복구 코드
# The second line of the downloaded file of codes.
settings-recovery-file-intro = 각 코드는 인증 앱의 코드 대신 한 번씩 로그인에 사용할 수 있어요.

## Devices.

settings-devices-heading = 기기
settings-devices-intro = 기기를 잃어버렸거나 공용 컴퓨터를 사용했나요? 지금 이 세션을 포함해 모든 세션을 종료하세요.
settings-devices-loading = 계정에 로그인된 기기를 불러오는 중…
settings-devices-this = 이 기기
settings-devices-signed-in = { $time }에 로그인
settings-devices-last-active = 마지막 활동 { $time }
settings-sign-out-device = 기기에서 로그아웃
settings-signing-out-device = 로그아웃하는 중…
settings-sign-out-everywhere = 모든 기기에서 로그아웃
settings-signing-out-everywhere = 모든 기기에서 로그아웃하는 중…

## Your data.

settings-data-heading = 내 데이터
settings-data-intro = 계정에 관해 저희가 보관하는 모든 정보를 JSON 파일로 드려요.
settings-data-download = 내 데이터 다운로드
settings-data-preparing = 데이터를 준비하는 중…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = 계정 삭제
settings-delete-intro = 로그인 정보와 프로필이 영구적으로 삭제돼요. 되돌릴 수 없어요.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = 확인하려면 { $word } 입력
settings-deleting = 삭제하는 중…

## Passkeys.

passkeys-heading = 패스키
passkeys-intro = 패스키를 사용하면 비밀번호 대신 지문, 얼굴 또는 화면 잠금으로 로그인할 수 있어요. 패스키는 기기에 저장되고 피싱으로 빼앗길 염려가 없어요.
passkeys-loading = 패스키를 불러오는 중…
passkeys-none = 아직 패스키가 없어요.
passkeys-list = 내 패스키
# A passkey without a name.
passkeys-unnamed = 패스키
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = { $day }에 추가됨
passkeys-add = 패스키 추가
passkeys-add-intro = 먼저 본인 확인을 해 주세요. 그다음 기기에서 지문, 얼굴 또는 화면 잠금으로 패스키를 만들라고 안내해요.
passkeys-adding = 추가하는 중…
passkeys-added = 패스키를 추가했어요. 다음부터는 비밀번호 대신 패스키로 로그인할 수 있어요.
passkeys-remove = 삭제
passkeys-remove-intro = 삭제하면 이 패스키로 더 이상 로그인할 수 없어요. 기기에는 계속 표시될 수 있으니 기기에서도 삭제해 주세요. 먼저 본인 확인을 해 주세요.
passkeys-removing = 삭제하는 중…
passkeys-removed = 패스키를 삭제했어요. 이제 이 패스키로 로그인할 수 없어요.
passkeys-use-passkey = 대신 패스키 사용
passkeys-unsupported = 이 브라우저에서는 패스키를 사용할 수 없어요.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = 패스키를 사용하려면 IP 주소가 아닌 사이트 이름으로 열어야 해요. 패스키를 추가하려면 { $address } 주소를 열어 주세요.
passkeys-not-made-cancelled = 패스키가 만들어지지 않았어요. 확인 창이 닫혔거나 시간이 초과됐어요. 준비되면 다시 시도해 주세요.
passkeys-not-made = 기기에서 패스키를 만들 수 없었어요. 다시 시도해 주세요.
passkeys-proof-cancelled = 패스키를 사용하지 않았어요. 다시 시도하거나 현재 비밀번호를 입력해 주세요.
passkeys-proof-failed = 패스키가 작동하지 않았어요. 다시 시도하거나 현재 비밀번호를 입력해 주세요.
passkeys-proof-unsupported = 이 브라우저에서는 패스키를 사용할 수 없어요. 현재 비밀번호를 입력해 주세요.

## Recent activity.

activity-heading = 최근 활동
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = 모르는 기록이 있나요? 위에서 { $sign-out-everywhere }을 한 다음 { $change-password }을 해 주세요.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = 모르는 기록이 있나요? 위에서 { $sign-out-everywhere }을 한 다음 로그인에 사용하는 계정을 보호해 주세요.
activity-loading = 활동 기록을 불러오는 중…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = 알 수 없는 기기
activity-signed-in = 로그인
activity-sign-in-failed = 로그인 실패(잘못된 비밀번호)
activity-password-changed = 비밀번호 변경
activity-password-reset = 이메일 코드로 비밀번호 재설정
activity-email-changed = 이메일 변경
activity-two-step-on = 2단계 인증 켬
activity-two-step-off = 2단계 인증 끔
activity-signed-out-everywhere = 모든 기기에서 로그아웃
activity-device-signed-out = 다른 기기에서 로그아웃
activity-passkey-added = 패스키 추가
activity-passkey-removed = 패스키 삭제
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = { $provider } 계정으로 로그인
activity-provider-connected = { $provider } 계정 연결
activity-provider-disconnected = { $provider } 계정 연결 해제

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = 연결된 계정
settings-connected-intro = 다른 계정으로도 로그인해 보세요. 연결하려면 여기서 비밀번호를 입력한 다음, 연결할 서비스에서 로그인해요.
settings-connected-made-with = 이 계정은 { $provider } 계정으로 만들었고, 로그인도 그 계정으로 해요.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = { $date }부터 연결됨
settings-connected-not = 연결 안 됨
settings-connect = 연결
settings-connecting = 연결하는 중…
settings-disconnect = 연결 해제
settings-disconnecting = 연결 해제하는 중…
settings-provider-disconnected = 연결을 해제했어요. 이제 이 계정에 로그인하는 데 사용할 수 없어요.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = 비밀번호 및 2단계 인증
settings-made-with-intro = { $provider } 계정으로 로그인하고 있어요. 비밀번호와 2단계 인증은 여기가 아니라 { $provider }에서 관리해요.
settings-fresh-sign-in = 계정을 삭제하려면 먼저 { $provider } 계정으로 다시 로그인해 주세요.
settings-sign-in-again = { $provider } 계정으로 다시 로그인
