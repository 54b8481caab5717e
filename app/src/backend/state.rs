use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use super::{ProfileTable, SharedMailbox, TokenVerifier, UserPool, profile_table::StoredProfile};

/// Everything a request handler or server function needs, built once at start.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub user_pool: UserPool,
    pub profiles: ProfileTable,
    /// Checks access tokens against the pool's signing keys.
    pub verifier: TokenVerifier,
    /// Present in local mode only.
    pub mailbox: Option<SharedMailbox>,
}

impl AppState {
    /// The state provided to the current request (every route and server function has it).
    pub fn current() -> Result<Self, crate::error::AppError> {
        leptos::prelude::use_context::<Self>().ok_or(crate::error::AppError::Internal)
    }
}

/// The user behind a request: known only from a verified access token that our own revocation
/// record still honours.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The access token, for the Cognito calls made on the user's behalf.
    pub access_token: String,
    /// When the sign-in the token descends from happened (epoch seconds, Cognito's clock).
    pub signed_in_at: i64,
    pub profile: StoredProfile,
}

impl Caller {
    pub fn sub(&self) -> &str {
        &self.profile.sub
    }
}

impl AppState {
    /// Verifies the access token (signature, issuer, use, client, expiry), then refuses it if it
    /// predates a password change or sign-out everywhere, or if the account is gone or going.
    pub async fn authenticate(&self, access_token: &str) -> Result<Caller, crate::error::AppError> {
        use crate::error::AppError;
        if access_token.is_empty() || access_token.len() > 8192 {
            return Err(AppError::SessionExpired);
        }
        let claims = self.verifier.verify_access(access_token).await?;
        let profile = self.profiles.get(&claims.sub).await?.ok_or(AppError::SessionExpired)?;
        if !profile.honours_sign_in_at(claims.signed_in_at) {
            return Err(AppError::SessionExpired);
        }
        Ok(Caller {
            access_token: access_token.to_string(),
            signed_in_at: claims.signed_in_at,
            profile,
        })
    }
}
