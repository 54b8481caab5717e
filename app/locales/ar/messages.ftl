# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = هذا هو عنوان بريدك الإلكتروني بالفعل.
message-email-taken = لم يعد بالإمكان استخدام هذا العنوان. غيّر بريدك الإلكتروني إلى عنوان آخر.
message-email-change-ended = انتهت مهلة تغيير البريد الإلكتروني هذا. غيّر بريدك الإلكتروني مرة أخرى للحصول على رمز جديد.
message-wrong-current-password = هذه ليست كلمة المرور الحالية.
message-app-code-missing = أدخل الرمز الذي يعرضه تطبيق المصادقة.
message-app-code-not-right = هذا الرمز غير صحيح. أدخل الرمز الذي يعرضه التطبيق الآن.
message-password-refused = كلمة المرور هذه لا تستوفي الشروط: استخدم من 8 إلى 256 حرفًا وتجنّب كلمات المرور التي استخدمتها من قبل.

message-two-step-already-on = تسجيل الدخول بخطوتين مفعّل بالفعل.
message-two-step-not-on = فعّل تسجيل الدخول بخطوتين أولًا.
message-two-step-setup-ended = انتهت مهلة هذا الإعداد. ابدأ إعداد تسجيل الدخول بخطوتين من جديد.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = تطبيق المصادقة

message-passkeys-full = بلغ هذا الحساب الحد الأقصى لمفاتيح المرور (20). أزِل مفتاحًا أولًا.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } على { $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = التسجيل
message-mail-resend = رمز تسجيل جديد
message-mail-password-reset = إعادة تعيين كلمة المرور
message-mail-email-change = تغيير البريد الإلكتروني
message-mail-sign-in-code = رمز تسجيل الدخول
