# The settings page and its sections. Keys: settings-, passkeys-, activity-.

settings-title = הגדרות החשבון
settings-back = → חזרה לפרופיל
settings-loading = החשבון בטעינה…

## What several sections share.

settings-cancel = ביטול
settings-current-password = סיסמה נוכחית
settings-code = קוד
settings-code-hint = הקוד שאפליקציית האימות מציגה עכשיו.
settings-verify = אימות
settings-verifying = באימות…

## Email (its heading is field-email).

# { $address } is the email address the person signs in with, shown in bold.
settings-email-current = כתובת האימייל להתחברות: { $address }.
# { $new } is the new address, waiting for its code; { $current } the one still in use. Both bold.
settings-email-pending = שלחנו קוד אל { $new }. עד שתזינו אותו, המשיכו להתחבר עם { $current }.
# { $address } is the new address, already on the account, in bold.
settings-email-code-sent = שלחנו קוד אל { $address }. הזינו אותו כדי לאמת את הכתובת החדשה.
settings-email-change = שינוי האימייל
settings-email-new = אימייל חדש
settings-email-sending-code = שולחים קוד…
settings-email-verified = כתובת האימייל החדשה אומתה. מעכשיו התחברו איתה.
settings-email-code-resent = קוד חדש בדרך.

## Password.

settings-password-heading = סיסמה
settings-password-intro = שינוי הסיסמה מנתק את החשבון מכל המכשירים האחרים.
settings-password-change = שינוי הסיסמה
settings-password-new = סיסמה חדשה
settings-password-changing = משנים את הסיסמה…
settings-password-changed = הסיסמה שונתה. כל שאר ההתחברויות נותקו.

## Two-step sign-in.

settings-two-step-heading = התחברות דו-שלבית
settings-two-step-intro = בנוסף לסיסמה, תתבקשו להזין קוד מאפליקציית אימות בטלפון, כך שסיסמה גנובה לבדה לא תספיק כדי להתחבר.
settings-two-step-set-up = הגדרת התחברות דו-שלבית
settings-two-step-on = ההתחברות הדו-שלבית מופעלת.
# { $day } is the day it was turned on, 2025-12-01.
settings-two-step-on-since = ההתחברות הדו-שלבית מופעלת מאז { $day }.
# { $device } is the name the person gave their phone.
settings-two-step-on-device = ההתחברות הדו-שלבית מופעלת ({ $device }).
# { $day } is the day it was turned on, 2025-12-01; { $device } the name the person gave their phone.
settings-two-step-on-since-device = ההתחברות הדו-שלבית מופעלת מאז { $day } ({ $device }).
settings-two-step-codes-left-none = לא נשארו קודי שחזור: צרו קודים חדשים, אחרת אובדן הטלפון ינעל אתכם מחוץ לחשבון.
settings-two-step-codes-left-one = נשאר קוד שחזור אחד.
# { $count } is 2 to 10. Rendered in the browser: written without plural forms.
settings-two-step-codes-left = נשארו { $count } קודי שחזור.
settings-two-step-turn-off = כיבוי
settings-two-step-turning-off = מכבים…
settings-two-step-off-code-hint = הקוד שאפליקציית האימות מציגה, או אחד מקודי השחזור.
settings-two-step-off-wrong-code = הקוד שגוי. הזינו את הקוד שמוצג באפליקציה עכשיו, או קוד שחזור שעוד לא נעשה בו שימוש.
settings-two-step-turned-off = ההתחברות הדו-שלבית כבויה. קודי השחזור כבר לא תקפים.
settings-two-step-new-codes = קודי שחזור חדשים
settings-two-step-new-codes-intro = סדרה חדשה של עשרה קודים תחליף את הקודים הנוכחיים, משומשים או לא.
settings-two-step-making-codes = יוצרים קודים חדשים…
settings-two-step-new-codes-made = הנה קודי השחזור החדשים. הקודים הישנים כבר לא תקפים.
settings-two-step-setup-intro = צריך אפליקציית אימות בטלפון, כמו Google Authenticator, Microsoft Authenticator או מנהל הסיסמאות שלכם.
settings-two-step-continue = המשך
settings-two-step-preparing = בהכנה…
settings-two-step-scan = סרקו את קוד ה-QR הזה באפליקציית האימות, ואז הזינו את הקוד בן שש הספרות שהיא מציגה.
settings-two-step-qr-code = קוד QR לאפליקציית האימות
# Followed by the secret key, as letters and digits.
settings-two-step-key = או הזינו את המפתח הזה:
settings-two-step-open-app = פתיחה באפליקציית אימות במכשיר הזה
settings-two-step-device-name = שם המכשיר (לא חובה)
settings-two-step-device-name-hint = יוצג בהגדרות, למשל "הטלפון של עדה"
settings-two-step-wrong-code = הקוד שגוי. הזינו את הקוד שמוצג באפליקציה עכשיו.
settings-two-step-turned-on = ההתחברות הדו-שלבית מופעלת. מעכשיו, בכל התחברות תתבקשו להזין את הקוד מהאפליקציה.

