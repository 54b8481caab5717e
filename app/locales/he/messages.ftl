# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = זו כבר כתובת האימייל של החשבון.
message-email-taken = אי אפשר יותר להשתמש בכתובת הזו. שנו את האימייל לכתובת אחרת.
message-email-change-ended = תוקף השינוי של האימייל פג. כדי לקבל קוד חדש, שנו את האימייל שוב.
message-wrong-current-password = זו לא הסיסמה הנוכחית.
message-app-code-missing = הזינו את הקוד שמוצג באפליקציית האימות.
message-app-code-not-right = הקוד שגוי. הזינו את הקוד שמוצג באפליקציה עכשיו.
message-password-refused = הסיסמה לא עומדת בכללים: צריך להשתמש ב-8 עד 256 תווים ולהימנע מסיסמאות קודמות.

message-two-step-already-on = ההתחברות הדו-שלבית כבר מופעלת.
message-two-step-not-on = קודם צריך להפעיל התחברות דו-שלבית.
message-two-step-setup-ended = תוקף ההגדרה הזו פג. התחילו להגדיר מחדש את ההתחברות הדו-שלבית.
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = אפליקציית אימות

message-passkeys-full = בחשבון הזה כבר יש את המספר המרבי של מפתחות גישה (20). קודם צריך להסיר אחד.

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $browser } ב-{ $system }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = הרשמה
message-mail-resend = קוד הרשמה חדש
message-mail-password-reset = איפוס סיסמה
message-mail-email-change = שינוי אימייל
message-mail-sign-in-code = קוד התחברות
