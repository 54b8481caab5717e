# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = كلمة المرور
login-form-password-missing = أدخل كلمة المرور.
login-form-remember = إبقائي مسجّلًا الدخول
login-form-continue = متابعة
login-form-signing-in = جارٍ تسجيل الدخول…
login-form-forgot-password = هل نسيت كلمة المرور؟
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = ليس لديك حساب؟{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = الرمز

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = تسجيل الدخول باسم{" "}
login-methods-use-another-email = استخدام بريد إلكتروني آخر
login-methods-or = أو
login-methods-or-password = أو استخدم كلمة المرور
# Read out by screen readers for the group of buttons.
login-methods-label = طرق تسجيل الدخول
login-methods-passkey = تسجيل الدخول بمفتاح مرور
login-methods-passkey-waiting = في انتظار مفتاح المرور…
login-methods-email-code = إرسال رمز إلى بريدي الإلكتروني
login-methods-email-code-sending = جارٍ إرسال الرمز…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = لا تعمل مفاتيح المرور إلا على اسم هذا الموقع، لا على عنوان IP: افتح{" "}
login-methods-passkey-ip-address-after = {" "}لاستخدام مفتاح مرور.
login-methods-passkey-unsupported = لا يمكن لهذا المتصفح استخدام مفاتيح المرور.

## The emailed code's step.

login-email-code-heading = تحقّق من بريدك الإلكتروني
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = أرسلنا رمز تسجيل الدخول إلى{" "}
login-email-code-sent-after = . أدخله هنا؛ فهو صالح لبضع دقائق.
# { $address } is the email address the new code went to.
login-email-code-resent = أرسلنا رمزًا جديدًا إلى { $address }.
login-email-code-hint = لم تصلك رسالة خلال دقيقة؟ تحقّق من العنوان. وإذا كان تسجيل الدخول بخطوتين مفعّلًا، فسجّل الدخول بكلمة المرور بدلًا من ذلك.
login-email-code-another-way = اختيار طريقة أخرى

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = تسجيل الدخول بخطوتين
login-second-step-app-intro = أدخل الرمز المكوّن من ستة أرقام الذي يعرضه تطبيق المصادقة لهذا الحساب.
login-second-step-recovery-intro = أدخل أحد رموز الاسترداد التي حفظتها عند إعداد تسجيل الدخول بخطوتين. يصلح كل رمز لمرة واحدة.
login-second-step-recovery-code = رمز الاسترداد
login-second-step-verify = تحقّق
login-second-step-checking = جارٍ التحقق…
login-second-step-use-app = استخدام تطبيق المصادقة
login-second-step-use-recovery-code = استخدام رمز استرداد
login-second-step-start-again = البدء من جديد
login-second-step-app-code-wrong = هذا الرمز غير صحيح. أدخل الرمز الذي يعرضه التطبيق الآن.
login-second-step-recovery-code-wrong = رمز الاسترداد هذا غير صحيح أو سبق استخدامه.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = تم تسجيل دخولك.
login-offer-heading = سجّل الدخول أسرع في المرة القادمة
login-offer-text = أضف مفتاح مرور، وفي المرة القادمة سيسجّل هذا الجهاز دخولك ببصمة إصبعك أو وجهك أو قفل الشاشة: لا كلمة مرور تكتبها، ولا شيء يمكن لأحد أن يخدعك لتكشفه.
login-offer-adding = جارٍ إضافة مفتاح المرور…
login-offer-add = إضافة مفتاح مرور
login-offer-not-now = ليس الآن

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = المتابعة باستخدام { $provider }
login-continue-title = جارٍ تسجيل الدخول
login-continue-working = جارٍ إكمال تسجيل الدخول…
login-continue-back = العودة إلى تسجيل الدخول
