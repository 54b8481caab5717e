# What the server says in answers it words itself (beyond the error kinds in common.ftl): the
# outcome of a settings change, a sign-in step, recent activity lines. Keys: message-.

message-email-already-yours = यह पहले से ही आपका ईमेल पता है।
message-email-taken = यह पता अब इस्तेमाल नहीं किया जा सकता। अपना ईमेल किसी दूसरे पते में बदलें।
message-email-change-ended = ईमेल बदलने की यह प्रक्रिया खत्म हो गई है। नया कोड पाने के लिए अपना ईमेल फिर से बदलें।
message-wrong-current-password = यह आपका मौजूदा पासवर्ड नहीं है।
message-app-code-missing = अपने ऑथेंटिकेटर ऐप में दिख रहा कोड डालें।
message-app-code-not-right = यह कोड सही नहीं है। ऐप में अभी दिख रहा कोड डालें।
message-password-refused = यह पासवर्ड नियमों के मुताबिक नहीं है: 8 से 256 वर्ण इस्तेमाल करें और पहले इस्तेमाल किए गए पासवर्ड न चुनें।

message-two-step-already-on = दो-चरणीय साइन-इन पहले से चालू है।
message-two-step-not-on = पहले दो-चरणीय साइन-इन चालू करें।
message-two-step-setup-ended = यह सेटअप खत्म हो गया है। दो-चरणीय साइन-इन को फिर से सेट अप करना शुरू करें।
# The name an authenticator app is kept under when the person gives none.
message-default-device-name = ऑथेंटिकेटर ऐप

message-passkeys-full = इस खाते में पहले से ही ज़्यादा से ज़्यादा पासकी (20) हैं। पहले कोई एक हटाएँ।

# The approximate device of a recent-activity line: { $browser } is a browser's name and major
# version ("Firefox 133"), { $system } an operating system ("Linux"), both as the browser names them.
message-activity-device = { $system } पर { $browser }

# The purpose of a message in the local mode's mailbox page.
message-mail-sign-up = साइन-अप
message-mail-resend = नया साइन-अप कोड
message-mail-password-reset = पासवर्ड रीसेट
message-mail-email-change = ईमेल बदलना
message-mail-sign-in-code = साइन-इन कोड
