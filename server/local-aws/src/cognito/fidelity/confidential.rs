//! Confidential app clients, as Cognito holds them to their secret: every call that names a user
//! carries `SECRET_HASH` for the name as sent (an email here), and token calls carry the secret
//! itself. The emulator checks a hash against its own user name (a UUID here, `resolve`), so this
//! layer checks what the app sent and restates the hash for the name it forwards.
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash>
use app::backend::user_pool::secret_hash;
use cognitox::types::{ClientId, UserPoolClient};
use serde_json::{Map, Value};

use super::{Fidelity, Reply};

/// Where an operation carries its user name and `SECRET_HASH`: at the top (`Username`,
/// `SecretHash`) or in a parameter map (`USERNAME`, `SECRET_HASH`).
enum Slot {
    Top,
    Parameters(&'static str),
}

fn slot(op: &str) -> Option<Slot> {
    match op {
        "SignUp" | "ConfirmSignUp" | "ResendConfirmationCode" | "ForgotPassword" | "ConfirmForgotPassword" => {
            Some(Slot::Top)
        }
        "InitiateAuth" | "AdminInitiateAuth" => Some(Slot::Parameters("AuthParameters")),
        "RespondToAuthChallenge" | "AdminRespondToAuthChallenge" => Some(Slot::Parameters("ChallengeResponses")),
        _ => None,
    }
}

/// The user name and `SECRET_HASH` a request carries in `slot`.
fn name_and_hash<'a>(body: &'a Map<String, Value>, slot: &Slot) -> (Option<&'a str>, Option<&'a str>) {
    match slot {
        Slot::Top => (
            body.get("Username").and_then(Value::as_str),
            body.get("SecretHash").and_then(Value::as_str),
        ),
        Slot::Parameters(map) => {
            let map = body.get(*map).and_then(Value::as_object);
            let get = |key: &str| map.and_then(|m| m.get(key)).and_then(Value::as_str);
            (get("USERNAME"), get("SECRET_HASH"))
        }
    }
}

pub fn secret_hash_refused(client: &UserPoolClient) -> Reply {
    Reply::error(
        "NotAuthorizedException",
        &format!("Unable to verify secret hash for client {}", client.client_id),
    )
}

/// Whether `given` is the `SECRET_HASH` a client with a secret must send for `username`.
pub fn secret_hash_matches(client: &UserPoolClient, username: &str, given: Option<&str>) -> bool {
    match &client.client_secret {
        Some(secret) => given == Some(secret_hash(secret, username, client.client_id.as_ref()).as_str()),
        None => true,
    }
}

impl Fidelity {
    async fn client_of(&self, body: &Map<String, Value>) -> Option<UserPoolClient> {
        let id = ClientId::new(body.get("ClientId")?.as_str()?).ok()?;
        self.storage.get_user_pool_client(&id).await
    }

    /// Refuses a request of a confidential client without its `SECRET_HASH` for the name sent,
    /// as Cognito does (a refresh names no user: the emulator checks it against the token's).
    pub(super) async fn check_secret_hash(&self, op: &str, body: &Map<String, Value>) -> Result<(), Reply> {
        // Token calls carry the secret itself.
        // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RevokeToken.html
        if matches!(op, "RevokeToken" | "GetTokensFromRefreshToken") {
            return match self.client_of(body).await {
                Some(client)
                    if client.client_secret.is_some()
                        && client.client_secret.as_deref() != body.get("ClientSecret").and_then(Value::as_str) =>
                {
                    Err(Reply::error(
                        "NotAuthorizedException",
                        &format!(
                            "Client {} is configured with a secret that was not received",
                            client.client_id
                        ),
                    ))
                }
                _ => Ok(()),
            };
        }
        let Some(slot) = slot(op) else { return Ok(()) };
        let (Some(name), given) = name_and_hash(body, &slot) else {
            return Ok(());
        };
        match self.client_of(body).await {
            Some(client) if !secret_hash_matches(&client, name, given) => Err(secret_hash_refused(&client)),
            _ => Ok(()),
        }
    }

    /// The request's `SECRET_HASH` made again for the user name it now carries (checked already).
    pub(super) async fn restate_secret_hash(&self, op: &str, body: &mut Map<String, Value>) {
        let Some(slot) = slot(op) else { return };
        let (Some(name), Some(_)) = name_and_hash(body, &slot) else {
            return;
        };
        let Some(client) = self.client_of(body).await else {
            return;
        };
        let Some(secret) = &client.client_secret else { return };
        let hash = Value::String(secret_hash(secret, name, client.client_id.as_ref()));
        match slot {
            Slot::Top => {
                body.insert("SecretHash".into(), hash);
            }
            Slot::Parameters(map) => {
                if let Some(map) = body.get_mut(map).and_then(Value::as_object_mut) {
                    map.insert("SECRET_HASH".into(), hash);
                }
            }
        }
    }
}
