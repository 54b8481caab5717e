# What every page shares: the frame around it, the form pieces, and the messages of errors and
# input rules. Keys by area: shell-, nav-, footer-, form-, field-, error-, invalid-, notice-.

shell-skip-to-content = דילוג לתוכן
nav-account = חשבון
nav-sign-in = התחברות
nav-create-account = יצירת חשבון
nav-sign-out = התנתקות
footer-about = חשבונות מבוססי Amazon Cognito
footer-language = שפה
footer-change = החלפה

form-show = הצגה
form-hide = הסתרה
form-sending = בשליחה…
form-password-rules = 8 עד 256 תווים. אפשר להשתמש ברווחים ובכל אות או סימן; ככל שהסיסמה ארוכה יותר, היא חזקה יותר.
# { $level } is one of the form-strength-* words below.
form-strength = חוזק הסיסמה: { $level }
form-strength-too-short = קצרה מדי
form-strength-fair = סבירה – סיסמה ארוכה יותר חזקה יותר
form-strength-good = טובה
form-strength-strong = חזקה
# Shown live while typing, in the browser: written without plural forms.
form-character-count = { $count } מתוך { $max } תווים
form-send-new-code = שליחת קוד חדש
# A countdown in the browser: seconds as a unit, without plural forms.
form-send-new-code-in = שליחת קוד חדש ({ $seconds } שנ׳)

field-email = אימייל
field-verification-code = קוד אימות
field-verification-code-hint = שש ספרות, או קבוצות של אותיות כמו ABCD-EFGH-…, בדיוק כמו באימייל.

error-invalid = כדאי לבדוק את הפרטים שהוזנו.
error-wrong-credentials = האימייל או הסיסמה שגויים.
error-not-confirmed = כתובת האימייל הזו עדיין לא אומתה.
error-wrong-code = הקוד שגוי או שתוקפו פג. אפשר לבקש קוד חדש.
error-try-later = יותר מדי ניסיונות. נסו שוב בעוד רגע.
error-too-many-attempts =
    { $seconds ->
        [one] יותר מדי ניסיונות. נסו שוב בעוד שנייה.
        [two] יותר מדי ניסיונות. נסו שוב בעוד שתי שניות.
       *[other] יותר מדי ניסיונות. נסו שוב בעוד { $seconds } שניות.
    }
error-session-expired = תוקף ההתחברות פג. צריך להתחבר שוב.
error-sign-in-expired = ההתחברות נמשכה יותר מדי זמן. צריך להתחיל מחדש.
error-passkey-refused = מפתח הגישה לא עבד. נסו שוב או בחרו דרך אחרת להתחבר.
error-passkey-not-added = לא הצלחנו להוסיף את מפתח הגישה. נסו שוב.
error-stale-profile = הפרופיל השתנה במקום אחר. רעננו את הדף כדי לראות את השינויים.
error-sessions-remain = הסיסמה שונתה, אבל לא הצלחנו לנתק את כל המכשירים. בעוד רגע אפשר להשתמש באפשרות "התנתקות מכל המכשירים".
error-unavailable = אין כרגע גישה לשירות החשבונות. מה שהוקלד נשמר; נסו שוב בעוד רגע.
error-account-exists = כבר קיים חשבון עם כתובת האימייל הזו.
error-unreadable = לא הצלחנו לקרוא את הטופס. רעננו את הדף ונסו שוב.
error-not-found = לא נמצא.
error-internal = משהו השתבש אצלנו. נסו שוב בעוד רגע.
error-network = אין תקשורת עם השרת. בדקו את החיבור לאינטרנט ונסו שוב.
# A sign-in through another identity provider (Google, say) that did not finish.
error-provider-failed = ההתחברות הזו לא הושלמה. נסו שוב.
# { $provider } is the identity provider's name, such as Google.
error-provider-email-taken = כבר קיים חשבון עם כתובת האימייל הזו. התחברו אליו עם הסיסמה, ואז קשרו את { $provider } בהגדרות החשבון, בקטע "חשבונות מקושרים".
error-provider-in-use = חשבון { $provider } הזה כבר משמש להתחברות לחשבון אחר.
error-provider-fresh-sign-in = כדי לבצע את השינוי הזה, צריך קודם להתחבר מחדש עם { $provider }, ואז לנסות שוב תוך חמש דקות.

invalid-email-missing = הזינו את כתובת האימייל.
invalid-email = הזינו כתובת אימייל כמו name@example.com.
invalid-password-short = השתמשו ב-8 תווים לפחות.
invalid-password-long = השתמשו ב-256 תווים לכל היותר.
invalid-password-common = זו אחת הסיסמאות הנפוצות ביותר, ולכן היא מהראשונות שתוקפים מנסים. בחרו סיסמה משלכם, למשל כמה מילים שאין ביניהן קשר.
invalid-password-personal = הסיסמה הזו מבוססת על האימייל או השם שלכם, שכל מי שמכיר אתכם יכול לנחש. בחרו סיסמה שאינה קשורה אליכם.
invalid-password-guessable = קל לנחש את הסיסמה הזו: מילה אחת, שם, תאריך או רצף מקשים במקלדת. הפכו אותה לארוכה יותר, למשל בעזרת כמה מילים שאין ביניהן קשר.
invalid-password-breached = הסיסמה הזו הופיעה בדליפת מידע, ולכן תוקפים מנסים אותה. בחרו סיסמה אחרת.
invalid-code-missing = הזינו את הקוד מהאימייל.
invalid-code = זה לא נראה כמו קוד מהאימייל שלנו. בדקו אותו ונסו שוב.
invalid-sign-in-code = הזינו את הקוד מהאימייל: ספרות בלבד.
invalid-current-password = הזינו את הסיסמה הנוכחית.
invalid-app-code = הזינו את הקוד בן שש הספרות שמוצג באפליקציית האימות.
invalid-recovery-code = הזינו אחד מקודי השחזור: עשר אותיות וספרות, כמו 4f7k2-9xq3m.
invalid-app-or-recovery-code = הזינו את הקוד שמוצג באפליקציית האימות, או אחד מקודי השחזור.
invalid-device-name = השתמשו ב-64 תווים לכל היותר: אותיות, ספרות, רווחים וסימני פיסוק.
invalid-display-name-missing = הזינו את השם שיוצג בחשבון.
invalid-display-name-long = השתמשו ב-64 תווים לכל היותר.
invalid-display-name-characters = השתמשו רק באותיות, בספרות, ברווחים ובסימני פיסוק.
invalid-bio-long = השתמשו ב-280 תווים לכל היותר.
invalid-bio-characters = השתמשו רק באותיות, בספרות, ברווחים, בסימני פיסוק ובמעברי שורה.
invalid-time-zone = בחרו אזור זמן מהרשימה.
invalid-language = בחרו שפה מהרשימה.
# { $word } is the word to type, kept as it is in every language.
invalid-delete-confirmation = הקלידו { $word } לאישור.

notice-verified = כתובת האימייל אומתה. אפשר להתחבר עכשיו.
notice-reset = הסיסמה שונתה. התחברו עם הסיסמה החדשה.
notice-expired = תוקף ההתחברות פג. צריך להתחבר שוב.
notice-signin = כדי להמשיך, צריך להתחבר.
notice-resent = כתובת האימייל הזו עדיין לא אומתה. שלחנו קוד חדש.
notice-everywhere = בוצעה התנתקות מכל המכשירים.
notice-deleted = החשבון והפרופיל נמחקו.
notice-connected = { $provider } מקושר עכשיו: אפשר להתחבר גם איתו.
notice-two-step-lifted = ההתחברות בוצעה עם קוד שחזור, ולכן ההתחברות הדו-שלבית כבויה. אפשר להגדיר אותה מחדש עם הטלפון החדש כאן למטה.
