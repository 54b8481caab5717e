//! Account settings: change password, change email, sign out everywhere, delete the account.
//!
//! Each sensitive change needs the current password. Sessions that a change ends are refused by
//! Cognito (their refresh tokens are revoked) and by our own server (the profile records up to
//! which second access tokens no longer count).
use leptos::prelude::*;
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::{
    backend::{AppState, Caller, respond, session_error},
    error::Field,
    functions::{auth::start_session, profile::email_status},
    validation::{check_code, check_delete_confirmation, check_email, check_password},
};
use crate::{error::AppError, functions::auth::SignedIn, functions::profile::EmailStatus};

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
            let user = state.user_pool.user(&access_token).await.map_err(session_error)?;
            state
                .user_pool
                .change_password(&access_token, &current_password, &new_password)
                .await
                .map_err(|error| match error {
                    // The token was just verified: "not authorized" is about the password.
                    AppError::WrongCredentials => wrong_current_password(),
                    AppError::Invalid { message, .. } => AppError::invalid(Field::NewPassword, message),
                    other => other,
                })?;
            // The password is changed, and the old one no longer proves anything: a failure from here
            // on must not read as "nothing happened".
            if let Err(error) = end_every_session(&state, &caller).await {
                tracing::error!(?error, "password changed, but other sessions could not all be ended");
                return Err(AppError::SessionsRemain);
            }
            start_session(&state, &user.username, &new_password, (None, None))
                .await
                // The new password works; this tab just has to sign in with it.
                .map_err(|_| AppError::SessionExpired)
        }
        .await,
    )
}

/// Starts an email change: Cognito sends a code to the new address. Until it is entered, a pool
/// that requires verification before update keeps the old address as the sign-in name.
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
            let pool = &state.user_pool;
            let before = pool.user(&access_token).await.map_err(session_error)?;
            if new_email == before.email() && caller.profile.pending_email.is_none() {
                return Err(AppError::invalid(Field::Email, "That is already your email address."));
            }
            confirm_password(&state, &before.username, &current_password).await?;
            // Recorded first, so that once Cognito has the new address the page always offers
            // the code form (and "Send a new code"), whatever fails after.
            state.profiles.set_pending_email(caller.sub(), Some(&new_email)).await?;
            match pool.update_email(&access_token, &new_email).await {
                // An address that belongs to someone else gets the same answer as any other.
                Ok(()) | Err(AppError::AccountExists) => {}
                Err(error) => {
                    let previous = caller.profile.pending_email.as_deref();
                    state.profiles.set_pending_email(caller.sub(), previous).await.ok();
                    return Err(session_error(error));
                }
            }
            let after = pool.user(&access_token).await.map_err(session_error)?;
            // A pool that switches the address at once (no verification before update) may not
            // have sent a code yet: ask for one to the new address.
            if after.email() == new_email && !after.email_verified() {
                pool.send_email_code(&access_token).await.map_err(session_error)?;
            }
            Ok(email_status(&after, Some(new_email)))
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
            state
                .user_pool
                .verify_email(&access_token, &code)
                .await
                .map_err(|error| match error {
                    // The code was right: the address is taken by another account meanwhile.
                    AppError::AccountExists => AppError::invalid(
                        Field::Code,
                        "That address can't be used any more. Change your email to another one.",
                    ),
                    other => session_error(other),
                })?;
            state.profiles.set_pending_email(caller.sub(), None).await?;
            let user = state.user_pool.user(&access_token).await.map_err(session_error)?;
            Ok(email_status(&user, None))
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
            end_every_session(&state, &caller).await
        }
        .await,
    )
}

/// Deletes the Cognito user and the profile. The profile is marked first (no token counts any
/// more), then the user is deleted, then the profile: a failure before the user is gone takes
/// the mark away and changes nothing; after it, the item left is never served to anyone.
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
            let user = state.user_pool.user(&access_token).await.map_err(session_error)?;
            let proof = confirm_password(&state, &user.username, &current_password).await?;

            state.profiles.set_deleting(caller.sub(), true).await?;
            if let Err(error) = state.user_pool.delete_user(&proof.access_token).await {
                // An error may hide a deletion that went through (a lost answer, then the SDK's
                // retry finds no user): only a password that still signs in proves the user stayed.
                if !matches!(
                    confirm_password(&state, &user.username, &current_password).await,
                    Err(AppError::Invalid { .. })
                ) {
                    state.profiles.set_deleting(caller.sub(), false).await.ok();
                    return Err(session_error(error));
                }
                tracing::warn!(?error, "DeleteUser answered an error, but the user is gone");
            }
            if let Err(error) = with_retries(|| state.profiles.delete(caller.sub())).await {
                tracing::error!(
                    sub = caller.sub(),
                    ?error,
                    "account deleted but its marked profile item remains"
                );
            }
            tracing::info!("deleted an account");
            Ok(())
        }
        .await,
    )
}

#[cfg(feature = "ssr")]
fn check_current_password_given(password: &str) -> Result<(), AppError> {
    if password.is_empty() || password.chars().count() > crate::validation::PASSWORD_MAX_CHARS {
        return Err(AppError::invalid(
            Field::CurrentPassword,
            "Enter your current password.",
        ));
    }
    Ok(())
}

#[cfg(feature = "ssr")]
fn wrong_current_password() -> AppError {
    AppError::invalid(Field::CurrentPassword, "That isn't your current password.")
}

/// Proves the password by signing in with it, under Cognito's own user name (it signs in whatever
/// the email is now). The tokens never leave the server; they are not revoked, as some Cognito
/// implementations then also end the caller's own session.
#[cfg(feature = "ssr")]
async fn confirm_password(
    state: &AppState,
    username: &str,
    password: &str,
) -> Result<crate::session::Tokens, AppError> {
    state
        .user_pool
        .sign_in(username, password)
        .await
        .map_err(|error| match error {
            AppError::WrongCredentials | AppError::NotConfirmed => wrong_current_password(),
            other => other,
        })
}

#[cfg(feature = "ssr")]
async fn end_every_session(state: &AppState, caller: &Caller) -> Result<(), AppError> {
    end_sessions_of(state, caller.sub(), &caller.access_token, caller.issued_at).await
}

/// Ends every session of the user `sub`, given one of their access tokens issued at `issued_at`:
/// our server refuses every access token issued so far (that one at least, whatever the clocks
/// say), and Cognito revokes every refresh token (`GlobalSignOut`). Each step is tried up to
/// three times, the second even if the first failed.
#[cfg(feature = "ssr")]
pub(crate) async fn end_sessions_of(
    state: &AppState,
    sub: &str,
    access_token: &str,
    issued_at: i64,
) -> Result<(), AppError> {
    let through = chrono::Utc::now().timestamp().max(issued_at);
    let ours = with_retries(|| state.profiles.revoke_tokens_through(sub, through)).await;
    let cognitos = with_retries(|| state.user_pool.global_sign_out(access_token))
        .await
        .map_err(session_error);
    ours.and(cognitos)
}

/// Runs `step` up to three times, pausing a little longer after each failure.
#[cfg(feature = "ssr")]
async fn with_retries<Fut>(step: impl Fn() -> Fut) -> Result<(), AppError>
where
    Fut: std::future::Future<Output = Result<(), AppError>>,
{
    let mut outcome = step().await;
    for pause_ms in [200, 400] {
        if outcome.is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(pause_ms)).await;
        outcome = step().await;
    }
    outcome
}
