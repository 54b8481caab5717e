//! The audit trail: one structured event for every action that changes or proves who someone is,
//! logged under the target [`TARGET`] so an operator can route it apart from the rest of the log
//! (`AUDIT_LOG=json` prints these events alone as JSON lines).
//!
//! Each event says who (the Cognito `sub` when a verified token or a stored profile names them,
//! otherwise the normalised email they typed), what (a stable action name), the outcome (and
//! for a failure, the kind of error, never its free text) and the client IP. Never a password,
//! a code or a token: the only inputs taken here are ids, addresses and error kinds.
use crate::{error::AppError, validation::normalize_email};

use super::user_pool::ClientIp;

/// The `tracing` target of every audit event.
pub const TARGET: &str = "audit";

/// What happened, by its stable name in the trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    SignUp,
    ConfirmSignUp,
    /// Another sign-up code sent.
    SignUpCodeResent,
    SignIn,
    /// The second step of a sign-in: the authenticator code, or a recovery code instead.
    SignInCode,
    SignInRecoveryCode,
    /// Passwordless sign-in: a code emailed, a sign-in with it, or with a passkey.
    SignInCodeSent,
    SignInEmailCode,
    SignInPasskey,
    /// A passkey's challenge handed out, for a sign-in or a proof in settings.
    PasskeyChallenge,
    /// The options for a new passkey, after the proof.
    PasskeyRegistrationStarted,
    PasskeyAdded,
    PasskeyRemoved,
    /// An authenticator app's secret handed out, after the current password.
    TwoStepSetupStarted,
    TwoStepOn,
    TwoStepOff,
    RecoveryCodesRenewed,
    RefreshRefused,
    SignOut,
    SignOutEverywhere,
    /// One other device's session ended from settings.
    SignOutDevice,
    PasswordResetRequested,
    PasswordReset,
    PasswordChange,
    EmailChangeRequested,
    EmailChangeCodeResent,
    EmailChange,
    ProfileChange,
    /// Everything kept about the account, downloaded.
    DataExported,
    AccountDeletion,
    TokenRefused,
    RateLimited,
    /// A sign-in through another identity provider, finished or refused.
    ProviderSignIn,
    ProviderConnected,
    ProviderDisconnected,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Self::SignUp => "sign_up",
            Self::ConfirmSignUp => "confirm_sign_up",
            Self::SignUpCodeResent => "sign_up_code_resent",
            Self::SignIn => "sign_in",
            Self::SignInCode => "sign_in_code",
            Self::SignInRecoveryCode => "sign_in_recovery_code",
            Self::SignInCodeSent => "sign_in_code_sent",
            Self::SignInEmailCode => "sign_in_email_code",
            Self::SignInPasskey => "sign_in_passkey",
            Self::PasskeyChallenge => "passkey_challenge",
            Self::PasskeyRegistrationStarted => "passkey_registration_started",
            Self::PasskeyAdded => "passkey_added",
            Self::PasskeyRemoved => "passkey_removed",
            Self::TwoStepSetupStarted => "two_step_setup_started",
            Self::TwoStepOn => "two_step_on",
            Self::TwoStepOff => "two_step_off",
            Self::RecoveryCodesRenewed => "recovery_codes_renewed",
            Self::RefreshRefused => "refresh_refused",
            Self::SignOut => "sign_out",
            Self::SignOutEverywhere => "sign_out_everywhere",
            Self::SignOutDevice => "sign_out_device",
            Self::PasswordResetRequested => "password_reset_requested",
            Self::PasswordReset => "password_reset",
            Self::PasswordChange => "password_change",
            Self::EmailChangeRequested => "email_change_requested",
            Self::EmailChangeCodeResent => "email_change_code_resent",
            Self::EmailChange => "email_change",
            Self::ProfileChange => "profile_change",
            Self::DataExported => "data_exported",
            Self::AccountDeletion => "account_deletion",
            Self::TokenRefused => "token_refused",
            Self::RateLimited => "rate_limited",
            Self::ProviderSignIn => "provider_sign_in",
            Self::ProviderConnected => "provider_connected",
            Self::ProviderDisconnected => "provider_disconnected",
        }
    }
}

/// Whom an event is about, as far as the server knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who<'a> {
    /// A `sub` from a verified token or a stored profile.
    User(&'a str),
    /// What someone typed in the email field (normalised before it is logged).
    Email(&'a str),
    Unknown,
}

/// Records `action` by `who` with the outcome of `result`, and hands the result on unchanged, so
/// a server function reads `audit::record(Action::SignIn, Who::Email(&email), result)`.
pub fn record<T>(action: Action, who: Who<'_>, result: Result<T, AppError>) -> Result<T, AppError> {
    let failure = result.as_ref().err().map(error_kind);
    event(action, who, failure, ClientIp::current().map(|ClientIp(ip)| ip));
    result
}

/// Records a refusal that is not a server function's answer (a token refused on the way in),
/// with a stable `reason`.
pub fn failure(action: Action, who: Who<'_>, reason: &'static str) {
    event(action, who, Some(reason), ClientIp::current().map(|ClientIp(ip)| ip));
}

/// Logs one audit event; `failure` is the error kind, `None` for a success. For callers outside
/// a server function (the rate-limit middleware), which know the client IP themselves.
pub fn event(action: Action, who: Who<'_>, failure: Option<&'static str>, ip: Option<std::net::IpAddr>) {
    let (user, email) = match who {
        Who::User(sub) => (Some(sub), None),
        Who::Email(typed) => (None, Some(normalize_email(typed))),
        Who::Unknown => (None, None),
    };
    let outcome = if failure.is_some() { "failure" } else { "success" };
    tracing::info!(
        target: TARGET,
        action = action.name(),
        user,
        email = email.as_deref(),
        outcome,
        reason = failure,
        ip = ip.map(tracing::field::display),
        "audit"
    );
}

/// The kind of a failure, by a stable name: never the error's text, which may carry the user's
/// own input back (a field message).
pub fn error_kind(error: &AppError) -> &'static str {
    match error {
        AppError::Invalid { .. } => "invalid_input",
        AppError::WrongCredentials => "wrong_credentials",
        AppError::NotConfirmed => "not_confirmed",
        AppError::WrongCode => "wrong_code",
        AppError::TryLater => "throttled",
        AppError::TooManyAttempts { .. } => "rate_limited",
        AppError::SessionExpired => "session_expired",
        AppError::SignInExpired => "sign_in_expired",
        AppError::PasskeyRefused => "passkey_refused",
        AppError::PasskeyNotAdded => "passkey_not_added",
        AppError::StaleProfile => "stale_profile",
        AppError::SessionsRemain => "sessions_remain",
        AppError::Unavailable => "unavailable",
        AppError::AccountExists => "account_exists",
        AppError::Unreadable => "unreadable",
        AppError::NotFound => "not_found",
        AppError::Internal => "internal",
        AppError::Network => "network",
    }
}
