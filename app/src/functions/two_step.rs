//! Two-step sign-in: the second step of a sign-in (the authenticator app's code, or a recovery
//! code instead), and turning it on and off in settings. The work is in `backend::two_step`.
use leptos::prelude::*;
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::{
    backend::{
        AppState, activity,
        audit::{self, Action, Who},
        respond, two_step,
    },
    i18n::tr,
    model::{ActivityKind, BrowserLocale},
    validation::{
        DEFAULT_DEVICE_NAME, PASSWORD_MAX_CHARS, check_app_code, check_app_or_recovery_code,
        check_current_password_given, check_device_name, check_email, check_recovery_code, is_challenge_session,
    },
};
use crate::{
    error::AppError,
    model::{AuthenticatorSetup, RecoveryCodes, Secret, SignedIn},
};

/// The second step of a sign-in: the code from the authenticator app, for the challenge the
/// password step answered with. `email` is the address typed at the first step (the rate limits
/// count attempts per address).
#[server(input = Json, endpoint = "sign_in_code")]
pub async fn sign_in_code(
    email: String,
    username: String,
    session: Secret,
    code: Secret,
    time_zone: Option<String>,
    language: Option<String>,
) -> Result<SignedIn, AppError> {
    let result = async {
        check_email(&email)?;
        let code = check_app_code(code.expose())?;
        let session = session.expose();
        if !is_challenge_session(session) || username.is_empty() || username.len() > 256 {
            return Err(AppError::SignInExpired);
        }
        let locale = BrowserLocale { time_zone, language };
        two_step::sign_in_with_code(&AppState::current()?, &username, session, &code, &locale).await
    }
    .await;
    respond(audit::record(Action::SignInCode, Who::Email(&email), result))
}

/// The second step with a recovery code instead of the app: the password again (the page still
/// has it), and one unspent recovery code. It signs in and lifts the authenticator requirement.
#[server(input = Json, endpoint = "sign_in_recovery_code")]
pub async fn sign_in_recovery_code(
    email: String,
    password: Secret,
    recovery_code: Secret,
    time_zone: Option<String>,
    language: Option<String>,
) -> Result<SignedIn, AppError> {
    let result = async {
        let email = check_email(&email)?;
        let password = password.expose();
        if password.is_empty() || password.chars().count() > PASSWORD_MAX_CHARS {
            return Err(AppError::SignInExpired);
        }
        let code = check_recovery_code(recovery_code.expose())?;
        let locale = BrowserLocale { time_zone, language };
        two_step::sign_in_with_recovery_code(&AppState::current()?, &email, password, &code, &locale).await
    }
    .await;
    respond(audit::record(Action::SignInRecoveryCode, Who::Email(&email), result))
}

/// Starts setting up an authenticator app, after the current password: its secret, as a QR
/// code and as text. Nothing changes until [`finish_two_step_setup`].
#[server(input = Json, endpoint = "start_two_step_setup")]
pub async fn start_two_step_setup(
    access_token: Secret,
    current_password: Secret,
) -> Result<AuthenticatorSetup, AppError> {
    respond(
        async {
            check_current_password_given(current_password.expose())?;
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let started = two_step::start_setup(&state, &caller, current_password.expose()).await;
            audit::record(Action::TwoStepSetupStarted, Who::User(caller.sub()), started)
        }
        .await,
    )
}

/// Turns two-step sign-in on with the app's first code; answers the recovery codes, shown once.
#[server(input = Json, endpoint = "finish_two_step_setup")]
pub async fn finish_two_step_setup(
    access_token: Secret,
    code: Secret,
    device_name: String,
) -> Result<RecoveryCodes, AppError> {
    respond(
        async {
            let code = check_app_code(code.expose())?;
            let device_name = device_name_or_default(&device_name)?;
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let on = two_step::finish_setup(&state, &caller, &code, &device_name).await;
            if on.is_ok() {
                activity::note(&state, caller.sub(), ActivityKind::TwoStepOn).await;
            }
            audit::record(Action::TwoStepOn, Who::User(caller.sub()), on)
        }
        .await,
    )
}

/// Turns two-step sign-in off, after the current password and a current code from the app or a
/// recovery code.
#[server(input = Json, endpoint = "turn_off_two_step")]
pub async fn turn_off_two_step(access_token: Secret, current_password: Secret, code: Secret) -> Result<(), AppError> {
    respond(
        async {
            check_current_password_given(current_password.expose())?;
            let code = check_app_or_recovery_code(code.expose())?;
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let off = two_step::turn_off(&state, &caller, current_password.expose(), &code).await;
            if off.is_ok() {
                activity::note(&state, caller.sub(), ActivityKind::TwoStepOff).await;
            }
            audit::record(Action::TwoStepOff, Who::User(caller.sub()), off)
        }
        .await,
    )
}

/// A new set of recovery codes, after the current password; the old set stops working.
#[server(input = Json, endpoint = "renew_recovery_codes")]
pub async fn renew_recovery_codes(access_token: Secret, current_password: Secret) -> Result<RecoveryCodes, AppError> {
    respond(
        async {
            check_current_password_given(current_password.expose())?;
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let renewed = two_step::renew_recovery_codes(&state, &caller, current_password.expose()).await;
            audit::record(Action::RecoveryCodesRenewed, Who::User(caller.sub()), renewed)
        }
        .await,
    )
}

/// The name the authenticator is kept under: the one given, or, when none was (the browser sends
/// the default in its place), the default in the page's language.
#[cfg(feature = "ssr")]
fn device_name_or_default(name: &str) -> Result<String, AppError> {
    let name = check_device_name(name)?;
    Ok(if name == DEFAULT_DEVICE_NAME {
        tr("message-default-device-name")
    } else {
        name
    })
}
