use serde::{Deserialize, Serialize};

/// The browser's time zone and language as it reports them, unchecked: the defaults of a profile
/// made at the first sign-in, when they are on the app's lists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BrowserLocale {
    /// An IANA name, such as `Europe/London`.
    pub time_zone: Option<String>,
    /// A BCP 47 tag, such as `en-GB`.
    pub language: Option<String>,
}
