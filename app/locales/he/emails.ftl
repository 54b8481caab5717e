# The emails the user pool sends (a Cognito custom message trigger renders them; the dev mailbox
# shows them). Each email: -subject, -body (before the code), -expiry (after it), -not-you.
# No HTML here: the trigger adds it. Keys: email-.

email-sign-up-subject = אימות כתובת האימייל ב-Doorway
email-sign-up-body = ברוכים הבאים ל-Doorway! הזינו את הקוד הזה כדי לאמת את כתובת האימייל:
email-sign-up-expiry = הקוד תקף ל-24 שעות.
email-sign-up-not-you = אם לא יצרתם חשבון, אפשר להתעלם מהאימייל הזה.

email-resend-subject = קוד אימות חדש מ-Doorway
email-resend-body = הנה קוד חדש לאימות כתובת האימייל:
email-resend-expiry = הקוד תקף ל-24 שעות. קודים קודמים כבר לא תקפים.
email-resend-not-you = אם לא ביקשתם קוד, אפשר להתעלם מהאימייל הזה.

email-reset-subject = איפוס הסיסמה ב-Doorway
email-reset-body = הזינו את הקוד הזה כדי להגדיר סיסמה חדשה:
email-reset-expiry = הקוד תקף לשעה אחת.
email-reset-not-you = אם לא ביקשתם לאפס את הסיסמה, התעלמו מהאימייל הזה: הסיסמה תישאר כמו שהיא.

email-change-subject = אימות כתובת האימייל החדשה ב-Doorway
email-change-body = הזינו את הקוד הזה בהגדרות כדי לאמת את כתובת האימייל החדשה:
email-change-expiry = הקוד תקף ל-24 שעות.
email-change-not-you = אם לא ביקשתם לשנות את האימייל, התחברו ושנו את הסיסמה.

email-sign-in-code-subject = קוד התחברות ל-Doorway
email-sign-in-code-body = הזינו את הקוד הזה כדי להתחבר:
email-sign-in-code-expiry = הקוד תקף לכמה דקות בלבד ולשימוש חד-פעמי.
email-sign-in-code-not-you = אם אתם לא מתחברים עכשיו, אל תשתפו את הקוד הזה עם אף אחד ושנו את הסיסמה.

email-open-page = או פתחו את הדף הזה:
