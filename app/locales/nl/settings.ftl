# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = Accountinstellingen
settings-back = ← Terug naar je profiel
settings-loading = Je account laden…

## What several sections share.

settings-cancel = Annuleren
settings-current-password = Huidig wachtwoord
settings-code = Code
settings-code-hint = De code die je authenticator-app nu toont.
settings-verify = Bevestigen
settings-verifying = Bevestigen…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = Je logt in met { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = We hebben een code gestuurd naar { $new }. Log in met { $current } tot je die code hebt ingevuld.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = We hebben een code gestuurd naar { $address }. Vul die in om je nieuwe adres te bevestigen.
settings-email-change = E-mailadres wijzigen
settings-email-new = Nieuw e-mailadres
settings-email-sending-code = Code versturen…
settings-email-verified = Je nieuwe e-mailadres is bevestigd. Log er voortaan mee in.
settings-email-code-resent = Er is een nieuwe code onderweg.

## Password.

settings-password-heading = Wachtwoord
settings-password-intro = Als je het wijzigt, word je op alle andere apparaten uitgelogd.
settings-password-change = Wachtwoord wijzigen
settings-password-new = Nieuw wachtwoord
settings-password-changing = Wijzigen…
settings-password-changed = Je wachtwoord is gewijzigd. Alle andere sessies zijn beëindigd.

## Two-step sign-in.

settings-two-step-heading = Inloggen in twee stappen
settings-two-step-intro = Bij het inloggen is naast je wachtwoord ook een code uit een authenticator-app op je telefoon nodig, zodat een gestolen wachtwoord alleen niet genoeg is.
settings-two-step-set-up = Inloggen in twee stappen instellen
settings-two-step-on = Inloggen in twee stappen staat aan.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = Inloggen in twee stappen staat aan sinds { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = Inloggen in twee stappen staat aan ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = Inloggen in twee stappen staat aan sinds { $day } ({ $device }).
settings-two-step-codes-left-none = Geen herstelcodes meer over: maak nieuwe aan, anders kun je niet meer inloggen als je je telefoon kwijtraakt.
settings-two-step-codes-left-one = Nog 1 herstelcode over.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = Nog { $count } herstelcodes over.
settings-two-step-turn-off = Uitzetten
settings-two-step-turning-off = Uitzetten…
settings-two-step-off-code-hint = De code die je authenticator-app toont, of een van je herstelcodes.
settings-two-step-off-wrong-code = Die code klopt niet. Vul de code in die de app nu toont, of een herstelcode die je nog niet hebt gebruikt.
settings-two-step-turned-off = Inloggen in twee stappen staat uit. Je herstelcodes werken niet meer.
settings-two-step-new-codes = Nieuwe herstelcodes
settings-two-step-new-codes-intro = Een nieuwe set van tien vervangt je huidige codes, gebruikt of niet.
settings-two-step-making-codes = Nieuwe codes maken…
settings-two-step-new-codes-made = Hier zijn je nieuwe herstelcodes. De oude werken niet meer.
settings-two-step-setup-intro = Je hebt een authenticator-app op je telefoon nodig, zoals Google Authenticator, Microsoft Authenticator of je wachtwoordmanager.
settings-two-step-continue = Doorgaan
settings-two-step-preparing = Voorbereiden…
settings-two-step-scan = Scan deze QR-code met je authenticator-app en vul daarna de zescijferige code in die de app toont.
settings-two-step-qr-code = QR-code voor je authenticator-app
# Followed by the secret key, as letters and digits.
settings-two-step-key = Of vul deze sleutel in:
settings-two-step-open-app = Openen in een authenticator-app op dit apparaat
settings-two-step-device-name = Apparaatnaam (optioneel)
settings-two-step-device-name-hint = Zichtbaar in je instellingen, bijv. Telefoon van Ada
settings-two-step-wrong-code = Die code klopt niet. Vul de code in die de app nu toont.
settings-two-step-turned-on = Inloggen in twee stappen staat aan. Vanaf nu vragen we bij het inloggen om de code uit de app.

## Recovery codes, shown once.

settings-recovery-heading = Je herstelcodes
settings-recovery-intro = Raak je je telefoon kwijt, dan kun je met elke code één keer inloggen in plaats van met de app. Bewaar ze op een veilige plek, zoals je wachtwoordmanager: je ziet ze alleen nu.
settings-recovery-copy = Codes kopiëren
settings-recovery-download = Codes downloaden
settings-recovery-done = Klaar
settings-recovery-copied = Gekopieerd.
settings-recovery-not-copied = Kopiëren is niet gelukt. Selecteer de codes en kopieer ze, of download ze.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = Herstelcodes voor { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = Met elke code kun je één keer inloggen, in plaats van met de code uit je authenticator-app.

## Devices.

settings-devices-heading = Apparaten
settings-devices-intro = Een apparaat kwijt of een gedeelde computer gebruikt? Beëindig alle sessies, ook deze.
settings-devices-loading = Apparaten laden die bij je account zijn ingelogd…
settings-devices-this = Dit apparaat
settings-devices-signed-in = Ingelogd op { $time }
settings-devices-last-active = laatst actief op { $time }
settings-sign-out-device = Apparaat uitloggen
settings-signing-out-device = Uitloggen…
settings-sign-out-everywhere = Overal uitloggen
settings-signing-out-everywhere = Overal uitloggen…

## Your data.

settings-data-heading = Je gegevens
settings-data-intro = Alles wat we over je account bewaren, als JSON-bestand.
settings-data-download = Mijn gegevens downloaden
settings-data-preparing = Je gegevens voorbereiden…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = Account verwijderen
settings-delete-intro = Verwijdert je inloggegevens en je profiel voorgoed. Dit kan niet ongedaan worden gemaakt.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = Typ { $word } om te bevestigen
settings-deleting = Verwijderen…

## Passkeys.

passkeys-heading = Toegangssleutels
passkeys-intro = Met een toegangssleutel log je in met je vingerafdruk, gezicht of schermvergrendeling in plaats van met je wachtwoord. Hij blijft op je apparaat en kan niet worden buitgemaakt met phishing.
passkeys-loading = Je toegangssleutels laden…
passkeys-none = Je hebt nog geen toegangssleutels.
passkeys-list = Je toegangssleutels
# A passkey without a name.
passkeys-unnamed = Toegangssleutel
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = Toegevoegd op { $day }
passkeys-add = Toegangssleutel toevoegen
passkeys-add-intro = Bevestig eerst dat jij het bent. Daarna vraagt je apparaat je om de toegangssleutel te maken, met je vingerafdruk, gezicht of schermvergrendeling.
passkeys-adding = Toevoegen…
passkeys-added = Toegangssleutel toegevoegd. Voortaan kun je ermee inloggen in plaats van met je wachtwoord.
passkeys-remove = Verwijderen
passkeys-remove-intro = Na het verwijderen kun je er niet meer mee inloggen. Je apparaat toont hem misschien nog: verwijder hem daar ook. Bevestig eerst dat jij het bent.
passkeys-removing = Verwijderen…
passkeys-removed = Toegangssleutel verwijderd. Je kunt er niet meer mee inloggen.
passkeys-use-passkey = Toegangssleutel gebruiken
passkeys-unsupported = Deze browser kan geen toegangssleutels gebruiken.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = Toegangssleutels werken alleen als deze site via zijn naam is geopend, niet via een IP-adres. Open { $address } om er een toe te voegen.
passkeys-not-made-cancelled = Er is geen toegangssleutel gemaakt: het venster is gesloten of de tijd was om. Probeer het opnieuw wanneer je zover bent.
passkeys-not-made = Je apparaat kon geen toegangssleutel maken. Probeer het nog eens.
passkeys-proof-cancelled = Er is geen toegangssleutel gebruikt. Probeer het nog eens of vul je huidige wachtwoord in.
passkeys-proof-failed = De toegangssleutel werkte niet. Probeer het nog eens of vul je huidige wachtwoord in.
passkeys-proof-unsupported = Deze browser kan geen toegangssleutels gebruiken. Vul je huidige wachtwoord in.

## Recent activity.

activity-heading = Recente activiteit
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = Herken je een regel niet? Gebruik hierboven { $sign-out-everywhere } en daarna { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = Herken je een regel niet? Gebruik hierboven { $sign-out-everywhere } en beveilig daarna het account waarmee je inlogt.
activity-loading = Je activiteit laden…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = Onbekend apparaat
activity-signed-in = Ingelogd
activity-sign-in-failed = Mislukte inlogpoging (onjuist wachtwoord)
activity-password-changed = Wachtwoord gewijzigd
activity-password-reset = Wachtwoord gereset met een gemailde code
activity-email-changed = E-mailadres gewijzigd
activity-two-step-on = Inloggen in twee stappen aangezet
activity-two-step-off = Inloggen in twee stappen uitgezet
activity-signed-out-everywhere = Overal uitgelogd
activity-device-signed-out = Ander apparaat uitgelogd
activity-passkey-added = Toegangssleutel toegevoegd
activity-passkey-removed = Toegangssleutel verwijderd
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = Ingelogd met { $provider }
activity-provider-connected = { $provider } gekoppeld
activity-provider-disconnected = { $provider } ontkoppeld

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = Gekoppelde accounts
settings-connected-intro = Log ook in met een ander account van jezelf. Bij het koppelen vragen we hier je wachtwoord, en daarna log je daar in.
settings-connected-made-with = Je hebt dit account gemaakt met { $provider }, en je logt ermee in.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = Gekoppeld sinds { $date }
settings-connected-not = Niet gekoppeld
settings-connect = Koppelen
settings-connecting = Koppelen…
settings-disconnect = Ontkoppelen
settings-disconnecting = Ontkoppelen…
settings-provider-disconnected = Ontkoppeld. Je kunt er niet meer mee inloggen op dit account.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = Wachtwoord en inloggen in twee stappen
settings-made-with-intro = Je logt in met { $provider }. Je wachtwoord en inloggen in twee stappen regel je daar, niet hier.
settings-fresh-sign-in = Log eerst opnieuw in met { $provider } om het account te verwijderen.
settings-sign-in-again = Opnieuw inloggen met { $provider }
