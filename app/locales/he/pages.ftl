# The pages of the way in and out: home, sign-up, verification, password reset, profile, the
# dev mailbox and "not found". Keys by page: home-, signup-, verify-, forgot-, reset-, profile-,
# mailbox-, not-found-; and session- for what the browser's session code says (passkeys).

forgot-title = שכחתי סיסמה
forgot-heading = שכחתם את הסיסמה?
forgot-intro = הזינו את כתובת האימייל. אם היא שייכת לחשבון, נשלח אליה קוד להגדרת סיסמה חדשה.
forgot-form-send = שליחת קוד איפוס
forgot-form-back = חזרה להתחברות

home-title = ברוכים הבאים
# { $app } is the app's name.
home-heading = ברוכים הבאים ל-{ $app }
home-lead = חשבון אחד לכל מה שיש כאן: יוצרים אותו עם האימייל, מאמתים עם קוד, ושומרים את הפרופיל במקום אחד.
# { $name } is the person's display name, or their email when they have none.
home-actions-greeting = שלום, { $name }!
home-actions-profile = מעבר לפרופיל

signup-form-check-inbox = בדקו את תיבת הדואר: שלחנו קוד לאימות כתובת האימייל.
signup-form-password = סיסמה
signup-form-display-name-hint = כך נפנה אליכם. אפשר לשנות את זה בהמשך.
signup-form-creating = החשבון נוצר…
signup-form-have-account = כבר יש חשבון?

# The page's title and heading, and the title the browser shows once sign-up hands over to it.
verify-step-heading = אימות כתובת האימייל
verify-step-verify = אימות
verify-step-verifying = באימות…
# { $email } is the address the code went to.
verify-step-resent = שלחנו קוד חדש אל { $email }.
verify-form-enter-code = הזינו את הקוד ששלחנו באימייל כדי לאמת את הכתובת.

# The page's title and its button.
reset-form-reset = איפוס סיסמה
reset-heading = הגדרת סיסמה חדשה
reset-intro = אם יש חשבון עם כתובת האימייל הזו, קוד כבר בדרך. הזינו אותו יחד עם הסיסמה החדשה.
reset-form-new-password = סיסמה חדשה
reset-form-new-code = צריך קוד חדש?

profile-heading = הפרופיל שלי
profile-form-loading = הפרופיל בטעינה…
profile-form-restored = השינויים שלא נשמרו חזרו. שמרו אותם כדי לא לאבד אותם.
profile-form-saved = נשמר.
profile-form-last-saved = נשמר לאחרונה
profile-form-two-step = התחברות דו-שלבית
profile-form-two-step-on = מופעלת
# { $date } is the day two-step sign-in was turned on, as 2025-03-14.
profile-form-two-step-on-since = מופעלת (מאז { $date })
# Followed by a link, profile-form-set-up-two-step.
profile-form-two-step-off = כבויה —
profile-form-set-up-two-step = אפשר להגדיר אותה בהגדרות החשבון
# A form field's label; also on the sign-up page.
profile-form-display-name = שם תצוגה
profile-form-bio = קצת עליי
profile-form-time-zone = אזור זמן
profile-form-language = שפה מועדפת
profile-form-save = שמירה
# A button's label while it saves; also on the password reset page.
profile-form-saving = בשמירה…
profile-form-account-settings = הגדרות החשבון
profile-form-settings-summary = סיסמה, אימייל, התחברות דו-שלבית, הנתונים האישיים ומחיקת החשבון

not-found-heading = הדף לא נמצא
not-found-text = אין כלום בכתובת הזו.
not-found-home = מעבר לדף הבית

# The developer's mailbox, local mode only.
mailbox-heading = תיבת דואר
mailbox-intro = במצב מקומי לא נשלחים אימיילים אמיתיים. כל הודעה שהאפליקציה הייתה שולחת מופיעה כאן, מהחדשה לישנה.
mailbox-empty = עדיין אין הודעות. צרו חשבון או בקשו קוד איפוס, ואז רעננו את הדף.
mailbox-to = אל
mailbox-purpose = מטרה
mailbox-subject = נושא
mailbox-code = קוד
mailbox-links = קישורים
mailbox-sent = נשלח

# Why the browser gave no passkey, shown on the sign-in and settings pages.
session-passkey-unsupported = הדפדפן הזה לא תומך במפתחות גישה. בחרו דרך אחרת.
session-passkey-cancelled = לא נעשה שימוש במפתח גישה. נסו שוב או בחרו דרך אחרת.
session-passkey-already-registered = במכשיר הזה כבר יש מפתח גישה לחשבון.
session-passkey-wrong-site = מפתחות גישה פועלים רק בשם של האתר הזה: פתחו אותו בכתובת localhost ולא בכתובת IP.
session-passkey-failed = מפתח הגישה לא עבד. נסו שוב או בחרו דרך אחרת.
