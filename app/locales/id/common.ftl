# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Langsung ke konten
nav-account = Akun
nav-sign-in = Masuk
nav-create-account = Buat akun
nav-sign-out = Keluar
footer-about = akun di Amazon Cognito
footer-language = Bahasa
footer-change = Ganti

form-show = Tampilkan
form-hide = Sembunyikan
form-sending = Mengirim…
form-password-rules = 8 hingga 256 karakter. Spasi serta huruf atau simbol apa pun boleh digunakan; makin panjang, makin kuat.
# { $level } is one of the form-strength-* words below.
form-strength = Kekuatan: { $level }
form-strength-too-short = Terlalu pendek
form-strength-fair = Cukup: kata sandi yang lebih panjang lebih kuat
form-strength-good = Baik
form-strength-strong = Kuat
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } dari { $max } karakter
form-send-new-code = Kirim kode baru
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Kirim kode baru ({ $seconds } dtk)

field-email = Email
field-verification-code = Kode verifikasi
field-verification-code-hint = Enam angka, atau kelompok huruf seperti ABCD-EFGH-…, sesuai yang tertera di email.

error-invalid = Periksa kembali isian Anda.
error-wrong-credentials = Email atau kata sandi salah.
error-not-confirmed = Alamat email ini belum dikonfirmasi.
error-wrong-code = Kode itu salah atau sudah kedaluwarsa. Kirim kode baru.
error-try-later = Terlalu banyak percobaan. Coba lagi sebentar lagi.
error-too-many-attempts =
    { $seconds ->
       *[other] Terlalu banyak percobaan. Coba lagi dalam { $seconds } detik.
    }
error-session-expired = Sesi Anda telah berakhir. Silakan masuk lagi.
error-sign-in-expired = Proses masuk ini terlalu lama. Mulai lagi dari awal.
error-passkey-refused = Kunci sandi itu tidak berhasil. Coba lagi, atau pilih cara masuk lain.
error-passkey-not-added = Kunci sandi ini tidak dapat ditambahkan. Coba lagi.
error-stale-profile = Profil ini diubah di tempat lain. Muat ulang untuk melihatnya.
error-sessions-remain = Kata sandi Anda sudah diubah, tetapi tidak semua perangkat berhasil dikeluarkan. Sebentar lagi, gunakan “Keluar dari semua perangkat”.
error-unavailable = Layanan akun tidak dapat dihubungi saat ini. Isian Anda tetap tersimpan; coba lagi sebentar lagi.
error-account-exists = Akun dengan email ini sudah ada.
error-unreadable = Formulir tidak dapat dibaca. Muat ulang halaman, lalu coba lagi.
error-not-found = Tidak ditemukan.
error-internal = Terjadi masalah di pihak kami. Coba lagi sebentar lagi.
error-network = Tidak dapat terhubung ke server. Periksa koneksi Anda, lalu coba lagi.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Proses masuk itu tidak selesai. Silakan coba lagi.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Akun dengan email ini sudah ada. Masuk ke akun tersebut dengan kata sandi Anda, lalu tautkan { $provider } di Setelan akun, pada bagian “Akun tertaut”.
error-provider-in-use = Akun { $provider } ini sudah dipakai untuk masuk ke akun lain.
error-provider-fresh-sign-in = Untuk perubahan ini, masuk lagi dengan { $provider } terlebih dahulu, lalu coba lagi dalam lima menit.

invalid-email-missing = Masukkan alamat email Anda.
invalid-email = Masukkan alamat email seperti name@example.com.
invalid-password-short = Gunakan minimal 8 karakter.
invalid-password-long = Gunakan maksimal 256 karakter.
invalid-password-common = Ini salah satu kata sandi yang paling umum, jadi termasuk yang pertama dicoba penyerang. Pilih kata sandi Anda sendiri, misalnya beberapa kata yang tidak saling berkaitan.
invalid-password-personal = Kata sandi ini dibuat dari email atau nama Anda, yang bisa ditebak oleh siapa pun yang mengenal Anda. Pilih kata sandi yang tidak berkaitan dengan Anda.
invalid-password-guessable = Kata sandi ini mudah ditebak: hanya satu kata, nama, tanggal, atau pola keyboard. Buat lebih panjang, misalnya dengan beberapa kata yang tidak saling berkaitan.
invalid-password-breached = Kata sandi ini pernah muncul dalam kebocoran data, jadi penyerang mencobanya. Pilih kata sandi lain.
invalid-code-missing = Masukkan kode dari email.
invalid-code = Itu tidak tampak seperti kode dari email kami. Periksa lalu coba lagi.
invalid-sign-in-code = Masukkan kode dari email: hanya angka.
invalid-current-password = Masukkan kata sandi Anda saat ini.
invalid-app-code = Masukkan kode enam digit yang ditampilkan aplikasi autentikator Anda.
invalid-recovery-code = Masukkan salah satu kode pemulihan Anda: sepuluh huruf dan angka, seperti 4f7k2-9xq3m.
invalid-app-or-recovery-code = Masukkan kode yang ditampilkan aplikasi autentikator Anda, atau salah satu kode pemulihan Anda.
invalid-device-name = Gunakan maksimal 64 huruf, angka, spasi, dan tanda baca.
invalid-display-name-missing = Masukkan nama yang akan ditampilkan di akun Anda.
invalid-display-name-long = Gunakan maksimal 64 karakter.
invalid-display-name-characters = Gunakan hanya huruf, angka, spasi, dan tanda baca.
invalid-bio-long = Gunakan maksimal 280 karakter.
invalid-bio-characters = Gunakan hanya huruf, angka, spasi, tanda baca, dan baris baru.
invalid-time-zone = Pilih zona waktu dari daftar.
invalid-language = Pilih bahasa dari daftar.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Ketik { $word } untuk mengonfirmasi.

notice-verified = Email Anda sudah dikonfirmasi. Silakan masuk.
notice-reset = Kata sandi Anda sudah diubah. Masuk dengan kata sandi baru.
notice-expired = Sesi Anda telah berakhir. Silakan masuk lagi.
notice-signin = Silakan masuk untuk melanjutkan.
notice-resent = Email ini belum dikonfirmasi. Kami sudah mengirimkan kode baru.
notice-everywhere = Anda sudah keluar dari semua perangkat.
notice-deleted = Akun dan profil Anda sudah dihapus.
notice-connected = { $provider } sudah tertaut: kini Anda juga bisa masuk dengannya.
notice-two-step-lifted = Anda masuk dengan kode pemulihan, jadi verifikasi dua langkah dinonaktifkan. Siapkan lagi dengan ponsel baru Anda di bawah.
