//! Sessions on our side of Cognito: opening one after a sign-in (the profile made on the first),
//! refreshing it while our record honours it, proving a password, and ending sessions.
use std::time::Duration;

use super::{
    AppState, Caller, activity,
    audit::{self, Action, Who},
    config::REFRESH_TOKEN_DAYS,
    device_sessions::{DeviceSession, token_hash},
    minted,
    profile_table::{EndedSession, Wrote},
    retry::with_retries,
    session_error,
    token_verifier::{AccessClaims, fresh_token_claims},
    user_pool::{CognitoUser, PasswordChecked, id_token_identity},
};
use crate::{
    error::{AppError, Field},
    locale::{language_or_default, time_zone_or_default},
    model::{ActivityKind, BrowserLocale, ProfileFields, SecondStep, SignInStep, SignedIn, Tokens},
    validation::check_display_name,
};

/// Signs in with Cognito (`username`: the email, or Cognito's own user name) and opens the
/// session on our side ([`open_session`]); an account with two-step sign-in stops at the code.
pub async fn start_session(
    state: &AppState,
    username: &str,
    password: &str,
    locale: &BrowserLocale,
) -> Result<SignInStep, AppError> {
    // Tokens are refused up to the second of a password change or sign-out everywhere, so a
    // sign-in within that same second is made again once the second has passed.
    for _ in 0..2 {
        let tokens = match state.user_pool.start_sign_in(username, password).await? {
            PasswordChecked::SignedIn(tokens) => tokens,
            PasswordChecked::CodeNeeded { session, username } => {
                let session = session.into();
                return Ok(SignInStep::CodeNeeded(SecondStep { session, username }));
            }
        };
        match open_session(state, tokens, locale).await? {
            Opened::SignedIn(signed_in) => return Ok(SignInStep::SignedIn(signed_in)),
            Opened::TooSoon { revoked_through } => {
                let next_second_ms = (revoked_through + 1) * 1000 - chrono::Utc::now().timestamp_millis();
                tokio::time::sleep(Duration::from_millis(next_second_ms.clamp(0, 1000).unsigned_abs() + 5)).await;
            }
        }
    }
    Err(AppError::TryLater)
}

/// What a fresh sign-in's tokens amount to on our side.
pub enum Opened {
    SignedIn(SignedIn),
    /// Issued in the very second through which tokens are refused (a password change or a
    /// sign-out everywhere just happened); their refresh token is revoked already.
    TooSoon {
        revoked_through: i64,
    },
}

impl Opened {
    /// The session, for a sign-in that answered a challenge (nothing to retry with).
    pub fn into_signed_in(self) -> Result<SignedIn, AppError> {
        match self {
            Self::SignedIn(signed_in) => Ok(signed_in),
            // Issued in the second of a sign-out everywhere: this sign-in has to be made again.
            Self::TooSoon { .. } => Err(AppError::SignInExpired),
        }
    }
}

/// Our side of a sign-in with Cognito's fresh `tokens`: verifies them and makes sure the user's
/// profile exists (created on the first sign-in, with the browser's time zone and language when
/// they are on our lists).
pub async fn open_session(state: &AppState, tokens: Tokens, locale: &BrowserLocale) -> Result<Opened, AppError> {
    open_session_via(state, tokens, locale, None).await
}

/// [`open_session`] for a sign-in through the identity `provider` (its display name), which
/// recent activity names.
pub async fn open_session_via(
    state: &AppState,
    tokens: Tokens,
    locale: &BrowserLocale,
    provider: Option<&str>,
) -> Result<Opened, AppError> {
    let claims = state.verifier.verify_access(&tokens.access_token).await?;
    let identity = id_token_identity(&tokens.id_token)?;
    // Cognito puts readable attributes in the ID token; ask for them only if not.
    let (email, name) = match (identity.email, identity.name) {
        (Some(email), Some(name)) => (email, name),
        _ => {
            // Refused: the account is gone since Cognito accepted the password.
            let user = state.user_pool.user(&claims.sub).await?;
            (user.email().to_string(), user.attribute("name").to_string())
        }
    };
    let defaults = ProfileFields {
        display_name: check_display_name(&name).unwrap_or_else(|_| email.chars().take(64).collect()),
        bio: String::new(),
        time_zone: time_zone_or_default(locale.time_zone.as_deref()).into(),
        language: language_or_default(locale.language.as_deref()).into(),
    };
    let (profile, wrote) = state.profiles.create_once(&claims.sub, defaults).await?;
    super::keep_profile_language(&profile.fields.language);
    if wrote != Wrote::Nothing {
        // The account may have been deleted (on another device) after Cognito accepted this
        // sign-in: if Cognito no longer takes the tokens, take the write back, so that no
        // profile outlives its user.
        if let Err(error) = state.user_pool.user(&claims.sub).await {
            if error == AppError::WrongCredentials {
                state.profiles.undo(&claims.sub, wrote).await?;
            }
            return Err(error);
        }
    }
    if !profile.honours(&claims.session, claims.signed_in_at) {
        if let Some(refresh_token) = &tokens.refresh_token {
            state.user_pool.revoke(refresh_token).await.ok();
        }
        return Ok(Opened::TooSoon {
            revoked_through: profile.tokens_revoked_through,
        });
    }
    // The session is honoured only once our record has it: a sign-in that cannot be recorded
    // is undone at Cognito.
    let now = chrono::Utc::now().timestamp();
    let expired: Vec<&DeviceSession> = profile.device_sessions.iter().filter(|s| s.until < now).collect();
    let device = DeviceSession::open(
        &tokens.access_token,
        tokens.refresh_token.as_deref(),
        provider.unwrap_or_default(),
        refreshable_until(&claims),
    );
    if let Err(error) = state
        .profiles
        .record_device_session(&claims.sub, &device, &expired)
        .await
    {
        if let Some(refresh_token) = &tokens.refresh_token {
            state.user_pool.revoke(refresh_token).await.ok();
        }
        return Err(error);
    }
    // Written after the answer: the sign-in need not wait for it (about 2.4 ms of the server
    // function's time in local mode, bench/RESULTS.md; a DynamoDB round trip on AWS).
    let kind = match provider {
        Some(_) => ActivityKind::ProviderSignIn,
        None => ActivityKind::SignIn,
    };
    activity::note_after_answer(state, &claims.sub, kind, provider.unwrap_or_default());
    Ok(Opened::SignedIn(SignedIn {
        tokens,
        email,
        display_name: profile.fields.display_name,
        username: identity.username,
    }))
}

/// Proves `password` by signing in with it through the server-only client, under Cognito's own
/// user name (it signs in whatever the email is now); a wrong one is
/// [`AppError::WrongCredentials`]. The minted tokens never leave the server: the caller uses
/// them for a change Cognito has no administrator call for, or forgets them at once
/// (`minted::forget`). For an account with two-step sign-in the sign-in stops at the code, which
/// Cognito asks for only after the right password.
pub async fn prove_password(state: &AppState, username: &str, password: &str) -> Result<PasswordChecked, AppError> {
    state
        .user_pool
        .mint_with_password(username, password)
        .await
        .map_err(|error| match error {
            AppError::NotConfirmed => AppError::WrongCredentials,
            other => other,
        })
}

/// Proves `password` and forgets what the proof minted: for changes made by administrator call.
pub async fn prove_password_only(state: &AppState, username: &str, password: &str) -> Result<(), AppError> {
    if let PasswordChecked::SignedIn(tokens) = prove_password(state, username, password).await? {
        minted::forget(state, &tokens).await;
    }
    Ok(())
}

/// Ends every session of the user `sub`, signed in (on the calling device) at `signed_in_at`:
/// our server refuses every access token descending from a sign-in so far (that one at least,
/// whatever the clocks say), even ones refreshed later by a refresh token Cognito failed to
/// revoke; and Cognito revokes every refresh token (`AdminUserGlobalSignOut`). Each step is
/// tried up to three times, the second even if the first failed.
pub async fn end_sessions_of(state: &AppState, sub: &str, signed_in_at: i64) -> Result<(), AppError> {
    let through = chrono::Utc::now().timestamp().max(signed_in_at);
    let ours = with_retries(|| state.profiles.revoke_tokens_through(sub, through)).await;
    let cognitos = with_retries(|| state.user_pool.admin_sign_out_everywhere(sub))
        .await
        .map_err(session_error);
    ours.and(cognitos)
}

