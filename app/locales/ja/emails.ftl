# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Doorway のメールアドレスを確認してください
email-sign-up-body = Doorway へようこそ！メールアドレスを確認するため、次のコードを入力してください：
email-sign-up-expiry = このコードの有効期限は24時間です。
email-sign-up-not-you = アカウントを作成した覚えがない場合は、このメールを無視してください。

email-resend-subject = Doorway の新しい確認コード
email-resend-body = メールアドレスを確認するための新しいコードです：
email-resend-expiry = このコードの有効期限は24時間です。以前のコードは使えなくなりました。
email-resend-not-you = コードをリクエストした覚えがない場合は、このメールを無視してください。

email-reset-subject = Doorway のパスワードのリセット
email-reset-body = 新しいパスワードを設定するには、次のコードを入力してください：
email-reset-expiry = このコードの有効期限は1時間です。
email-reset-not-you = パスワードのリセットをリクエストした覚えがない場合は、このメールを無視してください。パスワードは変更されません。

email-change-subject = Doorway の新しいメールアドレスを確認してください
email-change-body = 新しいメールアドレスを確認するため、設定画面で次のコードを入力してください：
email-change-expiry = このコードの有効期限は24時間です。
email-change-not-you = メールアドレスの変更をリクエストした覚えがない場合は、ログインしてパスワードを変更してください。

email-sign-in-code-subject = Doorway のログインコード
email-sign-in-code-body = ログインするには、次のコードを入力してください：
email-sign-in-code-expiry = このコードは数分間だけ、1回限り使えます。
email-sign-in-code-not-you = ログインしようとしていない場合は、このコードを誰にも教えず、パスワードを変更してください。

email-open-page = または、次のページを開いてください：
