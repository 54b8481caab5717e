//! Registration: a new, unconfirmed account, and its confirmation with the emailed code.
use super::{AppState, sessions::start_session};
use crate::{
    error::AppError,
    model::{BrowserLocale, SignedIn},
};

/// Creates an unconfirmed account. An address already registered gets the same answer, and if
/// it is still unconfirmed a fresh code, so its owner can finish on the verify page.
pub async fn register(state: &AppState, email: &str, password: &str, display_name: &str) -> Result<(), AppError> {
    match state.user_pool.sign_up(email, password, display_name).await {
        Err(AppError::AccountExists) => {
            // In the background, so a taken address answers as fast as a new one.
            let (pool, email) = (state.user_pool.clone(), email.to_string());
            tokio::spawn(async move { pool.resend_confirmation_code(&email).await.ok() });
            Ok(())
        }
        other => other,
    }
}

/// Confirms a new account with the emailed code. Given the password typed at sign-up (still at
/// hand in that tab), it also signs in; and as the code proves the address, a password that does
/// not sign in means someone else signed the address up first, with a password of their own: the
/// owner's replaces it, and every session of the other ends.
pub async fn confirm(
    state: &AppState,
    email: &str,
    code: &str,
    password: Option<&str>,
    locale: &BrowserLocale,
) -> Result<Option<SignedIn>, AppError> {
    match state.user_pool.confirm_sign_up(email, code).await {
        // Unknown addresses, and addresses another account already uses, look like wrong codes.
        Err(AppError::WrongCredentials | AppError::AccountExists) => return Err(AppError::WrongCode),
        other => other?,
    }
    let Some(password) = password else {
        return Ok(None);
    };
    match start_session(state, email, password, locale).await {
        Ok(signed_in) => Ok(Some(signed_in)),
        Err(AppError::WrongCredentials) => {
            if let Err(error) = state.user_pool.replace_password(email, password).await {
                tracing::warn!(%error, "could not replace the password of an earlier sign-up of this address");
                return Ok(None);
            }
            tracing::info!("replaced the password of an earlier sign-up of this address");
            Ok(start_session(state, email, password, locale).await.ok())
        }
        // Confirmed all the same: the sign-in page takes over.
        Err(_) => Ok(None),
    }
}
