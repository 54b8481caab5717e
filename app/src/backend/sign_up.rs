//! Registration: a new, unconfirmed account, and its confirmation with the emailed code.
use std::{
    sync::Mutex,
    time::{Duration, Instant},
};

use super::{AppState, sessions::start_session};
use crate::{
    error::AppError,
    model::{BrowserLocale, SignInStep, SignedIn},
};

/// Creates an unconfirmed account. An address already registered gets the same answer, in the
/// same time, and if it is still unconfirmed a fresh code, so its owner can finish on the verify
/// page.
///
/// Both make one `SignUp` call on the request path (the taken address's new code is sent in the
/// background), but Cognito refuses a taken address sooner than it creates a user: every answer
/// waits until the floor of the state's [`Pace`], a little longer than creating a user takes lately.
pub async fn register(state: &AppState, email: &str, password: &str, display_name: &str) -> Result<(), AppError> {
    let started = Instant::now();
    let answer = match state
        .user_pool
        .sign_up(email, password, display_name, crate::i18n::current_language())
        .await
    {
        Ok(()) => {
            state.sign_up_pace.created(started.elapsed());
            Ok(())
        }
        Err(AppError::AccountExists) => {
            let (pool, email) = (state.user_pool.clone(), email.to_string());
            tokio::spawn(async move { pool.resend_confirmation_code(&email).await.ok() });
            Ok(())
        }
        Err(error) => Err(error),
    };
    tokio::time::sleep_until((started + state.sign_up_pace.floor()).into()).await;
    answer
}

/// A moving average of how long Cognito takes to create a user, and the floor it sets: how long
/// every sign-up answer waits at least.
#[derive(Default)]
pub struct Pace {
    average: Mutex<Option<Duration>>,
}

impl Pace {
    /// Until the first user is created: about what Cognito takes to create one.
    const FIRST_FLOOR: Duration = Duration::from_millis(400);
    /// However slow Cognito gets, no answer waits longer than this for the floor.
    const MAX_FLOOR: Duration = Duration::from_secs(3);

    /// Counts in a user created in `took`; each weighs 1/8 in the average.
    pub fn created(&self, took: Duration) {
        let took = took.min(Self::MAX_FLOOR);
        let mut average = self.average.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        *average = Some(match *average {
            None => took,
            Some(average) => (average * 7 + took) / 8,
        });
    }

    /// Half as long again as creating a user takes on average: most creations end before it,
    /// so most answers, for new and taken addresses alike, leave at the floor.
    pub fn floor(&self) -> Duration {
        let average = *self.average.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        average.map_or(Self::FIRST_FLOOR, |average| (average * 3 / 2).min(Self::MAX_FLOOR))
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
        Ok(()) => {}
        // Wrong and expired codes, unknown addresses, addresses another account already uses,
        // codes run out (Cognito's per-user `TooManyFailedAttemptsException` and
        // `LimitExceededException`): all one answer. Only an outage may answer otherwise.
        Err(error @ (AppError::Unavailable | AppError::Internal)) => return Err(error),
        Err(_) => return Err(AppError::WrongCode),
    }
    let Some(password) = password else {
        return Ok(None);
    };
    match start_session(state, email, password, locale).await {
        Ok(step) => Ok(step.into_signed_in()),
        Err(AppError::WrongCredentials) => {
            if let Err(error) = state.user_pool.replace_password(email, password).await {
                tracing::warn!(%error, "could not replace the password of an earlier sign-up of this address");
                return Ok(None);
            }
            tracing::info!("replaced the password of an earlier sign-up of this address");
            Ok(start_session(state, email, password, locale)
                .await
                .ok()
                .and_then(SignInStep::into_signed_in))
        }
        // Confirmed all the same: the sign-in page takes over.
        Err(_) => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_floor_follows_how_long_creating_a_user_takes() {
        let pace = Pace::default();
        assert_eq!(pace.floor(), Pace::FIRST_FLOOR);
        pace.created(Duration::from_millis(100));
        assert_eq!(pace.floor(), Duration::from_millis(150));
        for _ in 0..100 {
            pace.created(Duration::from_millis(20));
        }
        assert!(pace.floor() < Duration::from_millis(35), "{:?}", pace.floor());
        for _ in 0..100 {
            pace.created(Duration::from_secs(60));
        }
        assert_eq!(pace.floor(), Pace::MAX_FLOOR);
    }
}
