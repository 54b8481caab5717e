# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Setelan akun
settings-back = ← Kembali ke profil Anda
settings-loading = Memuat akun Anda…

## What several sections share.

settings-cancel = Batal
settings-current-password = Kata sandi saat ini
settings-code = Kode
settings-code-hint = Kode yang sedang ditampilkan aplikasi autentikator Anda.
settings-verify = Verifikasi
settings-verifying = Memverifikasi…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Anda masuk dengan { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Kami sudah mengirim kode ke { $new }. Sampai Anda memasukkannya, tetap masuk dengan { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Kami sudah mengirim kode ke { $address }. Masukkan kode itu untuk memverifikasi alamat baru Anda.
settings-email-change = Ubah email
settings-email-new = Email baru
settings-email-sending-code = Mengirim kode…
settings-email-verified = Email baru Anda sudah diverifikasi. Mulai sekarang, gunakan email itu untuk masuk.
settings-email-code-resent = Kode baru sedang dikirim.

## Password.

settings-password-heading = Kata sandi
settings-password-intro = Mengubahnya akan mengeluarkan Anda dari semua perangkat lain.
settings-password-change = Ubah kata sandi
settings-password-new = Kata sandi baru
settings-password-changing = Mengubah…
settings-password-changed = Kata sandi Anda sudah diubah. Semua sesi lain telah diakhiri.

## Two-step sign-in.

settings-two-step-heading = Verifikasi dua langkah
settings-two-step-intro = Minta kode dari aplikasi autentikator di ponsel Anda selain kata sandi, sehingga kata sandi yang dicuri saja tidak cukup untuk masuk.
settings-two-step-set-up = Siapkan verifikasi dua langkah
settings-two-step-on = Verifikasi dua langkah aktif.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = Verifikasi dua langkah aktif sejak { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = Verifikasi dua langkah aktif ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = Verifikasi dua langkah aktif sejak { $day } ({ $device }).
settings-two-step-codes-left-none = Kode pemulihan sudah habis: buat kode baru, atau Anda tidak akan bisa masuk jika ponsel Anda hilang.
settings-two-step-codes-left-one = Tersisa 1 kode pemulihan.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Tersisa { $count } kode pemulihan.
settings-two-step-turn-off = Nonaktifkan
settings-two-step-turning-off = Menonaktifkan…
settings-two-step-off-code-hint = Kode yang ditampilkan aplikasi autentikator Anda, atau salah satu kode pemulihan Anda.
settings-two-step-off-wrong-code = Kode itu salah. Masukkan kode yang sedang ditampilkan aplikasi, atau kode pemulihan yang belum pernah Anda gunakan.
settings-two-step-turned-off = Verifikasi dua langkah dinonaktifkan. Kode pemulihan Anda tidak berlaku lagi.
settings-two-step-new-codes = Kode pemulihan baru
settings-two-step-new-codes-intro = Satu set baru berisi sepuluh kode akan menggantikan kode Anda saat ini, baik yang sudah maupun yang belum digunakan.
settings-two-step-making-codes = Membuat kode baru…
settings-two-step-new-codes-made = Ini kode pemulihan baru Anda. Kode lama tidak berlaku lagi.
settings-two-step-setup-intro = Anda memerlukan aplikasi autentikator di ponsel, seperti Google Authenticator, Microsoft Authenticator, atau pengelola kata sandi Anda.
settings-two-step-continue = Lanjutkan
settings-two-step-preparing = Menyiapkan…
settings-two-step-scan = Pindai kode QR ini dengan aplikasi autentikator Anda, lalu masukkan kode enam digit yang ditampilkannya.
settings-two-step-qr-code = Kode QR untuk aplikasi autentikator Anda
# Followed by the secret key, as letters and digits.
settings-two-step-key = Atau masukkan kunci ini:
settings-two-step-open-app = Buka di aplikasi autentikator di perangkat ini
settings-two-step-device-name = Nama perangkat (opsional)
settings-two-step-device-name-hint = Ditampilkan di setelan, misalnya “Ponsel Ada”
settings-two-step-wrong-code = Kode itu salah. Masukkan kode yang sedang ditampilkan aplikasi.
settings-two-step-turned-on = Verifikasi dua langkah aktif. Mulai sekarang, saat masuk Anda akan diminta kode dari aplikasi.

## Recovery codes, shown once.

settings-recovery-heading = Kode pemulihan Anda
settings-recovery-intro = Jika ponsel Anda hilang, setiap kode dapat dipakai sekali untuk masuk sebagai pengganti aplikasi. Simpan di tempat yang aman, seperti pengelola kata sandi Anda: kode ini hanya ditampilkan kali ini saja.
settings-recovery-copy = Salin kode
settings-recovery-download = Unduh kode
settings-recovery-done = Selesai
settings-recovery-copied = Disalin.
settings-recovery-not-copied = Tidak dapat menyalin. Pilih kodenya lalu salin, atau unduh kodenya.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Kode pemulihan { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Setiap kode dapat dipakai sekali untuk masuk, sebagai pengganti kode dari aplikasi autentikator Anda.

## Devices.

settings-devices-heading = Perangkat
settings-devices-intro = Kehilangan perangkat atau memakai komputer bersama? Akhiri semua sesi, termasuk sesi ini.
settings-devices-loading = Memuat perangkat yang masuk ke akun Anda…
settings-devices-this = Perangkat ini
settings-devices-signed-in = Masuk pada { $time }
settings-devices-last-active = terakhir aktif pada { $time }
settings-sign-out-device = Keluar dari perangkat
settings-signing-out-device = Sedang keluar…
settings-sign-out-everywhere = Keluar dari semua perangkat
settings-signing-out-everywhere = Mengeluarkan dari semua perangkat…

## Your data.

settings-data-heading = Data Anda
settings-data-intro = Semua yang kami simpan tentang akun Anda, dalam bentuk file JSON.
settings-data-download = Unduh data saya
settings-data-preparing = Menyiapkan data Anda…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Hapus akun
settings-delete-intro = Menghapus data masuk dan profil Anda secara permanen. Tindakan ini tidak dapat dibatalkan.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Ketik { $word } untuk mengonfirmasi
settings-deleting = Menghapus…

## Passkeys.

passkeys-heading = Kunci sandi
passkeys-intro = Kunci sandi memungkinkan Anda masuk dengan sidik jari, wajah, atau kunci layar, bukan dengan kata sandi. Kunci sandi tetap tersimpan di perangkat Anda dan tidak bisa dicuri lewat phishing.
passkeys-loading = Memuat kunci sandi Anda…
passkeys-none = Anda belum punya kunci sandi.
passkeys-list = Kunci sandi Anda
# A passkey without a name.
passkeys-unnamed = Kunci sandi
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Ditambahkan { $day }
passkeys-add = Tambahkan kunci sandi
passkeys-add-intro = Pertama, konfirmasi bahwa ini memang Anda. Lalu perangkat Anda akan meminta Anda membuat kunci sandi dengan sidik jari, wajah, atau kunci layar.
passkeys-adding = Menambahkan…
passkeys-added = Kunci sandi ditambahkan. Lain kali, Anda bisa masuk dengan kunci sandi ini, bukan dengan kata sandi.
passkeys-remove = Hapus
passkeys-remove-intro = Setelah dihapus, kunci sandi ini tidak bisa lagi dipakai untuk masuk. Perangkat Anda mungkin masih menampilkannya: hapus juga di sana. Pertama, konfirmasi bahwa ini memang Anda.
passkeys-removing = Menghapus…
passkeys-removed = Kunci sandi dihapus. Kunci sandi ini tidak bisa lagi dipakai untuk masuk.
passkeys-use-passkey = Gunakan kunci sandi saja
passkeys-unsupported = Browser ini tidak dapat menggunakan kunci sandi.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Kunci sandi memerlukan situs ini dibuka dengan namanya, bukan alamat IP. Untuk menambahkannya, buka { $address }.
passkeys-not-made-cancelled = Kunci sandi tidak dibuat: dialognya ditutup atau waktunya habis. Coba lagi saat Anda siap.
passkeys-not-made = Perangkat Anda tidak dapat membuat kunci sandi. Coba lagi.
passkeys-proof-cancelled = Tidak ada kunci sandi yang digunakan. Coba lagi, atau masukkan kata sandi Anda saat ini.
passkeys-proof-failed = Kunci sandi tidak berhasil. Coba lagi, atau masukkan kata sandi Anda saat ini.
passkeys-proof-unsupported = Browser ini tidak dapat menggunakan kunci sandi. Masukkan kata sandi Anda saat ini.

## Recent activity.

activity-heading = Aktivitas terbaru
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Ada baris yang tidak Anda kenali? Gunakan { $sign-out-everywhere } di atas, lalu { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Ada baris yang tidak Anda kenali? Gunakan { $sign-out-everywhere } di atas, lalu amankan akun yang Anda gunakan untuk masuk.
activity-loading = Memuat aktivitas Anda…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Perangkat tidak dikenal
activity-signed-in = Masuk
activity-sign-in-failed = Gagal masuk (kata sandi salah)
activity-password-changed = Kata sandi diubah
activity-password-reset = Kata sandi direset dengan kode dari email
activity-email-changed = Email diubah
activity-two-step-on = Verifikasi dua langkah diaktifkan
activity-two-step-off = Verifikasi dua langkah dinonaktifkan
activity-signed-out-everywhere = Keluar dari semua perangkat
activity-device-signed-out = Keluar dari perangkat lain
activity-passkey-added = Kunci sandi ditambahkan
activity-passkey-removed = Kunci sandi dihapus
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Masuk dengan { $provider }
activity-provider-connected = { $provider } ditautkan
activity-provider-disconnected = Tautan ke { $provider } diputus

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Akun tertaut
settings-connected-intro = Masuk juga dengan akun Anda yang lain. Untuk menautkannya, Anda akan diminta memasukkan kata sandi di sini, lalu masuk di sana.
settings-connected-made-with = Anda membuat akun ini dengan { $provider }, dan Anda masuk dengannya.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Tertaut sejak { $date }
settings-connected-not = Tidak tertaut
settings-connect = Tautkan
settings-connecting = Menautkan…
settings-disconnect = Putuskan tautan
settings-disconnecting = Memutuskan tautan…
settings-provider-disconnected = Tautan diputus. Akun itu tidak bisa lagi dipakai untuk masuk ke akun ini.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Kata sandi dan verifikasi dua langkah
settings-made-with-intro = Anda masuk dengan { $provider }. Kata sandi dan verifikasi dua langkah Anda diatur di sana, bukan di sini.
settings-fresh-sign-in = Untuk menghapus akun, masuk lagi dengan { $provider } terlebih dahulu.
settings-sign-in-again = Masuk lagi dengan { $provider }
