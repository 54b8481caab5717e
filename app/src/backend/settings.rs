//! Account settings: the password, the email, ending every session, deleting the account.
//!
//! Each change is made for the [`Caller`] of a verified access token, and each sensitive one only
//! after the current password is proven. Sessions that a change ends are refused by Cognito
//! (their refresh tokens are revoked) and by our own server (the profile records up to which
//! second access tokens no longer count).
use super::{
    AppState, Caller, activity,
    minted::{self, forget},
    profile_table::Holding,
    retry::with_retries,
    session_error,
    sessions::{current_user, end_sessions_of, prove_password, prove_password_only, start_session},
    user_pool::PasswordChecked,
};
use aws_sdk_cognitoidentityprovider::types::ChallengeNameType;

use crate::{
    error::{AppError, Field},
    i18n::tr,
    model::{ActivityKind, BrowserLocale, EmailStatus, SignInStep, SignedIn, SignedInDevice, Tokens},
    validation::check_app_code,
};

/// An emailed code is good for 24 hours: so long an email change waits for its code.
const EMAIL_CODE_SECONDS: i64 = 24 * 60 * 60;

/// Changes the password; every other session ends, and this tab gets a fresh one.
pub async fn change_password(
    state: &AppState,
    caller: &Caller,
    current_password: &str,
    new_password: &str,
) -> Result<SignedIn, AppError> {
    let user = current_user(state, caller).await?;
    let known = [user.email(), caller.profile.fields.display_name.as_str()];
    (state.password_check)
        .refuse_weak(new_password, Field::NewPassword, &known)
        .await?;
    check_current_password_only(state, &user.username, current_password).await?;
    state
        .user_pool
        .set_password(&user.username, new_password)
        .await
        .map_err(|error| match error {
            AppError::Invalid { message, .. } => AppError::invalid(Field::NewPassword, message),
            other => other,
        })?;
    // The password is changed, and the old one no longer proves anything: a failure from here
    // on must not read as "nothing happened".
    activity::note(state, caller.sub(), ActivityKind::PasswordChange).await;
    if let Err(error) = end_every_session(state, caller).await {
        tracing::error!(?error, "password changed, but other sessions could not all be ended");
        return Err(AppError::SessionsRemain);
    }
    match start_session(state, &user.username, new_password, &BrowserLocale::default()).await {
        Ok(SignInStep::SignedIn(signed_in)) => Ok(signed_in),
        // The new password works; this tab just has to sign in with it (and, with two-step
        // sign-in, a code).
        _ => Err(AppError::SessionExpired),
    }
}

/// Starts an email change: Cognito sends a code to the new address. Until it is entered, a pool
/// that requires verification before update keeps the old address as the sign-in name. The
/// proof's minted sign-in is held for the code (`VerifyUserAttribute` has no administrator call).
pub async fn change_email(
    state: &AppState,
    caller: &Caller,
    new_email: &str,
    current_password: &str,
    code: Option<&str>,
) -> Result<EmailStatus, AppError> {
    let pool = &state.user_pool;
    let before = current_user(state, caller).await?;
    if new_email == before.email() && caller.profile.pending_email.is_none() {
        return Err(AppError::invalid(Field::Email, tr("message-email-already-yours")));
    }
    let minted = mint_for_change(state, &before.username, current_password, code).await?;
    // Recorded first, so that once Cognito has the new address the page always offers the code
    // form (and "Send a new code"), whatever fails after.
    let held = match state.profiles.set_pending_email(caller.sub(), Some(new_email)).await {
        Ok(()) => {
            minted::hold(
                state,
                caller.sub(),
                Holding::EmailChange,
                &minted,
                "",
                EMAIL_CODE_SECONDS,
            )
            .await
        }
        Err(error) => Err(error),
    };
    if let Err(error) = held {
        forget(state, &minted).await;
        return Err(error);
    }
    match pool.admin_update_attribute(&before.username, "email", new_email).await {
        // An address that belongs to someone else gets the same answer as any other.
        Ok(()) | Err(AppError::AccountExists) => {}
        Err(error) => {
            let previous = caller.profile.pending_email.as_deref();
            state.profiles.set_pending_email(caller.sub(), previous).await.ok();
            minted::release(state, caller.sub(), Holding::EmailChange).await;
            return Err(session_error(error));
        }
    }
    let after = current_user(state, caller).await?;
    // A pool that switches the address at once (no verification before update) may not have
    // sent a code yet: ask for one to the new address.
    if after.email() == new_email && !after.email_verified() {
        pool.send_email_code(&minted.access_token)
            .await
            .map_err(session_error)?;
    }
    Ok(after.email_status(Some(new_email.to_string())))
}

