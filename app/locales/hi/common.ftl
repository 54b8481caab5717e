# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = सीधे सामग्री पर जाएँ
nav-account = खाता
nav-sign-in = साइन इन करें
nav-create-account = खाता बनाएँ
nav-sign-out = साइन आउट करें
footer-about = Amazon Cognito पर बने खाते
footer-language = भाषा
footer-change = बदलें

form-show = दिखाएँ
form-hide = छिपाएँ
form-sending = भेजा जा रहा है…
form-password-rules = 8 से 256 वर्ण। स्पेस और कोई भी अक्षर या चिह्न इस्तेमाल कर सकते हैं; जितना लंबा, उतना मज़बूत।
# { $level } is one of the form-strength-* words below.
form-strength = पासवर्ड की मज़बूती: { $level }
form-strength-too-short = बहुत छोटा
form-strength-fair = ठीक-ठाक: लंबा पासवर्ड ज़्यादा मज़बूत होता है
form-strength-good = अच्छा
form-strength-strong = मज़बूत
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $max } में से { $count } वर्ण
form-send-new-code = नया कोड भेजें
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = नया कोड भेजें ({ $seconds } सेकंड)

field-email = ईमेल
field-verification-code = सत्यापन कोड
field-verification-code-hint = छह अंक, या ABCD-EFGH-… जैसे अक्षरों के समूह, जैसा ईमेल में दिया गया है।

error-invalid = आपने जो डाला है, उसे एक बार जाँच लें।
error-wrong-credentials = ईमेल या पासवर्ड गलत है।
error-not-confirmed = इस ईमेल पते की अभी पुष्टि नहीं हुई है।
error-wrong-code = यह कोड सही नहीं है या इसकी समय-सीमा खत्म हो गई है। नया कोड मँगवाएँ।
error-try-later = बहुत ज़्यादा कोशिशें हो गईं। थोड़ी देर बाद फिर से कोशिश करें।
error-too-many-attempts =
    { $seconds ->
        [one] बहुत ज़्यादा कोशिशें हो गईं। { $seconds } सेकंड बाद फिर से कोशिश करें।
       *[other] बहुत ज़्यादा कोशिशें हो गईं। { $seconds } सेकंड बाद फिर से कोशिश करें।
    }
error-session-expired = आपका सेशन खत्म हो गया है। कृपया फिर से साइन इन करें।
error-sign-in-expired = इस साइन-इन में बहुत ज़्यादा समय लग गया। फिर से शुरू करें।
error-passkey-refused = वह पासकी काम नहीं आई। फिर से कोशिश करें या साइन इन करने का कोई और तरीका चुनें।
error-passkey-not-added = यह पासकी जोड़ी नहीं जा सकी। फिर से कोशिश करें।
error-stale-profile = यह प्रोफ़ाइल कहीं और बदली गई है। इसे देखने के लिए पेज फिर से लोड करें।
error-sessions-remain = आपका पासवर्ड बदल गया है, लेकिन सभी डिवाइस से साइन आउट नहीं हो सका। थोड़ी देर बाद “सभी डिवाइस से साइन आउट करें” इस्तेमाल करें।
error-unavailable = अभी खाता सेवा से संपर्क नहीं हो पा रहा है। आपने जो लिखा है, वह सुरक्षित है; थोड़ी देर बाद फिर से कोशिश करें।
error-account-exists = इस ईमेल से एक खाता पहले से मौजूद है।
error-unreadable = फ़ॉर्म पढ़ा नहीं जा सका। पेज फिर से लोड करें और दोबारा कोशिश करें।
error-not-found = नहीं मिला।
error-internal = हमारी तरफ़ से कुछ गड़बड़ हो गई। थोड़ी देर बाद फिर से कोशिश करें।
error-network = सर्वर से कनेक्ट नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = वह साइन-इन पूरा नहीं हुआ। कृपया फिर से कोशिश करें।
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = इस ईमेल से एक खाता पहले से मौजूद है। अपने पासवर्ड से उसमें साइन इन करें, फिर खाता सेटिंग के “कनेक्ट किए गए खाते” सेक्शन में { $provider } कनेक्ट करें।
error-provider-in-use = यह { $provider } खाता पहले से किसी दूसरे खाते में साइन इन करने के लिए इस्तेमाल हो रहा है।
error-provider-fresh-sign-in = इस बदलाव के लिए पहले { $provider } से फिर से साइन इन करें, फिर पाँच मिनट के अंदर दोबारा कोशिश करें।

