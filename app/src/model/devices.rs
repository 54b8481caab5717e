use serde::{Deserialize, Serialize};

/// One signed-in session of the account, as the "Devices" section of settings lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedInDevice {
    /// Our record's id for the session: what "Sign out device" names.
    pub id: String,
    /// "Firefox 133 on Linux", in the page's language; empty when the browser said nothing known.
    pub device: String,
    pub ip: String,
    /// The identity provider it signed in with (its display name); empty for this app's own.
    pub via: String,
    /// RFC 3339: the sign-in, and the newest refresh.
    pub first_seen: String,
    pub last_seen: String,
    /// The session asking.
    pub this_device: bool,
}
