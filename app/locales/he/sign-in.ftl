# Signing in: the password, the other methods and the second step. Keys: login-.
# The page's title and heading and the "Sign in" buttons say nav-sign-in; the sign-up link says
# nav-create-account. Every key here is shown by the sign-in form, in the browser too.

## The password form, and what its steps share.

login-form-password = סיסמה
login-form-password-missing = הזינו את הסיסמה.
login-form-remember = לזכור אותי
login-form-continue = המשך
login-form-signing-in = מתבצעת התחברות…
login-form-forgot-password = שכחתם את הסיסמה?
# Followed by the link "Create account" (nav-create-account); the space at the end separates them.
login-form-new-here = פעם ראשונה כאן?{" "}
# The label of the field for a code: the emailed one, or the authenticator app's.
login-form-code = קוד

## The other ways to sign in, after the email: a passkey, or a code by email.

# Followed by the email address being signed in, in bold; the space at the end separates them.
login-methods-signing-in-as = התחברות בתור{" "}
login-methods-use-another-email = שימוש באימייל אחר
login-methods-or = או
login-methods-or-password = או התחברות עם סיסמה
# Read out by screen readers for the group of buttons.
login-methods-label = דרכים להתחבר
login-methods-passkey = התחברות עם מפתח גישה
login-methods-passkey-waiting = ממתינים למפתח הגישה…
login-methods-email-code = שליחת קוד לאימייל
login-methods-email-code-sending = שולחים קוד…
# The sentence around a link to this page at localhost (the link shows that address); the spaces
# at the end of the first part and the start of the second separate them from it.
login-methods-passkey-ip-address-before = מפתחות גישה פועלים רק בשם של האתר, לא בכתובת IP. כדי להשתמש במפתח, פתחו את{" "}
login-methods-passkey-ip-address-after = .
login-methods-passkey-unsupported = הדפדפן הזה לא תומך במפתחות גישה.

## The emailed code's step.

login-email-code-heading = בדקו את האימייל
# The sentence around the email address the code went to, in bold; the space at the end of the
# first part separates it from the address.
login-email-code-sent-before = שלחנו קוד התחברות אל{" "}
login-email-code-sent-after = . הזינו אותו כאן; הוא תקף לכמה דקות.
# { $address } is the email address the new code went to.
login-email-code-resent = שלחנו קוד חדש אל { $address }.
login-email-code-hint = האימייל לא הגיע תוך דקה? בדקו את הכתובת. אם ההתחברות הדו-שלבית מופעלת, התחברו עם הסיסמה במקום זאת.
login-email-code-another-way = בחירת דרך אחרת

## The second step: the authenticator app's code, or a recovery code.

login-second-step-heading = התחברות דו-שלבית
login-second-step-app-intro = הזינו את הקוד בן שש הספרות שאפליקציית האימות מציגה לחשבון הזה.
login-second-step-recovery-intro = הזינו אחד מקודי השחזור ששמרתם כשהגדרתם את ההתחברות הדו-שלבית. כל קוד עובד פעם אחת.
login-second-step-recovery-code = קוד שחזור
login-second-step-verify = אימות
login-second-step-checking = בבדיקה…
login-second-step-use-app = שימוש באפליקציית האימות
login-second-step-use-recovery-code = שימוש בקוד שחזור
login-second-step-start-again = התחלה מחדש
login-second-step-app-code-wrong = הקוד שגוי. הזינו את הקוד שמוצג באפליקציה עכשיו.
login-second-step-recovery-code-wrong = קוד השחזור שגוי או שכבר נעשה בו שימוש.

## After a password sign-in: the offer to add a passkey.

login-offer-signed-in = ההתחברות הצליחה.
login-offer-heading = התחברות מהירה יותר בפעם הבאה
login-offer-text = הוסיפו מפתח גישה, ובפעם הבאה המכשיר הזה יחבר אתכם עם טביעת אצבע, זיהוי פנים או נעילת המסך: בלי להקליד סיסמה, ובלי שום דבר שמישהו יוכל להוציא מכם בתרמית.
login-offer-adding = מוסיפים מפתח גישה…
login-offer-add = הוספת מפתח גישה
login-offer-not-now = לא עכשיו

## Signing in through another identity provider. { $provider } is its name, such as Google.

login-continue-with = המשך עם { $provider }
login-continue-title = מתבצעת התחברות
login-continue-working = משלימים את ההתחברות…
login-continue-back = חזרה להתחברות
