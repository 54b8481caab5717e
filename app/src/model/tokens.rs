use serde::{Deserialize, Serialize};

/// Cognito's tokens from one sign-in or refresh, as server functions hand them to the browser.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    pub access_token: String,
    pub id_token: String,
    pub refresh_token: Option<String>,
    /// Seconds the access token stays valid.
    pub expires_in: i32,
}

// Tokens never reach a log, not even through `{:?}`.
impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokens")
            .field("expires_in", &self.expires_in)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_tokens() {
        let tokens = Tokens {
            access_token: "eyJsecret".into(),
            id_token: "eyJid".into(),
            refresh_token: Some("refresh".into()),
            expires_in: 900,
        };
        assert!(!format!("{tokens:?}").contains("eyJ"));
    }
}
