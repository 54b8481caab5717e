use serde::{Deserialize, Serialize};

/// One message Cognito would have e-mailed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailMessage {
    pub to: String,
    pub purpose: MailPurpose,
    pub code: String,
    /// RFC 3339, UTC.
    pub sent_at: String,
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
    pub fn label(self) -> &'static str {
        match self {
            Self::SignUp => "Sign-up",
            Self::Resend => "New sign-up code",
            Self::PasswordReset => "Password reset",
            Self::EmailChange => "Email change",
            Self::SignInCode => "Sign-in code",
        }
    }
}