/// Sends another code for the email change in progress.
pub async fn resend_email_code(state: &AppState, caller: &Caller) -> Result<(), AppError> {
    let user = current_user(state, caller).await?;
    let (access_token, _) = email_change_under_way(state, caller, &user.username).await?;
    state
        .user_pool
        .send_email_code(&access_token)
        .await
        .map_err(session_error)
}

/// Completes an email change with the code sent to the new address.
pub async fn confirm_email_change(state: &AppState, caller: &Caller, code: &str) -> Result<EmailStatus, AppError> {
    let user = current_user(state, caller).await?;
    let (access_token, _) = email_change_under_way(state, caller, &user.username).await?;
    state
        .user_pool
        .verify_email(&access_token, code)
        .await
        .map_err(|error| match error {
            // The code was right: the address is taken by another account meanwhile.
            AppError::AccountExists => AppError::invalid(Field::Code, tr("message-email-taken")),
            other => session_error(other),
        })?;
    minted::release(state, caller.sub(), Holding::EmailChange).await;
    state.profiles.set_pending_email(caller.sub(), None).await?;
    let user = current_user(state, caller).await?;
    Ok(user.email_status(None))
}

/// The held sign-in of the caller's email change, or an error asking to begin it again.
async fn email_change_under_way(
    state: &AppState,
    caller: &Caller,
    username: &str,
) -> Result<(String, String), AppError> {
    minted::resume(state, caller.sub(), username, Holding::EmailChange)
        .await?
        .ok_or_else(|| AppError::invalid(Field::Code, tr("message-email-change-ended")))
}

/// Ends every session of the caller's account, on every device, the caller's included.
pub async fn end_every_session(state: &AppState, caller: &Caller) -> Result<(), AppError> {
    end_sessions_of(state, caller.sub(), caller.signed_in_at).await
}

/// The caller's sessions as "Devices" lists them, most recently used first.
pub fn signed_in_devices(caller: &Caller) -> Vec<SignedInDevice> {
    let language = crate::i18n::current_language();
    let time = |epoch: i64| {
        chrono::DateTime::from_timestamp(epoch, 0)
            .unwrap_or_default()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    };
    let now = chrono::Utc::now().timestamp();
    let mut devices: Vec<SignedInDevice> = caller
        .profile
        .device_sessions
        .iter()
        .filter(|session| session.until >= now)
        .map(|session| SignedInDevice {
            id: session.id.clone(),
            device: activity::Device {
                browser: session.browser.clone(),
                system: session.system.clone(),
            }
            .describe_in(language),
            ip: session.ip.clone(),
            via: session.via.clone(),
            first_seen: time(session.first_seen),
            last_seen: time(session.last_seen),
            this_device: session.id == caller.device,
        })
        .collect();
    // This device first, then the others as the record has them: most recently used first.
    devices.sort_by_key(|device| !device.this_device);
    devices
}

/// Ends the caller's session `device` (another device's, as settings offer): from now on our
/// record refuses its access tokens and its refresh. An id the account has no session under
/// ends nothing and says nothing else.
pub async fn sign_out_device(state: &AppState, caller: &Caller, device: &str) -> Result<(), AppError> {
    if !caller
        .profile
        .device_sessions
        .iter()
        .any(|session| session.id == device)
    {
        return Ok(());
    }
    with_retries(|| state.profiles.end_device_session(caller.sub(), device)).await?;
    activity::note(state, caller.sub(), ActivityKind::DeviceSignedOut).await;
    Ok(())
}

