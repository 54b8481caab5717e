# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = Hoppa till innehållet
nav-account = Konto
nav-sign-in = Logga in
nav-create-account = Skapa konto
nav-sign-out = Logga ut
footer-about = konton på Amazon Cognito
footer-language = Språk
footer-change = Byt

form-show = Visa
form-hide = Dölj
form-sending = Skickar…
form-password-rules = 8 till 256 tecken. Mellanslag och alla bokstäver och symboler går bra; ju längre, desto starkare.
# { $level } is one of the form-strength-* words below.
form-strength = Styrka: { $level }
form-strength-too-short = för kort
form-strength-fair = okej – ett längre lösenord är starkare
form-strength-good = bra
form-strength-strong = stark
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } av { $max } tecken
form-send-new-code = Skicka en ny kod
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = Skicka en ny kod ({ $seconds } s)

field-email = E-post
field-verification-code = Verifieringskod
field-verification-code-hint = Sex siffror, eller bokstavsgrupper som ABCD-EFGH-…, som i mejlet.

error-invalid = Kontrollera det du har angett.
error-wrong-credentials = Fel e-postadress eller lösenord.
error-not-confirmed = Den här e-postadressen är inte bekräftad än.
error-wrong-code = Koden stämmer inte eller har gått ut. Skicka en ny.
error-try-later = För många försök. Försök igen om en stund.
error-too-many-attempts =
    { $seconds ->
        [one] För många försök. Försök igen om { $seconds } sekund.
       *[other] För många försök. Försök igen om { $seconds } sekunder.
    }
error-session-expired = Din session har avslutats. Logga in igen.
error-sign-in-expired = Inloggningen tog för lång tid. Börja om.
error-passkey-refused = Inloggningsnyckeln fungerade inte. Försök igen eller välj ett annat sätt att logga in.
error-passkey-not-added = Inloggningsnyckeln kunde inte läggas till. Försök igen.
error-stale-profile = Profilen har ändrats någon annanstans. Ladda om sidan för att se den.
error-sessions-remain = Ditt lösenord är bytt, men alla enheter kunde inte loggas ut. Använd ”Logga ut överallt” om en stund.
error-unavailable = Kontotjänsten går inte att nå just nu. Det du har skrivit finns kvar; försök igen om en stund.
error-account-exists = Det finns redan ett konto med den här e-postadressen.
error-unreadable = Formuläret kunde inte läsas. Ladda om sidan och försök igen.
error-not-found = Hittades inte.
error-internal = Något gick fel hos oss. Försök igen om en stund.
error-network = Det gick inte att nå servern. Kontrollera anslutningen och försök igen.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = Inloggningen slutfördes inte. Försök igen.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = Det finns redan ett konto med den här e-postadressen. Logga in på det med ditt lösenord och koppla sedan { $provider } under Kontoinställningar, i ”Kopplade konton”.
error-provider-in-use = Det här kontot hos { $provider } används redan för att logga in på ett annat konto.
error-provider-fresh-sign-in = Logga först in igen med { $provider } för den här ändringen och försök sedan igen inom fem minuter.

invalid-email-missing = Ange din e-postadress.
invalid-email = Ange en e-postadress som name@example.com.
invalid-password-short = Använd minst 8 tecken.
invalid-password-long = Använd högst 256 tecken.
invalid-password-common = Det här är ett av de vanligaste lösenorden, så det är bland de första en angripare testar. Välj ett eget, till exempel några ord som inte hör ihop.
invalid-password-personal = Det här lösenordet bygger på din e-postadress eller ditt namn, som alla som känner dig kan gissa. Välj ett som inte har med dig att göra.
invalid-password-guessable = Det här lösenordet är lätt att gissa: ett enda ord, ett namn, ett datum eller ett tangentbordsmönster. Gör det längre, till exempel med några ord som inte hör ihop.
invalid-password-breached = Det här lösenordet har förekommit i ett dataintrång, så angripare testar det. Välj ett annat.
invalid-code-missing = Ange koden från mejlet.
invalid-code = Det ser inte ut som en kod från vårt mejl. Kontrollera den och försök igen.
invalid-sign-in-code = Ange koden från mejlet, bara siffror.
invalid-current-password = Ange ditt nuvarande lösenord.
invalid-app-code = Ange den sexsiffriga koden som din autentiseringsapp visar.
invalid-recovery-code = Ange en av dina reservkoder: tio bokstäver och siffror, som 4f7k2-9xq3m.
invalid-app-or-recovery-code = Ange koden som din autentiseringsapp visar, eller en av dina reservkoder.
invalid-device-name = Använd högst 64 bokstäver, siffror, mellanslag och skiljetecken.
invalid-display-name-missing = Ange namnet som ska visas på ditt konto.
invalid-display-name-long = Använd högst 64 tecken.
invalid-display-name-characters = Använd bara bokstäver, siffror, mellanslag och skiljetecken.
invalid-bio-long = Använd högst 280 tecken.
invalid-bio-characters = Använd bara bokstäver, siffror, mellanslag, skiljetecken och radbrytningar.
invalid-time-zone = Välj en tidszon i listan.
invalid-language = Välj ett språk i listan.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = Skriv { $word } för att bekräfta.

notice-verified = Din e-postadress är bekräftad. Logga in.
notice-reset = Ditt lösenord har bytts. Logga in med det nya.
notice-expired = Din session har avslutats. Logga in igen.
notice-signin = Logga in för att fortsätta.
notice-resent = Den här e-postadressen är inte bekräftad än. Vi har skickat en ny kod till dig.
notice-everywhere = Du är utloggad på alla enheter.
notice-deleted = Ditt konto och din profil är raderade.
notice-connected = { $provider } är kopplat: du kan logga in med det också.
notice-two-step-lifted = Du loggade in med en reservkod, så tvåstegsinloggning är avstängd. Ställ in den igen nedan med din nya telefon.
