# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = खाता सेटिंग
settings-back = ← अपनी प्रोफ़ाइल पर वापस जाएँ
settings-loading = आपका खाता लोड हो रहा है…

## What several sections share.

settings-cancel = रद्द करें
settings-current-password = मौजूदा पासवर्ड
settings-code = कोड
settings-code-hint = आपके ऑथेंटिकेटर ऐप में अभी दिख रहा कोड।
settings-verify = पुष्टि करें
settings-verifying = पुष्टि की जा रही है…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = आप { $address } से साइन इन करते हैं।
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = हमने { $new } पर एक कोड भेजा है। जब तक आप उसे नहीं डालते, { $current } से ही साइन इन करते रहें।
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = हमने { $address } पर एक कोड भेजा है। अपने नए पते की पुष्टि करने के लिए उसे डालें।
settings-email-change = ईमेल बदलें
settings-email-new = नया ईमेल
settings-email-sending-code = कोड भेजा जा रहा है…
settings-email-verified = आपके नए ईमेल की पुष्टि हो गई है। अब से साइन इन करने के लिए इसी का इस्तेमाल करें।
settings-email-code-resent = एक नया कोड भेजा जा रहा है।

## Password.

settings-password-heading = पासवर्ड
settings-password-intro = इसे बदलने पर आप बाकी सभी डिवाइस से साइन आउट हो जाएँगे।
settings-password-change = पासवर्ड बदलें
settings-password-new = नया पासवर्ड
settings-password-changing = बदला जा रहा है…
settings-password-changed = आपका पासवर्ड बदल गया है। बाकी सभी सेशन खत्म हो गए हैं।

## Two-step sign-in.

settings-two-step-heading = दो-चरणीय साइन-इन
settings-two-step-intro = पासवर्ड के साथ-साथ अपने फ़ोन के ऑथेंटिकेटर ऐप का कोड भी माँगें, ताकि सिर्फ़ चोरी हुए पासवर्ड से कोई साइन इन न कर सके।
settings-two-step-set-up = दो-चरणीय साइन-इन सेट अप करें
settings-two-step-on = दो-चरणीय साइन-इन चालू है।
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = दो-चरणीय साइन-इन { $day } से चालू है।
# { $device } is the name the person gave their phone.
settings-two-step-on-device = दो-चरणीय साइन-इन चालू है ({ $device })।
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = दो-चरणीय साइन-इन { $day } से चालू है ({ $device })।
settings-two-step-codes-left-none = कोई रिकवरी कोड नहीं बचा: नए कोड बनाएँ, वरना फ़ोन खो जाने पर आप अपने खाते में नहीं जा पाएँगे।
settings-two-step-codes-left-one = 1 रिकवरी कोड बचा है।
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = { $count } रिकवरी कोड बचे हैं।
settings-two-step-turn-off = बंद करें
settings-two-step-turning-off = बंद किया जा रहा है…
settings-two-step-off-code-hint = आपके ऑथेंटिकेटर ऐप में दिख रहा कोड, या आपके रिकवरी कोड में से कोई एक।
settings-two-step-off-wrong-code = यह कोड सही नहीं है। ऐप में अभी दिख रहा कोड डालें, या कोई ऐसा रिकवरी कोड जो आपने इस्तेमाल नहीं किया है।
settings-two-step-turned-off = दो-चरणीय साइन-इन बंद हो गया है। आपके रिकवरी कोड अब काम नहीं करेंगे।
settings-two-step-new-codes = नए रिकवरी कोड
settings-two-step-new-codes-intro = दस नए कोड का सेट आपके मौजूदा कोड की जगह ले लेगा, चाहे वे इस्तेमाल हुए हों या नहीं।
settings-two-step-making-codes = नए कोड बनाए जा रहे हैं…
settings-two-step-new-codes-made = ये रहे आपके नए रिकवरी कोड। पुराने कोड अब काम नहीं करेंगे।
settings-two-step-setup-intro = आपको अपने फ़ोन पर एक ऑथेंटिकेटर ऐप चाहिए, जैसे Google Authenticator, Microsoft Authenticator या आपका पासवर्ड मैनेजर।
settings-two-step-continue = जारी रखें
settings-two-step-preparing = तैयार किया जा रहा है…
settings-two-step-scan = इस QR कोड को अपने ऑथेंटिकेटर ऐप से स्कैन करें, फिर ऐप में दिख रहा छह अंकों का कोड डालें।
settings-two-step-qr-code = आपके ऑथेंटिकेटर ऐप के लिए QR कोड
# Followed by the secret key, as letters and digits.
settings-two-step-key = या यह कुंजी डालें:
settings-two-step-open-app = इस डिवाइस पर ऑथेंटिकेटर ऐप में खोलें
settings-two-step-device-name = डिवाइस का नाम (ज़रूरी नहीं)
settings-two-step-device-name-hint = सेटिंग में दिखेगा, जैसे “अदा का फ़ोन”
settings-two-step-wrong-code = यह कोड सही नहीं है। ऐप में अभी दिख रहा कोड डालें।
settings-two-step-turned-on = दो-चरणीय साइन-इन चालू हो गया है। अब से साइन इन करते समय ऐप का कोड माँगा जाएगा।

