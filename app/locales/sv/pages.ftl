# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Glömt lösenord
forgot-heading = Har du glömt ditt lösenord?
forgot-intro = Ange din e-postadress. Om den hör till ett konto skickar vi en kod så att du kan välja ett nytt lösenord.
forgot-form-send = Skicka återställningskod
forgot-form-back = Tillbaka till inloggningen

home-title = Välkommen
# { $app } is the app's name.
home-heading = Välkommen till { $app }
home-lead = Ett konto för allt här: skapa det med din e-postadress, bekräfta det med en kod och samla din profil på ett ställe.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Hej { $name }!
home-actions-profile = Gå till din profil

signup-form-check-inbox = Kolla din inkorg: vi har skickat en kod för att bekräfta din e-postadress.
signup-form-password = Lösenord
signup-form-display-name-hint = Så hälsar vi på dig. Du kan ändra det senare.
signup-form-creating = Skapar konto…
signup-form-have-account = Har du redan ett konto?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Bekräfta din e-postadress
verify-step-verify = Bekräfta
verify-step-verifying = Bekräftar…
# { $email } is the address the code went to.
verify-step-resent = Vi har skickat en ny kod till { $email }.
verify-form-enter-code = Ange koden som vi mejlade dig för att bekräfta din adress.

# The page's title and its button.
reset-form-reset = Återställ lösenord
reset-heading = Välj ett nytt lösenord
reset-intro = Om det finns ett konto med den e-postadressen är en kod på väg. Ange den tillsammans med ditt nya lösenord.
reset-form-new-password = Nytt lösenord
reset-form-new-code = Behöver du en ny kod?

profile-heading = Din profil
profile-form-loading = Läser in din profil…
profile-form-restored = Dina osparade ändringar är tillbaka. Spara för att behålla dem.
profile-form-saved = Sparat.
profile-form-last-saved = Senast sparad
profile-form-two-step = Tvåstegsinloggning
profile-form-two-step-on = På
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = På (sedan { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Av –
profile-form-set-up-two-step = ställ in den under Kontoinställningar
# A form field's label; also on the sign-up page.
profile-form-display-name = Visningsnamn
profile-form-bio = Om mig
profile-form-time-zone = Tidszon
profile-form-language = Önskat språk
profile-form-save = Spara
# A button's label while it saves; also on the password reset page.
profile-form-saving = Sparar…
profile-form-account-settings = Kontoinställningar
profile-form-settings-summary = Lösenord, e-post, tvåstegsinloggning, dina data och radering av kontot

not-found-heading = Sidan hittades inte
not-found-text = Det finns inget på den här adressen.
not-found-home = Gå till startsidan

# The developer's mailbox, local mode only.
mailbox-heading = Brevlåda
mailbox-intro = Lokalt läge skickar ingen riktig e-post. Alla meddelanden som appen skulle ha skickat listas här, de senaste först.
mailbox-empty = Inga meddelanden än. Skapa ett konto eller be om en återställningskod och ladda sedan om sidan.
mailbox-to = Till
mailbox-purpose = Syfte
mailbox-subject = Ämne
mailbox-code = Kod
mailbox-links = Länkar
mailbox-sent = Skickat

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Den här webbläsaren kan inte använda inloggningsnycklar. Välj ett annat sätt.
session-passkey-cancelled = Ingen inloggningsnyckel användes. Försök igen eller välj ett annat sätt.
session-passkey-already-registered = Den här enheten har redan en inloggningsnyckel för ditt konto.
session-passkey-wrong-site = Inloggningsnycklar fungerar bara med webbplatsens namn: öppna den via localhost, inte via en IP-adress.
session-passkey-failed = Inloggningsnyckeln fungerade inte. Försök igen eller välj ett annat sätt.
