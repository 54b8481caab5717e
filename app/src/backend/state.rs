use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use std::{
    hash::Hash,
    num::NonZeroU32,
    sync::{
        Arc,
        atomic::{AtomicU32, Ordering},
    },
    time::Duration,
};

use governor::{
    Quota, RateLimiter,
    clock::{Clock, DefaultClock},
};

use super::{
    ProfileTable, SharedMailbox, TokenVerifier, UserPool,
    audit::{self, Action, Who},
    config::{HttpSettings, MarkerKey, RateLimits},
    profile_table::StoredProfile,
    shared_limits::{LimitStore, SharedLimit},
    sign_up::Pace,
};

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
    /// How the server answers HTTP (request timeout, Strict-Transport-Security).
    pub http: HttpSettings,
    /// How long creating a user takes lately: the floor every sign-up answer waits for.
    pub sign_up_pace: Arc<Pace>,
    /// The configured limits; the server's middleware keeps the per-IP and per-email ones.
    pub rate_limits: RateLimits,
    /// Where the quotas every instance shares are counted (`shared_limits`).
    pub limit_store: LimitStore,
    /// Authenticated calls per user (`sub`), checked in [`AppState::authenticate`], shared by
    /// every instance.
    pub user_calls: SharedLimit,
    /// Signs the marker a browser keeps after a sign-in, which gives it a sign-in quota of its
    /// own (the server's rate limits check it).
    pub sign_in_marker_key: MarkerKey,
    /// Sign-in through other identity providers, when the pool has any.
    pub federation: Option<super::federation::Federation>,
    /// Which new passwords are refused.
    pub password_check: super::password_check::PasswordCheck,
}

impl AppState {
    /// The state provided to the current request (every route and server function has it).
    pub fn current() -> Result<Self, crate::error::AppError> {
        leptos::prelude::use_context::<Self>().ok_or(crate::error::AppError::Internal)
    }
}

/// The user behind a request: known only from a verified access token that our own revocation
/// record still honours.
#[derive(Clone)]
pub struct Caller {
    /// The access token the request came with (Cognito refuses it for self-service calls: the
    /// server changes accounts itself, `minted`).
    pub access_token: String,
    /// When the sign-in the token descends from happened (epoch seconds, Cognito's clock).
    pub signed_in_at: i64,
    /// The id of the caller's session in our record (`device_sessions`).
    pub device: String,
    pub profile: StoredProfile,
}

impl Caller {
    pub fn sub(&self) -> &str {
        &self.profile.sub
    }
}

// The access token never reaches a log, not even through `{:?}`.
impl std::fmt::Debug for Caller {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Caller")
            .field("sub", &self.profile.sub)
            .field("signed_in_at", &self.signed_in_at)
            .finish_non_exhaustive()
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
        let claims = match self.verifier.verify_access(access_token).await {
            Ok(claims) => claims,
            Err(error) => {
                if error != AppError::Unavailable {
                    audit::failure(Action::TokenRefused, Who::Unknown, "invalid");
                }
                return Err(error);
            }
        };
        // Counted only once the token is verified: a forged one cannot spend someone else's quota.
        // The profile is read meanwhile: the shared count is a round trip of its own.
        let (allowed, profile) = tokio::join!(self.user_calls.check(&claims.sub), self.profiles.get(&claims.sub));
        if let Err(retry_after) = allowed {
            audit::failure(Action::RateLimited, Who::User(&claims.sub), "per_user");
            return Err(too_many_attempts(retry_after));
        }
        let Some(profile) = profile? else {
            audit::failure(Action::TokenRefused, Who::User(&claims.sub), "no_profile");
            return Err(AppError::SessionExpired);
        };
        // Our record must know this very token: one from a sign-in or refresh our server did not
        // hand out, or from a session ended since, is refused whatever its claims say.
        let known = super::device_sessions::token_hash(access_token);
        let device = profile
            .device_sessions
            .iter()
            .find(|session| session.holds_access(&known));
        let (Some(device), true) = (device, profile.honours(&claims.session, claims.signed_in_at)) else {
            audit::failure(Action::TokenRefused, Who::User(&claims.sub), "revoked");
            return Err(AppError::SessionExpired);
        };
        Ok(Caller {
            device: device.id.clone(),
            access_token: access_token.to_string(),
            signed_in_at: claims.signed_in_at,
            profile,
        })
    }
}

/// Over a rate limit: `429` with `Retry-After` (the status comes from the error, the header is
/// set here when a server function is answering).
pub fn too_many_attempts(retry_after: u64) -> crate::error::AppError {
    if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(axum::http::header::RETRY_AFTER, retry_after.into());
    }
    crate::error::AppError::too_many_attempts(retry_after)
}

/// A rate limit per key, `governor`'s GCRA: `n` calls a `period`, all `n` at once if need be,
/// then one more every `period / n`. Zero calls means no limit. Clones share the counts.
pub struct KeyedLimit<K: Hash + Eq + Clone> {
    inner: Option<Arc<Limiter<K>>>,
}

struct Limiter<K: Hash + Eq + Clone> {
    quota: governor::DefaultKeyedRateLimiter<K>,
    checks: AtomicU32,
}

impl<K: Hash + Eq + Clone> Clone for KeyedLimit<K> {
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
        }
    }
}

impl<K: Hash + Eq + Clone> KeyedLimit<K> {
    pub fn new(calls: u32, period: Duration) -> Self {
        let quota = NonZeroU32::new(calls)
            .and_then(|calls| Quota::with_period(period / calls.get()).map(|quota| quota.allow_burst(calls)));
        Self {
            inner: quota.map(|quota| {
                Arc::new(Limiter {
                    quota: RateLimiter::keyed(quota),
                    checks: AtomicU32::new(0),
                })
            }),
        }
    }

    pub fn per_minute(calls: u32) -> Self {
        Self::new(calls, Duration::from_secs(60))
    }

    pub fn off() -> Self {
        Self { inner: None }
    }

    /// Takes one call from `key`'s quota, or says in how many whole seconds (at least 1) the
    /// next one is allowed.
    pub fn check(&self, key: &K) -> Result<(), u64> {
        let Some(limiter) = &self.inner else {
            return Ok(());
        };
        // Now and then, forget the keys whose quota is full again, so the table stays small.
        if limiter.checks.fetch_add(1, Ordering::Relaxed) % 4096 == 4095 {
            limiter.quota.retain_recent();
            limiter.quota.shrink_to_fit();
        }
        limiter.quota.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            wait.as_secs_f64().ceil().max(1.0) as u64
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keyed_limit_counts_each_key_apart_and_says_when_to_come_back() {
        let limit = KeyedLimit::per_minute(2);
        assert_eq!(limit.check(&"a"), Ok(()));
        assert_eq!(limit.check(&"a"), Ok(()));
        let retry_after = limit.check(&"a").unwrap_err();
        assert!((1..=30).contains(&retry_after), "{retry_after}");
        assert!(limit.clone().check(&"a").is_err(), "clones share the counts");
        assert_eq!(limit.check(&"b"), Ok(()));
        let off = KeyedLimit::per_minute(0);
        assert!((0..100).all(|_| off.check(&"a").is_ok()));
    }

    #[test]
    fn a_cooldown_allows_one_call_a_period() {
        let cooldown = KeyedLimit::new(1, Duration::from_secs(30));
        assert_eq!(cooldown.check(&"x"), Ok(()));
        let retry_after = cooldown.check(&"x").unwrap_err();
        assert!((29..=30).contains(&retry_after), "{retry_after}");
    }
}
