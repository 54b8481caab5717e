//! Getting in and out: sign-up, email verification, sign-in, refresh, sign-out, password reset.
//!
//! Every function validates its input here on the server, answers with a typed [`AppError`], and
//! never lets the answer depend on whether an account exists.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::{
    backend::{AppState, respond, session_error},
    error::Field,
    functions::account::end_sessions_of,
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
                    // In the background, so a taken address answers as fast as a new one.
                    tokio::spawn(async move { pool.resend_confirmation_code(&email).await.ok() });
                    Ok(())
                }
                Err(error) => Err(error),
            }
        }
        .await,
    )
}

/// Confirms a new account with the emailed code. Given the password typed at sign-up (still at
/// hand in that tab), it also signs in; and as the code proves the address, a password that does
/// not sign in means someone else signed the address up first, with a password of their own: the
/// owner's replaces it, and every session of the other ends.
#[server(input = Json, endpoint = "confirm_sign_up")]
pub async fn confirm_sign_up(
    email: String,
    code: String,
    password: Option<String>,
    time_zone: Option<String>,
    language: Option<String>,
) -> Result<Option<SignedIn>, AppError> {
    respond(
        async {
            let email = check_email(&email)?;
            let code = check_code(&code)?;
            let password = password.filter(|password| check_password(password, Field::Password).is_ok());
            let state = AppState::current()?;
            match state.user_pool.confirm_sign_up(&email, &code).await {
                // Unknown addresses, and addresses another account already uses, look like wrong codes.
                Err(AppError::WrongCredentials | AppError::AccountExists) => return Err(AppError::WrongCode),
                other => other?,
            }
            let Some(password) = password else {
                return Ok(None);
            };
            let locale = (time_zone.as_deref(), language.as_deref());
            match start_session(&state, &email, &password, locale).await {
                Ok(signed_in) => Ok(Some(signed_in)),
                Err(AppError::WrongCredentials) => {
                    if let Err(error) = state.user_pool.replace_password(&email, &password).await {
                        tracing::warn!(%error, "could not replace the password of an earlier sign-up of this address");
                        return Ok(None);
                    }
                    tracing::info!("replaced the password of an earlier sign-up of this address");
                    Ok(start_session(&state, &email, &password, locale).await.ok())
                }
                // Confirmed all the same: the sign-in page takes over.
                Err(_) => Ok(None),
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
/// The browser's time zone and language become the defaults of a profile made now.
#[server(input = Json, endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    time_zone: Option<String>,
    language: Option<String>,
) -> Result<SignedIn, AppError> {
    respond(
        async {
            let email = check_email(&email)?;
            if password.is_empty() || password.chars().count() > crate::validation::PASSWORD_MAX_CHARS {
                return Err(AppError::WrongCredentials);
            }
            let state = AppState::current()?;
            let locale = (time_zone.as_deref(), language.as_deref());
            match start_session(&state, &email, &password, locale).await {
                Err(AppError::NotConfirmed) => {
                    state.user_pool.resend_confirmation_code(&email).await.ok();
                    Err(AppError::NotConfirmed)
                }
                other => other,
            }
        }
        .await,
    )
}

/// Signs in with Cognito (`username`: the email, or Cognito's own user name) and opens the
/// session on our side ([`open_session`]).
#[cfg(feature = "ssr")]
pub(crate) async fn start_session(
    state: &AppState,
    username: &str,
    password: &str,
    locale: (Option<&str>, Option<&str>),
) -> Result<SignedIn, AppError> {
    // Tokens are refused up to the second of a password change or sign-out everywhere, so a
    // sign-in within that same second is made again once the second has passed.
    for _ in 0..2 {
        let tokens = state.user_pool.sign_in(username, password).await?;
        match open_session(state, tokens, locale).await? {
            Opened::SignedIn(signed_in) => return Ok(signed_in),
            Opened::TooSoon { revoked_through } => {
                let next_second_ms = (revoked_through + 1) * 1000 - chrono::Utc::now().timestamp_millis();
                tokio::time::sleep(std::time::Duration::from_millis(
                    next_second_ms.clamp(0, 1000).unsigned_abs() + 5,
                ))
                .await;
            }
        }
    }
    Err(AppError::TryLater)
}

/// What a fresh sign-in's tokens amount to on our side.
#[cfg(feature = "ssr")]
pub enum Opened {
    SignedIn(SignedIn),
    /// Issued in the very second through which tokens are refused (a password change or a
    /// sign-out everywhere just happened); their refresh token is revoked already.
    TooSoon {
        revoked_through: i64,
    },
}

/// Our side of a sign-in with Cognito's fresh `tokens`: verifies them and makes sure the user's
/// profile exists (created on the first sign-in, with the browser's time zone and language when
/// they are on our lists).
#[cfg(feature = "ssr")]
pub async fn open_session(
    state: &AppState,
    tokens: Tokens,
    (time_zone, language): (Option<&str>, Option<&str>),
) -> Result<Opened, AppError> {
    use crate::{
        backend::{profiles::Wrote, user_pool::id_token_identity},
        functions::profile::ProfileFields,
        locale::{language_or_default, time_zone_or_default},
    };
    let claims = state.tokens.verify_access(&tokens.access_token).await?;
    let identity = id_token_identity(&tokens.id_token)?;
    // Cognito puts readable attributes in the ID token; ask for them only if not.
    let (email, name) = match (identity.email, identity.name) {
        (Some(email), Some(name)) => (email, name),
        _ => {
            // Refused: the account is gone since Cognito accepted the password.
            let user = state.user_pool.user(&tokens.access_token).await?;
            (user.email().to_string(), user.attribute("name").to_string())
        }
    };
    let defaults = ProfileFields {
        display_name: check_display_name(&name).unwrap_or_else(|_| email.chars().take(64).collect()),
        bio: String::new(),
        time_zone: time_zone_or_default(time_zone).into(),
        language: language_or_default(language).into(),
    };
    let (profile, wrote) = state.profiles.create_once(&claims.sub, defaults).await?;
    if wrote != Wrote::Nothing {
        // The account may have been deleted (on another device) after Cognito accepted this
        // sign-in: if Cognito no longer takes the tokens, take the write back, so that no
        // profile outlives its user.
        if let Err(error) = state.user_pool.user(&tokens.access_token).await {
            if error == AppError::WrongCredentials {
                state.profiles.undo(&claims.sub, wrote).await?;
            }
            return Err(error);
        }
    }
    if !profile.honours_token_issued_at(claims.issued_at) {
        if let Some(refresh_token) = &tokens.refresh_token {
            state.user_pool.revoke(refresh_token).await.ok();
        }
        return Ok(Opened::TooSoon {
            revoked_through: profile.tokens_revoked_through,
        });
    }
    Ok(Opened::SignedIn(SignedIn {
        tokens,
        email,
        display_name: profile.fields.display_name,
        username: identity.username,
    }))
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
            let caller = state.authenticate(&access_token).await?;
            let user = state.user_pool.user(&access_token).await.map_err(session_error)?;
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
            let state = AppState::current()?;
            match state
                .user_pool
                .confirm_forgot_password(&email, &code, &new_password)
                .await
            {
                Err(AppError::WrongCredentials | AppError::NotConfirmed) => return Err(AppError::WrongCode),
                Err(AppError::Invalid { message, .. }) => {
                    return Err(AppError::invalid(Field::NewPassword, message));
                }
                other => other?,
            }
            // A reset is how people take back an account someone else got into: every session
            // from before it ends. The password is changed whatever happens here.
            if let Err(error) = end_sessions_before_reset(&state, &email, &new_password).await {
                tracing::warn!(?error, "password reset, but earlier sessions could not all be ended");
            }
            Ok(())
        }
        .await,
    )
}

/// Signs in with the new password for a token to end every other session with; the tokens of
/// that sign-in end too.
#[cfg(feature = "ssr")]
async fn end_sessions_before_reset(state: &AppState, email: &str, new_password: &str) -> Result<(), AppError> {
    let tokens = state.user_pool.sign_in(email, new_password).await?;
    let claims = state.tokens.verify_access(&tokens.access_token).await?;
    match state.profiles.get(&claims.sub).await? {
        Some(_) => end_sessions_of(state, &claims.sub, &tokens.access_token, claims.issued_at).await,
        // Never signed in through us: Cognito's sessions are all there is.
        None => state.user_pool.global_sign_out(&tokens.access_token).await,
    }
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
