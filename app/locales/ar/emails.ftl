# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = أكّد عنوان بريدك الإلكتروني في Doorway
email-sign-up-body = مرحبًا بك في Doorway! أدخل هذا الرمز لتأكيد عنوان بريدك الإلكتروني:
email-sign-up-expiry = يظل الرمز صالحًا لمدة 24 ساعة.
email-sign-up-not-you = إذا لم تنشئ حسابًا، فيمكنك تجاهل هذه الرسالة.

email-resend-subject = رمز التأكيد الجديد في Doorway
email-resend-body = إليك رمزًا جديدًا لتأكيد عنوان بريدك الإلكتروني:
email-resend-expiry = يظل الرمز صالحًا لمدة 24 ساعة. لم تعد الرموز السابقة صالحة.
email-resend-not-you = إذا لم تطلب رمزًا، فيمكنك تجاهل هذه الرسالة.

email-reset-subject = إعادة تعيين كلمة مرور Doorway
email-reset-body = أدخل هذا الرمز لتعيين كلمة مرور جديدة:
email-reset-expiry = يظل الرمز صالحًا لمدة ساعة واحدة.
email-reset-not-you = إذا لم تطلب إعادة تعيين كلمة المرور، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.

email-change-subject = أكّد عنوان بريدك الإلكتروني الجديد في Doorway
email-change-body = أدخل هذا الرمز في الإعدادات لتأكيد عنوان بريدك الإلكتروني الجديد:
email-change-expiry = يظل الرمز صالحًا لمدة 24 ساعة.
email-change-not-you = إذا لم تطلب تغيير بريدك الإلكتروني، فسجّل الدخول وغيّر كلمة المرور.

email-sign-in-code-subject = رمز تسجيل الدخول إلى Doorway
email-sign-in-code-body = أدخل هذا الرمز لتسجيل الدخول:
email-sign-in-code-expiry = يظل الرمز صالحًا لبضع دقائق ولمرة واحدة فقط.
email-sign-in-code-not-you = إذا لم تكن تحاول تسجيل الدخول، فلا تشارك هذا الرمز مع أي شخص وغيّر كلمة المرور.

email-open-page = أو افتح هذه الصفحة:
