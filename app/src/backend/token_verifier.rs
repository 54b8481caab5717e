//! Access-token verification: nothing protected runs before a token passes every check here.
//!
//! RS256 signatures against the pool's JWKS only (header-supplied keys are ignored), then the
//! claims: issuer, `token_use = access`, our `client_id`, and `exp` (60 s of clock skew at most).
//! Keys are cached; an unknown `kid` refetches the JWKS at most once per 10 s, cached keys keep
//! working while the JWKS endpoint is down (a token needing a key we cannot fetch is an outage,
//! not an ended session), and a key dropped from the JWKS is dropped here too.
use std::{
    collections::HashMap,
    future::Future,
    pin::Pin,
    sync::Arc,
    time::{Duration, Instant},
};

use jsonwebtoken::{
    Algorithm, DecodingKey, Validation, decode, decode_header,
    jwk::{AlgorithmParameters, JwkSet},
};
use serde::Deserialize;
use tokio::sync::{Mutex, RwLock};

use crate::error::AppError;

/// Where access tokens come from and where their signing keys are published: the pool's, or in
/// local mode the embedded Cognito's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenSource {
    pub issuer: String,
    pub jwks_url: String,
}

pub const MAX_CLOCK_SKEW_SECS: u64 = 60;
pub const MIN_REFETCH_INTERVAL: Duration = Duration::from_secs(10);
/// Why a token could not be checked, as opposed to why it was refused.
const KEYS_UNREACHABLE: &str = "signing keys unreachable";

/// What a verified access token says about its holder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessClaims {
    /// The Cognito user id: the only source of "who is asking".
    pub sub: String,
    /// When the sign-in this token descends from happened (epoch seconds, Cognito's clock):
    /// `auth_time`, which a refresh keeps; `iat` where a token has no `auth_time`.
    pub signed_in_at: i64,
    pub expires_at: i64,
    /// Names the sign-in this token descends from, the same across refreshes: Cognito's
    /// `origin_jti`, or the sign-in time where a token has none.
    pub session: String,
}

#[derive(Deserialize)]
struct RawClaims {
    sub: String,
    token_use: String,
    client_id: String,
    exp: i64,
    #[serde(default)]
    iat: i64,
    #[serde(default)]
    auth_time: Option<i64>,
    #[serde(default)]
    origin_jti: Option<String>,
}

/// What a verified ID token of a sign-in through the pool's hosted sign-in says.
#[derive(Debug, Clone, Deserialize)]
pub struct IdClaims {
    pub sub: String,
    token_use: String,
    /// Cognito's user name: `{Provider}_{subject}` for a user the provider's sign-in made.
    #[serde(rename = "cognito:username")]
    pub username: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub nonce: Option<String>,
    /// The providers' identities linked to the user.
    #[serde(default)]
    identities: Vec<LinkedIdentity>,
}

#[derive(Debug, Clone, Deserialize)]
struct LinkedIdentity {
    #[serde(rename = "providerName")]
    provider_name: String,
    #[serde(rename = "userId")]
    user_id: String,
}

impl IdClaims {
    /// The person's id at `provider`, when the token came through it.
    pub fn identity_at(&self, provider: &str) -> Option<String> {
        self.identities
            .iter()
            .find(|identity| identity.provider_name == provider)
            .map(|identity| identity.user_id.clone())
    }
}

impl RawClaims {
    fn into_access_claims(self) -> AccessClaims {
        let signed_in_at = self.auth_time.unwrap_or(self.iat);
        AccessClaims {
            sub: self.sub,
            signed_in_at,
            expires_at: self.exp,
            session: self
                .origin_jti
                .unwrap_or_else(|| format!("signed-in-at-{signed_in_at}")),
        }
    }
}

/// The claims of an access token Cognito has just answered one of our own calls with, read
/// without checking it (as `user_pool::id_token_identity` reads the ID token): it came straight
/// from Cognito in that call, and it is verified like any other wherever it is presented. A
/// refresh needs it to know whose session Cognito renewed even while the signing keys cannot be
/// fetched, when a refusal would lose the refresh token rotation just replaced.
pub fn fresh_token_claims(token: &str) -> Result<AccessClaims, AppError> {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    let payload = token.split('.').nth(1).ok_or(AppError::Internal)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| AppError::Internal)?;
    let claims: RawClaims = serde_json::from_slice(&bytes).map_err(|_| AppError::Internal)?;
    Ok(claims.into_access_claims())
}

/// Where the signing keys come from (over HTTP in the app; fixed sets in unit tests).
pub trait JwksSource: Send + Sync {
    fn fetch(&self) -> Pin<Box<dyn Future<Output = Result<JwkSet, String>> + Send + '_>>;
}

/// The pool's published JWKS document.
pub struct HttpJwks {
    url: String,
    client: reqwest::Client,
}

impl HttpJwks {
    pub fn new(url: String) -> Self {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .expect("an HTTP client");
        Self { url, client }
    }
}

impl JwksSource for HttpJwks {
    fn fetch(&self) -> Pin<Box<dyn Future<Output = Result<JwkSet, String>> + Send + '_>> {
        Box::pin(async move {
            let response = self.client.get(&self.url).send().await.map_err(|e| e.to_string())?;
            let response = response.error_for_status().map_err(|e| e.to_string())?;
            response.json::<JwkSet>().await.map_err(|e| e.to_string())
        })
    }
}

#[derive(Clone)]
pub struct TokenVerifier {
    inner: Arc<Inner>,
}

struct Inner {
    issuer: String,
    client_id: String,
    source: Box<dyn JwksSource>,
    keys: RwLock<HashMap<String, DecodingKey>>,
    /// When the JWKS was last fetched, and whether that worked.
    last_fetch: Mutex<Option<(Instant, bool)>>,
}

/// Signatures are checked with aws-lc (already built for the AWS SDK's TLS; an RSA verification
/// takes a tenth of the pure-Rust backend's time, bench/RESULTS.md). Local mode's emulator brings
/// `jsonwebtoken`'s other backend into the same build, and with both it would not pick one
/// itself: whatever signs or verifies a token in this process calls this first.
pub fn use_aws_lc_for_tokens() {
    static CHOSEN: std::sync::Once = std::sync::Once::new();
    // Err only when a provider is already installed, which is then this one.
    CHOSEN.call_once(|| {
        let _ = jsonwebtoken::crypto::aws_lc::DEFAULT_PROVIDER.install_default();
    });
}

impl TokenVerifier {
    pub fn new(issuer: String, client_id: String, source: Box<dyn JwksSource>) -> Self {
        use_aws_lc_for_tokens();
        Self {
            inner: Arc::new(Inner {
                issuer,
                client_id,
                source,
                keys: RwLock::default(),
                last_fetch: Mutex::default(),
            }),
        }
    }

    /// Verifies an access token; every refusal is the same `SessionExpired` to the caller, and a
    /// token whose signing key cannot be fetched is `Unavailable`.
    pub async fn verify_access(&self, token: &str) -> Result<AccessClaims, AppError> {
        self.check(token).await.map_err(|reason| {
            tracing::info!(reason, "access token refused");
            if reason == KEYS_UNREACHABLE {
                AppError::Unavailable
            } else {
                AppError::SessionExpired
            }
        })
    }

    /// Verifies the ID token of a sign-in our server just finished with Cognito's token
    /// endpoint: our pool's signature and issuer, our client as its audience, not expired, and
    /// `token_use = id`. Every refusal is `SessionExpired`, a missing key `Unavailable`.
    pub async fn verify_id(&self, token: &str) -> Result<IdClaims, AppError> {
        let claims: IdClaims = self
            .decode(token, Some(&self.inner.client_id))
            .await
            .map_err(|reason| {
                tracing::info!(reason, "ID token refused");
                if reason == KEYS_UNREACHABLE {
                    AppError::Unavailable
                } else {
                    AppError::SessionExpired
                }
            })?;
        if claims.token_use != "id" {
            return Err(AppError::SessionExpired);
        }
        Ok(claims)
    }

    /// The claims of `token` once its signature, issuer and expiry (and `audience`, when given)
    /// check out.
    async fn decode<T: serde::de::DeserializeOwned>(
        &self,
        token: &str,
        audience: Option<&str>,
    ) -> Result<T, &'static str> {
        let header = decode_header(token).map_err(|_| "malformed")?;
        if header.alg != Algorithm::RS256 {
            return Err("algorithm is not RS256");
        }
        let kid = header.kid.ok_or("no key id")?;
        let key = self.key(&kid).await?;

        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[&self.inner.issuer]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        validation.leeway = MAX_CLOCK_SKEW_SECS;
        validation.validate_exp = true;
        match audience {
            Some(audience) => validation.set_audience(&[audience]),
            None => validation.validate_aud = false,
        }
        Ok(decode::<T>(token, &key, &validation)
            .map_err(|_| "signature or claims invalid")?
            .claims)
    }

    async fn check(&self, token: &str) -> Result<AccessClaims, &'static str> {
        let claims: RawClaims = self.decode(token, None).await?;
        if claims.token_use != "access" {
            return Err("not an access token");
        }
        if claims.client_id != self.inner.client_id {
            return Err("issued to another client");
        }
        Ok(claims.into_access_claims())
    }

    async fn key(&self, kid: &str) -> Result<DecodingKey, &'static str> {
        if let Some(key) = self.inner.keys.read().await.get(kid) {
            return Ok(key.clone());
        }
        // One fetch at a time, and none sooner than the interval after the last one.
        let mut last_fetch = self.inner.last_fetch.lock().await;
        if let Some(key) = self.inner.keys.read().await.get(kid) {
            return Ok(key.clone());
        }
        if let Some((at, reached)) = *last_fetch
            && at.elapsed() < MIN_REFETCH_INTERVAL
        {
            return Err(if reached { "unknown key id" } else { KEYS_UNREACHABLE });
        }
        let fetched = self.inner.source.fetch().await;
        *last_fetch = Some((Instant::now(), fetched.is_ok()));
        match fetched {
            Ok(set) => {
                let fresh: HashMap<_, _> = rsa_keys(&set).into_iter().collect();
                let mut keys = self.inner.keys.write().await;
                // The published set is the truth (a key taken out of it no longer counts), but an
                // empty or unreadable one never wipes keys that worked.
                if !fresh.is_empty() {
                    *keys = fresh;
                }
                keys.get(kid).cloned().ok_or("unknown key id")
            }
            Err(error) => {
                tracing::warn!(%error, "could not fetch the JWKS");
                Err(KEYS_UNREACHABLE)
            }
        }
    }
}

impl TokenVerifier {
    /// Whether access tokens can be checked now: signing keys are cached, or the JWKS hands some
    /// out. For readiness probes, which may ask every few seconds: the JWKS is asked no more
    /// often than for tokens with an unknown key (once per [`MIN_REFETCH_INTERVAL`]).
    pub async fn keys_ready(&self) -> bool {
        if self.inner.keys.read().await.is_empty() {
            // No JWKS names the empty key id, so the lookup fetches the set (throttled as above)
            // and caches whatever keys it holds.
            let _ = self.key("").await;
        }
        !self.inner.keys.read().await.is_empty()
    }
}

