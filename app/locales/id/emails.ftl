# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Konfirmasi alamat email Anda untuk Doorway
email-sign-up-body = Selamat datang di Doorway! Masukkan kode ini untuk mengonfirmasi alamat email Anda:
email-sign-up-expiry = Kode ini berlaku selama 24 jam.
email-sign-up-not-you = Jika Anda tidak membuat akun, abaikan saja email ini.

email-resend-subject = Kode konfirmasi Doorway Anda yang baru
email-resend-body = Berikut kode baru untuk mengonfirmasi alamat email Anda:
email-resend-expiry = Kode ini berlaku selama 24 jam. Kode sebelumnya tidak berlaku lagi.
email-resend-not-you = Jika Anda tidak meminta kode, abaikan saja email ini.

email-reset-subject = Reset kata sandi Doorway Anda
email-reset-body = Masukkan kode ini untuk membuat kata sandi baru:
email-reset-expiry = Kode ini berlaku selama satu jam.
email-reset-not-you = Jika Anda tidak meminta reset kata sandi, abaikan email ini: kata sandi Anda tetap seperti sebelumnya.

email-change-subject = Konfirmasi alamat email baru Anda untuk Doorway
email-change-body = Masukkan kode ini di setelan Anda untuk mengonfirmasi alamat email baru:
email-change-expiry = Kode ini berlaku selama 24 jam.
email-change-not-you = Jika Anda tidak meminta perubahan email, masuk lalu ubah kata sandi Anda.

email-sign-in-code-subject = Kode masuk Doorway Anda
email-sign-in-code-body = Masukkan kode ini untuk masuk:
email-sign-in-code-expiry = Kode ini hanya berlaku beberapa menit dan hanya dapat dipakai sekali.
email-sign-in-code-not-you = Jika Anda tidak sedang masuk, jangan bagikan kode ini kepada siapa pun dan ubah kata sandi Anda.

email-open-page = Atau buka halaman ini:
