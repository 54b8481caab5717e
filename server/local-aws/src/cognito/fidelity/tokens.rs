//! Tokens as Amazon Cognito issues them. Cognito ties every token to the sign-in it descends
//! from: `origin_jti` names that sign-in, `auth_time` is when it happened (a refresh keeps both),
//! `RevokeToken` ends only that sign-in's tokens, and the ID token carries the user's standard
//! attributes (`name` among them). The emulator stamps `auth_time` anew on every refresh, has no
//! `origin_jti`, ends every token of the user on `RevokeToken` and leaves `name` out, so this
//! module re-signs its tokens with the same key and keeps the sign-ins they descend from.
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html>
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html>
use std::path::Path;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The key the emulator signs with, when local mode set it (`prepare_signing_key`): without it
/// tokens pass through as the emulator made them.
pub struct Signer {
    key: EncodingKey,
    key_id: String,
}

impl Signer {
    pub fn from_env() -> Option<Self> {
        let path = std::env::var("COGNITOX_JWT_PRIVATE_KEY_PATH").ok()?;
        let key_id = std::env::var("COGNITOX_JWT_KEY_ID").ok()?;
        // The emulator reads its key once per process: sign only with the key it verifies with.
        let published = cognitox::jwt::get_jwks();
        let matches = published["keys"]
            .as_array()
            .is_some_and(|keys| keys.iter().any(|key| key["kid"] == key_id.as_str()));
        if !matches {
            return None;
        }
        Self::from_pem_file(Path::new(&path), key_id)
    }

    fn from_pem_file(path: &Path, key_id: String) -> Option<Self> {
        let pem = std::fs::read(path).ok()?;
        Some(Self {
            key: EncodingKey::from_rsa_pem(&pem).ok()?,
            key_id,
        })
    }

    fn sign(&self, claims: &Map<String, Value>) -> Option<String> {
        app::backend::token_verifier::use_aws_lc_for_tokens();
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(self.key_id.clone());
        jsonwebtoken::encode(&header, claims, &self.key).ok()
    }
}

/// One sign-in, as the tokens descending from it remember it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub jti: String,
    /// Epoch seconds of the sign-in.
    pub auth_time: i64,
    pub user_id: String,
    /// The OAuth scopes a sign-in through the hosted endpoints was granted: Cognito's refreshes
    /// keep them, where the emulator's API would grant its own (none: the API's sign-ins).
    /// <https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html>
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
}

impl Origin {
    pub fn new(user_id: &str) -> Self {
        Self {
            jti: random_id(),
            auth_time: chrono::Utc::now().timestamp(),
            user_id: user_id.to_string(),
            scopes: None,
        }
    }
}

