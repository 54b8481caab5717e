use serde::{Deserialize, Serialize};

/// A password, code or token on its way through the app. On the wire it is the plain string; in
/// `{:?}` (a log line, a panic message, the server-function argument structs' derived `Debug`)
/// it is never shown, and it has no `Display`, so it cannot slip into a message either.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// The secret itself, for the one place that needs it (a Cognito call, a check).
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(secret: String) -> Self {
        Self(secret)
    }
}

impl From<&str> for Secret {
    fn from(secret: &str) -> Self {
        Self(secret.to_owned())
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(redacted)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_secret_but_the_wire_carries_it_unchanged() {
        let secret = Secret::from("  hunter2 and more  ");
        assert_eq!(format!("{secret:?}"), "Secret(redacted)");
        assert_eq!(format!("{:#?}", Some(&secret)), "Some(\n    Secret(redacted),\n)");
        let json = serde_json::to_string(&secret).unwrap();
        assert_eq!(json, r#""  hunter2 and more  ""#);
        assert_eq!(serde_json::from_str::<Secret>(&json).unwrap(), secret);
    }
}
