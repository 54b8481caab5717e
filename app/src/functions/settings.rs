//! Account settings: change password, change email, sign out everywhere, delete the account.
//! Each sensitive change needs the current password; the work is in `backend::settings`.
use leptos::prelude::*;
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::{
    backend::{AppState, respond, session_error, settings},
    error::Field,
    validation::{PASSWORD_MAX_CHARS, check_code, check_delete_confirmation, check_email, check_password},
};
use crate::{
    error::AppError,
    model::{EmailStatus, SignedIn},
};

/// Changes the password; every other session ends, and this tab gets a fresh one.
#[server(input = Json, endpoint = "change_password")]
pub async fn change_password(
    access_token: String,
    current_password: String,
    new_password: String,
) -> Result<SignedIn, AppError> {
    respond(
        async {
            check_current_password_given(&current_password)?;
            check_password(&new_password, Field::NewPassword)?;
            let state = AppState::current()?;
            let caller = state.authenticate(&access_token).await?;
            settings::change_password(&state, &caller, &current_password, &new_password).await
        }
        .await,
    )
}

/// Starts an email change: Cognito sends a code to the new address.
#[server(input = Json, endpoint = "change_email")]
pub async fn change_email(
    access_token: String,
    new_email: String,
    current_password: String,
) -> Result<EmailStatus, AppError> {
    respond(
        async {
            let new_email = check_email(&new_email)?;
            check_current_password_given(&current_password)?;
            let state = AppState::current()?;
            let caller = state.authenticate(&access_token).await?;
            settings::change_email(&state, &caller, &new_email, &current_password).await
        }
        .await,
    )
}

/// Completes an email change with the code sent to the new address.
#[server(input = Json, endpoint = "confirm_email_change")]
pub async fn confirm_email_change(access_token: String, code: String) -> Result<EmailStatus, AppError> {
    respond(
        async {
            let code = check_code(&code)?;
            let state = AppState::current()?;
            let caller = state.authenticate(&access_token).await?;
            settings::confirm_email_change(&state, &caller, &code).await
        }
        .await,
    )
}

/// Sends another code for the email change in progress.
#[server(input = Json, endpoint = "resend_email_code")]
pub async fn resend_email_code(access_token: String) -> Result<(), AppError> {
    respond(
        async {
            let state = AppState::current()?;
            state.authenticate(&access_token).await?;
            state
                .user_pool
                .send_email_code(&access_token)
                .await
                .map_err(session_error)
        }
        .await,
    )
}

/// Ends every session of the account, on every device, this one included.
#[server(input = Json, endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere(access_token: String) -> Result<(), AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(&access_token).await?;
            settings::end_every_session(&state, &caller).await
        }
        .await,
    )
}

/// Deletes the Cognito user and the profile, after the current password and the typed word.
#[server(input = Json, endpoint = "delete_account")]
pub async fn delete_account(
    access_token: String,
    current_password: String,
    confirmation: String,
) -> Result<(), AppError> {
    respond(
        async {
            check_current_password_given(&current_password)?;
            check_delete_confirmation(&confirmation)?;
            let state = AppState::current()?;
            let caller = state.authenticate(&access_token).await?;
            settings::delete_account(&state, &caller, &current_password).await
        }
        .await,
    )
}

#[cfg(feature = "ssr")]
fn check_current_password_given(password: &str) -> Result<(), AppError> {
    if password.is_empty() || password.chars().count() > PASSWORD_MAX_CHARS {
        return Err(AppError::invalid(
            Field::CurrentPassword,
            "Enter your current password.",
        ));
    }
    Ok(())
}
