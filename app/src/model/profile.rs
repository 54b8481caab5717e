use serde::{Deserialize, Serialize};

use super::{EmailStatus, SignInWays, TwoStepStatus};

/// What a person edits on `/profile`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFields {
    pub display_name: String,
    pub bio: String,
    /// An IANA name from the app's list of time zones.
    pub time_zone: String,
    /// A code from the app's list of languages.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub email: EmailStatus,
    pub fields: ProfileFields,
    pub created_at: String,
    pub updated_at: String,
    /// The version this copy was read at; a save must send it back.
    pub version: u64,
    pub two_step: TwoStepStatus,
    /// The providers on offer and connected, and the one the account was made through.
    pub sign_in_ways: SignInWays,
}

/// A save's outcome: the version to base the next save on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub updated_at: String,
    pub version: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_refused() {
        let json = r#"{"display_name":"A","bio":"","time_zone":"UTC","language":"en","sub":"someone-else"}"#;
        assert!(serde_json::from_str::<ProfileFields>(json).is_err());
    }
}
