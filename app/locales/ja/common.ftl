# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = 本文へスキップ
nav-account = アカウント
nav-sign-in = ログイン
nav-create-account = アカウント作成
nav-sign-out = ログアウト
footer-about = Amazon Cognito によるアカウント
footer-language = 言語
footer-change = 変更

form-show = 表示
form-hide = 非表示
form-sending = 送信中…
form-password-rules = 8〜256文字。スペースも、どんな文字や記号も使えます。長いほど強力です。
# { $level } is one of the form-strength-* words below.
form-strength = 強度：{ $level }
form-strength-too-short = 短すぎます
form-strength-fair = 普通：長いパスワードほど強力です
form-strength-good = 良い
form-strength-strong = 強い
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $max }文字中{ $count }文字
form-send-new-code = 新しいコードを送信
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = 新しいコードを送信（{ $seconds }秒）

field-email = メールアドレス
field-verification-code = 確認コード
field-verification-code-hint = メールに記載されている6桁の数字、または ABCD-EFGH-… のような英字のグループです。

error-invalid = 入力内容を確認してください。
error-wrong-credentials = メールアドレスまたはパスワードが正しくありません。
error-not-confirmed = このメールアドレスはまだ確認されていません。
error-wrong-code = コードが正しくないか、有効期限が切れています。新しいコードを送信してください。
error-try-later = 試行回数が多すぎます。しばらくしてからもう一度お試しください。
error-too-many-attempts =
    { $seconds ->
       *[other] 試行回数が多すぎます。{ $seconds }秒後にもう一度お試しください。
    }
error-session-expired = セッションが終了しました。もう一度ログインしてください。
error-sign-in-expired = ログインに時間がかかりすぎました。最初からやり直してください。
error-passkey-refused = そのパスキーは使えませんでした。もう一度試すか、別のログイン方法を選んでください。
error-passkey-not-added = このパスキーを追加できませんでした。もう一度お試しください。
error-stale-profile = このプロフィールは別の場所で変更されました。再読み込みして確認してください。
error-sessions-remain = パスワードは変更されましたが、一部のデバイスからログアウトできませんでした。しばらくしてから「すべてのデバイスからログアウト」を使ってください。
error-unavailable = 現在、アカウントサービスに接続できません。入力内容はそのまま残っています。しばらくしてからもう一度お試しください。
error-account-exists = このメールアドレスのアカウントはすでに存在します。
error-unreadable = フォームを読み取れませんでした。ページを再読み込みして、もう一度お試しください。
error-not-found = 見つかりません。
error-internal = こちら側で問題が発生しました。しばらくしてからもう一度お試しください。
error-network = サーバーに接続できませんでした。接続を確認して、もう一度お試しください。
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = ログインが完了しませんでした。もう一度お試しください。
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = このメールアドレスのアカウントはすでに存在します。パスワードでそのアカウントにログインしてから、アカウント設定の「連携アカウント」で { $provider } を連携してください。
error-provider-in-use = この { $provider } アカウントは、すでに別のアカウントへのログインに使われています。
error-provider-fresh-sign-in = この変更を行うには、まず { $provider } でもう一度ログインしてから、5分以内にもう一度お試しください。

invalid-email-missing = メールアドレスを入力してください。
invalid-email = name@example.com のような形式でメールアドレスを入力してください。
invalid-password-short = 8文字以上にしてください。
invalid-password-long = 256文字以内にしてください。
invalid-password-common = これは最もよく使われているパスワードの一つで、攻撃者が真っ先に試すものです。互いに関係のない単語をいくつか並べるなど、自分だけのパスワードにしてください。
invalid-password-personal = このパスワードはメールアドレスや名前をもとにしているため、知り合いなら誰でも推測できます。ご自身と関係のないパスワードにしてください。
invalid-password-guessable = このパスワードは推測されやすいものです：単語1つ、名前、日付、キーボードの並びなど。互いに関係のない単語をいくつか加えるなどして、もっと長くしてください。
invalid-password-breached = このパスワードは過去のデータ漏えいで流出しているため、攻撃者に試されます。別のパスワードにしてください。
invalid-code-missing = メールに記載されているコードを入力してください。
invalid-code = お送りしたメールのコードではないようです。確認して、もう一度お試しください。
invalid-sign-in-code = メールに記載されているコードを、数字のみで入力してください。
invalid-current-password = 現在のパスワードを入力してください。
invalid-app-code = 認証アプリに表示されている6桁のコードを入力してください。
invalid-recovery-code = リカバリーコードのいずれかを入力してください。英数字10文字で、4f7k2-9xq3m のような形式です。
invalid-app-or-recovery-code = 認証アプリに表示されているコード、またはリカバリーコードのいずれかを入力してください。
invalid-device-name = 文字、数字、スペース、句読点で64文字以内にしてください。
invalid-display-name-missing = アカウントに表示する名前を入力してください。
invalid-display-name-long = 64文字以内にしてください。
invalid-display-name-characters = 文字、数字、スペース、句読点のみを使ってください。
invalid-bio-long = 280文字以内にしてください。
invalid-bio-characters = 文字、数字、スペース、句読点、改行のみを使ってください。
invalid-time-zone = リストからタイムゾーンを選んでください。
invalid-language = リストから言語を選んでください。
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = 確認のため { $word } と入力してください。

notice-verified = メールアドレスが確認されました。ログインしてください。
notice-reset = パスワードが変更されました。新しいパスワードでログインしてください。
notice-expired = セッションが終了しました。もう一度ログインしてください。
notice-signin = 続けるにはログインしてください。
notice-resent = このメールアドレスはまだ確認されていません。新しいコードをお送りしました。
notice-everywhere = すべてのデバイスからログアウトしました。
notice-deleted = アカウントとプロフィールを削除しました。
notice-connected = { $provider } を連携しました。今後は { $provider } でもログインできます。
notice-two-step-lifted = リカバリーコードでログインしたため、2段階認証はオフになりました。下で新しいスマートフォンを使って、もう一度設定してください。
