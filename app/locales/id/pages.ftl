# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Lupa kata sandi
forgot-heading = Lupa kata sandi Anda?
forgot-intro = Masukkan email Anda. Jika email itu terdaftar di sebuah akun, kami akan mengirim kode untuk membuat kata sandi baru.
forgot-form-send = Kirim kode reset
forgot-form-back = Kembali ke halaman masuk

home-title = Selamat datang
# { $app } is the app's name.
home-heading = Selamat datang di { $app }
home-lead = Satu akun untuk semua hal di sini: buat dengan email Anda, konfirmasi dengan kode, dan simpan profil Anda di satu tempat.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Halo, { $name }!
home-actions-profile = Buka profil Anda

signup-form-check-inbox = Periksa kotak masuk Anda: kami sudah mengirim kode untuk mengonfirmasi email Anda.
signup-form-password = Kata sandi
signup-form-display-name-hint = Nama yang kami gunakan untuk menyapa Anda. Anda dapat mengubahnya nanti.
signup-form-creating = Membuat akun…
signup-form-have-account = Sudah punya akun?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Verifikasi email Anda
verify-step-verify = Verifikasi
verify-step-verifying = Memverifikasi…
# { $email } is the address the code went to.
verify-step-resent = Kami sudah mengirim kode baru ke { $email }.
verify-form-enter-code = Masukkan kode yang kami kirim lewat email untuk mengonfirmasi alamat Anda.

# The page's title and its button.
reset-form-reset = Reset kata sandi
reset-heading = Buat kata sandi baru
reset-intro = Jika email itu terdaftar di sebuah akun, kode sedang dikirim. Masukkan kode itu bersama kata sandi baru Anda.
reset-form-new-password = Kata sandi baru
reset-form-new-code = Perlu kode baru?

profile-heading = Profil Anda
profile-form-loading = Memuat profil Anda…
profile-form-restored = Perubahan Anda yang belum disimpan sudah dipulihkan. Simpan agar tidak hilang.
profile-form-saved = Tersimpan.
profile-form-last-saved = Terakhir disimpan
profile-form-two-step = Verifikasi dua langkah
profile-form-two-step-on = Aktif
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Aktif (sejak { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Nonaktif —
profile-form-set-up-two-step = siapkan di Setelan akun
# A form field's label; also on the sign-up page.
profile-form-display-name = Nama tampilan
profile-form-bio = Bio
profile-form-time-zone = Zona waktu
profile-form-language = Bahasa pilihan
profile-form-save = Simpan
# A button's label while it saves; also on the password reset page.
profile-form-saving = Menyimpan…
profile-form-account-settings = Setelan akun
profile-form-settings-summary = Kata sandi, email, verifikasi dua langkah, data Anda, dan penghapusan akun

not-found-heading = Halaman tidak ditemukan
not-found-text = Tidak ada apa pun di alamat ini.
not-found-home = Buka halaman beranda

# The developer's mailbox, local mode only.
mailbox-heading = Kotak surat
mailbox-intro = Mode lokal tidak mengirim email sungguhan. Setiap pesan yang seharusnya dikirim aplikasi tercantum di sini, yang terbaru di atas.
mailbox-empty = Belum ada pesan. Buat akun atau minta kode reset, lalu muat ulang halaman ini.
mailbox-to = Kepada
mailbox-purpose = Keperluan
mailbox-subject = Subjek
mailbox-code = Kode
mailbox-links = Tautan
mailbox-sent = Dikirim

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Browser ini tidak dapat menggunakan kunci sandi. Pilih cara lain.
session-passkey-cancelled = Tidak ada kunci sandi yang digunakan. Coba lagi, atau pilih cara lain.
session-passkey-already-registered = Perangkat ini sudah memiliki kunci sandi untuk akun Anda.
session-passkey-wrong-site = Kunci sandi hanya berfungsi di nama situs ini: buka di localhost, bukan di alamat IP.
session-passkey-failed = Kunci sandi tidak berhasil. Coba lagi, atau pilih cara lain.
