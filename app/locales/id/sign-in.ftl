# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = Kata sandi
login-form-password-missing = Masukkan kata sandi Anda.
login-form-remember = Biarkan saya tetap masuk
login-form-continue = Lanjutkan
login-form-signing-in = Sedang masuk…
login-form-forgot-password = Lupa kata sandi Anda?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = Baru di sini?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = Kode

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = Masuk sebagai{" "}
login-methods-use-another-email = Gunakan email lain
login-methods-or = Atau
login-methods-or-password = Atau gunakan kata sandi Anda
# Read out by screen readers for the group of buttons.
login-methods-label = Cara masuk
login-methods-passkey = Masuk dengan kunci sandi
login-methods-passkey-waiting = Menunggu kunci sandi Anda…
login-methods-email-code = Kirimi saya kode lewat email
login-methods-email-code-sending = Mengirim kode…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = Kunci sandi hanya berfungsi di nama situs ini, bukan di alamat IP: buka{" "}
login-methods-passkey-ip-address-after = {" "}untuk menggunakannya.
login-methods-passkey-unsupported = Browser ini tidak dapat menggunakan kunci sandi.

## The emailed code's step.

login-email-code-heading = Periksa email Anda
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = Kami sudah mengirim kode masuk ke{" "}
login-email-code-sent-after = . Masukkan kode itu di sini; kode berlaku selama beberapa menit.
# { $address } is the email address the new code went to.
login-email-code-resent = Kami sudah mengirim kode baru ke { $address }.
login-email-code-hint = Belum ada email setelah satu menit? Periksa alamatnya. Jika verifikasi dua langkah aktif, masuklah dengan kata sandi Anda.
login-email-code-another-way = Pilih cara lain

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = Verifikasi dua langkah
login-second-step-app-intro = Masukkan kode enam digit yang ditampilkan aplikasi autentikator Anda untuk akun ini.
login-second-step-recovery-intro = Masukkan salah satu kode pemulihan yang Anda simpan saat menyiapkan verifikasi dua langkah. Setiap kode hanya berlaku sekali.
login-second-step-recovery-code = Kode pemulihan
login-second-step-verify = Verifikasi
login-second-step-checking = Memeriksa…
login-second-step-use-app = Gunakan aplikasi autentikator
login-second-step-use-recovery-code = Gunakan kode pemulihan
login-second-step-start-again = Mulai lagi
login-second-step-app-code-wrong = Kode itu salah. Masukkan kode yang sedang ditampilkan aplikasi.
login-second-step-recovery-code-wrong = Kode pemulihan itu salah atau sudah pernah digunakan.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = Anda sudah masuk.
login-offer-heading = Masuk lebih cepat lain kali
login-offer-text = Tambahkan kunci sandi, dan lain kali Anda bisa masuk di perangkat ini dengan sidik jari, wajah, atau kunci layar: tanpa perlu mengetik kata sandi, dan tidak ada yang bisa dicuri orang dengan cara menipu Anda.
login-offer-adding = Menambahkan kunci sandi…
login-offer-add = Tambahkan kunci sandi
login-offer-not-now = Lain kali

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = Lanjutkan dengan { $provider }
login-continue-title = Sedang masuk
login-continue-working = Menyelesaikan proses masuk…
login-continue-back = Kembali ke halaman masuk
