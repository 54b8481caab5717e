# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = アカウント設定
settings-back = ← プロフィールに戻る
settings-loading = アカウントを読み込み中…

## What several sections share.

settings-cancel = キャンセル
settings-current-password = 現在のパスワード
settings-code = コード
settings-code-hint = 認証アプリに今表示されているコードです。
settings-verify = 確認
settings-verifying = 確認中…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = { $address } でログインしています。
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = { $new } にコードを送信しました。コードを入力するまでは、引き続き { $current } でログインしてください。
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = { $address } にコードを送信しました。コードを入力して、新しいアドレスを確認してください。
settings-email-change = メールアドレスを変更
settings-email-new = 新しいメールアドレス
settings-email-sending-code = コードを送信中…
settings-email-verified = 新しいメールアドレスが確認されました。今後はこのアドレスでログインしてください。
settings-email-code-resent = 新しいコードを送信しました。

## Password.

settings-password-heading = パスワード
settings-password-intro = 変更すると、ほかのすべてのデバイスからログアウトします。
settings-password-change = パスワードを変更
settings-password-new = 新しいパスワード
settings-password-changing = 変更中…
settings-password-changed = パスワードを変更しました。ほかのセッションはすべて終了しました。

## Two-step sign-in.

settings-two-step-heading = 2段階認証
settings-two-step-intro = パスワードに加えて、スマートフォンの認証アプリのコードも求めます。パスワードが盗まれても、それだけではログインできません。
settings-two-step-set-up = 2段階認証を設定
settings-two-step-on = 2段階認証はオンです。
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = 2段階認証は { $day } からオンです。
# { $device } is the name the person gave their phone.
settings-two-step-on-device = 2段階認証はオンです（{ $device }）。
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = 2段階認証は { $day } からオンです（{ $device }）。
settings-two-step-codes-left-none = リカバリーコードが残っていません。新しく作成してください。作成しないと、スマートフォンをなくしたときにログインできなくなります。
settings-two-step-codes-left-one = リカバリーコードは残り1個です。
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = リカバリーコードは残り{ $count }個です。
settings-two-step-turn-off = オフにする
settings-two-step-turning-off = オフにしています…
settings-two-step-off-code-hint = 認証アプリに表示されているコード、またはリカバリーコードのいずれか。
settings-two-step-off-wrong-code = コードが正しくありません。アプリに今表示されているコードか、まだ使っていないリカバリーコードを入力してください。
settings-two-step-turned-off = 2段階認証をオフにしました。リカバリーコードは使えなくなりました。
settings-two-step-new-codes = 新しいリカバリーコードを作成
settings-two-step-new-codes-intro = 新しい10個のコードで、今のコードを使用済みかどうかにかかわらずすべて置き換えます。
settings-two-step-making-codes = 新しいコードを作成中…
settings-two-step-new-codes-made = 新しいリカバリーコードです。古いコードは使えなくなりました。
settings-two-step-setup-intro = スマートフォンに認証アプリが必要です。Google Authenticator、Microsoft Authenticator、パスワードマネージャーなどを使えます。
settings-two-step-continue = 続ける
settings-two-step-preparing = 準備中…
settings-two-step-scan = 認証アプリでこの QR コードをスキャンし、表示された6桁のコードを入力してください。
settings-two-step-qr-code = 認証アプリ用の QR コード
# Followed by the secret key, as letters and digits.
settings-two-step-key = または、次のキーを入力してください：
settings-two-step-open-app = このデバイスの認証アプリで開く
settings-two-step-device-name = デバイス名（省略可）
settings-two-step-device-name-hint = 設定に表示されます。例：花子のスマートフォン
settings-two-step-wrong-code = コードが正しくありません。アプリに今表示されているコードを入力してください。
settings-two-step-turned-on = 2段階認証をオンにしました。今後のログインでは、アプリのコードを求められます。

## Recovery codes, shown once.

settings-recovery-heading = リカバリーコード
settings-recovery-intro = スマートフォンをなくしたときは、アプリの代わりに各コードで1回ずつログインできます。パスワードマネージャーなど安全な場所に保管してください。表示されるのは今回だけです。
settings-recovery-copy = コードをコピー
settings-recovery-download = コードをダウンロード
settings-recovery-done = 完了
settings-recovery-copied = コピーしました。
settings-recovery-not-copied = コピーできませんでした。コードを選択してコピーするか、ダウンロードしてください。
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = { $app } のリカバリーコード
# The second line of the downloaded file of codes.
settings-recovery-file-intro = 各コードは、認証アプリのコードの代わりに1回だけログインに使えます。

## Devices.

