# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = Wachtwoord vergeten
forgot-heading = Wachtwoord vergeten?
forgot-intro = Vul je e-mailadres in. Hoort het bij een account, dan sturen we je een code om een nieuw wachtwoord in te stellen.
forgot-form-send = Resetcode sturen
forgot-form-back = Terug naar inloggen

home-title = Welkom
# { $app } is the app's name.
home-heading = Welkom bij { $app }
home-lead = Eén account voor alles hier: maak het aan met je e-mailadres, bevestig het met een code en houd je profiel op één plek bij.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = Hallo, { $name }!
home-actions-profile = Naar je profiel

signup-form-check-inbox = Kijk in je inbox: we hebben je een code gestuurd om je e-mailadres te bevestigen.
signup-form-password = Wachtwoord
signup-form-display-name-hint = Zo spreken we je aan. Je kunt het later wijzigen.
signup-form-creating = Account aanmaken…
signup-form-have-account = Heb je al een account?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = Bevestig je e-mailadres
verify-step-verify = Bevestigen
verify-step-verifying = Bevestigen…
# { $email } is the address the code went to.
verify-step-resent = We hebben een nieuwe code gestuurd naar { $email }.
verify-form-enter-code = Vul de code in die we je hebben gemaild om je adres te bevestigen.

# The page's title and its button.
reset-form-reset = Wachtwoord resetten
reset-heading = Stel een nieuw wachtwoord in
reset-intro = Hoort dat e-mailadres bij een account, dan is er een code onderweg. Vul die in met je nieuwe wachtwoord.
reset-form-new-password = Nieuw wachtwoord
reset-form-new-code = Nieuwe code nodig?

profile-heading = Je profiel
profile-form-loading = Je profiel laden…
profile-form-restored = Je niet-opgeslagen wijzigingen zijn terug. Sla ze op om ze te bewaren.
profile-form-saved = Opgeslagen.
profile-form-last-saved = Laatst opgeslagen
profile-form-two-step = Inloggen in twee stappen
profile-form-two-step-on = Aan
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = Aan (sinds { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = Uit –
profile-form-set-up-two-step = stel het in bij Accountinstellingen
# A form field's label; also on the sign-up page.
profile-form-display-name = Weergavenaam
profile-form-bio = Bio
profile-form-time-zone = Tijdzone
profile-form-language = Voorkeurstaal
profile-form-save = Opslaan
# A button's label while it saves; also on the password reset page.
profile-form-saving = Opslaan…
profile-form-account-settings = Accountinstellingen
profile-form-settings-summary = Wachtwoord, e-mail, inloggen in twee stappen, je gegevens en je account verwijderen

not-found-heading = Pagina niet gevonden
not-found-text = Op dit adres staat niets.
not-found-home = Naar de startpagina

# The developer's mailbox, local mode only.
mailbox-heading = Postvak
mailbox-intro = De lokale modus verstuurt geen echte e-mail. Elk bericht dat de app zou hebben verstuurd, staat hier, het nieuwste bovenaan.
mailbox-empty = Nog geen berichten. Maak een account aan of vraag een resetcode aan en laad deze pagina daarna opnieuw.
mailbox-to = Aan
mailbox-purpose = Doel
mailbox-subject = Onderwerp
mailbox-code = Code
mailbox-links = Links
mailbox-sent = Verstuurd

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = Deze browser kan geen toegangssleutels gebruiken. Kies een andere manier.
session-passkey-cancelled = Er is geen toegangssleutel gebruikt. Probeer het nog eens of kies een andere manier.
session-passkey-already-registered = Dit apparaat heeft al een toegangssleutel voor je account.
session-passkey-wrong-site = Toegangssleutels werken alleen via de naam van deze site: open hem via localhost, niet via een IP-adres.
session-passkey-failed = De toegangssleutel werkte niet. Probeer het nog eens of kies een andere manier.
