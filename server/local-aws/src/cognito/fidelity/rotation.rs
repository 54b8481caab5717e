//! Refresh-token rotation, as Amazon Cognito does it for an app client with
//! `RefreshTokenRotation.Feature = ENABLED`. The emulator stores the setting but never rotates:
//! its `GetTokensFromRefreshToken` answers no refresh token and the one sent keeps working, and
//! `REFRESH_TOKEN_AUTH` goes on working for such a client. Here, as in Cognito:
//!
//! - `GetTokensFromRefreshToken` answers a new refresh token beside the new access and ID tokens,
//!   valid for what the one it replaces had left (a session still ends when its sign-in's refresh
//!   token would have);
//! - the refresh token sent stops working once `RetryGracePeriodSeconds` have passed (at once at
//!   0); sent again, it is `RefreshTokenReuseException`;
//! - `REFRESH_TOKEN_AUTH` is refused for such a client: rotation goes through
//!   `GetTokensFromRefreshToken` only;
//! - every token descends from the same sign-in (`stamp_tokens`), and a sign-in ended by
//!   `RevokeToken` refreshes no more, whichever of its refresh tokens is sent.
//!
//! <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetTokensFromRefreshToken.html>
//! <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RefreshTokenRotationType.html>
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html>
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::{
        Mutex,
        atomic::{AtomicBool, Ordering},
    },
};

use cognitox::types::{ClientId, RefreshToken, RefreshTokenRotationFeature};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Fidelity, Reply, load_state, save_state, uuid_text};

const STATE_FILE: &str = "cognito-rotation.json";
const GET_TOKENS: &str = "GetTokensFromRefreshToken";

/// The refresh tokens rotation replaced, and a stand-in switch for tests.
pub struct Rotation {
    file: PathBuf,
    retired: Mutex<HashMap<String, Retired>>,
    revoke_token_revokes: AtomicBool,
}

/// A refresh token another replaced: usable until the grace period is over, and remembered
/// until it would have expired, to be answered as reused rather than unknown.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct Retired {
    usable_until: i64,
    expires_at: i64,
}

impl Rotation {
    pub fn load(dir: &Path) -> Self {
        let file = dir.join(STATE_FILE);
        Self {
            retired: Mutex::new(load_state(&file)),
            file,
            revoke_token_revokes: AtomicBool::new(true),
        }
    }

    /// Whether `RevokeToken` revokes (see [`Fidelity::set_revoke_token_revokes_refresh_tokens`]).
    pub fn revokes(&self) -> bool {
        self.revoke_token_revokes.load(Ordering::SeqCst)
    }

    fn retire(&self, token: &str, retired: Retired) {
        let now = chrono::Utc::now().timestamp();
        let mut all = self.retired.lock().unwrap();
        all.retain(|_, kept| kept.expires_at > now);
        all.insert(token.to_string(), retired);
        save_state(&self.file, &*all);
    }

    fn retired(&self, token: &str) -> Option<Retired> {
        self.retired.lock().unwrap().get(token).copied()
    }
}

/// Whether a request starts the `REFRESH_TOKEN_AUTH` flow (`REFRESH_TOKEN` is its older name).
pub fn is_refresh_flow(body: &Map<String, Value>) -> bool {
    matches!(
        body.get("AuthFlow").and_then(Value::as_str),
        Some("REFRESH_TOKEN_AUTH" | "REFRESH_TOKEN")
    )
}

impl Fidelity {
    /// Stands in for a Cognito-compatible service whose `RevokeToken` answers success but leaves
    /// the refresh token working (tests of our own sign-out record use it).
    pub fn set_revoke_token_revokes_refresh_tokens(&self, revokes: bool) {
        self.rotation.revoke_token_revokes.store(revokes, Ordering::SeqCst);
    }

    /// The grace period of the request's app client in seconds, if the client rotates refresh
    /// tokens.
    async fn rotation_grace_seconds(&self, body: &Map<String, Value>) -> Option<i64> {
        let id = ClientId::new(body.get("ClientId")?.as_str()?).ok()?;
        let rotation = self.storage.get_user_pool_client(&id).await?.refresh_token_rotation?;
        (rotation.feature == Some(RefreshTokenRotationFeature::Enabled))
            .then(|| i64::from(rotation.retry_grace_period_seconds.unwrap_or(0)))
    }

    /// `REFRESH_TOKEN_AUTH`, which a client that rotates refresh tokens does not take: Cognito
    /// answers it as a flow the client does not allow.
    pub(super) async fn refresh_flow(&self, op: &str, body: Map<String, Value>) -> Reply {
        if self.rotation_grace_seconds(&body).await.is_some() {
            return Reply::error("InvalidParameterException", "Auth flow not enabled for this client");
        }
        self.initiate_auth(op, body).await
    }

    pub(super) async fn get_tokens_from_refresh_token(&self, body: Map<String, Value>) -> Reply {
        let token = body
            .get("RefreshToken")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let revoked = {
            let kept = self.kept.lock().unwrap();
            kept.origins
                .get(&token)
                .is_some_and(|origin| kept.revoked.contains(&origin.jti))
        };
        if revoked {
            return Reply::error("NotAuthorizedException", "Refresh Token has been revoked");
        }
        let grace = self.rotation_grace_seconds(&body).await;
        let now = chrono::Utc::now().timestamp();
        if grace.is_some()
            && let Some(retired) = self.rotation.retired(&token)
            && retired.usable_until <= now
        {
            self.forget_refresh_token(&token).await;
            return Reply::error("RefreshTokenReuseException", "Refresh token has been used already");
        }
        let stored = self.storage.get_refresh_token(&token).await;
        let mut reply = self.forward(GET_TOKENS, &body).await;
        if !reply.is_ok() {
            return reply;
        }
        let (Some(grace), Some(stored)) = (grace, stored) else {
            self.stamp_tokens(&mut reply, Some(&token)).await;
            return reply;
        };
        let successor = RefreshToken {
            token: uuid_text(),
            user_id: stored.user_id,
            client_id: stored.client_id,
            // What the original had left: rotation never lengthens a sign-in.
            expires_at: stored.expires_at,
        };
        if let Some(result) = reply
            .body
            .get_mut("AuthenticationResult")
            .and_then(Value::as_object_mut)
        {
            result.insert("RefreshToken".into(), successor.token.clone().into());
        }
        self.storage.save_refresh_token(successor).await;
        // Before the original is retired: the successor inherits its sign-in.
        self.stamp_tokens(&mut reply, Some(&token)).await;
        let retired = Retired {
            usable_until: self.rotation.retired(&token).map_or(now + grace, |r| r.usable_until),
            expires_at: stored.expires_at.timestamp(),
        };
        self.rotation.retire(&token, retired);
        if grace == 0 {
            self.forget_refresh_token(&token).await;
        }
        reply
    }

    async fn forget_refresh_token(&self, token: &str) {
        self.storage.delete_refresh_token(token).await;
        self.keep(|kept| {
            kept.origins.remove(token);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_refresh_flow_is_one() {
        let flow = |name: &str| {
            let mut body = Map::new();
            body.insert("AuthFlow".into(), name.into());
            is_refresh_flow(&body)
        };
        assert!(flow("REFRESH_TOKEN_AUTH") && flow("REFRESH_TOKEN"));
        assert!(!flow("USER_PASSWORD_AUTH") && !flow("USER_AUTH"));
    }
}
