//! What the token targets share: one signing key's JWKS, a token it signed, and the issuer and
//! client that token was made for.
//!
//! Both come from the checked-in seeds, so the seeds and the targets cannot drift apart. The key
//! that signed them was thrown away: the targets only ever verify.
use std::{future::Future, pin::Pin, sync::LazyLock};

use app::backend::{TokenVerifier, token_verifier::JwksSource};
use jsonwebtoken::jwk::JwkSet;
use tokio::runtime::Runtime;

/// The JWKS a Cognito pool would publish: the signing key of the seed tokens and one other.
pub const POOL_JWKS: &str = include_str!("../seeds/jwks_document/cognito.json");
/// An access token from that pool, as Cognito shapes one, valid until 2100.
pub const GENUINE_TOKEN: &str = include_str!("../seeds/access_token/genuine.jwt");
pub const GENUINE_KEY_ID: &str = "fuzz-key-1";
pub const GENUINE_SUB: &str = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
pub const ISSUER: &str = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_FuzzPool";
pub const CLIENT_ID: &str = "1example23456789fuzzclient";

/// One runtime for the whole fuzzing process: building one per input would dwarf the work under
/// test. Current-thread, as nothing here needs a second thread.
pub static RUNTIME: LazyLock<Runtime> = LazyLock::new(|| {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime")
});

/// A JWKS endpoint that answers what it was given: a parsed set, or the parse error, as
/// `HttpJwks` answers a body it cannot read.
pub struct FixedJwks(pub Result<JwkSet, String>);

impl FixedJwks {
    /// Parsed exactly as `HttpJwks` parses the pool's answer.
    pub fn from_document(document: &[u8]) -> Self {
        Self(serde_json::from_slice::<JwkSet>(document).map_err(|error| error.to_string()))
    }
}

impl JwksSource for FixedJwks {
    fn fetch(&self) -> Pin<Box<dyn Future<Output = Result<JwkSet, String>> + Send + '_>> {
        let answer = self.0.clone();
        Box::pin(async move { answer })
    }
}

pub fn verifier(jwks: FixedJwks) -> TokenVerifier {
    TokenVerifier::new(ISSUER.into(), CLIENT_ID.into(), Box::new(jwks))
}

/// The genuine token must pass against the pool's JWKS, or every input would stop at the
/// signature and the targets would explore nothing past it.
pub fn assert_fixtures_agree() {
    static CHECKED: LazyLock<()> = LazyLock::new(|| {
        let verifier = verifier(FixedJwks::from_document(POOL_JWKS.as_bytes()));
        let claims = RUNTIME
            .block_on(verifier.verify_access(GENUINE_TOKEN))
            .expect("the seed token verifies against the seed JWKS");
        assert_eq!(claims.sub, GENUINE_SUB);
    });
    LazyLock::force(&CHECKED);
}
