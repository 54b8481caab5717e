# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = पासवर्ड भूल गए
forgot-heading = अपना पासवर्ड भूल गए?
forgot-intro = अपना ईमेल डालें। अगर यह किसी खाते से जुड़ा है, तो हम नया पासवर्ड सेट करने के लिए एक कोड भेजेंगे।
forgot-form-send = रीसेट कोड भेजें
forgot-form-back = साइन इन पर वापस जाएँ

home-title = स्वागत है
# { $app } is the app's name.
home-heading = { $app } में आपका स्वागत है
home-lead = यहाँ की हर चीज़ के लिए एक ही खाता: इसे अपने ईमेल से बनाएँ, कोड से इसकी पुष्टि करें और अपनी प्रोफ़ाइल एक ही जगह रखें।
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = नमस्ते, { $name }!
home-actions-profile = अपनी प्रोफ़ाइल पर जाएँ

signup-form-check-inbox = अपना इनबॉक्स देखें: हमने आपके ईमेल की पुष्टि के लिए एक कोड भेजा है।
signup-form-password = पासवर्ड
signup-form-display-name-hint = हम आपको इसी नाम से बुलाएँगे। आप इसे बाद में बदल सकते हैं।
signup-form-creating = खाता बनाया जा रहा है…
signup-form-have-account = क्या आपका पहले से खाता है?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = अपने ईमेल की पुष्टि करें
verify-step-verify = पुष्टि करें
verify-step-verifying = पुष्टि की जा रही है…
# { $email } is the address the code went to.
verify-step-resent = हमने { $email } पर एक नया कोड भेजा है।
verify-form-enter-code = अपने पते की पुष्टि के लिए वह कोड डालें जो हमने आपको ईमेल किया है।

# The page's title and its button.
reset-form-reset = पासवर्ड रीसेट करें
reset-heading = नया पासवर्ड सेट करें
reset-intro = अगर उस ईमेल से कोई खाता जुड़ा है, तो कोड भेज दिया गया है। उसे अपने नए पासवर्ड के साथ डालें।
reset-form-new-password = नया पासवर्ड
reset-form-new-code = नया कोड चाहिए?

profile-heading = आपकी प्रोफ़ाइल
profile-form-loading = आपकी प्रोफ़ाइल लोड हो रही है…
profile-form-restored = आपके बिना सहेजे गए बदलाव वापस आ गए हैं। उन्हें बनाए रखने के लिए सहेजें।
profile-form-saved = सहेज लिया गया।
profile-form-last-saved = आखिरी बार सहेजा गया
profile-form-two-step = दो-चरणीय साइन-इन
profile-form-two-step-on = चालू
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = चालू ({ $date } से)
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = बंद —
profile-form-set-up-two-step = इसे खाता सेटिंग में सेट अप करें
# A form field's label; also on the sign-up page.
profile-form-display-name = दिखने वाला नाम
profile-form-bio = परिचय
profile-form-time-zone = टाइम ज़ोन
profile-form-language = पसंदीदा भाषा
profile-form-save = सहेजें
# A button's label while it saves; also on the password reset page.
profile-form-saving = सहेजा जा रहा है…
profile-form-account-settings = खाता सेटिंग
profile-form-settings-summary = पासवर्ड, ईमेल, दो-चरणीय साइन-इन, आपका डेटा और खाता मिटाना

not-found-heading = पेज नहीं मिला
not-found-text = इस पते पर कुछ नहीं है।
not-found-home = होम पेज पर जाएँ

# The developer's mailbox, local mode only.
mailbox-heading = मेलबॉक्स
mailbox-intro = लोकल मोड में कोई असली ईमेल नहीं भेजा जाता। ऐप जो भी मैसेज भेजता, वे सब यहाँ दिखते हैं, सबसे नया सबसे ऊपर।
mailbox-empty = अभी कोई मैसेज नहीं है। खाता बनाएँ या रीसेट कोड माँगें, फिर यह पेज दोबारा लोड करें।
mailbox-to = किसे
mailbox-purpose = उद्देश्य
mailbox-subject = विषय
mailbox-code = कोड
mailbox-links = लिंक
mailbox-sent = भेजा गया

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = यह ब्राउज़र पासकी इस्तेमाल नहीं कर सकता। कोई और तरीका चुनें।
session-passkey-cancelled = किसी पासकी का इस्तेमाल नहीं हुआ। फिर से कोशिश करें या कोई और तरीका चुनें।
session-passkey-already-registered = इस डिवाइस पर आपके खाते के लिए पहले से एक पासकी है।
session-passkey-wrong-site = पासकी सिर्फ़ इस साइट के नाम पर काम करती हैं: इसे localhost पर खोलें, IP पते पर नहीं।
session-passkey-failed = पासकी काम नहीं आई। फिर से कोशिश करें या कोई और तरीका चुनें।
