# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = パスワードの再設定
forgot-heading = パスワードをお忘れですか？
forgot-intro = メールアドレスを入力してください。アカウントに登録されているアドレスなら、新しいパスワードを設定するためのコードをお送りします。
forgot-form-send = リセットコードを送信
forgot-form-back = ログインに戻る

home-title = ようこそ
# { $app } is the app's name.
home-heading = { $app } へようこそ
home-lead = ここにあるすべてを1つのアカウントで。メールアドレスで作成してコードで確認すれば、プロフィールを1か所で管理できます。
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = こんにちは、{ $name }さん！
home-actions-profile = プロフィールへ

signup-form-check-inbox = 受信トレイを確認してください。メールアドレスを確認するためのコードをお送りしました。
signup-form-password = パスワード
signup-form-display-name-hint = お呼びするときの名前です。あとで変更できます。
signup-form-creating = アカウントを作成中…
signup-form-have-account = すでにアカウントをお持ちですか？

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = メールアドレスの確認
verify-step-verify = 確認
verify-step-verifying = 確認中…
# { $email } is the address the code went to.
verify-step-resent = { $email } に新しいコードを送信しました。
verify-form-enter-code = メールでお送りしたコードを入力して、メールアドレスを確認してください。

# The page's title and its button.
reset-form-reset = パスワードをリセット
reset-heading = 新しいパスワードの設定
reset-intro = そのメールアドレスのアカウントがあれば、コードをお送りしています。コードと新しいパスワードを入力してください。
reset-form-new-password = 新しいパスワード
reset-form-new-code = 新しいコードが必要ですか？

profile-heading = プロフィール
profile-form-loading = プロフィールを読み込み中…
profile-form-restored = 保存していない変更を元に戻しました。残すには保存してください。
profile-form-saved = 保存しました。
profile-form-last-saved = 最終保存
profile-form-two-step = 2段階認証
profile-form-two-step-on = オン
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = オン（{ $date } から）
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = オフ —
profile-form-set-up-two-step = アカウント設定で設定する
# A form field's label; also on the sign-up page.
profile-form-display-name = 表示名
profile-form-bio = 自己紹介
profile-form-time-zone = タイムゾーン
profile-form-language = 使用する言語
profile-form-save = 保存
# A button's label while it saves; also on the password reset page.
profile-form-saving = 保存中…
profile-form-account-settings = アカウント設定
profile-form-settings-summary = パスワード、メールアドレス、2段階認証、データ、アカウントの削除

not-found-heading = ページが見つかりません
not-found-text = このアドレスには何もありません。
not-found-home = ホームへ移動

# The developer's mailbox, local mode only.
mailbox-heading = メールボックス
mailbox-intro = ローカルモードでは実際のメールは送信されません。アプリが送信するはずだったメッセージが、新しい順にすべてここに表示されます。
mailbox-empty = まだメッセージはありません。アカウントを作成するかリセットコードをリクエストしてから、このページを再読み込みしてください。
mailbox-to = 宛先
mailbox-purpose = 用途
mailbox-subject = 件名
mailbox-code = コード
mailbox-links = リンク
mailbox-sent = 送信日時

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = このブラウザではパスキーを使えません。別の方法を選んでください。
session-passkey-cancelled = パスキーが使われませんでした。もう一度試すか、別の方法を選んでください。
session-passkey-already-registered = このデバイスには、すでにこのアカウントのパスキーがあります。
session-passkey-wrong-site = パスキーはこのサイトの名前でしか使えません。IP アドレスではなく localhost で開いてください。
session-passkey-failed = パスキーが使えませんでした。もう一度試すか、別の方法を選んでください。
