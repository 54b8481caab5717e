# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Naar de inhoud
nav-account = Account
nav-sign-in = Inloggen
nav-create-account = Account aanmaken
nav-sign-out = Uitloggen
footer-about = accounts op Amazon Cognito
footer-language = Taal
footer-change = Wijzigen

form-show = Tonen
form-hide = Verbergen
form-sending = Versturen…
form-password-rules = 8 tot 256 tekens. Spaties en alle letters of symbolen zijn prima; hoe langer, hoe sterker.
# { $level } is one of the form-strength-* words below.
form-strength = Sterkte: { $level }
form-strength-too-short = te kort
form-strength-fair = redelijk – een langer wachtwoord is sterker
form-strength-good = goed
form-strength-strong = sterk
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } van { $max } tekens
form-send-new-code = Nieuwe code sturen
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Nieuwe code sturen ({ $seconds } s)

field-email = E-mail
field-verification-code = Verificatiecode
field-verification-code-hint = Zes cijfers, of lettergroepen zoals ABCD-EFGH-…, zoals in de e-mail.

error-invalid = Controleer wat je hebt ingevuld.
error-wrong-credentials = Onjuist e-mailadres of wachtwoord.
error-not-confirmed = Dit e-mailadres is nog niet bevestigd.
error-wrong-code = Die code klopt niet of is verlopen. Vraag een nieuwe aan.
error-try-later = Te veel pogingen. Probeer het zo nog eens.
error-too-many-attempts =
    { $seconds ->
        [one] Te veel pogingen. Probeer het over { $seconds } seconde nog eens.
       *[other] Te veel pogingen. Probeer het over { $seconds } seconden nog eens.
    }
error-session-expired = Je sessie is verlopen. Log opnieuw in.
error-sign-in-expired = Het inloggen duurde te lang. Begin opnieuw.
error-passkey-refused = Die toegangssleutel werkte niet. Probeer het nog eens of kies een andere manier om in te loggen.
error-passkey-not-added = Deze toegangssleutel kon niet worden toegevoegd. Probeer het nog eens.
error-stale-profile = Dit profiel is ergens anders gewijzigd. Laad de pagina opnieuw om het te zien.
error-sessions-remain = Je wachtwoord is gewijzigd, maar niet elk apparaat kon worden uitgelogd. Gebruik zo meteen ‘Overal uitloggen’.
error-unavailable = De accountservice is nu niet bereikbaar. Wat je hebt ingevuld, blijft bewaard; probeer het zo nog eens.
error-account-exists = Er bestaat al een account met dit e-mailadres.
error-unreadable = Het formulier kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.
error-not-found = Niet gevonden.
error-internal = Er ging bij ons iets mis. Probeer het zo nog eens.
error-network = Kan de server niet bereiken. Controleer je verbinding en probeer het nog eens.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Dat inloggen is niet afgerond. Probeer het opnieuw.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Er bestaat al een account met dit e-mailadres. Log daarop in met je wachtwoord en koppel daarna { $provider } in Accountinstellingen, onder ‘Gekoppelde accounts’.
error-provider-in-use = Dit account van { $provider } is al gekoppeld aan een ander account.
error-provider-fresh-sign-in = Log voor deze wijziging eerst opnieuw in met { $provider } en probeer het daarna binnen vijf minuten nog eens.

invalid-email-missing = Vul je e-mailadres in.
invalid-email = Vul een e-mailadres in zoals name@example.com.
invalid-password-short = Gebruik minstens 8 tekens.
invalid-password-long = Gebruik hoogstens 256 tekens.
invalid-password-common = Dit is een van de meest gebruikte wachtwoorden, dus een aanvaller probeert het als een van de eerste. Kies er zelf een, bijvoorbeeld een paar woorden die niets met elkaar te maken hebben.
invalid-password-personal = Dit wachtwoord is gemaakt van je e-mailadres of naam, en dat kan iedereen die je kent raden. Kies er een dat niets met jou te maken heeft.
invalid-password-guessable = Dit wachtwoord is makkelijk te raden: één woord, een naam, een datum of een toetsenbordpatroon. Maak het langer, bijvoorbeeld met een paar woorden die niets met elkaar te maken hebben.
invalid-password-breached = Dit wachtwoord komt voor in een datalek, dus aanvallers proberen het uit. Kies een ander wachtwoord.
invalid-code-missing = Vul de code uit de e-mail in.
invalid-code = Dat lijkt geen code uit onze e-mail. Controleer hem en probeer het nog eens.
invalid-sign-in-code = Vul de code uit de e-mail in: alleen cijfers.
invalid-current-password = Vul je huidige wachtwoord in.
invalid-app-code = Vul de zescijferige code in die je authenticator-app toont.
invalid-recovery-code = Vul een van je herstelcodes in: tien letters en cijfers, zoals 4f7k2-9xq3m.
invalid-app-or-recovery-code = Vul de code in die je authenticator-app toont, of een van je herstelcodes.
invalid-device-name = Gebruik hoogstens 64 letters, cijfers, spaties en leestekens.
invalid-display-name-missing = Vul de naam in die bij je account moet staan.
invalid-display-name-long = Gebruik hoogstens 64 tekens.
invalid-display-name-characters = Gebruik alleen letters, cijfers, spaties en leestekens.
invalid-bio-long = Gebruik hoogstens 280 tekens.
invalid-bio-characters = Gebruik alleen letters, cijfers, spaties, leestekens en regeleinden.
invalid-time-zone = Kies een tijdzone uit de lijst.
invalid-language = Kies een taal uit de lijst.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Typ { $word } om te bevestigen.

notice-verified = Je e-mailadres is bevestigd. Log nu in.
notice-reset = Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.
notice-expired = Je sessie is verlopen. Log opnieuw in.
notice-signin = Log in om verder te gaan.
notice-resent = Dit e-mailadres is nog niet bevestigd. We hebben je een nieuwe code gestuurd.
notice-everywhere = Je bent op alle apparaten uitgelogd.
notice-deleted = Je account en profiel zijn verwijderd.
notice-connected = { $provider } is gekoppeld: je kunt er nu ook mee inloggen.
notice-two-step-lifted = Je bent ingelogd met een herstelcode, dus inloggen in twee stappen staat uit. Stel het hieronder opnieuw in met je nieuwe telefoon.