## Recovery codes, shown once.

settings-recovery-heading = आपके रिकवरी कोड
settings-recovery-intro = अगर आपका फ़ोन खो जाए, तो हर कोड से ऐप के बजाय एक बार साइन इन किया जा सकता है। इन्हें किसी सुरक्षित जगह रखें, जैसे अपने पासवर्ड मैनेजर में: ये सिर्फ़ इसी बार दिखाए जा रहे हैं।
settings-recovery-copy = कोड कॉपी करें
settings-recovery-download = कोड डाउनलोड करें
settings-recovery-done = हो गया
settings-recovery-copied = कॉपी हो गया।
settings-recovery-not-copied = कॉपी नहीं हो सका। कोड चुनकर कॉपी करें, या उन्हें डाउनलोड करें।
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = { $app } रिकवरी कोड
# The second line of the downloaded file of codes.
settings-recovery-file-intro = हर कोड से आपके ऑथेंटिकेटर ऐप के कोड की जगह एक बार साइन इन किया जा सकता है।

## Devices.

settings-devices-heading = डिवाइस
settings-devices-intro = कोई डिवाइस खो गया या किसी साझा कंप्यूटर का इस्तेमाल किया? इस सेशन समेत सभी सेशन खत्म करें।
settings-devices-loading = आपके खाते में साइन इन किए गए डिवाइस लोड हो रहे हैं…
settings-devices-this = यह डिवाइस
settings-devices-signed-in = { $time } को साइन इन किया गया
settings-devices-last-active = आखिरी बार { $time } को सक्रिय
settings-sign-out-device = डिवाइस से साइन आउट करें
settings-signing-out-device = साइन आउट किया जा रहा है…
settings-sign-out-everywhere = सभी डिवाइस से साइन आउट करें
settings-signing-out-everywhere = सभी डिवाइस से साइन आउट किया जा रहा है…

## Your data.

settings-data-heading = आपका डेटा
settings-data-intro = हम आपके खाते के बारे में जो कुछ भी रखते हैं, वह सब एक JSON फ़ाइल में।
settings-data-download = मेरा डेटा डाउनलोड करें
settings-data-preparing = आपका डेटा तैयार किया जा रहा है…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = खाता मिटाएँ
settings-delete-intro = आपकी साइन-इन जानकारी और प्रोफ़ाइल हमेशा के लिए मिट जाएगी। इसे वापस नहीं लाया जा सकता।
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = पुष्टि करने के लिए { $word } टाइप करें
settings-deleting = मिटाया जा रहा है…

## Passkeys.

