//! Getting in and out: sign-up, email verification, sign-in, refresh, sign-out, password reset.
//!
//! Every function validates its input here on the server, answers with a typed [`AppError`], and
//! never lets the answer depend on whether an account exists.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::{
    backend::{AppState, respond},
    error::Field,
    validation::{check_code, check_display_name, check_email, check_password},
};
use crate::{error::AppError, session::Tokens};

/// What the browser keeps after signing in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub tokens: Tokens,
    pub email: String,
    pub display_name: String,
    /// Cognito's own user name (a UUID in email-as-username pools), needed to refresh.
    pub username: String,
}

/// Who the verified access token belongs to, as Cognito has it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub email: String,
    pub display_name: String,
}

/// Creates an unconfirmed account. An address already registered gets the same answer, and if
/// it is still unconfirmed a fresh code, so its owner can finish on the verify page.
#[server(input = Json, endpoint = "sign_up")]
pub async fn sign_up(email: String, password: String, display_name: String) -> Result<(), AppError> {
    respond(
        async {
            let email = check_email(&email)?;
            check_password(&password, Field::Password)?;
            let display_name = check_display_name(&display_name)?;
            let pool = AppState::current()?.user_pool;
            match pool.sign_up(&email, &password, &display_name).await {
                Ok(()) => Ok(()),
                Err(AppError::AccountExists) => {
                    pool.resend_confirmation_code(&email).await.ok();
                    Ok(())
                }
                Err(error) => Err(error),
            }
        }
        .await,
    )
}

#[server(input = Json, endpoint = "confirm_sign_up")]
pub async fn confirm_sign_up(email: String, code: String) -> Result<(), AppError> {
    respond(
        async {
            let email = check_email(&email)?;
            let code = check_code(&code)?;
            match AppState::current()?.user_pool.confirm_sign_up(&email, &code).await {
                // Unknown addresses look like wrong codes.
                Err(AppError::WrongCredentials) => Err(AppError::WrongCode),
                other => other,
            }
        }
        .await,
    )
}

/// Sends a new sign-up code; the answer is the same whether or not the address has an account.
#[server(input = Json, endpoint = "resend_code")]
pub async fn resend_code(email: String) -> Result<(), AppError> {
    respond(
        async {
            let email = check_email(&email)?;
            same_answer_for_any_account(AppState::current()?.user_pool.resend_confirmation_code(&email).await)
        }
        .await,
    )
}

/// Password sign-in. Unknown email and wrong password are the same error; an unconfirmed
/// account (right password) gets a fresh code and `NotConfirmed`, so the page can lead on.
#[server(input = Json, endpoint = "sign_in")]
pub async fn sign_in(email: String, password: String) -> Result<SignedIn, AppError> {
    respond(
        async {
            let email = check_email(&email)?;
            if password.is_empty() || password.chars().count() > crate::validation::PASSWORD_MAX_CHARS {
                return Err(AppError::WrongCredentials);
            }
            let pool = AppState::current()?.user_pool;
            match pool.sign_in(&email, &password).await {
                Ok(tokens) => {
                    let identity = crate::backend::user_pool::id_token_identity(&tokens.id_token)?;
                    // Cognito puts readable attributes in the ID token; ask for them only if not.
                    let (email, display_name) = match (identity.email, identity.name) {
                        (Some(email), Some(name)) => (email, name),
                        _ => pool.account(&tokens.access_token).await.map_err(session_error)?,
                    };
                    Ok(SignedIn {
                        tokens,
                        email,
                        display_name,
                        username: identity.username,
                    })
                }
                Err(AppError::NotConfirmed) => {
                    pool.resend_confirmation_code(&email).await.ok();
                    Err(AppError::NotConfirmed)
                }
                Err(error) => Err(error),
            }
        }
        .await,
    )
}

/// New access and ID tokens from the refresh token (`REFRESH_TOKEN_AUTH`).
#[server(input = Json, endpoint = "refresh_session")]
pub async fn refresh_session(refresh_token: String, username: String) -> Result<Tokens, AppError> {
    respond(
        async {
            if refresh_token.is_empty() || refresh_token.len() > 8192 || username.len() > 256 {
                return Err(AppError::SessionExpired);
            }
            AppState::current()?
                .user_pool
                .refresh(&refresh_token, &username)
                .await
                .map_err(session_error)
        }
        .await,
    )
}

/// Revokes the refresh token (and with it the access tokens it issued). The browser forgets its
/// tokens whatever this answers.
#[server(input = Json, endpoint = "sign_out")]
pub async fn sign_out(refresh_token: String) -> Result<(), AppError> {
    respond(
        async {
            if refresh_token.is_empty() || refresh_token.len() > 8192 {
                return Ok(());
            }
            AppState::current()?.user_pool.revoke(&refresh_token).await
        }
        .await,
    )
}

/// The signed-in account, after the access token is verified by our server and by Cognito.
#[server(input = Json, endpoint = "current_account")]
pub async fn current_account(access_token: String) -> Result<Account, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            state.tokens.verify_access(&access_token).await?;
            let (email, display_name) = state.user_pool.account(&access_token).await.map_err(session_error)?;
            Ok(Account { email, display_name })
        }
        .await,
    )
}

/// Sends a password-reset code if the account exists; the answer is the same either way.
#[server(input = Json, endpoint = "forgot_password")]
pub async fn forgot_password(email: String) -> Result<(), AppError> {
    respond(
        async {
            let email = check_email(&email)?;
            same_answer_for_any_account(AppState::current()?.user_pool.forgot_password(&email).await)
        }
        .await,
    )
}

#[server(input = Json, endpoint = "reset_password")]
pub async fn reset_password(email: String, code: String, new_password: String) -> Result<(), AppError> {
    respond(
        async {
            let email = check_email(&email)?;
            let code = check_code(&code)?;
            check_password(&new_password, Field::NewPassword)?;
            match AppState::current()?
                .user_pool
                .confirm_forgot_password(&email, &code, &new_password)
                .await
            {
                Err(AppError::WrongCredentials | AppError::NotConfirmed) => Err(AppError::WrongCode),
                Err(AppError::Invalid { message, .. }) => Err(AppError::invalid(Field::NewPassword, message)),
                other => other,
            }
        }
        .await,
    )
}

/// Only errors that say nothing about the account (throttling, an outage) are passed on; any
/// other answer looks like success, so nobody learns whether the address has an account.
#[cfg(feature = "ssr")]
fn same_answer_for_any_account(result: Result<(), AppError>) -> Result<(), AppError> {
    match result {
        Err(error @ (AppError::TryLater | AppError::Unavailable)) => Err(error),
        _ => Ok(()),
    }
}

/// With a token in hand, "not authorized" means the session ended, not a wrong password.
#[cfg(feature = "ssr")]
fn session_error(error: AppError) -> AppError {
    match error {
        AppError::WrongCredentials | AppError::NotConfirmed => AppError::SessionExpired,
        other => other,
    }
}
