# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = Itu sudah alamat email Anda.
message-email-taken = Alamat itu tidak dapat digunakan lagi. Ubah email Anda ke alamat lain.
message-email-change-ended = Waktu untuk perubahan email ini sudah habis. Ubah email Anda lagi untuk mendapatkan kode baru.
message-wrong-current-password = Itu bukan kata sandi Anda saat ini.
message-app-code-missing = Masukkan kode yang ditampilkan aplikasi autentikator Anda.
message-app-code-not-right = Kode itu salah. Masukkan kode yang sedang ditampilkan aplikasi.
message-password-refused = Kata sandi ini tidak memenuhi aturan: gunakan 8 hingga 256 karakter dan hindari kata sandi yang pernah Anda pakai.

message-two-step-already-on = Verifikasi dua langkah sudah aktif.
message-two-step-not-on = Aktifkan verifikasi dua langkah terlebih dahulu.
message-two-step-setup-ended = Waktu penyiapan ini sudah habis. Mulai lagi penyiapan verifikasi dua langkah.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = Aplikasi autentikator

message-passkeys-full = Akun ini sudah mencapai batas maksimum kunci sandi (20). Hapus salah satu terlebih dahulu.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } di { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = Pendaftaran
message-mail-resend = Kode pendaftaran baru
message-mail-password-reset = Reset kata sandi
message-mail-email-change = Perubahan email
message-mail-sign-in-code = Kode masuk