/// Ends one device's session (its "Sign out"): our record refuses the session from now on,
/// whatever Cognito does, and Cognito revokes the refresh token. The record is kept for as long
/// as the session's refresh token could still be renewed (a refresh checks it, [`refresh`]), not
/// only while its access token lives. An access token that no longer verifies (it expired while
/// the device slept) does not tell which session this is; the refresh token does, when Cognito
/// still takes it: a refresh names the session, and revoking then ends what it just issued.
pub async fn end_this_session(state: &AppState, access_token: &str, refresh_token: &str) -> Result<(), AppError> {
    let (access_hash, refresh_hash) = (token_hash(access_token), token_hash(refresh_token));
    let mut refresh_token =
        (!refresh_token.is_empty() && refresh_token.len() <= 8192).then(|| refresh_token.to_string());
    let claims = match (state.verifier.verify_access(access_token).await, &refresh_token) {
        (Ok(claims), _) => Some(claims),
        (Err(_), Some(sent)) => match state.user_pool.refresh(sent).await {
            Ok(tokens) => {
                // With rotation the token sent is spent: the new one is what is left to revoke.
                refresh_token = tokens.refresh_token.or(refresh_token);
                fresh_token_claims(&tokens.access_token).ok()
            }
            // Cognito refuses it: there is no session left to end.
            Err(_) => None,
        },
        (Err(_), None) => None,
    };
    let ours = match claims {
        Some(claims) => {
            let ended = EndedSession {
                session: claims.session.clone(),
                until: refreshable_until(&claims),
            };
            let recorded = with_retries(|| state.profiles.end_session(&claims.sub, &ended))
                .await
                .and(end_device_holding(state, &claims.sub, &access_hash, &refresh_hash).await);
            audit::record(Action::SignOut, Who::User(&claims.sub), recorded)
        }
        None => Ok(()),
    };
    let cognitos = match &refresh_token {
        Some(token) => state.user_pool.revoke(token).await,
        None => Ok(()),
    };
    ours.and(cognitos)
}

/// Ends the session of `sub` our record knows by one of its tokens' hashes, if it has one.
async fn end_device_holding(
    state: &AppState,
    sub: &str,
    access_hash: &str,
    refresh_hash: &str,
) -> Result<(), AppError> {
    let profile = state.profiles.get(sub).await?;
    let holding = profile
        .iter()
        .flat_map(|profile| &profile.device_sessions)
        .find(|session| session.holds_access(access_hash) || session.holds_refresh(refresh_hash));
    match holding {
        Some(session) => with_retries(|| state.profiles.end_device_session(sub, &session.id)).await,
        None => Ok(()),
    }
}

/// The epoch second after which no token of the session `claims` belongs to can be valid: its
/// refresh token lasts [`REFRESH_TOKEN_DAYS`] from the sign-in, rotated ones included (a rotated
/// token keeps the expiry of the one it replaced), and its access tokens no longer than that.
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html>
fn refreshable_until(claims: &AccessClaims) -> i64 {
    let skew = super::token_verifier::MAX_CLOCK_SKEW_SECS as i64;
    let refresh_token_lasts = i64::from(REFRESH_TOKEN_DAYS) * 24 * 60 * 60;
    (claims.signed_in_at + refresh_token_lasts).max(claims.expires_at) + skew
}