## Recovery codes, shown once.

settings-recovery-heading = קודי השחזור
settings-recovery-intro = אם הטלפון יאבד, כל קוד יאפשר התחברות אחת במקום האפליקציה. שמרו אותם במקום בטוח, למשל במנהל הסיסמאות: זו הפעם היחידה שהם מוצגים.
settings-recovery-copy = העתקת הקודים
settings-recovery-download = הורדת הקודים
settings-recovery-done = סיום
settings-recovery-copied = הועתק.
settings-recovery-not-copied = ההעתקה נכשלה. סמנו את הקודים והעתיקו אותם, או הורידו אותם.
# The first line of the downloaded file of codes; { $app } is the app's name.
settings-recovery-file-title = קודי שחזור ל-{ $app }
# The second line of the downloaded file of codes.
settings-recovery-file-intro = כל קוד מאפשר התחברות אחת, במקום הקוד מאפליקציית האימות.

## Devices.

settings-devices-heading = מכשירים
settings-devices-intro = מכשיר אבד, או שהתחברתם ממחשב משותף? אפשר לנתק את כל ההתחברויות, כולל זו.
settings-devices-loading = המכשירים המחוברים לחשבון בטעינה…
settings-devices-this = המכשיר הזה
settings-devices-signed-in = התחברות ב-{ $time }
settings-devices-last-active = פעילות אחרונה ב-{ $time }
settings-sign-out-device = התנתקות מהמכשיר
settings-signing-out-device = מתנתקים…
settings-sign-out-everywhere = התנתקות מכל המכשירים
settings-signing-out-everywhere = מתנתקים מכל המכשירים…

## Your data.

settings-data-heading = הנתונים האישיים
settings-data-intro = כל מה שאנחנו שומרים על החשבון, בקובץ JSON.
settings-data-download = הורדת הנתונים שלי
settings-data-preparing = מכינים את הנתונים…

## Delete account: the heading, the button that opens the form and the one that deletes.

settings-delete = מחיקת החשבון
settings-delete-intro = פרטי ההתחברות והפרופיל יימחקו לצמיתות. אי אפשר לבטל את זה.
# { $word } is the word to type, kept as it is in every language.
settings-delete-confirmation = הקלידו { $word } לאישור
settings-deleting = במחיקה…

## Passkeys.

