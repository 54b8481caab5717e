//! The one error type every server function returns: typed, user-facing, safe to show.
//!
//! Nothing here carries an AWS message or says whether an account exists; the server maps each
//! Cognito and DynamoDB error onto one of these (`backend::aws_error`).
use serde::{Deserialize, Serialize};
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("{message}")]
    Invalid { field: Field, message: String },
    #[error("Incorrect email or password.")]
    WrongCredentials,
    #[error("This email address is not confirmed yet.")]
    NotConfirmed,
    /// Wrong, expired, used up or for no account: one answer, so a code check never tells
    /// whether the address has an account or a code pending.
    #[error("That code is not right or has expired. Send a new one.")]
    WrongCode,
    #[error("Too many attempts. Try again in a moment.")]
    TryLater,
    /// Our own rate limit (answered before Cognito is called), with `Retry-After` in seconds.
    #[error("Too many attempts. Try again in {}.", in_seconds(*retry_after))]
    TooManyAttempts { retry_after: u64 },
    #[error("Your session has ended. Please sign in again.")]
    SessionExpired,
    /// The second step of a sign-in came too late (Cognito keeps it open for three minutes) or
    /// after too many wrong codes: the person starts again from the password.
    #[error("This sign-in took too long. Start again.")]
    SignInExpired,
    /// A passkey that did not sign in: not this account's, removed, cancelled in the browser, or
    /// the account has none. One answer, so a passkey never tells whether an account exists.
    #[error("That passkey didn't work. Try again, or choose another way to sign in.")]
    PasskeyRefused,
    #[error("This passkey couldn't be added. Try again.")]
    PasskeyNotAdded,
    #[error("This profile changed elsewhere. Reload to see it.")]
    StaleProfile,
    #[error(
        "Your password is changed, but not every device could be signed out. Use \"Sign out everywhere\" in a moment."
    )]
    SessionsRemain,
    #[error("The account service can't be reached right now. What you typed is kept; try again in a moment.")]
    Unavailable,
    /// Only ever seen on the server: sign-up answers it as a success, so nobody learns the address is taken.
    #[error("An account with this email already exists.")]
    AccountExists,
    #[error("The form could not be read. Reload the page and try again.")]
    Unreadable,
    #[error("Not found.")]
    NotFound,
    #[error("Something went wrong on our side. Try again in a moment.")]
    Internal,
    #[error("Couldn't reach the server. Check your connection and try again.")]
    Network,
}

impl AppError {
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

/// "1 second", "30 seconds".
fn in_seconds(seconds: u64) -> String {
    match seconds {
        1 => "1 second".to_string(),
        n => format!("{n} seconds"),
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
        let error = AppError::invalid(Field::Password, "Use at least 8 characters.");
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
            AppError::TooManyAttempts { retry_after: 30 },
            AppError::Unavailable,
            AppError::StaleProfile,
        ] {
            assert_ne!(error.status(), 500, "{error:?}");
        }
    }

    #[test]
    fn our_own_limit_says_when_to_try_again_and_survives_the_wire() {
        let error = AppError::TooManyAttempts { retry_after: 12 };
        assert_eq!(error.to_string(), "Too many attempts. Try again in 12 seconds.");
        assert_eq!(
            AppError::TooManyAttempts { retry_after: 1 }.to_string(),
            "Too many attempts. Try again in 1 second."
        );
        assert_eq!(error.status(), 429);
        assert_eq!(AppError::de(error.ser()), error);
    }
}
