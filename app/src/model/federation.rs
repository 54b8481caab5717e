//! Signing in through another identity provider, as pages and server functions share it.
use serde::{Deserialize, Serialize};

use super::SignedIn;

/// A provider the app offers, and whether it is connected to this account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderLink {
    /// As the pool names it (`Google`, `LocalID`); it is also the path of its sign-in link.
    pub name: String,
    pub display_name: String,
    /// When it was connected (RFC 3339); `None` when it is not.
    pub connected_since: Option<String>,
}

/// The identity providers the pool has, as (name, display name), in the order pages offer them:
/// what the server gives the pages it renders.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfferedProviders(pub Vec<(String, String)>);

impl OfferedProviders {
    /// The display name of the provider `name`, if the pool has it.
    pub fn display_name(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(offered, _)| offered == name)
            .map(|(_, display_name)| display_name.as_str())
    }
}

/// How an account signs in besides its password.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInWays {
    pub providers: Vec<ProviderLink>,
    /// The provider the account was made through: it has no password, and the provider does
    /// what a password and two-step sign-in would.
    pub made_with: Option<ProviderLink>,
}

/// A provider connected to an account, as the profile keeps it: Cognito's link is made from the
/// provider's own user id (`subject`), which disconnecting names again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connection {
    pub provider: String,
    pub subject: String,
    /// RFC 3339.
    pub since: String,
}

/// How a flow through a provider ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProviderFinish {
    /// Signed in: keep the session ("Keep me signed in": `remember`) and go to `next`.
    SignedIn {
        signed_in: SignedIn,
        next: String,
        remember: bool,
    },
    /// The provider (its name) now signs in to the account too.
    Connected { provider: String },
    /// Not signed in, nor connected: why, as the person reads it (rendered on the server, with
    /// the provider's name). An answer rather than an error, so that only this page's code, not
    /// every page's, knows its kinds.
    Refused { reason: ProviderRefusal, message: String },
}

/// Why a flow through a provider ended without a sign-in or connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProviderRefusal {
    /// It did not finish: a stale or foreign `state`, a code used before, a wrong verifier or
    /// `nonce`, or the provider said no. The person starts again.
    Failed,
    /// An account has the provider's email: its owner connects the provider in settings.
    EmailTaken,
    /// The provider's account signs in to another account already.
    InUse,
}
