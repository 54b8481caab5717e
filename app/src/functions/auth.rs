//! Getting in and out: sign-up, email verification, sign-in, refresh, sign-out, password reset.
//!
//! Every function validates its input here on the server, answers with a typed [`AppError`], and
//! never lets the answer depend on whether an account exists.
use leptos::prelude::*;
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::{
    backend::{
        AppState, activity,
        audit::{self, Action, Who},
        respond, sessions, sign_up as registration,
    },
    error::Field,
    model::{ActivityKind, BrowserLocale},
    validation::{PASSWORD_MAX_CHARS, check_code, check_display_name, check_email, check_password},
};
use crate::{
    error::AppError,
    model::{Account, Secret, SignInStep, SignedIn, Tokens},
};

/// Creates an unconfirmed account; a taken address gets the same answer.
#[server(input = Json, endpoint = "sign_up")]
pub async fn sign_up(email: String, password: Secret, display_name: String) -> Result<(), AppError> {
    let result = async {
        let email = check_email(&email)?;
        check_password(password.expose(), Field::Password)?;
        let display_name = check_display_name(&display_name)?;
        let state = AppState::current()?;
        (state.password_check)
            .refuse_weak(password.expose(), Field::Password, &[&email, &display_name])
            .await?;
        registration::register(&state, &email, password.expose(), &display_name).await
    }
    .await;
    respond(audit::record(Action::SignUp, Who::Email(&email), result))
}

/// Confirms a new account with the emailed code, and signs in when given the password typed at
/// sign-up (see [`registration::confirm`]).
#[server(input = Json, endpoint = "confirm_sign_up")]
pub async fn confirm_sign_up(
    email: String,
    code: Secret,
    password: Option<Secret>,
    time_zone: Option<String>,
    language: Option<String>,
) -> Result<Option<SignedIn>, AppError> {
    let result = async {
        let email = check_email(&email)?;
        let code = check_code(code.expose())?;
        let password = password
            .as_ref()
            .map(Secret::expose)
            .filter(|password| check_password(password, Field::Password).is_ok());
        let locale = BrowserLocale { time_zone, language };
        registration::confirm(&AppState::current()?, &email, &code, password, &locale).await
    }
    .await;
    respond(audit::record(Action::ConfirmSignUp, Who::Email(&email), result))
}

/// Sends a new sign-up code; the answer is the same whether or not the address has an account.
#[server(input = Json, endpoint = "resend_code")]
pub async fn resend_code(email: String) -> Result<(), AppError> {
    let result = async {
        let email = check_email(&email)?;
        same_answer_for_any_account(AppState::current()?.user_pool.resend_confirmation_code(&email).await)
    }
    .await;
    respond(audit::record(Action::SignUpCodeResent, Who::Email(&email), result))
}

/// Password sign-in. Unknown email, wrong password, a locked-out account ("Password attempts
/// exceeded") and one whose password must be reset are the same error; an unconfirmed account
/// (right password) gets a fresh code and `NotConfirmed`, so the page can lead on. An account
/// with two-step sign-in answers with the second step (`functions::two_step::sign_in_code`).
/// The browser's time zone and language become the defaults of a profile made now.
#[server(input = Json, endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: Secret,
    time_zone: Option<String>,
    language: Option<String>,
) -> Result<SignInStep, AppError> {
    let result = async {
        let email = check_email(&email)?;
        let password = password.expose();
        if password.is_empty() || password.chars().count() > PASSWORD_MAX_CHARS {
            return Err(AppError::WrongCredentials);
        }
        let state = AppState::current()?;
        let locale = BrowserLocale { time_zone, language };
        match sessions::start_session(&state, &email, password, &locale).await {
            Err(AppError::NotConfirmed) => {
                state.user_pool.resend_confirmation_code(&email).await.ok();
                Err(AppError::NotConfirmed)
            }
            Err(AppError::WrongCredentials) => {
                activity::note_for_email(&state, &email, ActivityKind::SignInFailed);
                Err(AppError::WrongCredentials)
            }
            other => other,
        }
    }
    .await;
    respond(audit::record(Action::SignIn, Who::Email(&email), result))
}