passkeys-heading = מפתחות גישה
passkeys-intro = מפתח גישה מאפשר להתחבר עם טביעת אצבע, זיהוי פנים או נעילת המסך במקום עם סיסמה. הוא נשאר במכשיר, ואי אפשר לגנוב אותו בפישינג.
passkeys-loading = מפתחות הגישה בטעינה…
passkeys-none = עדיין אין מפתחות גישה.
passkeys-list = מפתחות הגישה בחשבון
# A passkey without a name.
passkeys-unnamed = מפתח גישה
# { $day } is the day the passkey was added, 2025-12-01.
passkeys-added-on = נוסף ב-{ $day }
passkeys-add = הוספת מפתח גישה
passkeys-add-intro = קודם צריך לאשר שזה אתם. אחר כך המכשיר יבקש ליצור את מפתח הגישה עם טביעת אצבע, זיהוי פנים או נעילת המסך.
passkeys-adding = בהוספה…
passkeys-added = מפתח הגישה נוסף. בפעם הבאה אפשר להתחבר איתו במקום עם הסיסמה.
passkeys-remove = הסרה
passkeys-remove-intro = אחרי ההסרה, אי אפשר יותר להתחבר איתו. ייתכן שהמכשיר עדיין יציג אותו: מחקו אותו גם שם. קודם צריך לאשר שזה אתם.
passkeys-removing = בהסרה…
passkeys-removed = מפתח הגישה הוסר. אי אפשר יותר להתחבר איתו.
passkeys-use-passkey = שימוש במפתח גישה במקום זאת
passkeys-unsupported = הדפדפן הזה לא תומך במפתחות גישה.
# { $address } is a link to this page at localhost.
passkeys-at-ip-address = מפתחות גישה דורשים לפתוח את האתר בשם שלו, לא בכתובת IP. כדי להוסיף מפתח, פתחו את { $address }.
passkeys-not-made-cancelled = לא נוצר מפתח גישה: החלון נסגר או שהזמן נגמר. נסו שוב כשתהיו מוכנים.
passkeys-not-made = המכשיר לא הצליח ליצור מפתח גישה. נסו שוב.
passkeys-proof-cancelled = לא נעשה שימוש במפתח גישה. נסו שוב או הזינו את הסיסמה הנוכחית.
passkeys-proof-failed = מפתח הגישה לא עבד. נסו שוב או הזינו את הסיסמה הנוכחית.
passkeys-proof-unsupported = הדפדפן הזה לא תומך במפתחות גישה. הזינו את הסיסמה הנוכחית.

## Recent activity.

activity-heading = פעילות אחרונה
# { $sign-out-everywhere } and { $change-password } are links to those sections, named as their
# buttons (settings-sign-out-everywhere, settings-password-change).
activity-help = יש שורה שלא מוכרת לכם? השתמשו באפשרות { $sign-out-everywhere } למעלה, ואחר כך באפשרות { $change-password }.
# For an account made through another identity provider, which has no password here.
activity-help-no-password = יש שורה שלא מוכרת לכם? השתמשו באפשרות { $sign-out-everywhere } למעלה, ואחר כך אבטחו את החשבון שאתם מתחברים איתו.
activity-loading = הפעילות בטעינה…
# Shown in place of the device when the browser said nothing known.
activity-unknown-device = מכשיר לא ידוע
activity-signed-in = התחברות
activity-sign-in-failed = ניסיון התחברות שנכשל (סיסמה שגויה)
activity-password-changed = הסיסמה שונתה
activity-password-reset = הסיסמה אופסה עם קוד מהאימייל
activity-email-changed = האימייל שונה
activity-two-step-on = ההתחברות הדו-שלבית הופעלה
activity-two-step-off = ההתחברות הדו-שלבית כובתה
activity-signed-out-everywhere = התנתקות מכל המכשירים
activity-device-signed-out = התנתקות ממכשיר אחר
activity-passkey-added = מפתח גישה נוסף
activity-passkey-removed = מפתח גישה הוסר
# { $provider } is an identity provider's name, such as Google.
activity-signed-in-with = התחברות עם { $provider }
activity-provider-connected = { $provider } קושר
activity-provider-disconnected = הקישור ל-{ $provider } בוטל

## Connected accounts: other identity providers that sign in to this account too.
## { $provider } is a provider's name, such as Google.

settings-connected-heading = חשבונות מקושרים
settings-connected-intro = אפשר להתחבר גם עם חשבון אחר שלכם. כדי לקשר חשבון, תתבקשו להזין כאן את הסיסמה ואז להתחבר שם.
settings-connected-made-with = יצרתם את החשבון הזה עם { $provider }, ואתם מתחברים איתו.
# { $date } is a day, such as 5 December 2026.
settings-connected-since = מקושר מאז { $date }
settings-connected-not = לא מקושר
settings-connect = קישור
settings-connecting = מקשרים…
settings-disconnect = ביטול הקישור
settings-disconnecting = מבטלים את הקישור…
settings-provider-disconnected = הקישור בוטל. אי אפשר יותר להתחבר איתו לחשבון הזה.
# An account made through a provider has no password: these replace the password sections.
settings-made-with-heading = סיסמה והתחברות דו-שלבית
settings-made-with-intro = אתם מתחברים עם { $provider }. הסיסמה וההתחברות הדו-שלבית מנוהלות שם, לא כאן.
settings-fresh-sign-in = כדי למחוק את החשבון, צריך קודם להתחבר מחדש עם { $provider }.
settings-sign-in-again = התחברות מחדש עם { $provider }