pub fn random_id() -> String {
    use rand::Rng;
    let bytes: [u8; 16] = rand::thread_rng().r#gen();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A token's claims, read without checking the signature (the emulator checks it).
pub fn claims(token: &str) -> Option<Map<String, Value>> {
    let payload = token.split('.').nth(1)?;
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
}

/// The access token re-signed as descending from `origin`, with the pre token generation
/// trigger's `edits`.
pub fn access_token(
    signer: &Signer,
    token: &str,
    origin: &Origin,
    edits: impl FnOnce(&mut Map<String, Value>),
) -> Option<String> {
    let mut claims = claims(token)?;
    stamp(&mut claims, origin);
    if let Some(scopes) = &origin.scopes {
        claims.insert("scope".into(), scopes.join(" ").into());
    }
    edits(&mut claims);
    signer.sign(&claims)
}

/// The ID token re-signed as descending from `origin`, with the user's standard attributes and
/// the pre token generation trigger's `edits`.
pub fn id_token(
    signer: &Signer,
    token: &str,
    origin: &Origin,
    attributes: &[(String, String)],
    edits: impl FnOnce(&mut Map<String, Value>),
) -> Option<String> {
    let mut claims = claims(token)?;
    stamp(&mut claims, origin);
    for (name, value) in attributes {
        let value = match name.as_str() {
            "sub" => continue,
            "email_verified" | "phone_number_verified" => Value::Bool(value == "true"),
            "identities" => identities_claim(value),
            _ => Value::String(value.clone()),
        };
        claims.insert(name.clone(), value);
    }
    edits(&mut claims);
    signer.sign(&claims)
}

/// The `identities` attribute (a JSON text) as the ID token's claim: an array of every identity
/// provider the user signs in with, whose `primary` and `dateCreated` Cognito writes as strings
/// there (`"primary": "true"`), where the attribute has a boolean and a number.
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html>
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html>
pub fn identities_claim(attribute: &str) -> Value {
    let Ok(Value::Array(mut identities)) = serde_json::from_str::<Value>(attribute) else {
        return Value::String(attribute.to_string());
    };
    for identity in identities.iter_mut().filter_map(Value::as_object_mut) {
        for name in ["primary", "dateCreated"] {
            if let Some(value) = identity.get_mut(name)
                && !value.is_string()
                && !value.is_null()
            {
                *value = Value::String(value.to_string());
            }
        }
    }
    Value::Array(identities)
}

fn stamp(claims: &mut Map<String, Value>, origin: &Origin) {
    claims.insert("auth_time".into(), origin.auth_time.into());
    claims.insert("origin_jti".into(), origin.jti.clone().into());
    claims.insert("jti".into(), random_id().into());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer() -> (Signer, tempfile::TempDir) {
        use rsa::pkcs1::{EncodeRsaPrivateKey, LineEnding};
        let dir = tempfile::tempdir().unwrap();
        let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let path = dir.path().join("key.pem");
        std::fs::write(&path, key.to_pkcs1_pem(LineEnding::LF).unwrap().as_bytes()).unwrap();
        (Signer::from_pem_file(&path, "kid".into()).unwrap(), dir)
    }

    #[test]
    fn re_signed_tokens_keep_their_origin_and_gain_standard_attributes() {
        let (signer, _dir) = signer();
        let mut original = Map::new();
        original.insert("sub".into(), "user".into());
        original.insert("auth_time".into(), 2_000.into());
        let token = signer.sign(&original).unwrap();
        let origin = Origin {
            jti: "sign-in".into(),
            auth_time: 1_000,
            user_id: "user".into(),
            scopes: None,
        };
        let access = claims(&access_token(&signer, &token, &origin, |_| {}).unwrap()).unwrap();
        assert_eq!(access["auth_time"], 1_000);
        assert_eq!(access["origin_jti"], "sign-in");
        let attributes = [
            ("name".to_string(), "Ada".to_string()),
            ("email_verified".into(), "true".into()),
        ];
        let id = claims(&id_token(&signer, &token, &origin, &attributes, |_| {}).unwrap()).unwrap();
        assert_eq!(
            (id["name"].clone(), id["email_verified"].clone()),
            ("Ada".into(), true.into())
        );
        assert_ne!(access["jti"], id["jti"]);
        let hosted = Origin {
            scopes: Some(vec!["openid".into(), "email".into()]),
            ..origin
        };
        let access = claims(&access_token(&signer, &token, &hosted, |_| {}).unwrap()).unwrap();
        assert_eq!(access["scope"], "openid email");
    }

    #[test]
    fn the_identities_claim_is_an_array_with_cognitos_strings() {
        let attribute = r#"[{"userId":"abc","providerName":"LocalID","providerType":"OIDC","issuer":null,"primary":true,"dateCreated":1700000000000}]"#;
        assert_eq!(
            identities_claim(attribute),
            serde_json::json!([{
                "userId": "abc",
                "providerName": "LocalID",
                "providerType": "OIDC",
                "issuer": null,
                "primary": "true",
                "dateCreated": "1700000000000"
            }])
        );
        assert_eq!(identities_claim("not json"), Value::String("not json".into()));
    }
}