/// Deletes the Cognito user and the profile. The profile is marked first (no token counts any
/// more), then the user is deleted, then the profile: a failure before the user is gone takes
/// the mark away and changes nothing; after it, the item left is never served to anyone.
pub async fn delete_account(state: &AppState, caller: &Caller, current_password: &str) -> Result<(), AppError> {
    let user = current_user(state, caller).await?;
    let ways = super::federation::sign_in_ways(state, caller, &user.username, user.attribute("identities"));
    if ways.made_with.is_some() {
        // No password to ask for: a sign-in with the provider a few minutes old stands in.
        super::federation::check_fresh_sign_in(caller, &ways)?;
    } else {
        crate::validation::check_current_password_given(current_password)?;
        check_current_password_only(state, &user.username, current_password).await?;
    }

    state.profiles.set_deleting(caller.sub(), true).await?;
    if let Err(error) = state.user_pool.delete_user(&user.username).await {
        // An error may hide a deletion that went through (a lost answer, then the SDK's retry
        // finds no user): only a user Cognito still has proves the user stayed.
        if !matches!(
            state.user_pool.user(caller.sub()).await,
            Err(AppError::WrongCredentials)
        ) {
            state.profiles.set_deleting(caller.sub(), false).await.ok();
            return Err(session_error(error));
        }
        tracing::warn!(?error, "AdminDeleteUser answered an error, but the user is gone");
    }
    if let Err(error) = with_retries(|| state.profiles.delete(caller.sub())).await {
        tracing::error!(
            sub = caller.sub(),
            ?error,
            "account deleted but its marked profile item remains"
        );
    }
    if let Err(error) = with_retries(|| state.profiles.delete_activity(caller.sub())).await {
        tracing::error!(
            ?error,
            "account deleted but some of its activity items remain (they expire)"
        );
    }
    tracing::info!("deleted an account");
    Ok(())
}

/// The current password, proven; a wrong one is an error on the "Current password" field.
pub async fn check_current_password(
    state: &AppState,
    username: &str,
    password: &str,
) -> Result<PasswordChecked, AppError> {
    prove_password(state, username, password)
        .await
        .map_err(|error| match error {
            AppError::WrongCredentials => wrong_current_password(),
            other => other,
        })
}

/// The current password, proven, for a change made by administrator call (nothing minted kept).
pub async fn check_current_password_only(state: &AppState, username: &str, password: &str) -> Result<(), AppError> {
    prove_password_only(state, username, password)
        .await
        .map_err(|error| match error {
            AppError::WrongCredentials => wrong_current_password(),
            other => other,
        })
}

/// The current password, proven, and the token the proof minted, for a change Cognito makes only
/// with a token. With two-step sign-in on, Cognito mints only after the authenticator's `code`:
/// without one, the form is asked for it.
pub async fn mint_for_change(
    state: &AppState,
    username: &str,
    password: &str,
    code: Option<&str>,
) -> Result<Tokens, AppError> {
    let (session, username) = match check_current_password(state, username, password).await? {
        PasswordChecked::SignedIn(tokens) => return Ok(tokens),
        PasswordChecked::CodeNeeded { session, username } => (session, username),
    };
    let Some(code) = code.filter(|code| !code.is_empty()) else {
        return Err(AppError::invalid(Field::Code, tr("message-app-code-missing")));
    };
    let code = check_app_code(code)?;
    let answer = ("SOFTWARE_TOKEN_MFA_CODE", code.as_str());
    state
        .user_pool
        .mint_by_answering(&username, ChallengeNameType::SoftwareTokenMfa, &session, answer)
        .await
        .map_err(|error| match error {
            AppError::WrongCredentials | AppError::SignInExpired | AppError::WrongCode => {
                AppError::invalid(Field::Code, tr("message-app-code-not-right"))
            }
            other => other,
        })
}

fn wrong_current_password() -> AppError {
    AppError::invalid(Field::CurrentPassword, tr("message-wrong-current-password"))
}
