//! Tokens the server mints for itself at a proof, through the server-only app client.
//!
//! The browser's tokens lack `aws.cognito.signin.user.admin` (the pre token generation trigger
//! takes it away), so Cognito honours them for no self-service call. The server makes every
//! change with administrator calls, and where Cognito has none (setting up an authenticator,
//! registering a passkey, confirming a new email address) with a token it mints by proving the
//! person's password or passkey through its own client, never hands out, and revokes after use.
//! A change that spans two requests (a QR code scanned, a passkey made, a code emailed) holds
//! the minted refresh token in the profile until the change ends; it is worth nothing without
//! the server client's secret.
use aws_sdk_cognitoidentityprovider::types::{AuthFlowType, ChallengeNameType};
use std::collections::HashMap;

use super::{
    AppState,
    aws_error::app_error,
    profile_table::{Held, Holding},
    user_pool::{PasswordChecked, UserPool, tokens_from},
};
use crate::{error::AppError, model::Tokens};

impl UserPool {
    /// Signs `username` in with `password` through the server-only client (an administrator
    /// sign-in, `ADMIN_USER_PASSWORD_AUTH`): minted tokens, or the authenticator step of an
    /// account with two-step sign-in. Without a server client, the browser's client signs in.
    pub async fn mint_with_password(&self, username: &str, password: &str) -> Result<PasswordChecked, AppError> {
        let Some(server) = &self.server else {
            return self.start_sign_in(username, password).await;
        };
        let mut request = self
            .sdk()
            .admin_initiate_auth()
            .user_pool_id(&self.pool_id)
            .client_id(&server.id)
            .auth_flow(AuthFlowType::AdminUserPasswordAuth)
            .auth_parameters("USERNAME", username)
            .auth_parameters("PASSWORD", password);
        if let Some(hash) = server.secret_hash(username) {
            request = request.auth_parameters("SECRET_HASH", hash);
        }
        let output = request.send().await.map_err(|e| app_error("AdminInitiateAuth", e))?;
        if let Some(result) = output.authentication_result {
            return Ok(PasswordChecked::SignedIn(tokens_from(result)?));
        }
        match (output.challenge_name, output.session) {
            (Some(ChallengeNameType::SoftwareTokenMfa), Some(session)) => Ok(PasswordChecked::CodeNeeded {
                session,
                username: user_id_for_srp(output.challenge_parameters, username),
            }),
            (challenge, _) => {
                tracing::warn!(?challenge, "a proof answered with an unsupported challenge");
                Err(AppError::Internal)
            }
        }
    }

    /// Answers the server-only client's `challenge` for `username` in `session`: the minted
    /// tokens, or Cognito's refusal.
    pub async fn mint_by_answering(
        &self,
        username: &str,
        challenge: ChallengeNameType,
        session: &str,
        (name, value): (&str, &str),
    ) -> Result<Tokens, AppError> {
        let Some(server) = &self.server else {
            return self.answer_challenge(username, challenge, session, (name, value)).await;
        };
        let mut request = self
            .sdk()
            .admin_respond_to_auth_challenge()
            .user_pool_id(&self.pool_id)
            .client_id(&server.id)
            .challenge_name(challenge)
            .session(session)
            .challenge_responses("USERNAME", username)
            .challenge_responses(name, value);
        if let Some(hash) = server.secret_hash(username) {
            request = request.challenge_responses("SECRET_HASH", hash);
        }
        let output = request
            .send()
            .await
            .map_err(|e| app_error("AdminRespondToAuthChallenge", e))?;
        tokens_from(output.authentication_result.ok_or(AppError::WrongCredentials)?)
    }

    /// Starts a passkey proof for `username` through the server-only client (`USER_AUTH` with
    /// `WEB_AUTHN`): the session and the options for the browser, or `None` when Cognito offers
    /// no passkey challenge.
    pub async fn start_passkey_proof(&self, username: &str) -> Result<Option<(String, String)>, AppError> {
        let Some(server) = &self.server else {
            return Ok(None);
        };
        let mut request = self
            .sdk()
            .admin_initiate_auth()
            .user_pool_id(&self.pool_id)
            .client_id(&server.id)
            .auth_flow(AuthFlowType::UserAuth)
            .auth_parameters("USERNAME", username)
            .auth_parameters("PREFERRED_CHALLENGE", ChallengeNameType::WebAuthn.as_str());
        if let Some(hash) = server.secret_hash(username) {
            request = request.auth_parameters("SECRET_HASH", hash);
        }
        let output = request.send().await.map_err(|e| app_error("AdminInitiateAuth", e))?;
        Ok(match (output.challenge_name, output.session) {
            (Some(ChallengeNameType::WebAuthn), Some(session)) => output
                .challenge_parameters
                .and_then(|mut parameters| parameters.remove("CREDENTIAL_REQUEST_OPTIONS"))
                .map(|options| (session, options)),
            _ => None,
        })
    }