/// The RSA signing keys of a JWKS, by key id.
fn rsa_keys(set: &JwkSet) -> Vec<(String, DecodingKey)> {
    set.keys
        .iter()
        .filter_map(|jwk| {
            let kid = jwk.common.key_id.clone()?;
            let AlgorithmParameters::RSA(rsa) = &jwk.algorithm else {
                return None;
            };
            let key = DecodingKey::from_rsa_components(&rsa.n, &rsa.e).ok()?;
            Some((kid, key))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    use jsonwebtoken::{EncodingKey, Header, encode};
    use rsa::{
        RsaPrivateKey,
        pkcs1::{EncodeRsaPrivateKey, EncodeRsaPublicKey, LineEnding},
        traits::PublicKeyParts,
    };
    use serde_json::{Value, json};
    use std::sync::{
        OnceLock,
        atomic::{AtomicUsize, Ordering},
    };

    const ISSUER: &str = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Test";
    const CLIENT: &str = "ourclient";

    struct TestKey {
        private_pem: String,
        public_pem: String,
        n: String,
        e: String,
    }

    fn test_key() -> &'static TestKey {
        static KEY: OnceLock<TestKey> = OnceLock::new();
        KEY.get_or_init(|| {
            let private = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
            let public = private.to_public_key();
            TestKey {
                private_pem: private.to_pkcs1_pem(LineEnding::LF).unwrap().to_string(),
                public_pem: public.to_pkcs1_pem(LineEnding::LF).unwrap(),
                n: URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()),
                e: URL_SAFE_NO_PAD.encode(public.e().to_bytes_be()),
            }
        })
    }

    /// A JWKS endpoint that counts its calls and can be switched off.
    struct FixedJwks {
        set: Value,
        calls: Arc<AtomicUsize>,
        down: bool,
    }

    impl JwksSource for FixedJwks {
        fn fetch(&self) -> Pin<Box<dyn Future<Output = Result<JwkSet, String>> + Send + '_>> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            let result = if self.down {
                Err("down".to_string())
            } else {
                serde_json::from_value(self.set.clone()).map_err(|e| e.to_string())
            };
            Box::pin(async move { result })
        }
    }

    fn jwks() -> Value {
        let key = test_key();
        json!({ "keys": [{ "kty": "RSA", "kid": "k1", "alg": "RS256", "use": "sig", "n": key.n, "e": key.e }] })
    }

    fn verifier_with(down: bool) -> (TokenVerifier, Arc<AtomicUsize>) {
        let calls = Arc::new(AtomicUsize::new(0));
        let source = FixedJwks {
            set: jwks(),
            calls: calls.clone(),
            down,
        };
        (
            TokenVerifier::new(ISSUER.into(), CLIENT.into(), Box::new(source)),
            calls,
        )
    }

    fn now() -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64
    }

    fn claims() -> Value {
        json!({
            "sub": "user-a", "iss": ISSUER, "token_use": "access", "client_id": CLIENT,
            "iat": now(), "exp": now() + 900, "username": "a@example.com"
        })
    }

    fn sign(claims: &Value, kid: &str) -> String {
        use_aws_lc_for_tokens();
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(kid.into());
        encode(
            &header,
            claims,
            &EncodingKey::from_rsa_pem(test_key().private_pem.as_bytes()).unwrap(),
        )
        .unwrap()
    }

    fn with(mut claims: Value, field: &str, value: Value) -> Value {
        claims[field] = value;
        claims
    }

    fn raw_token(header: Value, claims: &Value, signature: &str) -> String {
        format!(
            "{}.{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string()),
            signature
        )
    }

    async fn refused(token: &str) -> bool {
        let (verifier, _) = verifier_with(false);
        verifier.verify_access(token).await == Err(AppError::SessionExpired)
    }

    #[tokio::test]
    async fn a_genuine_access_token_yields_its_sub() {
        let (verifier, _) = verifier_with(false);
        let claims = verifier.verify_access(&sign(&claims(), "k1")).await.unwrap();
        assert_eq!(claims.sub, "user-a");
    }

    #[tokio::test]
    async fn alg_none_is_refused() {
        assert!(refused(&raw_token(json!({"alg": "none", "kid": "k1"}), &claims(), "")).await);
    }

    #[tokio::test]
    async fn hs256_keyed_with_the_public_key_is_refused() {
        use hmac::{Hmac, Mac};
        let header = json!({"alg": "HS256", "typ": "JWT", "kid": "k1"});
        let unsigned = raw_token(header, &claims(), "");
        let signing_input = unsigned.trim_end_matches('.');
        let mut mac = Hmac::<sha2::Sha256>::new_from_slice(test_key().public_pem.as_bytes()).unwrap();
        mac.update(signing_input.as_bytes());
        let token = format!(
            "{signing_input}.{}",
            URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
        );
        assert!(refused(&token).await);
    }

    /// A JWKS endpoint an attacker runs: it serves `set` to anyone and counts the requests.
    async fn attacker_jwks_server(set: Value) -> (String, Arc<AtomicUsize>) {
        let requests = Arc::new(AtomicUsize::new(0));
        let counted = requests.clone();
        let router = axum::Router::new().fallback(move || {
            counted.fetch_add(1, Ordering::SeqCst);
            let set = set.clone();
            async move { axum::Json(set) }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        (base, requests)
    }

    #[tokio::test]
    async fn keys_named_in_the_header_are_ignored() {
        // The attacker signs with their own key under the pool's real `kid`, and offers that key
        // every way a header can: fetched from `jku` or `x5u` (a server of theirs), or embedded.
        let attacker = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap();
        let public = attacker.to_public_key();
        let attacker_jwk = json!({
            "kty": "RSA", "kid": "k1", "alg": "RS256", "use": "sig",
            "n": URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()),
            "e": URL_SAFE_NO_PAD.encode(public.e().to_bytes_be())
        });
        let attacker_set = json!({ "keys": [attacker_jwk.clone()] });
        let (server, requests) = attacker_jwks_server(attacker_set.clone()).await;
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some("k1".into());
        header.jku = Some(format!("{server}/.well-known/jwks.json"));
        header.x5u = Some(format!("{server}/cert.pem"));
        header.jwk = Some(serde_json::from_value(attacker_jwk).unwrap());
        let pem = attacker.to_pkcs1_pem(LineEnding::LF).unwrap();
        use_aws_lc_for_tokens();
        let token = encode(&header, &claims(), &EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap()).unwrap();

        // Nothing but the key is wrong: a verifier that took the attacker's set would accept it.
        let fooled = FixedJwks {
            set: attacker_set,
            calls: Arc::default(),
            down: false,
        };
        let fooled = TokenVerifier::new(ISSUER.into(), CLIENT.into(), Box::new(fooled));
        assert!(fooled.verify_access(&token).await.is_ok());

        assert!(refused(&token).await);
        assert_eq!(
            requests.load(Ordering::SeqCst),
            0,
            "the verifier never asked the attacker's server"
        );
        // The server was there to ask, and would have been counted.
        let offered: JwkSet = reqwest::get(header.jku.unwrap()).await.unwrap().json().await.unwrap();
        assert_eq!(offered.keys.len(), 1);
        assert_eq!(requests.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn a_tampered_payload_is_refused() {
        let token = sign(&claims(), "k1");
        let parts: Vec<&str> = token.split('.').collect();
        let forged = with(claims(), "sub", json!("user-b"));
        let tampered = format!(
            "{}.{}.{}",
            parts[0],
            URL_SAFE_NO_PAD.encode(forged.to_string()),
            parts[2]
        );
        assert!(refused(&tampered).await);
    }

    #[tokio::test]
    async fn wrong_issuer_is_refused() {
        assert!(refused(&sign(&with(claims(), "iss", json!("https://evil.example/pool")), "k1")).await);
    }

    #[tokio::test]
    async fn an_id_token_is_not_an_access_token() {
        assert!(refused(&sign(&with(claims(), "token_use", json!("id")), "k1")).await);
    }

    #[tokio::test]
    async fn another_clients_token_is_refused() {
        assert!(refused(&sign(&with(claims(), "client_id", json!("otherclient")), "k1")).await);
    }

    #[tokio::test]
    async fn expiry_is_required_and_enforced_beyond_the_skew() {
        let mut no_exp = claims();
        no_exp.as_object_mut().unwrap().remove("exp");
        assert!(refused(&sign(&no_exp, "k1")).await);
        assert!(refused(&sign(&with(claims(), "exp", json!(now() - 61)), "k1")).await);
        assert!(refused(&sign(&with(claims(), "exp", json!((now() - 3600).to_string())), "k1")).await);
        // Within the allowed skew a just-expired token still passes.
        let (verifier, _) = verifier_with(false);
        assert!(
            verifier
                .verify_access(&sign(&with(claims(), "exp", json!(now() - 30)), "k1"))
                .await
                .is_ok()
        );
    }

    #[tokio::test]
    async fn an_unknown_kid_refetches_at_most_once_per_interval() {
        let (verifier, calls) = verifier_with(false);
        for _ in 0..5 {
            assert!(verifier.verify_access(&sign(&claims(), "rotated")).await.is_err());
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn cached_keys_keep_working_while_the_jwks_endpoint_is_down() {
        let (verifier, _) = verifier_with(false);
        verifier.verify_access(&sign(&claims(), "k1")).await.unwrap();
        let down = FixedJwks {
            set: jwks(),
            calls: Arc::default(),
            down: true,
        };
        let outage = TokenVerifier {
            inner: Arc::new(Inner {
                issuer: ISSUER.into(),
                client_id: CLIENT.into(),
                source: Box::new(down),
                keys: RwLock::new(verifier.inner.keys.read().await.clone()),
                last_fetch: Mutex::default(),
            }),
        };
        assert!(outage.verify_access(&sign(&claims(), "k1")).await.is_ok());
    }

    #[tokio::test]
    async fn a_key_that_cannot_be_fetched_is_an_outage_not_an_ended_session() {
        let (verifier, calls) = verifier_with(true);
        for _ in 0..2 {
            assert_eq!(
                verifier.verify_access(&sign(&claims(), "k1")).await,
                Err(AppError::Unavailable)
            );
        }
        assert_eq!(calls.load(Ordering::SeqCst), 1, "still at most one fetch per interval");
    }

    #[tokio::test]
    async fn a_key_dropped_from_the_jwks_is_no_longer_trusted() {
        let (verifier, _) = verifier_with(false);
        let retired = DecodingKey::from_rsa_pem(test_key().public_pem.as_bytes()).unwrap();
        verifier.inner.keys.write().await.insert("retired".into(), retired);
        assert!(verifier.verify_access(&sign(&claims(), "retired")).await.is_ok());

        // A token under the published key brings the current JWKS, which lacks "retired".
        verifier.verify_access(&sign(&claims(), "k1")).await.unwrap();
        assert_eq!(
            verifier.verify_access(&sign(&claims(), "retired")).await,
            Err(AppError::SessionExpired)
        );
    }
}