/// New tokens for a session from its refresh token, unless our record says the session ended (a
/// sign-out, everywhere or on one device, a password change, a deletion). Our record names the
/// session by the hash of the refresh token it holds, not by the claims, and takes the new
/// tokens' hashes; Cognito may renew an ended session all the same (a revocation that failed, or
/// a service that does not revoke), so its answer is checked before the browser has it, and what
/// it just issued is revoked. A refresh token Cognito refuses is an ended session too.
///
/// When the record cannot be read or written (the table is down) the refresh fails: tokens the
/// record does not know would be refused wherever they are used.
pub async fn refresh(state: &AppState, refresh_token: &str) -> Result<Tokens, AppError> {
    let tokens = state.user_pool.refresh(refresh_token).await.map_err(session_error)?;
    let claims = fresh_token_claims(&tokens.access_token)?;
    let honoured = match state.profiles.get(&claims.sub).await {
        Ok(Some(profile)) if profile.honours(&claims.session, claims.signed_in_at) => {
            // Our record names the session by the refresh token it holds, whatever the claims say.
            let sent = token_hash(refresh_token);
            match profile
                .device_sessions
                .iter()
                .find(|session| session.holds_refresh(&sent))
            {
                Some(session) => {
                    let renewed = session.renewed(&tokens.access_token, tokens.refresh_token.as_deref());
                    match state
                        .profiles
                        .renew_device_session(&claims.sub, session, &renewed)
                        .await
                    {
                        Ok(still_there) => still_there,
                        Err(error) => {
                            tracing::warn!(?error, "a refresh could not be recorded");
                            return Err(error);
                        }
                    }
                }
                None => false,
            }
        }
        Ok(_) => false,
        Err(error) => {
            tracing::warn!(?error, "a refresh was refused: the profile could not be read");
            return Err(error);
        }
    };
    if honoured {
        return Ok(tokens);
    }
    audit::failure(Action::TokenRefused, Who::User(&claims.sub), "revoked");
    // With rotation the token sent is spent already; without, it is still the session's.
    let issued = tokens.refresh_token.as_deref().unwrap_or(refresh_token);
    // Our record refuses it at every refresh anyway: one attempt is enough.
    if let Err(error) = state.user_pool.revoke(issued).await {
        tracing::warn!(
            ?error,
            "refused to refresh an ended session, but could not revoke its refresh token"
        );
    }
    Err(AppError::SessionExpired)
}

/// Sets a new password with the emailed code. A reset is how people take back an account
/// someone else got into: every session from before it ends (the password is changed whatever
/// happens there).
///
/// A wrong or expired code, no code pending, an unknown or unconfirmed address and codes run out
/// (Cognito's per-user `TooManyFailedAttemptsException` and `LimitExceededException`) are one
/// answer, [`AppError::WrongCode`]: only an outage, or a new password the pool refuses, may
/// answer otherwise.
pub async fn reset_password(state: &AppState, email: &str, code: &str, new_password: &str) -> Result<(), AppError> {
    match state.user_pool.confirm_forgot_password(email, code, new_password).await {
        Ok(()) => {}
        Err(AppError::Invalid { message, .. }) => return Err(AppError::invalid(Field::NewPassword, message)),
        Err(error @ (AppError::Unavailable | AppError::Internal)) => return Err(error),
        Err(_) => return Err(AppError::WrongCode),
    }
    activity::note_for_email(state, email, ActivityKind::PasswordReset);
    if let Err(error) = end_sessions_before_reset(state, email).await {
        tracing::warn!(?error, "password reset, but earlier sessions could not all be ended");
    }
    Ok(())
}

/// Ends every session from before a reset, by administrator call and by our record. A user never
/// signed in through us has no profile: Cognito's sessions are all there is.
async fn end_sessions_before_reset(state: &AppState, email: &str) -> Result<(), AppError> {
    let (sub, _) = state.user_pool.admin_user(email).await?;
    match end_sessions_of(state, &sub, 0).await {
        Err(AppError::SessionExpired) if state.profiles.get(&sub).await?.is_none() => {
            with_retries(|| state.user_pool.admin_sign_out_everywhere(&sub)).await
        }
        other => other,
    }
}

/// The caller as Cognito has them now (`AdminGetUser` by their verified `sub`). A user deleted at
/// Cognito directly (by an administrator) leaves a profile behind: the first call that meets it
/// removes it.
pub async fn current_user(state: &AppState, caller: &Caller) -> Result<CognitoUser, AppError> {
    match state.user_pool.user(caller.sub()).await {
        Err(AppError::WrongCredentials) => {
            match state.profiles.delete(caller.sub()).await {
                Ok(()) => tracing::info!("removed the profile of a user deleted at Cognito"),
                Err(error) => tracing::warn!(?error, "a user deleted at Cognito left a profile"),
            }
            Err(AppError::SessionExpired)
        }
        other => other.map_err(session_error),
    }
}
