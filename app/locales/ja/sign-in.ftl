# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = パスワード
login-form-password-missing = パスワードを入力してください。
login-form-remember = ログインしたままにする
login-form-continue = 続ける
login-form-signing-in = ログイン中…
login-form-forgot-password = パスワードをお忘れですか？
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = はじめてご利用ですか？
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = コード

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = ログインするアカウント：
login-methods-use-another-email = 別のメールアドレスを使う
login-methods-or = または
login-methods-or-password = またはパスワードを使う
# Read out by screen readers for the group of buttons.
login-methods-label = ログイン方法
login-methods-passkey = パスキーでログイン
login-methods-passkey-waiting = パスキーを待っています…
login-methods-email-code = メールでコードを受け取る
login-methods-email-code-sending = コードを送信中…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = パスキーはこのサイトの名前でしか使えず、IP アドレスでは使えません。パスキーを使うには{" "}
login-methods-passkey-ip-address-after = {" "}を開いてください。
login-methods-passkey-unsupported = このブラウザではパスキーを使えません。

## The emailed code's step.

login-email-code-heading = メールを確認してください
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = ログインコードを{" "}
login-email-code-sent-after = {" "}に送信しました。ここに入力してください。コードは数分間有効です。
# { $address } is the email address the new code went to.
login-email-code-resent = { $address } に新しいコードを送信しました。
login-email-code-hint = 1分たってもメールが届きませんか？アドレスを確認してください。2段階認証がオンの場合は、代わりにパスワードでログインしてください。
login-email-code-another-way = 別の方法を選ぶ

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = 2段階認証
login-second-step-app-intro = 認証アプリにこのアカウント用に表示されている6桁のコードを入力してください。
login-second-step-recovery-intro = 2段階認証の設定時に保存したリカバリーコードのいずれかを入力してください。各コードは1回だけ使えます。
login-second-step-recovery-code = リカバリーコード
login-second-step-verify = 確認
login-second-step-checking = 確認中…
login-second-step-use-app = 認証アプリを使う
login-second-step-use-recovery-code = リカバリーコードを使う
login-second-step-start-again = 最初からやり直す
login-second-step-app-code-wrong = コードが正しくありません。アプリに今表示されているコードを入力してください。
login-second-step-recovery-code-wrong = そのリカバリーコードは正しくないか、すでに使用されています。

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = ログインしました。
login-offer-heading = 次回はもっと速くログイン
login-offer-text = パスキーを追加すると、次回からこのデバイスでは指紋、顔、画面ロックでログインできます。パスワードを入力する必要はなく、だまされて何かを盗まれる心配もありません。
login-offer-adding = パスキーを追加中…
login-offer-add = パスキーを追加
login-offer-not-now = 後で

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = { $provider } で続ける
login-continue-title = ログイン中
login-continue-working = ログインを完了しています…
login-continue-back = ログイン画面に戻る
