#![no_main]
//! Any bytes as the pool's JWKS document, parsed as `HttpJwks` parses it, then the genuine token
//! verified against whatever keys came out: never a panic, and an unreadable document is an
//! outage (`Unavailable`) while a readable one without the right key is a refusal.
use app::error::AppError;
use doorway_fuzz::{FixedJwks, GENUINE_KEY_ID, GENUINE_SUB, GENUINE_TOKEN, RUNTIME, assert_fixtures_agree, verifier};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|document: &[u8]| {
    assert_fixtures_agree();
    let jwks = FixedJwks::from_document(document);
    let readable = jwks.0.is_ok();
    let names_the_signing_key = jwks.0.as_ref().is_ok_and(|set| set.find(GENUINE_KEY_ID).is_some());
    // A fresh verifier, so every document is fetched rather than a cached key answering.
    let outcome = RUNTIME.block_on(verifier(jwks).verify_access(GENUINE_TOKEN));
    match outcome {
        Ok(claims) => {
            assert!(
                names_the_signing_key,
                "verified without the signing key's id in the JWKS"
            );
            assert_eq!(claims.sub, GENUINE_SUB);
        }
        Err(AppError::Unavailable) => assert!(!readable, "a JWKS that was read is no outage"),
        Err(AppError::SessionExpired) => assert!(readable, "an unreadable JWKS is an outage, not a refusal"),
        Err(other) => panic!("a token is accepted, refused or unverifiable, not {other:?}"),
    }
});
