use serde::{Deserialize, Serialize};

use crate::i18n::{tr, tr_with};

/// One line of a person's recent activity, as settings lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityItem {
    /// When (RFC 3339, UTC, with milliseconds); the page shows it in the person's time zone.
    pub at: String,
    pub kind: ActivityKind,
    /// The approximate device ("Firefox 133 on Linux"); empty when the browser said nothing known.
    pub device: String,
    pub ip: String,
    /// The identity provider a sign-in or connection went through (its display name), if any.
    #[serde(default)]
    pub provider: String,
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
    /// Another device's session ended from settings.
    DeviceSignedOut,
    PasskeyAdded,
    PasskeyRemoved,
    /// Signed in through another identity provider.
    ProviderSignIn,
    ProviderConnected,
    ProviderDisconnected,
}

impl ActivityKind {
    const ALL: [Self; 14] = [
        Self::SignIn,
        Self::SignInFailed,
        Self::PasswordChange,
        Self::PasswordReset,
        Self::EmailChange,
        Self::TwoStepOn,
        Self::TwoStepOff,
        Self::SignOutEverywhere,
        Self::DeviceSignedOut,
        Self::PasskeyAdded,
        Self::PasskeyRemoved,
        Self::ProviderSignIn,
        Self::ProviderConnected,
        Self::ProviderDisconnected,
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
            Self::DeviceSignedOut => "device_signed_out",
            Self::PasskeyAdded => "passkey_added",
            Self::PasskeyRemoved => "passkey_removed",
            Self::ProviderSignIn => "provider_sign_in",
            Self::ProviderConnected => "provider_connected",
            Self::ProviderDisconnected => "provider_disconnected",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.name() == name)
    }

    /// What the person reads, in the page's language; `provider` names the identity provider of
    /// the kinds about one.
    pub fn label(self, provider: &str) -> String {
        let about_provider = match self {
            Self::ProviderSignIn => Some("activity-signed-in-with"),
            Self::ProviderConnected => Some("activity-provider-connected"),
            Self::ProviderDisconnected => Some("activity-provider-disconnected"),
            _ => None,
        };
        if let Some(key) = about_provider {
            return tr_with(key, &[("provider", provider)]);
        }
        tr(match self {
            Self::SignIn => "activity-signed-in",
            Self::SignInFailed => "activity-sign-in-failed",
            Self::PasswordChange => "activity-password-changed",
            Self::PasswordReset => "activity-password-reset",
            Self::EmailChange => "activity-email-changed",
            Self::TwoStepOn => "activity-two-step-on",
            Self::TwoStepOff => "activity-two-step-off",
            Self::SignOutEverywhere => "activity-signed-out-everywhere",
            Self::DeviceSignedOut => "activity-device-signed-out",
            Self::PasskeyAdded => "activity-passkey-added",
            Self::PasskeyRemoved => "activity-passkey-removed",
            _ => "activity-signed-in",
        })
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
