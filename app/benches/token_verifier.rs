//! Access-token verification with cached keys (budget: p99 at most 50 µs per token).
//!
//! Criterion measures `TokenVerifier::verify_access` on a genuine RS256 access token whose key is
//! already cached (the JWKS is fetched once, before measuring). Criterion reports means and
//! medians of batches; the budget is a per-token p99, so after Criterion the same call is also
//! timed one token at a time and the percentiles are printed on a `per-token:` line, which
//! `bench/run.mjs` reads.
//!
//!   cargo bench -p app --features ssr --bench token_verifier
use std::{future::Future, pin::Pin, time::Instant};

use app::backend::token_verifier::{JwksSource, TokenVerifier, use_aws_lc_for_tokens};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use criterion::{Criterion, criterion_group};
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode, jwk::JwkSet};
use rsa::{
    RsaPrivateKey,
    pkcs1::{EncodeRsaPrivateKey, LineEnding},
    traits::PublicKeyParts,
};
use serde_json::json;

const ISSUER: &str = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Bench";
const CLIENT: &str = "benchclient";

struct FixedJwks(JwkSet);

impl JwksSource for FixedJwks {
    fn fetch(&self) -> Pin<Box<dyn Future<Output = Result<JwkSet, String>> + Send + '_>> {
        let set = self.0.clone();
        Box::pin(async move { Ok(set) })
    }
}

fn setup() -> (TokenVerifier, String, tokio::runtime::Runtime) {
    use_aws_lc_for_tokens();
    let private = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).expect("an RSA key");
    let public = private.to_public_key();
    let jwks: JwkSet = serde_json::from_value(json!({ "keys": [{
        "kty": "RSA", "kid": "k1", "alg": "RS256", "use": "sig",
        "n": URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()),
        "e": URL_SAFE_NO_PAD.encode(public.e().to_bytes_be()),
    }]}))
    .expect("a JWKS");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs();
    // What Cognito puts in an access token.
    let claims = json!({
        "sub": "5f0c3a1e-8d2b-4c61-9e0a-3b7d1c2e4f50", "iss": ISSUER, "client_id": CLIENT,
        "origin_jti": "0d7e6b1c-2a9f-4e38-b5c4-7f1a2d3e4b5c", "event_id": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
        "token_use": "access", "scope": "aws.cognito.signin.user.admin", "auth_time": now,
        "iat": now, "exp": now + 3600, "jti": "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d",
        "username": "5f0c3a1e-8d2b-4c61-9e0a-3b7d1c2e4f50"
    });
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some("k1".into());
    let pem = private.to_pkcs1_pem(LineEnding::LF).expect("a PEM");
    let token = encode(
        &header,
        &claims,
        &EncodingKey::from_rsa_pem(pem.as_bytes()).expect("a key"),
    )
    .expect("a token");
    let verifier = TokenVerifier::new(ISSUER.into(), CLIENT.into(), Box::new(FixedJwks(jwks)));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    // Fetch and cache the keys before anything is measured.
    runtime
        .block_on(verifier.verify_access(&token))
        .expect("the token verifies");
    (verifier, token, runtime)
}

fn verify(c: &mut Criterion) {
    let (verifier, token, runtime) = setup();
    c.bench_function("verify_access (RS256, cached key)", |b| {
        b.iter(|| {
            runtime
                .block_on(verifier.verify_access(std::hint::black_box(&token)))
                .unwrap()
        })
    });
}

/// Each token timed on its own: the distribution the budget speaks of.
fn per_token_percentiles() {
    let (verifier, token, runtime) = setup();
    for _ in 0..1_000 {
        runtime.block_on(verifier.verify_access(&token)).unwrap();
    }
    let mut samples: Vec<u64> = (0..20_000)
        .map(|_| {
            let start = Instant::now();
            runtime
                .block_on(verifier.verify_access(std::hint::black_box(&token)))
                .unwrap();
            start.elapsed().as_nanos() as u64
        })
        .collect();
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)] as f64 / 1000.0;
    println!(
        "per-token: n={} p50_us={:.1} p90_us={:.1} p99_us={:.1} max_us={:.1}",
        samples.len(),
        at(0.50),
        at(0.90),
        at(0.99),
        at(1.0)
    );
}

criterion_group!(benches, verify);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    per_token_percentiles();
}
