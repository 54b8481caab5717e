# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = الانتقال إلى المحتوى
nav-account = الحساب
nav-sign-in = تسجيل الدخول
nav-create-account = إنشاء حساب
nav-sign-out = تسجيل الخروج
footer-about = حسابات مستضافة على Amazon Cognito
footer-language = اللغة
footer-change = تغيير

form-show = إظهار
form-hide = إخفاء
form-sending = جارٍ الإرسال…
form-password-rules = من 8 إلى 256 حرفًا. يمكنك استخدام المسافات وأي حروف أو رموز؛ وكلما كانت أطول كانت أقوى.
# { $level } is one of the form-strength-* words below.
form-strength = قوة كلمة المرور: { $level }
form-strength-too-short = قصيرة جدًا
form-strength-fair = مقبولة: كلمة المرور الأطول أقوى
form-strength-good = جيدة
form-strength-strong = قوية
# Shown live while typing, in the browser: written without plural forms.
form-character-count = عدد الأحرف: { $count } من { $max }
form-send-new-code = إرسال رمز جديد
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = إرسال رمز جديد ({ $seconds } ث)

field-email = البريد الإلكتروني
field-verification-code = رمز التحقق
field-verification-code-hint = ستة أرقام، أو مجموعات من الحروف مثل ABCD-EFGH-…، كما وردت في البريد الإلكتروني.

error-invalid = تحقّق مما أدخلته.
error-wrong-credentials = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-not-confirmed = لم يُؤكَّد عنوان البريد الإلكتروني هذا بعد.
error-wrong-code = هذا الرمز غير صحيح أو انتهت صلاحيته. اطلب رمزًا جديدًا.
error-try-later = محاولات كثيرة جدًا. حاول مرة أخرى بعد قليل.
error-too-many-attempts =
    { $seconds ->
        [zero] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $seconds } ثانية.
        [one] محاولات كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.
        [two] محاولات كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.
        [few] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $seconds } ثوانٍ.
        [many] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $seconds } ثانية.
       *[other] محاولات كثيرة جدًا. حاول مرة أخرى بعد { $seconds } ثانية.
    }
error-session-expired = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.
error-sign-in-expired = استغرق تسجيل الدخول هذا وقتًا طويلًا. ابدأ من جديد.
error-passkey-refused = لم يعمل مفتاح المرور هذا. حاول مرة أخرى، أو اختر طريقة أخرى لتسجيل الدخول.
error-passkey-not-added = تعذّرت إضافة مفتاح المرور هذا. حاول مرة أخرى.
error-stale-profile = تغيّر هذا الملف الشخصي من مكان آخر. أعد تحميل الصفحة لعرضه.
error-sessions-remain = تم تغيير كلمة المرور، لكن تعذّر تسجيل الخروج من بعض الأجهزة. استخدم «تسجيل الخروج من كل الأجهزة» بعد قليل.
error-unavailable = تعذّر الوصول إلى خدمة الحسابات الآن. ما كتبته محفوظ؛ حاول مرة أخرى بعد قليل.
error-account-exists = يوجد حساب بهذا البريد الإلكتروني بالفعل.
error-unreadable = تعذّرت قراءة النموذج. أعد تحميل الصفحة وحاول مرة أخرى.
error-not-found = غير موجود.
error-internal = حدث خطأ من جانبنا. حاول مرة أخرى بعد قليل.
error-network = تعذّر الاتصال بالخادم. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = لم يكتمل تسجيل الدخول هذا. يُرجى المحاولة مرة أخرى.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول إليه بكلمة المرور، ثم اربط { $provider } من إعدادات الحساب، في قسم «الحسابات المرتبطة».
error-provider-in-use = يُستخدم حساب { $provider } هذا بالفعل لتسجيل الدخول إلى حساب آخر.
error-provider-fresh-sign-in = لإجراء هذا التغيير، سجّل الدخول مجددًا باستخدام { $provider } أولًا، ثم حاول مرة أخرى خلال خمس دقائق.

invalid-email-missing = أدخل عنوان بريدك الإلكتروني.
invalid-email = أدخل عنوان بريد إلكتروني مثل name@example.com.
invalid-password-short = استخدم 8 أحرف على الأقل.
invalid-password-long = استخدم 256 حرفًا على الأكثر.
invalid-password-common = هذه من أكثر كلمات المرور شيوعًا، لذا فهي من أوائل ما يجرّبه المهاجمون. اختر كلمة مرور خاصة بك، مثل بضع كلمات لا علاقة بينها.
invalid-password-personal = كلمة المرور هذه مبنية على بريدك الإلكتروني أو اسمك، ويمكن لأي شخص يعرفك أن يخمّنها. اختر كلمة مرور لا علاقة لها بك.
invalid-password-guessable = من السهل تخمين كلمة المرور هذه: فهي كلمة واحدة أو اسم أو تاريخ أو نمط على لوحة المفاتيح. اجعلها أطول، مثلًا بإضافة بضع كلمات لا علاقة بينها.
invalid-password-breached = ظهرت كلمة المرور هذه في تسريب للبيانات، لذا يجرّبها المهاجمون. اختر كلمة مرور أخرى.
invalid-code-missing = أدخل الرمز الوارد في البريد الإلكتروني.
invalid-code = لا يبدو هذا رمزًا من بريدنا الإلكتروني. تحقّق منه وحاول مرة أخرى.
invalid-sign-in-code = أدخل الرمز الوارد في البريد الإلكتروني: أرقام فقط.
invalid-current-password = أدخل كلمة المرور الحالية.
invalid-app-code = أدخل الرمز المكوّن من ستة أرقام الذي يعرضه تطبيق المصادقة.
invalid-recovery-code = أدخل أحد رموز الاسترداد: عشرة حروف وأرقام، مثل 4f7k2-9xq3m.
invalid-app-or-recovery-code = أدخل الرمز الذي يعرضه تطبيق المصادقة، أو أحد رموز الاسترداد.
invalid-device-name = استخدم 64 حرفًا على الأكثر من الحروف والأرقام والمسافات وعلامات الترقيم.
invalid-display-name-missing = أدخل الاسم الذي سيظهر في حسابك.
invalid-display-name-long = استخدم 64 حرفًا على الأكثر.
invalid-display-name-characters = استخدم الحروف والأرقام والمسافات وعلامات الترقيم فقط.
invalid-bio-long = استخدم 280 حرفًا على الأكثر.
invalid-bio-characters = استخدم الحروف والأرقام والمسافات وعلامات الترقيم وفواصل الأسطر فقط.
invalid-time-zone = اختر منطقة زمنية من القائمة.
invalid-language = اختر لغة من القائمة.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = اكتب { $word } للتأكيد.

notice-verified = تم تأكيد بريدك الإلكتروني. يُرجى تسجيل الدخول.
notice-reset = تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.
notice-expired = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.
notice-signin = يُرجى تسجيل الدخول للمتابعة.
notice-resent = لم يُؤكَّد هذا البريد الإلكتروني بعد. أرسلنا إليك رمزًا جديدًا.
notice-everywhere = تم تسجيل خروجك من كل الأجهزة.
notice-deleted = تم حذف حسابك وملفك الشخصي.
notice-connected = تم ربط { $provider }: يمكنك الآن تسجيل الدخول به أيضًا.
notice-two-step-lifted = سجّلت الدخول باستخدام رمز استرداد، لذا أُوقف تسجيل الدخول بخطوتين. أعد إعداده بهاتفك الجديد أدناه.