settings-devices-heading = デバイス
settings-devices-intro = デバイスをなくしたり、共用のパソコンを使ったりしましたか？このデバイスを含め、すべてのセッションを終了できます。
settings-devices-loading = このアカウントにログインしているデバイスを読み込み中…
settings-devices-this = このデバイス
settings-devices-signed-in = { $time } にログイン
settings-devices-last-active = 最終アクセス: { $time }
settings-sign-out-device = デバイスからログアウト
settings-signing-out-device = ログアウト中…
settings-sign-out-everywhere = すべてのデバイスからログアウト
settings-signing-out-everywhere = すべてのデバイスからログアウト中…

## Your data.

settings-data-heading = データ
settings-data-intro = アカウントについて保存しているすべての情報を、JSON ファイルでお渡しします。
settings-data-download = データをダウンロード
settings-data-preparing = データを準備中…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = アカウントを削除
settings-delete-intro = ログイン情報とプロフィールを完全に削除します。元に戻すことはできません。
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = 確認のため { $word } と入力
settings-deleting = 削除中…

## Passkeys.

passkeys-heading = パスキー
passkeys-intro = パスキーを使うと、パスワードの代わりに指紋、顔、画面ロックでログインできます。パスキーはデバイスに保存され、フィッシングで盗まれることはありません。
passkeys-loading = パスキーを読み込み中…
passkeys-none = パスキーはまだありません。
passkeys-list = パスキー一覧
# A passkey without a name.
passkeys-unnamed = パスキー
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = { $day } に追加
passkeys-add = パスキーを追加
passkeys-add-intro = まず本人確認をします。そのあと、デバイスの指示に従って指紋、顔、画面ロックでパスキーを作成します。
passkeys-adding = 追加中…
passkeys-added = パスキーを追加しました。次回から、パスワードの代わりにパスキーでログインできます。
passkeys-remove = 削除
passkeys-remove-intro = 削除すると、このパスキーではログインできなくなります。デバイスには残っている場合があるので、そちらでも削除してください。まず本人確認をします。
passkeys-removing = 削除中…
passkeys-removed = パスキーを削除しました。このパスキーではログインできなくなりました。
passkeys-use-passkey = 代わりにパスキーを使う
passkeys-unsupported = このブラウザではパスキーを使えません。
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = パスキーを使うには、IP アドレスではなくサイトの名前で開く必要があります。追加するには { $address } を開いてください。
passkeys-not-made-cancelled = パスキーは作成されませんでした。確認画面が閉じられたか、時間切れになりました。準備ができたらもう一度お試しください。
passkeys-not-made = デバイスでパスキーを作成できませんでした。もう一度お試しください。
passkeys-proof-cancelled = パスキーが使われませんでした。もう一度試すか、現在のパスワードを入力してください。
passkeys-proof-failed = パスキーが使えませんでした。もう一度試すか、現在のパスワードを入力してください。
passkeys-proof-unsupported = このブラウザではパスキーを使えません。現在のパスワードを入力してください。

## Recent activity.

activity-heading = 最近のアクティビティ
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = 心当たりのない記録がありますか？上の{ $sign-out-everywhere }を使ってから、{ $change-password }してください。
# For an account made through another identity provider, which has no password here.
activity-help-no-password = 心当たりのない記録がありますか？上の{ $sign-out-everywhere }を使ってから、ログインに使っているアカウントを保護してください。
activity-loading = アクティビティを読み込み中…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = 不明なデバイス
activity-signed-in = ログイン
activity-sign-in-failed = ログイン失敗（パスワードの誤り）
activity-password-changed = パスワードの変更
activity-password-reset = メールのコードでパスワードをリセット
activity-email-changed = メールアドレスの変更
activity-two-step-on = 2段階認証をオン
activity-two-step-off = 2段階認証をオフ
activity-signed-out-everywhere = すべてのデバイスからログアウト
activity-device-signed-out = 別のデバイスからログアウト
activity-passkey-added = パスキーを追加
activity-passkey-removed = パスキーを削除
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = { $provider } でログイン
activity-provider-connected = { $provider } を連携
activity-provider-disconnected = { $provider } の連携を解除

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = 連携アカウント
settings-connected-intro = お持ちの別のアカウントでもログインできます。連携するには、ここでパスワードを入力してから、連携先でログインします。
settings-connected-made-with = このアカウントは { $provider } で作成したもので、ログインにも { $provider } を使います。
# { $date } is a day, such as 5 December 2026.
settings-connected-since = { $date } に連携
settings-connected-not = 未連携
settings-connect = 連携する
settings-connecting = 連携しています…
settings-disconnect = 連携を解除
settings-disconnecting = 解除しています…
settings-provider-disconnected = 連携を解除しました。このアカウントへのログインには使えなくなりました。
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = パスワードと2段階認証
settings-made-with-intro = { $provider } でログインしています。パスワードと2段階認証は、ここではなく { $provider } 側で管理されます。
settings-fresh-sign-in = アカウントを削除するには、まず { $provider } でもう一度ログインしてください。
settings-sign-in-again = { $provider } でもう一度ログイン
