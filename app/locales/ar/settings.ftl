# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = إعدادات الحساب
settings-back = → العودة إلى ملفك الشخصي
settings-loading = جارٍ تحميل حسابك…

## What several sections share.

settings-cancel = إلغاء
settings-current-password = كلمة المرور الحالية
settings-code = الرمز
settings-code-hint = الرمز الذي يعرضه تطبيق المصادقة الآن.
settings-verify = تحقّق
settings-verifying = جارٍ التحقق…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = تسجّل الدخول باستخدام { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = أرسلنا رمزًا إلى { $new }. إلى أن تُدخله، واصل تسجيل الدخول باستخدام { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = أرسلنا رمزًا إلى { $address }. أدخله لتأكيد عنوانك الجديد.
settings-email-change = تغيير البريد الإلكتروني
settings-email-new = البريد الإلكتروني الجديد
settings-email-sending-code = جارٍ إرسال الرمز…
settings-email-verified = تم تأكيد بريدك الإلكتروني الجديد. استخدمه لتسجيل الدخول من الآن فصاعدًا.
settings-email-code-resent = رمز جديد في طريقه إليك.

## Password.

settings-password-heading = كلمة المرور
settings-password-intro = يؤدي تغييرها إلى تسجيل خروجك من كل الأجهزة الأخرى.
settings-password-change = تغيير كلمة المرور
settings-password-new = كلمة المرور الجديدة
settings-password-changing = جارٍ التغيير…
settings-password-changed = تم تغيير كلمة المرور. انتهت كل الجلسات الأخرى.

## Two-step sign-in.

settings-two-step-heading = تسجيل الدخول بخطوتين
settings-two-step-intro = اطلب رمزًا من تطبيق مصادقة على هاتفك إلى جانب كلمة المرور، حتى لا تكفي كلمة مرور مسروقة وحدها لتسجيل الدخول.
settings-two-step-set-up = إعداد تسجيل الدخول بخطوتين
settings-two-step-on = تسجيل الدخول بخطوتين مفعّل.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = تسجيل الدخول بخطوتين مفعّل منذ { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = تسجيل الدخول بخطوتين مفعّل ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = تسجيل الدخول بخطوتين مفعّل منذ { $day } ({ $device }).
settings-two-step-codes-left-none = لم يتبقَّ أي رمز استرداد: أنشئ رموزًا جديدة، وإلا فلن تتمكن من الدخول إلى حسابك إذا فقدت هاتفك.
settings-two-step-codes-left-one = تبقّى رمز استرداد واحد.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = رموز الاسترداد المتبقية: { $count }.
settings-two-step-turn-off = إيقاف
settings-two-step-turning-off = جارٍ الإيقاف…
settings-two-step-off-code-hint = الرمز الذي يعرضه تطبيق المصادقة، أو أحد رموز الاسترداد.
settings-two-step-off-wrong-code = هذا الرمز غير صحيح. أدخل الرمز الذي يعرضه التطبيق الآن، أو رمز استرداد لم تستخدمه بعد.
settings-two-step-turned-off = تم إيقاف تسجيل الدخول بخطوتين. لم تعد رموز الاسترداد صالحة.
settings-two-step-new-codes = رموز استرداد جديدة
settings-two-step-new-codes-intro = تحلّ مجموعة جديدة من عشرة رموز محلّ رموزك الحالية، سواء استخدمتها أم لا.
settings-two-step-making-codes = جارٍ إنشاء رموز جديدة…
settings-two-step-new-codes-made = إليك رموز الاسترداد الجديدة. لم تعد الرموز القديمة صالحة.
settings-two-step-setup-intro = ستحتاج إلى تطبيق مصادقة على هاتفك، مثل Google Authenticator أو Microsoft Authenticator أو مدير كلمات المرور الذي تستخدمه.
settings-two-step-continue = متابعة
settings-two-step-preparing = جارٍ التحضير…
settings-two-step-scan = امسح رمز QR هذا بتطبيق المصادقة، ثم أدخل الرمز المكوّن من ستة أرقام الذي يعرضه.
settings-two-step-qr-code = رمز QR لتطبيق المصادقة
# Followed by the secret key, as letters and digits.
settings-two-step-key = أو أدخل هذا المفتاح:
settings-two-step-open-app = الفتح في تطبيق مصادقة على هذا الجهاز
settings-two-step-device-name = اسم الجهاز (اختياري)
settings-two-step-device-name-hint = يظهر في الإعدادات، مثلًا «هاتف أدا»
settings-two-step-wrong-code = هذا الرمز غير صحيح. أدخل الرمز الذي يعرضه التطبيق الآن.
settings-two-step-turned-on = تم تفعيل تسجيل الدخول بخطوتين. من الآن فصاعدًا، سيُطلب منك رمز التطبيق عند تسجيل الدخول.

## Recovery codes, shown once.

settings-recovery-heading = رموز الاسترداد الخاصة بك
settings-recovery-intro = إذا فقدت هاتفك، فكل رمز يتيح لك تسجيل الدخول مرة واحدة بدلًا من التطبيق. احفظها في مكان آمن، مثل مدير كلمات المرور: هذه هي المرة الوحيدة التي تظهر فيها.
settings-recovery-copy = نسخ الرموز
settings-recovery-download = تنزيل الرموز
settings-recovery-done = تم
settings-recovery-copied = تم النسخ.
settings-recovery-not-copied = تعذّر النسخ. حدّد الرموز وانسخها، أو نزّلها.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = رموز الاسترداد في { $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = كل رمز يتيح لك تسجيل الدخول مرة واحدة، بدلًا من رمز تطبيق المصادقة.

## Devices.

settings-devices-heading = الأجهزة
settings-devices-intro = هل فقدت جهازًا أو استخدمت جهاز كمبيوتر مشتركًا؟ أنهِ كل الجلسات، بما فيها هذه الجلسة.
settings-devices-loading = جارٍ تحميل الأجهزة التي سُجّل الدخول منها إلى حسابك…
settings-devices-this = هذا الجهاز
settings-devices-signed-in = سُجّل الدخول في { $time }
settings-devices-last-active = آخر نشاط في { $time }
settings-sign-out-device = تسجيل الخروج من الجهاز
settings-signing-out-device = جارٍ تسجيل الخروج…
settings-sign-out-everywhere = تسجيل الخروج من كل الأجهزة
settings-signing-out-everywhere = جارٍ تسجيل الخروج من كل الأجهزة…

## Your data.

settings-data-heading = بياناتك
settings-data-intro = كل ما نحتفظ به عن حسابك، في ملف JSON.
settings-data-download = تنزيل بياناتي
settings-data-preparing = جارٍ تجهيز بياناتك…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = حذف الحساب
settings-delete-intro = يحذف بيانات تسجيل الدخول وملفك الشخصي نهائيًا. لا يمكن التراجع عن ذلك.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = اكتب { $word } للتأكيد
settings-deleting = جارٍ الحذف…

## Passkeys.

passkeys-heading = مفاتيح المرور
passkeys-intro = يتيح لك مفتاح المرور تسجيل الدخول ببصمة إصبعك أو وجهك أو قفل الشاشة بدلًا من كلمة المرور. يبقى على جهازك، ولا يمكن سرقته بالتصيّد الاحتيالي.
passkeys-loading = جارٍ تحميل مفاتيح المرور…
passkeys-none = ليس لديك أي مفاتيح مرور بعد.
passkeys-list = مفاتيح المرور الخاصة بك
# A passkey without a name.
passkeys-unnamed = مفتاح مرور
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = أُضيف في { $day }
passkeys-add = إضافة مفتاح مرور
passkeys-add-intro = أولًا، أكّد هويتك. بعد ذلك سيطلب منك جهازك إنشاء مفتاح المرور ببصمة إصبعك أو وجهك أو قفل الشاشة.
passkeys-adding = جارٍ الإضافة…
passkeys-added = تمت إضافة مفتاح المرور. في المرة القادمة، يمكنك تسجيل الدخول به بدلًا من كلمة المرور.
passkeys-remove = إزالة
passkeys-remove-intro = بعد إزالته، لن يعود صالحًا لتسجيل الدخول. قد يظل جهازك يعرضه: احذفه من هناك أيضًا. أولًا، أكّد هويتك.
passkeys-removing = جارٍ الإزالة…
passkeys-removed = تمت إزالة مفتاح المرور. لم يعد صالحًا لتسجيل الدخول.
passkeys-use-passkey = استخدام مفتاح مرور بدلًا من ذلك
passkeys-unsupported = لا يمكن لهذا المتصفح استخدام مفاتيح المرور.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = تحتاج مفاتيح المرور إلى فتح هذا الموقع باسمه، لا بعنوان IP. لإضافة مفتاح، افتح { $address }.
passkeys-not-made-cancelled = لم يُنشأ أي مفتاح مرور: أُغلقت النافذة أو انتهت مهلتها. حاول مرة أخرى عندما تكون مستعدًا.
passkeys-not-made = تعذّر على جهازك إنشاء مفتاح مرور. حاول مرة أخرى.
passkeys-proof-cancelled = لم يُستخدم أي مفتاح مرور. حاول مرة أخرى، أو أدخل كلمة المرور الحالية.
passkeys-proof-failed = لم يعمل مفتاح المرور. حاول مرة أخرى، أو أدخل كلمة المرور الحالية.
passkeys-proof-unsupported = لا يمكن لهذا المتصفح استخدام مفاتيح المرور. أدخل كلمة المرور الحالية.

## Recent activity.

activity-heading = النشاط الأخير
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = هل هناك سطر لا تعرفه؟ استخدم { $sign-out-everywhere } أعلاه، ثم { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = هل هناك سطر لا تعرفه؟ استخدم { $sign-out-everywhere } أعلاه، ثم أمّن الحساب الذي تسجّل الدخول به.
activity-loading = جارٍ تحميل نشاطك…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = جهاز غير معروف
activity-signed-in = تسجيل الدخول
activity-sign-in-failed = محاولة تسجيل دخول فاشلة (كلمة مرور خاطئة)
activity-password-changed = تغيير كلمة المرور
activity-password-reset = إعادة تعيين كلمة المرور برمز عبر البريد الإلكتروني
activity-email-changed = تغيير البريد الإلكتروني
activity-two-step-on = تفعيل تسجيل الدخول بخطوتين
activity-two-step-off = إيقاف تسجيل الدخول بخطوتين
activity-signed-out-everywhere = تسجيل الخروج من كل الأجهزة
activity-device-signed-out = تسجيل الخروج من جهاز آخر
activity-passkey-added = إضافة مفتاح مرور
activity-passkey-removed = إزالة مفتاح مرور
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = تسجيل الدخول باستخدام { $provider }
activity-provider-connected = ربط { $provider }
activity-provider-disconnected = إلغاء ربط { $provider }

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = الحسابات المرتبطة
settings-connected-intro = سجّل الدخول بحساب آخر لك أيضًا. يتطلب الربط إدخال كلمة المرور هنا، ثم تسجيل الدخول هناك.
settings-connected-made-with = أنشأت هذا الحساب باستخدام { $provider }، وتسجّل الدخول به.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = مرتبط منذ { $date }
settings-connected-not = غير مرتبط
settings-connect = ربط
settings-connecting = جارٍ الربط…
settings-disconnect = إلغاء الربط
settings-disconnecting = جارٍ إلغاء الربط…
settings-provider-disconnected = تم إلغاء الربط. لم يعد صالحًا لتسجيل الدخول إلى هذا الحساب.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = كلمة المرور وتسجيل الدخول بخطوتين
settings-made-with-intro = تسجّل الدخول باستخدام { $provider }. تُدار كلمة المرور وتسجيل الدخول بخطوتين هناك، لا هنا.
settings-fresh-sign-in = لحذف الحساب، سجّل الدخول مجددًا باستخدام { $provider } أولًا.
settings-sign-in-again = تسجيل الدخول مجددًا باستخدام { $provider }
