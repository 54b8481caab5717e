# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = それはすでにお使いのメールアドレスです。
message-email-taken = そのアドレスはもう使えません。別のメールアドレスに変更してください。
message-email-change-ended = このメールアドレスの変更は期限が切れました。新しいコードを受け取るには、もう一度メールアドレスを変更してください。
message-wrong-current-password = 現在のパスワードと一致しません。
message-app-code-missing = 認証アプリに表示されているコードを入力してください。
message-app-code-not-right = コードが正しくありません。アプリに今表示されているコードを入力してください。
message-password-refused = このパスワードは条件を満たしていません。8〜256文字で、以前に使ったことのないパスワードにしてください。

message-two-step-already-on = 2段階認証はすでにオンです。
message-two-step-not-on = 先に2段階認証をオンにしてください。
message-two-step-setup-ended = この設定は期限が切れました。2段階認証の設定を最初からやり直してください。
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = 認証アプリ

message-passkeys-full = このアカウントに登録できるパスキーの上限（20個）に達しています。先に1つ削除してください。

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $system } の { $browser }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = アカウント登録
message-mail-resend = 新しい登録コード
message-mail-password-reset = パスワードのリセット
message-mail-email-change = メールアドレスの変更
message-mail-sign-in-code = ログインコード
