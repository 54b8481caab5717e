use serde::{Deserialize, Serialize};

use super::Tokens;

/// What the browser keeps after signing in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub tokens: Tokens,
    pub email: String,
    pub display_name: String,
    /// Cognito's own user name (a UUID in email-as-username pools), needed to refresh.
    pub username: String,
}

/// Who the verified access token belongs to, as Cognito has it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub email: String,
    pub display_name: String,
}

/// The sign-in email as Cognito has it, and an email change waiting for its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailStatus {
    pub email: String,
    pub verified: bool,
    pub pending: Option<String>,
}
