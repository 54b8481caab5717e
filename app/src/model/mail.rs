use serde::{Deserialize, Serialize};

use crate::i18n::tr;

/// One message Cognito would have e-mailed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailMessage {
    pub to: String,
    pub purpose: MailPurpose,
    pub code: String,
    /// RFC 3339, UTC.
    pub sent_at: String,
    /// As the pool's custom message trigger words it, in the account's language.
    pub subject: String,
    /// The email's HTML, the code in place.
    pub html: String,
}

impl MailMessage {
    /// The pages the email links to, in its order.
    pub fn links(&self) -> Vec<String> {
        self.html
            .split("href=\"")
            .skip(1)
            .filter_map(|rest| rest.split_once('"'))
            .map(|(link, _)| link.replace("&amp;", "&"))
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MailPurpose {
    SignUp,
    Resend,
    PasswordReset,
    EmailChange,
    /// A code that signs in without the password (Cognito's `EMAIL_OTP`).
    SignInCode,
}

impl MailPurpose {
    /// What the mailbox page calls the message, in the page's language.
    pub fn label(self) -> String {
        tr(match self {
            Self::SignUp => "message-mail-sign-up",
            Self::Resend => "message-mail-resend",
            Self::PasswordReset => "message-mail-password-reset",
            Self::EmailChange => "message-mail-email-change",
            Self::SignInCode => "message-mail-sign-in-code",
        })
    }
}
