#![no_main]
//! Any string as the bearer token of a request: `TokenVerifier::verify_access` refuses it or
//! accepts it, and never panics. The seeds are Cognito-shaped tokens signed by the key of the
//! verifier's JWKS, so mutations reach the claim checks behind the signature, not only the parser.
use std::sync::LazyLock;

use app::{backend::TokenVerifier, error::AppError};
use doorway_fuzz::{FixedJwks, GENUINE_TOKEN, POOL_JWKS, RUNTIME, assert_fixtures_agree, verifier};
use libfuzzer_sys::fuzz_target;

/// One verifier for the whole run with the pool's keys already cached, as a warm server has them;
/// a fresh one per input would spend each input on fetching keys.
static VERIFIER: LazyLock<TokenVerifier> = LazyLock::new(|| {
    assert_fixtures_agree();
    let verifier = verifier(FixedJwks::from_document(POOL_JWKS.as_bytes()));
    RUNTIME
        .block_on(verifier.verify_access(GENUINE_TOKEN))
        .expect("the genuine token caches the pool's keys");
    verifier
});

/// What the genuine token says; RSA signatures cannot be forged by mutation, so nothing else may
/// ever be accepted.
static GENUINE: LazyLock<app::backend::token_verifier::AccessClaims> =
    LazyLock::new(|| RUNTIME.block_on(VERIFIER.verify_access(GENUINE_TOKEN)).unwrap());

fuzz_target!(|data: &[u8]| {
    // A token reaches the verifier as a JSON string, so it is always UTF-8.
    let Ok(token) = std::str::from_utf8(data) else {
        return;
    };
    match RUNTIME.block_on(VERIFIER.verify_access(token)) {
        Ok(claims) => assert_eq!(claims, *GENUINE, "accepted a token that says something else"),
        Err(AppError::SessionExpired) => {}
        // The JWKS here always answers, so an outage would be a misjudged token.
        Err(other) => panic!("a refused token is SessionExpired, not {other:?}"),
    }
});
