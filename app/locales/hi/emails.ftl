# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = Doorway के लिए अपने ईमेल पते की पुष्टि करें
email-sign-up-body = Doorway में आपका स्वागत है! अपने ईमेल पते की पुष्टि करने के लिए यह कोड डालें:
email-sign-up-expiry = यह कोड 24 घंटे तक काम करेगा।
email-sign-up-not-you = अगर आपने खाता नहीं बनाया है, तो इस ईमेल को अनदेखा कर सकते हैं।

email-resend-subject = आपका नया Doorway पुष्टि कोड
email-resend-body = अपने ईमेल पते की पुष्टि के लिए यह रहा नया कोड:
email-resend-expiry = यह कोड 24 घंटे तक काम करेगा। पहले के कोड अब काम नहीं करेंगे।
email-resend-not-you = अगर आपने कोड नहीं माँगा है, तो इस ईमेल को अनदेखा कर सकते हैं।

email-reset-subject = अपना Doorway पासवर्ड रीसेट करें
email-reset-body = नया पासवर्ड सेट करने के लिए यह कोड डालें:
email-reset-expiry = यह कोड एक घंटे तक काम करेगा।
email-reset-not-you = अगर आपने पासवर्ड रीसेट करने के लिए नहीं कहा है, तो इस ईमेल को अनदेखा करें: आपका पासवर्ड जैसा है, वैसा ही रहेगा।

email-change-subject = Doorway के लिए अपने नए ईमेल पते की पुष्टि करें
email-change-body = अपने नए ईमेल पते की पुष्टि करने के लिए यह कोड अपनी सेटिंग में डालें:
email-change-expiry = यह कोड 24 घंटे तक काम करेगा।
email-change-not-you = अगर आपने अपना ईमेल बदलने के लिए नहीं कहा है, तो साइन इन करें और अपना पासवर्ड बदलें।

email-sign-in-code-subject = आपका Doorway साइन-इन कोड
email-sign-in-code-body = साइन इन करने के लिए यह कोड डालें:
email-sign-in-code-expiry = यह कोड कुछ ही मिनट तक और सिर्फ़ एक बार काम करेगा।
email-sign-in-code-not-you = अगर आप साइन इन नहीं कर रहे हैं, तो यह कोड किसी के साथ शेयर न करें और अपना पासवर्ड बदलें।

email-open-page = या यह पेज खोलें:
