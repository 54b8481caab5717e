use serde::{Deserialize, Serialize};

use super::{Secret, SignedIn};

/// Where a password sign-in stands: done, or waiting for the code of the account's
/// authenticator app (two-step sign-in).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInStep {
    SignedIn(SignedIn),
    CodeNeeded(SecondStep),
}

impl SignInStep {
    /// The session, when no second step is needed.
    pub fn into_signed_in(self) -> Option<SignedIn> {
        match self {
            Self::SignedIn(signed_in) => Some(signed_in),
            Self::CodeNeeded(_) => None,
        }
    }
}

/// The second step of a sign-in in progress. The page keeps it in memory only: Cognito's
/// challenge session is as good as the password for three minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondStep {
    pub session: Secret,
    /// Cognito's user name for the account, which the answer must name.
    pub username: String,
}

/// Whether the account asks for a code at sign-in, as settings and the profile show it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoStepStatus {
    pub on: bool,
    /// When it was turned on (RFC 3339).
    pub since: Option<String>,
    /// The name the person gave their authenticator app.
    pub device_name: Option<String>,
    pub recovery_codes_left: u32,
}

/// A new authenticator app's secret, waiting for its first code: as the `otpauth://` address a
/// QR code carries, as that QR code, and as text to type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthenticatorSetup {
    /// The base32 secret, in groups of four for people who type it.
    pub secret: Secret,
    pub uri: Secret,
    pub qr: QrCode,
}

/// A QR code drawn on the server: one SVG path of `size` × `size` modules, each dark module a
/// unit square, with no quiet zone (the page adds it).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QrCode {
    pub size: u32,
    pub path: String,
}

// The path draws the secret.
impl std::fmt::Debug for QrCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QrCode")
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

/// Single-use codes that stand in for the authenticator app, shown once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryCodes {
    pub codes: Vec<Secret>,
}