/// New tokens from the refresh token, unless the session ended (see [`sessions::refresh`]). A pool
/// that rotates refresh tokens answers a new one, which the browser keeps in place of the one it
/// sent: that one no longer works. `username` is no longer needed (a refresh proves the server with
/// the client secret, not a per-user hash) but still accepted, as browsers send it.
#[server(input = Json, endpoint = "refresh_session")]
pub async fn refresh_session(refresh_token: Secret, username: String) -> Result<Tokens, AppError> {
    let refresh_token = refresh_token.expose();
    if refresh_token.is_empty() || refresh_token.len() > 8192 || username.len() > 256 {
        return respond(Err(AppError::SessionExpired));
    }
    let result = async { sessions::refresh(&AppState::current()?, refresh_token).await }.await;
    // Only refusals: a refresh every few minutes per session would drown the trail. Whom it was
    // for is not known: the user name is whatever the browser sent, and nothing verified it.
    if result.is_err() {
        return respond(audit::record(Action::RefreshRefused, Who::Unknown, result));
    }
    result
}

/// Ends this device's session: our server refuses its access tokens from now on, and Cognito
/// revokes the refresh token (and the access tokens it issued). The browser forgets its tokens
/// whatever this answers.
#[server(input = Json, endpoint = "sign_out")]
pub async fn sign_out(access_token: Secret, refresh_token: Secret) -> Result<(), AppError> {
    respond(
        async {
            let state = AppState::current()?;
            sessions::end_this_session(&state, access_token.expose(), refresh_token.expose()).await
        }
        .await,
    )
}

/// The signed-in account, after the access token is verified by our server and by Cognito.
#[server(input = Json, endpoint = "current_account")]
pub async fn current_account(access_token: Secret) -> Result<Account, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let user = sessions::current_user(&state, &caller).await?;
            Ok(Account {
                email: user.email().to_string(),
                display_name: caller.profile.fields.display_name,
            })
        }
        .await,
    )
}

/// Sends a password-reset code if the account exists; the answer is the same either way.
#[server(input = Json, endpoint = "forgot_password")]
pub async fn forgot_password(email: String) -> Result<(), AppError> {
    let result = async {
        let email = check_email(&email)?;
        same_answer_for_any_account(AppState::current()?.user_pool.forgot_password(&email).await)
    }
    .await;
    respond(audit::record(
        Action::PasswordResetRequested,
        Who::Email(&email),
        result,
    ))
}

/// Sets a new password with the emailed code; every session from before it ends.
#[server(input = Json, endpoint = "reset_password")]
pub async fn reset_password(email: String, code: Secret, new_password: Secret) -> Result<(), AppError> {
    let result = async {
        let email = check_email(&email)?;
        let code = check_code(code.expose())?;
        check_password(new_password.expose(), Field::NewPassword)?;
        let state = AppState::current()?;
        (state.password_check)
            .refuse_weak(new_password.expose(), Field::NewPassword, &[&email])
            .await?;
        sessions::reset_password(&state, &email, &code, new_password.expose()).await
    }
    .await;
    respond(audit::record(Action::PasswordReset, Who::Email(&email), result))
}

/// Cognito's answer to sending a code, as the caller may see it: only an outage, which says
/// nothing about the account, is passed on. Any other answer looks like success, Cognito's
/// throttling too: its `LimitExceededException` and `TooManyFailedAttemptsException` are per
/// user, so they would tell that the address has an account (our own rate limit, which comes
/// before Cognito, protects the caller).
#[cfg(feature = "ssr")]
fn same_answer_for_any_account(result: Result<(), AppError>) -> Result<(), AppError> {
    match result {
        Err(AppError::Unavailable) => Err(AppError::Unavailable),
        _ => Ok(()),
    }
}
