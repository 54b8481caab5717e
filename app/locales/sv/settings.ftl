# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Kontoinställningar
settings-back = ← Tillbaka till din profil
settings-loading = Läser in ditt konto…

## What several sections share.

settings-cancel = Avbryt
settings-current-password = Nuvarande lösenord
settings-code = Kod
settings-code-hint = Koden som din autentiseringsapp visar just nu.
settings-verify = Bekräfta
settings-verifying = Bekräftar…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Du loggar in med { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = Vi har skickat en kod till { $new }. Fortsätt logga in med { $current } tills du har angett den.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = Vi har skickat en kod till { $address }. Ange den för att bekräfta din nya adress.
settings-email-change = Byt e-postadress
settings-email-new = Ny e-postadress
settings-email-sending-code = Skickar en kod…
settings-email-verified = Din nya e-postadress är bekräftad. Logga in med den från och med nu.
settings-email-code-resent = En ny kod är på väg.

## Password.

settings-password-heading = Lösenord
settings-password-intro = När du byter det loggas du ut på alla andra enheter.
settings-password-change = Byt lösenord
settings-password-new = Nytt lösenord
settings-password-changing = Byter…
settings-password-changed = Ditt lösenord är bytt. Alla andra sessioner har avslutats.

## Two-step sign-in.

settings-two-step-heading = Tvåstegsinloggning
settings-two-step-intro = Utöver lösenordet krävs en kod från en autentiseringsapp i mobilen, så att ett stulet lösenord inte räcker för att logga in.
settings-two-step-set-up = Ställ in tvåstegsinloggning
settings-two-step-on = Tvåstegsinloggning är på.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = Tvåstegsinloggning är på sedan { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = Tvåstegsinloggning är på ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = Tvåstegsinloggning är på sedan { $day } ({ $device }).
settings-two-step-codes-left-none = Inga reservkoder kvar: skapa nya, annars blir du utelåst om du tappar bort telefonen.
settings-two-step-codes-left-one = 1 reservkod kvar.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = { $count } reservkoder kvar.
settings-two-step-turn-off = Stäng av
settings-two-step-turning-off = Stänger av…
settings-two-step-off-code-hint = Koden som din autentiseringsapp visar, eller en av dina reservkoder.
settings-two-step-off-wrong-code = Koden stämmer inte. Ange den som appen visar just nu, eller en reservkod som du inte har använt.
settings-two-step-turned-off = Tvåstegsinloggning är av. Dina reservkoder fungerar inte längre.
settings-two-step-new-codes = Nya reservkoder
settings-two-step-new-codes-intro = En ny uppsättning med tio koder ersätter dem du har nu, använda eller inte.
settings-two-step-making-codes = Skapar nya koder…
settings-two-step-new-codes-made = Här är dina nya reservkoder. De gamla fungerar inte längre.
settings-two-step-setup-intro = Du behöver en autentiseringsapp i mobilen, till exempel Google Authenticator, Microsoft Authenticator eller din lösenordshanterare.
settings-two-step-continue = Fortsätt
settings-two-step-preparing = Förbereder…
settings-two-step-scan = Skanna den här QR-koden med din autentiseringsapp och ange sedan den sexsiffriga koden som appen visar.
settings-two-step-qr-code = QR-kod för din autentiseringsapp
# Followed by the secret key, as letters and digits.
settings-two-step-key = Eller ange den här nyckeln:
settings-two-step-open-app = Öppna i en autentiseringsapp på den här enheten
settings-two-step-device-name = Enhetsnamn (valfritt)
settings-two-step-device-name-hint = Visas i inställningarna, t.ex. Adas telefon
settings-two-step-wrong-code = Koden stämmer inte. Ange den som appen visar just nu.
settings-two-step-turned-on = Tvåstegsinloggning är på. Från och med nu behöver du appens kod när du loggar in.

## Recovery codes, shown once.

settings-recovery-heading = Dina reservkoder
settings-recovery-intro = Om du tappar bort telefonen kan du logga in en gång med varje kod i stället för med appen. Förvara dem säkert, till exempel i din lösenordshanterare: de visas bara den här gången.
settings-recovery-copy = Kopiera koder
settings-recovery-download = Ladda ned koder
settings-recovery-done = Klar
settings-recovery-copied = Kopierat.
settings-recovery-not-copied = Det gick inte att kopiera. Markera koderna och kopiera dem, eller ladda ned dem.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Reservkoder för { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Med varje kod kan du logga in en gång, i stället för med koden från din autentiseringsapp.

## Devices.

settings-devices-heading = Enheter
settings-devices-intro = Har du tappat bort en enhet eller använt en delad dator? Avsluta alla sessioner, även den här.
settings-devices-loading = Läser in enheterna som är inloggade på ditt konto…
settings-devices-this = Den här enheten
settings-devices-signed-in = Inloggad { $time }
settings-devices-last-active = senast aktiv { $time }
settings-sign-out-device = Logga ut enheten
settings-signing-out-device = Loggar ut…
settings-sign-out-everywhere = Logga ut överallt
settings-signing-out-everywhere = Loggar ut överallt…

## Your data.

settings-data-heading = Dina data
settings-data-intro = Allt vi sparar om ditt konto, som en JSON-fil.
settings-data-download = Ladda ned mina data
settings-data-preparing = Förbereder dina data…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Radera konto
settings-delete-intro = Raderar din inloggning och din profil för gott. Det går inte att ångra.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Skriv { $word } för att bekräfta
settings-deleting = Raderar…

## Passkeys.

passkeys-heading = Inloggningsnycklar
passkeys-intro = Med en inloggningsnyckel loggar du in med fingeravtryck, ansikte eller skärmlås i stället för lösenord. Den stannar på din enhet och kan inte nätfiskas.
passkeys-loading = Läser in dina inloggningsnycklar…
passkeys-none = Du har inga inloggningsnycklar än.
passkeys-list = Dina inloggningsnycklar
# A passkey without a name.
passkeys-unnamed = Inloggningsnyckel
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Tillagd { $day }
passkeys-add = Lägg till en inloggningsnyckel
passkeys-add-intro = Bekräfta först att det är du. Sedan ber din enhet dig att skapa inloggningsnyckeln med fingeravtryck, ansikte eller skärmlås.
passkeys-adding = Lägger till…
passkeys-added = Inloggningsnyckeln är tillagd. Nästa gång kan du logga in med den i stället för med lösenordet.
passkeys-remove = Ta bort
passkeys-remove-intro = När den har tagits bort kan du inte längre logga in med den. Din enhet kanske fortfarande visar den: radera den där också. Bekräfta först att det är du.
passkeys-removing = Tar bort…
passkeys-removed = Inloggningsnyckeln är borttagen. Du kan inte längre logga in med den.
passkeys-use-passkey = Använd en inloggningsnyckel i stället
passkeys-unsupported = Den här webbläsaren kan inte använda inloggningsnycklar.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Inloggningsnycklar kräver att webbplatsen öppnas via sitt namn, inte via en IP-adress. Öppna { $address } för att lägga till en.
passkeys-not-made-cancelled = Ingen inloggningsnyckel skapades: rutan stängdes eller tiden gick ut. Försök igen när du är redo.
passkeys-not-made = Din enhet kunde inte skapa någon inloggningsnyckel. Försök igen.
passkeys-proof-cancelled = Ingen inloggningsnyckel användes. Försök igen eller ange ditt nuvarande lösenord.
passkeys-proof-failed = Inloggningsnyckeln fungerade inte. Försök igen eller ange ditt nuvarande lösenord.
passkeys-proof-unsupported = Den här webbläsaren kan inte använda inloggningsnycklar. Ange ditt nuvarande lösenord.

## Recent activity.

activity-heading = Senaste aktivitet
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Känner du inte igen en rad? Använd { $sign-out-everywhere } ovan och sedan { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Känner du inte igen en rad? Använd { $sign-out-everywhere } ovan och skydda sedan kontot du loggar in med.
activity-loading = Läser in din aktivitet…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Okänd enhet
activity-signed-in = Inloggad
activity-sign-in-failed = Misslyckad inloggning (fel lösenord)
activity-password-changed = Lösenord bytt
activity-password-reset = Lösenord återställt med en mejlad kod
activity-email-changed = E-postadress bytt
activity-two-step-on = Tvåstegsinloggning påslagen
activity-two-step-off = Tvåstegsinloggning avstängd
activity-signed-out-everywhere = Utloggad överallt
activity-device-signed-out = Annan enhet utloggad
activity-passkey-added = Inloggningsnyckel tillagd
activity-passkey-removed = Inloggningsnyckel borttagen
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Inloggad med { $provider }
activity-provider-connected = { $provider } kopplat
activity-provider-disconnected = { $provider } frånkopplat

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Kopplade konton
settings-connected-intro = Logga in med ett annat av dina konton också. För att koppla ett anger du ditt lösenord här och loggar sedan in där.
settings-connected-made-with = Du skapade det här kontot med { $provider }, och du loggar in med det.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Kopplat sedan { $date }
settings-connected-not = Inte kopplat
settings-connect = Koppla
settings-connecting = Kopplar…
settings-disconnect = Koppla från
settings-disconnecting = Kopplar från…
settings-provider-disconnected = Frånkopplat. Det går inte längre att logga in på det här kontot med det.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Lösenord och tvåstegsinloggning
settings-made-with-intro = Du loggar in med { $provider }. Ditt lösenord och din tvåstegsinloggning hanteras där, inte här.
settings-fresh-sign-in = Logga först in igen med { $provider } för att radera kontot.
settings-sign-in-again = Logga in igen med { $provider }
