# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = نسيت كلمة المرور
forgot-heading = هل نسيت كلمة المرور؟
forgot-intro = أدخل بريدك الإلكتروني. إذا كان مرتبطًا بحساب، فسنرسل إليك رمزًا لتعيين كلمة مرور جديدة.
forgot-form-send = إرسال رمز إعادة التعيين
forgot-form-back = العودة إلى تسجيل الدخول

home-title = مرحبًا بك
# { $app } is the app's name.
home-heading = مرحبًا بك في { $app }
home-lead = حساب واحد لكل شيء هنا: أنشئه ببريدك الإلكتروني، وأكّده برمز، واحتفظ بملفك الشخصي في مكان واحد.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = مرحبًا، { $name }!
home-actions-profile = الانتقال إلى ملفك الشخصي

signup-form-check-inbox = تحقّق من بريدك الوارد: أرسلنا إليك رمزًا لتأكيد بريدك الإلكتروني.
signup-form-password = كلمة المرور
signup-form-display-name-hint = الاسم الذي نحيّيك به. يمكنك تغييره لاحقًا.
signup-form-creating = جارٍ إنشاء الحساب…
signup-form-have-account = هل لديك حساب بالفعل؟

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = تأكيد بريدك الإلكتروني
verify-step-verify = تأكيد
verify-step-verifying = جارٍ التأكيد…
# { $email } is the address the code went to.
verify-step-resent = أرسلنا رمزًا جديدًا إلى { $email }.
verify-form-enter-code = أدخل الرمز الذي أرسلناه إلى بريدك الإلكتروني لتأكيد عنوانك.

# The page's title and its button.
reset-form-reset = إعادة تعيين كلمة المرور
reset-heading = تعيين كلمة مرور جديدة
reset-intro = إذا كان لهذا البريد الإلكتروني حساب، فالرمز في طريقه إليك. أدخله مع كلمة المرور الجديدة.
reset-form-new-password = كلمة المرور الجديدة
reset-form-new-code = هل تحتاج إلى رمز جديد؟

profile-heading = ملفك الشخصي
profile-form-loading = جارٍ تحميل ملفك الشخصي…
profile-form-restored = استُعيدت تغييراتك غير المحفوظة. احفظها حتى لا تضيع.
profile-form-saved = تم الحفظ.
profile-form-last-saved = آخر حفظ
profile-form-two-step = تسجيل الدخول بخطوتين
profile-form-two-step-on = مفعّل
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = مفعّل (منذ { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = غير مفعّل —
profile-form-set-up-two-step = يمكنك إعداده من إعدادات الحساب
# A form field's label; also on the sign-up page.
profile-form-display-name = الاسم المعروض
profile-form-bio = نبذة تعريفية
profile-form-time-zone = المنطقة الزمنية
profile-form-language = اللغة المفضلة
profile-form-save = حفظ
# A button's label while it saves; also on the password reset page.
profile-form-saving = جارٍ الحفظ…
profile-form-account-settings = إعدادات الحساب
profile-form-settings-summary = كلمة المرور، والبريد الإلكتروني، وتسجيل الدخول بخطوتين، وبياناتك، وحذف الحساب

not-found-heading = الصفحة غير موجودة
not-found-text = لا يوجد شيء على هذا العنوان.
not-found-home = الانتقال إلى الصفحة الرئيسية

# The developer's mailbox, local mode only.
mailbox-heading = صندوق البريد
mailbox-intro = لا يُرسل الوضع المحلي أي بريد إلكتروني حقيقي. تظهر هنا كل رسالة كان التطبيق سيرسلها، الأحدث أولًا.
mailbox-empty = لا توجد رسائل بعد. أنشئ حسابًا أو اطلب رمز إعادة تعيين، ثم أعد تحميل هذه الصفحة.
mailbox-to = إلى
mailbox-purpose = الغرض
mailbox-subject = الموضوع
mailbox-code = الرمز
mailbox-links = الروابط
mailbox-sent = وقت الإرسال

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = لا يمكن لهذا المتصفح استخدام مفاتيح المرور. اختر طريقة أخرى.
session-passkey-cancelled = لم يُستخدم أي مفتاح مرور. حاول مرة أخرى، أو اختر طريقة أخرى.
session-passkey-already-registered = يوجد على هذا الجهاز مفتاح مرور لحسابك بالفعل.
session-passkey-wrong-site = لا تعمل مفاتيح المرور إلا على اسم هذا الموقع: افتحه على localhost، لا على عنوان IP.
session-passkey-failed = لم يعمل مفتاح المرور. حاول مرة أخرى، أو اختر طريقة أخرى.
