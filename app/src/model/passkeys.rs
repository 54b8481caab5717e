use serde::{Deserialize, Serialize};

use super::Secret;

/// The ways to sign in after the email, in the order a person might pick them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInMethod {
    Passkey,
    EmailCode,
    Password,
}

impl SignInMethod {
    pub const ALL: [Self; 3] = [Self::Passkey, Self::EmailCode, Self::Password];

    /// How this device remembers the method (local storage).
    pub fn key(self) -> &'static str {
        match self {
            Self::Passkey => "passkey",
            Self::EmailCode => "email-code",
            Self::Password => "password",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|method| method.key() == key)
    }

    /// Every method, `last` (the one this device used last) first.
    pub fn in_order(last: Option<Self>) -> Vec<Self> {
        let mut methods = Self::ALL.to_vec();
        if let Some(last) = last {
            methods.retain(|method| *method != last);
            methods.insert(0, last);
        }
        methods
    }
}

/// A passkey sign-in under way: a handle of Cognito's challenge session, sealed by the server and
/// of one size for every address (as good as a credential for three minutes: the page keeps it
/// in memory only), and the options for `navigator.credentials.get`, as the JSON
/// `PublicKeyCredential.parseRequestOptionsFromJSON` reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyChallenge {
    pub session: Secret,
    pub options: String,
}

/// An emailed sign-in code on its way: the session to answer it in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeSent {
    pub session: Secret,
}

/// A passkey of the account, as settings lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passkey {
    pub id: String,
    pub name: String,
    /// RFC 3339, UTC.
    pub created_at: String,
}

/// What proves it is still the account's owner before a passkey is added or removed: the current
/// password (with two-step sign-in on, and the authenticator's code), or a passkey answered just
/// now (for `PasskeyChallenge::session`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Proof {
    Password(Secret),
    PasswordAndCode { password: Secret, code: Secret },
    Passkey { session: Secret, credential: String },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_used_method_comes_first_and_the_rest_keep_their_order() {
        assert_eq!(SignInMethod::in_order(None), SignInMethod::ALL.to_vec());
        assert_eq!(
            SignInMethod::in_order(Some(SignInMethod::Password)),
            [SignInMethod::Password, SignInMethod::Passkey, SignInMethod::EmailCode]
        );
        for method in SignInMethod::ALL {
            assert_eq!(SignInMethod::from_key(method.key()), Some(method));
        }
        assert_eq!(SignInMethod::from_key("sms"), None);
    }
}
