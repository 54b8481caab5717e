//! The one error type every server function returns: typed, user-facing, safe to show.
//!
//! Nothing here carries an AWS message or says whether an account exists; the server maps each
//! Cognito and DynamoDB error onto one of these (`backend::aws_error`).
use serde::{Deserialize, Serialize};

use crate::i18n::{tr, tr_with};
use server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};

/// The form field an error belongs next to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Email,
    Password,
    NewPassword,
    Code,
    DisplayName,
    CurrentPassword,
    Bio,
    TimeZone,
    Language,
    Confirmation,
    /// The authenticator app's code at sign-in, or a recovery code.
    RecoveryCode,
    DeviceName,
}

/// What went wrong, as a stable kind; the words come from the catalog in the page's language
/// (`key`), rendered on the server, or in the browser from the texts the server gave the island.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    /// Input a rule refused, with the rule's message already in the person's language.
    Invalid {
        field: Field,
        message: String,
    },
    WrongCredentials,
    NotConfirmed,
    /// Wrong, expired, used up or for no account: one answer, so a code check never tells
    /// whether the address has an account or a code pending.
    WrongCode,
    TryLater,
    /// Our own rate limit (answered before Cognito is called, with `Retry-After` in seconds): the
    /// sentence rendered on the server, which knows the language's plural rules ("Try again in
    /// 12 seconds"); empty when the firewall in front answered, which knows no language.
    TooManyAttempts {
        #[serde(default)]
        message: String,
    },
    SessionExpired,
    /// The second step of a sign-in came too late (Cognito keeps it open for three minutes) or
    /// after too many wrong codes: the person starts again from the password.
    SignInExpired,
    /// A passkey that did not sign in: not this account's, removed, cancelled in the browser, or
    /// the account has none. One answer, so a passkey never tells whether an account exists.
    PasskeyRefused,
    PasskeyNotAdded,
    StaleProfile,
    SessionsRemain,
    Unavailable,
    /// Only ever seen on the server: sign-up answers it as a success, so nobody learns the address is taken.
    AccountExists,
    Unreadable,
    NotFound,
    Internal,
    Network,
}

impl std::error::Error for AppError {}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Invalid { message, .. } => f.write_str(message),
            Self::TooManyAttempts { message } if !message.is_empty() => f.write_str(message),
            Self::TooManyAttempts { .. } => f.write_str(&tr(Self::TryLater.key())),
            other => f.write_str(&tr(other.key())),
        }
    }
}

impl AppError {
    /// Our own rate limit's answer, in the page's language.
    pub fn too_many_attempts(retry_after: u64) -> Self {
        let seconds = retry_after.to_string();
        Self::TooManyAttempts {
            message: tr_with("error-too-many-attempts", &[("seconds", &seconds)]),
        }
    }

    /// Our own rate limit's answer in `language`, for a refusal sent before the app runs.
    #[cfg(feature = "ssr")]
    pub fn too_many_attempts_in(retry_after: u64, language: &str) -> Self {
        let seconds = retry_after.to_string();
        Self::TooManyAttempts {
            message: crate::i18n::catalog::render(language, "error-too-many-attempts", &[("seconds", &seconds)]),
        }
    }

    /// The catalog key of the error's message.
    pub fn key(&self) -> &'static str {
        match self {
            Self::Invalid { .. } => "error-invalid",
            Self::WrongCredentials => "error-wrong-credentials",
            Self::NotConfirmed => "error-not-confirmed",
            Self::WrongCode => "error-wrong-code",
            Self::TryLater => "error-try-later",
            Self::TooManyAttempts { .. } => "error-too-many-attempts",
            Self::SessionExpired => "error-session-expired",
            Self::SignInExpired => "error-sign-in-expired",
            Self::PasskeyRefused => "error-passkey-refused",
            Self::PasskeyNotAdded => "error-passkey-not-added",
            Self::StaleProfile => "error-stale-profile",
            Self::SessionsRemain => "error-sessions-remain",
            Self::Unavailable => "error-unavailable",
            Self::AccountExists => "error-account-exists",
            Self::Unreadable => "error-unreadable",
            Self::NotFound => "error-not-found",
            Self::Internal => "error-internal",
            Self::Network => "error-network",
        }
    }

    pub fn invalid(field: Field, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }

    /// The field to show this error beside, if it belongs to one.
    pub fn field(&self) -> Option<Field> {
        match self {
            Self::Invalid { field, .. } => Some(*field),
            Self::WrongCode => Some(Field::Code),
            _ => None,
        }
    }

    /// The HTTP status the server answers with: never a 500 for anything a user or AWS caused.
    pub fn status(&self) -> u16 {
        match self {
            Self::Invalid { .. } | Self::WrongCode | Self::Unreadable | Self::PasskeyNotAdded => 400,
            Self::WrongCredentials | Self::SessionExpired | Self::SignInExpired | Self::PasskeyRefused => 401,
            Self::NotConfirmed => 403,
            Self::NotFound => 404,
            Self::StaleProfile | Self::AccountExists => 409,
            Self::TryLater | Self::TooManyAttempts { .. } => 429,
            Self::Unavailable | Self::Network | Self::SessionsRemain => 503,
            Self::Internal => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => Self::Network,
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::Deserialization(_) => {
                // A request the server could not read is the sender's mistake, not ours.
                #[cfg(feature = "ssr")]
                if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
                    response.set_status(axum::http::StatusCode::BAD_REQUEST);
                }
                Self::Unreadable
            }
            _ => Self::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_round_trip_through_the_wire_format() {
        let error = AppError::invalid(Field::Password, "8+");
        let bytes = error.ser();
        assert_eq!(AppError::de(bytes), error);
    }

    #[test]
    fn code_errors_belong_to_the_code_field() {
        assert_eq!(AppError::WrongCode.field(), Some(Field::Code));
        assert_eq!(AppError::WrongCredentials.field(), None);
    }

    #[test]
    fn user_and_service_errors_are_never_500() {
        for error in [
            AppError::WrongCredentials,
            AppError::TryLater,
            AppError::too_many_attempts(30),
            AppError::Unavailable,
            AppError::StaleProfile,
        ] {
            assert_ne!(error.status(), 500, "{error:?}");
        }
    }

    #[test]
    fn our_own_limit_says_when_to_try_again_and_survives_the_wire() {
        let error = AppError::too_many_attempts(12);
        assert_eq!(error.to_string(), "Too many attempts. Try again in 12 seconds.");
        assert_eq!(
            AppError::too_many_attempts(1).to_string(),
            "Too many attempts. Try again in 1 second."
        );
        assert_eq!(error.status(), 429);
        assert_eq!(AppError::de(error.ser()), error);
    }
}