invalid-email-missing = अपना ईमेल पता डालें।
invalid-email = name@example.com जैसा ईमेल पता डालें।
invalid-password-short = कम से कम 8 वर्ण इस्तेमाल करें।
invalid-password-long = ज़्यादा से ज़्यादा 256 वर्ण इस्तेमाल करें।
invalid-password-common = यह सबसे आम पासवर्ड में से एक है, इसलिए हमलावर इसे सबसे पहले आज़माते हैं। अपना खुद का पासवर्ड चुनें, जैसे कुछ ऐसे शब्द जिनका आपस में कोई संबंध न हो।
invalid-password-personal = यह पासवर्ड आपके ईमेल या नाम से बना है, जिसका अंदाज़ा आपको जानने वाला कोई भी लगा सकता है। ऐसा पासवर्ड चुनें जिसका आपसे कोई संबंध न हो।
invalid-password-guessable = इस पासवर्ड का अंदाज़ा लगाना आसान है: यह एक ही शब्द, कोई नाम, कोई तारीख या कीबोर्ड का कोई पैटर्न है। इसे लंबा बनाएँ, जैसे कुछ ऐसे शब्द जोड़कर जिनका आपस में कोई संबंध न हो।
invalid-password-breached = यह पासवर्ड किसी डेटा लीक में सामने आ चुका है, इसलिए हमलावर इसे आज़माते हैं। कोई दूसरा पासवर्ड चुनें।
invalid-code-missing = ईमेल में आया कोड डालें।
invalid-code = यह हमारे ईमेल में भेजे गए कोड जैसा नहीं लगता। इसे जाँचें और फिर से कोशिश करें।
invalid-sign-in-code = ईमेल में आया कोड डालें: सिर्फ़ अंक।
invalid-current-password = अपना मौजूदा पासवर्ड डालें।
invalid-app-code = आपके ऑथेंटिकेटर ऐप में दिख रहा छह अंकों का कोड डालें।
invalid-recovery-code = अपने रिकवरी कोड में से कोई एक डालें: दस अक्षर और अंक, जैसे 4f7k2-9xq3m।
invalid-app-or-recovery-code = अपने ऑथेंटिकेटर ऐप में दिख रहा कोड या अपने रिकवरी कोड में से कोई एक डालें।
invalid-device-name = ज़्यादा से ज़्यादा 64 अक्षर, अंक, स्पेस और विराम चिह्न इस्तेमाल करें।
invalid-display-name-missing = वह नाम डालें जो आपके खाते पर दिखेगा।
invalid-display-name-long = ज़्यादा से ज़्यादा 64 वर्ण इस्तेमाल करें।
invalid-display-name-characters = सिर्फ़ अक्षर, अंक, स्पेस और विराम चिह्न इस्तेमाल करें।
invalid-bio-long = ज़्यादा से ज़्यादा 280 वर्ण इस्तेमाल करें।
invalid-bio-characters = सिर्फ़ अक्षर, अंक, स्पेस, विराम चिह्न और लाइन ब्रेक इस्तेमाल करें।
invalid-time-zone = सूची से कोई टाइम ज़ोन चुनें।
invalid-language = सूची से कोई भाषा चुनें।
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = पुष्टि करने के लिए { $word } टाइप करें।

notice-verified = आपके ईमेल की पुष्टि हो गई है। कृपया साइन इन करें।
notice-reset = आपका पासवर्ड बदल दिया गया है। नए पासवर्ड से साइन इन करें।
notice-expired = आपका सेशन खत्म हो गया है। कृपया फिर से साइन इन करें।
notice-signin = जारी रखने के लिए कृपया साइन इन करें।
notice-resent = इस ईमेल की अभी पुष्टि नहीं हुई है। हमने आपको एक नया कोड भेजा है।
notice-everywhere = आप सभी डिवाइस से साइन आउट हो गए हैं।
notice-deleted = आपका खाता और प्रोफ़ाइल मिटा दिए गए हैं।
notice-connected = { $provider } कनेक्ट हो गया है: अब आप इससे भी साइन इन कर सकते हैं।
notice-two-step-lifted = आपने रिकवरी कोड से साइन इन किया है, इसलिए दो-चरणीय साइन-इन बंद हो गया है। नीचे अपने नए फ़ोन से इसे फिर से सेट अप करें।
