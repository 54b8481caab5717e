use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

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
}

impl MailPurpose {
    pub fn label(self) -> &'static str {
        match self {
            Self::SignUp => "Sign-up",
            Self::Resend => "New sign-up code",
            Self::PasswordReset => "Password reset",
            Self::EmailChange => "Email change",
        }
    }
}

/// The local mailbox, newest first; `NotFound` when the app runs against real AWS.
#[server(input = server_fn::codec::Json, endpoint = "dev/mailbox")]
pub async fn read_mailbox() -> Result<Vec<MailMessage>, AppError> {
    crate::backend::respond(
        async {
            let state = crate::backend::AppState::current()?;
            let mailbox = state.mailbox.ok_or(AppError::NotFound)?;
            Ok(mailbox.messages().await)
        }
        .await,
    )
}
