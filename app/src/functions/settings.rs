//! Account settings: change password, change email, sign out everywhere, delete the account.
//! Each sensitive change needs the current password; the work is in `backend::settings`.
use leptos::prelude::*;
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::model::ActivityKind;
#[cfg(feature = "ssr")]
use crate::{
    backend::{
        AppState,
        activity::{self, SHOWN},
        audit::{self, Action, Who},
        respond, settings,
    },
    error::Field,
    validation::{check_code, check_current_password_given, check_delete_confirmation, check_email, check_password},
};
use crate::{
    error::AppError,
    model::{ActivityItem, EmailStatus, Secret, SignedIn, SignedInDevice},
};

/// Changes the password; every other session ends, and this tab gets a fresh one.
#[server(input = Json, endpoint = "change_password")]
pub async fn change_password(
    access_token: Secret,
    current_password: Secret,
    new_password: Secret,
) -> Result<SignedIn, AppError> {
    respond(
        async {
            let (current_password, new_password) = (current_password.expose(), new_password.expose());
            check_current_password_given(current_password)?;
            check_password(new_password, Field::NewPassword)?;
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let changed = settings::change_password(&state, &caller, current_password, new_password).await;
            audit::record(Action::PasswordChange, Who::User(caller.sub()), changed)
        }
        .await,
    )
}

/// Starts an email change: Cognito sends a code to the new address.
#[server(input = Json, endpoint = "change_email")]
pub async fn change_email(
    access_token: Secret,
    new_email: String,
    current_password: Secret,
    /// The authenticator's code, for an account with two-step sign-in (the server asks for it).
    code: Option<Secret>,
) -> Result<EmailStatus, AppError> {
    respond(
        async {
            let new_email = check_email(&new_email)?;
            check_current_password_given(current_password.expose())?;
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let code = code.as_ref().map(Secret::expose);
            let started = settings::change_email(&state, &caller, &new_email, current_password.expose(), code).await;
            audit::record(Action::EmailChangeRequested, Who::User(caller.sub()), started)
        }
        .await,
    )
}

/// Completes an email change with the code sent to the new address.
#[server(input = Json, endpoint = "confirm_email_change")]
pub async fn confirm_email_change(access_token: Secret, code: Secret) -> Result<EmailStatus, AppError> {
    respond(
        async {
            let code = check_code(code.expose())?;
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let changed = settings::confirm_email_change(&state, &caller, &code).await;
            if changed.is_ok() {
                activity::note(&state, caller.sub(), ActivityKind::EmailChange).await;
            }
            audit::record(Action::EmailChange, Who::User(caller.sub()), changed)
        }
        .await,
    )
}

/// Sends another code for the email change in progress.
#[server(input = Json, endpoint = "resend_email_code")]
pub async fn resend_email_code(access_token: Secret) -> Result<(), AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let sent = settings::resend_email_code(&state, &caller).await;
            audit::record(Action::EmailChangeCodeResent, Who::User(caller.sub()), sent)
        }
        .await,
    )
}

/// Ends every session of the account, on every device, this one included.
#[server(input = Json, endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere(access_token: Secret) -> Result<(), AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            activity::note(&state, caller.sub(), ActivityKind::SignOutEverywhere).await;
            let ended = settings::end_every_session(&state, &caller).await;
            audit::record(Action::SignOutEverywhere, Who::User(caller.sub()), ended)
        }
        .await,
    )
}

/// Every signed-in session of the account, the asking one marked, most recently used first.
#[server(input = Json, endpoint = "signed_in_devices")]
pub async fn signed_in_devices(access_token: Secret) -> Result<Vec<SignedInDevice>, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            Ok(settings::signed_in_devices(&caller))
        }
        .await,
    )
}

/// Ends one other device's session: its tokens are refused by our record from now on.
#[server(input = Json, endpoint = "sign_out_device")]
pub async fn sign_out_device(access_token: Secret, device: String) -> Result<(), AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let ended = settings::sign_out_device(&state, &caller, &device).await;
            audit::record(Action::SignOutDevice, Who::User(caller.sub()), ended)
        }
        .await,
    )
}

/// Deletes the Cognito user and the profile, after the current password and the typed word.
#[server(input = Json, endpoint = "delete_account")]
pub async fn delete_account(
    access_token: Secret,
    current_password: Secret,
    confirmation: String,
) -> Result<(), AppError> {
    respond(
        async {
            check_delete_confirmation(&confirmation)?;
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let deleted = settings::delete_account(&state, &caller, current_password.expose()).await;
            audit::record(Action::AccountDeletion, Who::User(caller.sub()), deleted)
        }
        .await,
    )
}

/// The account's recent activity (sign-ins and failed attempts, password, email and two-step
/// changes, sign-outs everywhere), newest first.
#[server(input = Json, endpoint = "recent_activity")]
pub async fn recent_activity(access_token: Secret) -> Result<Vec<ActivityItem>, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            state.profiles.recent_activity(caller.sub(), SHOWN).await
        }
        .await,
    )
}