    /// Fresh tokens from a held minted refresh token (`REFRESH_TOKEN_AUTH`, whose `SECRET_HASH`
    /// is made with Cognito's user name); through the browser's client, a rotated refresh token.
    pub async fn refresh_minted(&self, username: &str, refresh_token: &str) -> Result<Tokens, AppError> {
        let Some(server) = &self.server else {
            return self.refresh(refresh_token).await;
        };
        let mut request = self
            .sdk()
            .admin_initiate_auth()
            .user_pool_id(&self.pool_id)
            .client_id(&server.id)
            .auth_flow(AuthFlowType::RefreshTokenAuth)
            .auth_parameters("REFRESH_TOKEN", refresh_token);
        if let Some(hash) = server.secret_hash(username) {
            request = request.auth_parameters("SECRET_HASH", hash);
        }
        let output = request
            .send()
            .await
            .map_err(|e| app_error("AdminInitiateAuth(refresh)", e))?;
        tokens_from(output.authentication_result.ok_or(AppError::SessionExpired)?)
    }

    /// Revokes a minted sign-in: its refresh token and every access token issued from it.
    pub async fn revoke_minted(&self, refresh_token: &str) -> Result<(), AppError> {
        let client = self.server.as_ref().unwrap_or(&self.browser);
        self.sdk()
            .revoke_token()
            .client_id(&client.id)
            .set_client_secret(client.secret().map(String::from))
            .token(refresh_token)
            .send()
            .await
            .map_err(|e| app_error("RevokeToken", e))?;
        Ok(())
    }
}

/// Cognito names the user of a challenge by its own user name (`USER_ID_FOR_SRP`).
pub(super) fn user_id_for_srp(parameters: Option<HashMap<String, String>>, asked: &str) -> String {
    parameters
        .and_then(|mut parameters| parameters.remove("USER_ID_FOR_SRP"))
        .unwrap_or_else(|| asked.to_string())
}

/// Ends a minted sign-in that has served: a proof, or a change now made. Best effort: a sign-in
/// left alive still needs the server client's secret, its access token lasts five minutes and
/// its refresh token two days.
pub async fn forget(state: &AppState, tokens: &Tokens) {
    if let Some(refresh_token) = &tokens.refresh_token
        && let Err(error) = state.user_pool.revoke_minted(refresh_token).await
    {
        tracing::warn!(?error, "could not revoke a minted token");
    }
}

/// Holds the minted sign-in `tokens` in `sub`'s profile for the change `holding` until it ends
/// (or `seconds` from now), with Cognito's `session` for it, ending any one held before.
pub async fn hold(
    state: &AppState,
    sub: &str,
    holding: Holding,
    tokens: &Tokens,
    session: &str,
    seconds: i64,
) -> Result<(), AppError> {
    let refresh_token = tokens.refresh_token.clone().ok_or(AppError::Internal)?;
    let held = Held {
        refresh_token,
        session: session.to_string(),
        until: chrono::Utc::now().timestamp() + seconds,
    };
    let before = state.profiles.hold(sub, holding, Some(&held)).await?;
    if let Some(before) = before {
        state.user_pool.revoke_minted(&before.refresh_token).await.ok();
    }
    Ok(())
}

/// The change `holding` of `sub` that the server began: its access token (fresh) and Cognito's
/// session, or `None` when no such change is under way (never begun, ended, or timed out).
pub async fn resume(
    state: &AppState,
    sub: &str,
    username: &str,
    holding: Holding,
) -> Result<Option<(String, String)>, AppError> {
    let Some(profile) = state.profiles.get(sub).await? else {
        return Err(AppError::SessionExpired);
    };
    let Some(held) = profile.held(holding) else {
        return Ok(None);
    };
    if held.until < chrono::Utc::now().timestamp() {
        release(state, sub, holding).await;
        return Ok(None);
    }
    match state.user_pool.refresh_minted(username, &held.refresh_token).await {
        Ok(tokens) => {
            // A client that rotates refresh tokens spent the held one: hold its successor.
            if let Some(rotated) = tokens.refresh_token.filter(|rotated| *rotated != held.refresh_token) {
                let held = Held {
                    refresh_token: rotated,
                    ..held.clone()
                };
                state.profiles.hold(sub, holding, Some(&held)).await?;
            }
            Ok(Some((tokens.access_token, held.session.clone())))
        }
        // Ended meanwhile (every session signed out, a password reset): begin again.
        Err(AppError::WrongCredentials | AppError::SessionExpired) => {
            release(state, sub, holding).await;
            Ok(None)
        }
        Err(error) => Err(error),
    }
}

/// Ends the change `holding` of `sub`: its minted sign-in is revoked and forgotten.
pub async fn release(state: &AppState, sub: &str, holding: Holding) {
    match state.profiles.hold(sub, holding, None).await {
        Ok(Some(held)) => {
            if let Err(error) = state.user_pool.revoke_minted(&held.refresh_token).await {
                tracing::warn!(?error, "could not revoke a held minted token");
            }
        }
        Ok(None) => {}
        Err(error) => tracing::warn!(?error, "could not release a held minted token"),
    }
}
