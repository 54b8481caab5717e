use serde::{Deserialize, Serialize};

/// One line of a person's recent activity, as settings lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityItem {
    /// When (RFC 3339, UTC, with milliseconds); the page shows it in the person's time zone.
    pub at: String,
    pub kind: ActivityKind,
    /// The approximate device ("Firefox 133 on Linux"); empty when the browser said nothing known.
    pub device: String,
    pub ip: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActivityKind {
    SignIn,
    SignInFailed,
    PasswordChange,
    PasswordReset,
    EmailChange,
    TwoStepOn,
    TwoStepOff,
    SignOutEverywhere,
    PasskeyAdded,
    PasskeyRemoved,
}

impl ActivityKind {
    const ALL: [Self; 10] = [
        Self::SignIn,
        Self::SignInFailed,
        Self::PasswordChange,
        Self::PasswordReset,
        Self::EmailChange,
        Self::TwoStepOn,
        Self::TwoStepOff,
        Self::SignOutEverywhere,
        Self::PasskeyAdded,
        Self::PasskeyRemoved,
    ];

    /// The stored name.
    pub fn name(self) -> &'static str {
        match self {
            Self::SignIn => "sign_in",
            Self::SignInFailed => "sign_in_failed",
            Self::PasswordChange => "password_change",
            Self::PasswordReset => "password_reset",
            Self::EmailChange => "email_change",
            Self::TwoStepOn => "two_step_on",
            Self::TwoStepOff => "two_step_off",
            Self::SignOutEverywhere => "sign_out_everywhere",
            Self::PasskeyAdded => "passkey_added",
            Self::PasskeyRemoved => "passkey_removed",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// What the person reads.
    pub fn label(self) -> &'static str {
        match self {
            Self::SignIn => "Signed in",
            Self::SignInFailed => "Failed sign-in (wrong password)",
            Self::PasswordChange => "Password changed",
            Self::PasswordReset => "Password reset with an emailed code",
            Self::EmailChange => "Email changed",
            Self::TwoStepOn => "Two-step sign-in turned on",
            Self::TwoStepOff => "Two-step sign-in turned off",
            Self::SignOutEverywhere => "Signed out everywhere",
            Self::PasskeyAdded => "Passkey added",
            Self::PasskeyRemoved => "Passkey removed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_read_back_from_its_stored_name() {
        for kind in ActivityKind::ALL {
            assert_eq!(ActivityKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(ActivityKind::from_name("something_else"), None);
    }
}