passkeys-heading = पासकी
passkeys-intro = पासकी से आप पासवर्ड के बजाय अपने फ़िंगरप्रिंट, चेहरे या स्क्रीन लॉक से साइन इन करते हैं। यह आपके डिवाइस पर ही रहती है, और फ़िशिंग से इसे चुराया नहीं जा सकता।
passkeys-loading = आपकी पासकी लोड हो रही हैं…
passkeys-none = आपके पास अभी कोई पासकी नहीं है।
passkeys-list = आपकी पासकी
# A passkey without a name.
passkeys-unnamed = पासकी
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = { $day } को जोड़ी गई
passkeys-add = पासकी जोड़ें
passkeys-add-intro = पहले पुष्टि करें कि यह आप ही हैं। फिर आपका डिवाइस फ़िंगरप्रिंट, चेहरे या स्क्रीन लॉक से पासकी बनाने को कहेगा।
passkeys-adding = जोड़ी जा रही है…
passkeys-added = पासकी जोड़ दी गई। अगली बार आप पासवर्ड के बजाय इससे साइन इन कर सकते हैं।
passkeys-remove = हटाएँ
passkeys-remove-intro = हटाने के बाद इससे साइन इन नहीं होगा। हो सकता है आपका डिवाइस इसे अब भी दिखाए: वहाँ से भी इसे मिटा दें। पहले पुष्टि करें कि यह आप ही हैं।
passkeys-removing = हटाई जा रही है…
passkeys-removed = पासकी हटा दी गई। अब इससे साइन इन नहीं होगा।
passkeys-use-passkey = इसके बजाय पासकी इस्तेमाल करें
passkeys-unsupported = यह ब्राउज़र पासकी इस्तेमाल नहीं कर सकता।
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = पासकी के लिए यह साइट उसके नाम से खोलनी होगी, IP पते से नहीं। पासकी जोड़ने के लिए { $address } खोलें।
passkeys-not-made-cancelled = कोई पासकी नहीं बनी: प्रॉम्प्ट बंद कर दिया गया या उसका समय खत्म हो गया। तैयार होने पर फिर से कोशिश करें।
passkeys-not-made = आपका डिवाइस पासकी नहीं बना सका। फिर से कोशिश करें।
passkeys-proof-cancelled = किसी पासकी का इस्तेमाल नहीं हुआ। फिर से कोशिश करें या अपना मौजूदा पासवर्ड डालें।
passkeys-proof-failed = पासकी काम नहीं आई। फिर से कोशिश करें या अपना मौजूदा पासवर्ड डालें।
passkeys-proof-unsupported = यह ब्राउज़र पासकी इस्तेमाल नहीं कर सकता। अपना मौजूदा पासवर्ड डालें।

## Recent activity.

activity-heading = हाल की गतिविधि
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = कोई लाइन पहचान में नहीं आ रही? ऊपर { $sign-out-everywhere } इस्तेमाल करें, फिर { $change-password }।
# For an account made through another identity provider, which has no password here.
activity-help-no-password = कोई लाइन पहचान में नहीं आ रही? ऊपर { $sign-out-everywhere } इस्तेमाल करें, फिर जिस खाते से आप साइन इन करते हैं उसे सुरक्षित करें।
activity-loading = आपकी गतिविधि लोड हो रही है…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = अनजान डिवाइस
activity-signed-in = साइन इन किया गया
activity-sign-in-failed = साइन इन नहीं हो सका (गलत पासवर्ड)
activity-password-changed = पासवर्ड बदला गया
activity-password-reset = ईमेल से मिले कोड से पासवर्ड रीसेट किया गया
activity-email-changed = ईमेल बदला गया
activity-two-step-on = दो-चरणीय साइन-इन चालू किया गया
activity-two-step-off = दो-चरणीय साइन-इन बंद किया गया
activity-signed-out-everywhere = सभी डिवाइस से साइन आउट किया गया
activity-device-signed-out = दूसरे डिवाइस से साइन आउट किया गया
activity-passkey-added = पासकी जोड़ी गई
activity-passkey-removed = पासकी हटाई गई
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = { $provider } से साइन इन किया गया
activity-provider-connected = { $provider } कनेक्ट किया गया
activity-provider-disconnected = { $provider } डिस्कनेक्ट किया गया

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = कनेक्ट किए गए खाते
settings-connected-intro = अपने किसी दूसरे खाते से भी साइन इन करें। कनेक्ट करने के लिए पहले यहाँ आपका पासवर्ड माँगा जाएगा, फिर वहाँ साइन इन करना होगा।
settings-connected-made-with = आपने यह खाता { $provider } से बनाया है, और आप उसी से साइन इन करते हैं।
# { $date } is a day, such as 5 December 2026.
settings-connected-since = { $date } से कनेक्ट है
settings-connected-not = कनेक्ट नहीं है
settings-connect = कनेक्ट करें
settings-connecting = कनेक्ट किया जा रहा है…
settings-disconnect = डिस्कनेक्ट करें
settings-disconnecting = डिस्कनेक्ट किया जा रहा है…
settings-provider-disconnected = डिस्कनेक्ट हो गया। अब इससे इस खाते में साइन इन नहीं होगा।
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = पासवर्ड और दो-चरणीय साइन-इन
settings-made-with-intro = आप { $provider } से साइन इन करते हैं। आपका पासवर्ड और दो-चरणीय साइन-इन वहीं संभाले जाते हैं, यहाँ नहीं।
settings-fresh-sign-in = खाता मिटाने के लिए पहले { $provider } से फिर से साइन इन करें।
settings-sign-in-again = { $provider } से फिर से साइन इन करें
