# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = पासवर्ड
login-form-password-missing = अपना पासवर्ड डालें।
login-form-remember = मुझे साइन इन रखें
login-form-continue = जारी रखें
login-form-signing-in = साइन इन हो रहा है…
login-form-forgot-password = अपना पासवर्ड भूल गए?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = यहाँ नए हैं?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = कोड

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = इस ईमेल से साइन इन हो रहा है:{" "}
login-methods-use-another-email = कोई दूसरा ईमेल इस्तेमाल करें
login-methods-or = या
login-methods-or-password = या अपना पासवर्ड इस्तेमाल करें
# Read out by screen readers for the group of buttons.
login-methods-label = साइन इन करने के तरीके
login-methods-passkey = पासकी से साइन इन करें
login-methods-passkey-waiting = आपकी पासकी का इंतज़ार है…
login-methods-email-code = मुझे ईमेल पर कोड भेजें
login-methods-email-code-sending = कोड भेजा जा रहा है…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = पासकी सिर्फ़ इस साइट के नाम पर काम करती हैं, IP पते पर नहीं: पासकी इस्तेमाल करने के लिए{" "}
login-methods-passkey-ip-address-after = {" "}खोलें।
login-methods-passkey-unsupported = यह ब्राउज़र पासकी इस्तेमाल नहीं कर सकता।

## The emailed code's step.

login-email-code-heading = अपना ईमेल देखें
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = हमने{" "}
login-email-code-sent-after = {" "}पर साइन-इन कोड भेजा है। इसे यहाँ डालें; यह कुछ ही मिनट तक काम करेगा।
# { $address } is the email address the new code went to.
login-email-code-resent = हमने { $address } पर एक नया कोड भेजा है।
login-email-code-hint = एक मिनट बाद भी ईमेल नहीं आया? पता जाँचें। अगर दो-चरणीय साइन-इन चालू है, तो इसके बजाय अपने पासवर्ड से साइन इन करें।
login-email-code-another-way = कोई और तरीका चुनें

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = दो-चरणीय साइन-इन
login-second-step-app-intro = आपका ऑथेंटिकेटर ऐप इस खाते के लिए जो छह अंकों का कोड दिखा रहा है, उसे डालें।
login-second-step-recovery-intro = दो-चरणीय साइन-इन सेट अप करते समय सहेजे गए रिकवरी कोड में से कोई एक डालें। हर कोड एक ही बार काम करता है।
login-second-step-recovery-code = रिकवरी कोड
login-second-step-verify = पुष्टि करें
login-second-step-checking = जाँच हो रही है…
login-second-step-use-app = ऑथेंटिकेटर ऐप इस्तेमाल करें
login-second-step-use-recovery-code = रिकवरी कोड इस्तेमाल करें
login-second-step-start-again = फिर से शुरू करें
login-second-step-app-code-wrong = यह कोड सही नहीं है। ऐप में अभी दिख रहा कोड डालें।
login-second-step-recovery-code-wrong = यह रिकवरी कोड सही नहीं है या पहले ही इस्तेमाल हो चुका है।

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = आप साइन इन हो गए हैं।
login-offer-heading = अगली बार और जल्दी साइन इन करें
login-offer-text = पासकी जोड़ें, और अगली बार यह डिवाइस आपको फ़िंगरप्रिंट, चेहरे या स्क्रीन लॉक से साइन इन करा देगा: न कोई पासवर्ड टाइप करना, न ऐसा कुछ जिसे कोई आपसे धोखे से निकलवा सके।
login-offer-adding = पासकी जोड़ी जा रही है…
login-offer-add = पासकी जोड़ें
login-offer-not-now = अभी नहीं

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = { $provider } के साथ जारी रखें
login-continue-title = साइन इन हो रहा है
login-continue-working = आपका साइन-इन पूरा किया जा रहा है…
login-continue-back = साइन इन पर वापस जाएँ
