//! Refresh tokens rotate, and a signed-out session stays refused until its refresh token would
//! have expired, whatever Cognito did (security requirement 30).

use app::{
    backend::{config::REFRESH_TOKEN_DAYS, token_verifier::MAX_CLOCK_SKEW_SECS},
    error::AppError,
    functions::auth::{RefreshSession, SignOut},
    model::{SignedIn, Tokens},
};
use aws_sdk_cognitoidentityprovider::types::{AuthFlowType, FeatureType, RefreshTokenRotationType};
use serde_json::Value;
use server::local::{CLIENT_ID, USER_POOL_ID};

use crate::common::{Answer, PASSWORD, TestApp, access_token, code_of};

fn refresh(signed_in: &SignedIn, refresh_token: &str) -> RefreshSession {
    RefreshSession {
        refresh_token: refresh_token.into(),
        username: signed_in.username.clone(),
    }
}

fn refresh_token(signed_in: &SignedIn) -> String {
    signed_in.tokens.refresh_token.clone().expect("a refresh token")
}

/// The new refresh token of a refresh that succeeded.
fn rotated(answer: Answer<Tokens>) -> (Tokens, String) {
    let (status, tokens) = answer;
    assert_eq!(status, 200, "{tokens:?}");
    let tokens = tokens.unwrap();
    let rotated = tokens.refresh_token.clone().expect("a rotated refresh token");
    (tokens, rotated)
}

/// A token's claims, read without checking it.
fn claims(token: &str) -> Value {
    use base64::Engine;
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .unwrap(),
    )
    .unwrap()
}

#[tokio::test]
async fn a_rotated_refresh_token_works_once() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("rotate@example.com", "Rotate").await;
    let first = refresh_token(&signed_in);

    let (tokens, second) = rotated(app.call(refresh(&signed_in, &first)).await);
    assert_ne!(second, first);
    assert_eq!(app.profile_status(&tokens.access_token).await, 200);
    assert_eq!(
        app.call(refresh(&signed_in, &first)).await,
        (401, Err(AppError::SessionExpired)),
        "the refresh token rotated out is refused"
    );

    let (tokens, third) = rotated(app.call(refresh(&signed_in, &second)).await);
    assert_ne!(third, second);
    assert_eq!(app.profile_status(&tokens.access_token).await, 200);
    assert_eq!(
        app.call(refresh(&signed_in, &second)).await,
        (401, Err(AppError::SessionExpired))
    );
}

#[tokio::test]
async fn at_cognito_a_rotated_refresh_token_works_once_and_only_through_get_tokens_from_refresh_token() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("rotate.cognito@example.com", "Rotate").await;
    let pool = &app.backend.user_pool;
    let sdk = pool.sdk();
    let secret = pool.browser.secret().expect("a confidential client").to_string();
    let get_tokens = |token: &str, secret: Option<&str>| {
        sdk.get_tokens_from_refresh_token()
            .client_id(CLIENT_ID)
            .set_client_secret(secret.map(String::from))
            .refresh_token(token)
            .send()
    };
    let first = refresh_token(&signed_in);

    assert!(
        get_tokens(&first, None).await.is_err(),
        "a confidential client's refresh needs its secret"
    );
    let answer = get_tokens(&first, Some(&secret)).await.unwrap();
    let result = answer.authentication_result.unwrap();
    let second = result.refresh_token.clone().expect("a rotated refresh token");
    assert_ne!(second, first);
    // The new tokens descend from the same sign-in.
    let (before, after) = (
        claims(&signed_in.tokens.access_token),
        claims(result.access_token.as_deref().unwrap()),
    );
    assert_eq!(after["origin_jti"], before["origin_jti"]);
    assert_eq!(after["auth_time"], before["auth_time"]);

    let reused = get_tokens(&first, Some(&secret)).await.unwrap_err();
    assert_eq!(code_of(&reused), "RefreshTokenReuseException");
    // Rotation goes through GetTokensFromRefreshToken only.
    let refresh_flow = sdk
        .initiate_auth()
        .client_id(CLIENT_ID)
        .auth_flow(AuthFlowType::RefreshTokenAuth)
        .auth_parameters("REFRESH_TOKEN", &second)
        .auth_parameters("SECRET_HASH", pool.secret_hash(&signed_in.username).unwrap())
        .send()
        .await;
    assert_eq!(code_of(&refresh_flow.unwrap_err()), "InvalidParameterException");

    let third = get_tokens(&second, Some(&secret))
        .await
        .unwrap()
        .authentication_result
        .unwrap()
        .refresh_token
        .expect("a rotated refresh token");
    // A revoked sign-in refreshes no more.
    pool.revoke(&third).await.unwrap();
    let revoked = get_tokens(&third, Some(&secret)).await.unwrap_err();
    assert_eq!(code_of(&revoked), "NotAuthorizedException");
}

#[tokio::test]
async fn a_signed_out_session_stays_refused_while_its_refresh_token_lives_even_when_cognito_did_not_revoke_it() {
    let app = TestApp::start().await;
    let fidelity = &app.backend.local.as_ref().unwrap().fidelity;
    fidelity.set_revoke_token_revokes_refresh_tokens(false);
    let signed_in = app.confirmed_account("stays.out@example.com", "Out").await;
    let sign_out = SignOut {
        access_token: access_token(&signed_in).into(),
        refresh_token: refresh_token(&signed_in).into(),
    };
    assert_eq!(app.call(sign_out).await.0, 200);

    // Cognito still renews the session...
    let renewed = app.backend.user_pool.refresh(&refresh_token(&signed_in)).await.unwrap();
    let live = renewed.refresh_token.expect("a rotated refresh token");
    // ...but our server refuses to, and never hands its tokens to the browser.
    assert_eq!(
        app.call(refresh(&signed_in, &live)).await,
        (401, Err(AppError::SessionExpired))
    );

    // The record lasts as long as the refresh token, not only as long as the access token.
    let items = app.profile_items().await;
    let ended = items[0]["ended_sessions"].as_ss().unwrap();
    assert_eq!(ended.len(), 1, "{ended:?}");
    let until: i64 = ended[0].split_once('/').unwrap().0.parse().unwrap();
    let signed_in_at = claims(&signed_in.tokens.access_token)["auth_time"].as_i64().unwrap();
    let refresh_token_lasts = i64::from(REFRESH_TOKEN_DAYS) * 24 * 60 * 60;
    assert!(
        until >= signed_in_at + refresh_token_lasts + MAX_CLOCK_SKEW_SECS as i64,
        "kept until {until}, the sign-in at {signed_in_at}"
    );
}

/// Stands in for a pool whose app client does not rotate refresh tokens.
async fn stop_rotating(app: &TestApp) {
    let rotation = RefreshTokenRotationType::builder()
        .feature(FeatureType::Disabled)
        .build()
        .unwrap();
    app.backend
        .user_pool
        .sdk()
        .update_user_pool_client()
        .user_pool_id(USER_POOL_ID)
        .client_id(CLIENT_ID)
        .refresh_token_rotation(rotation)
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn without_rotation_a_refresh_answers_no_new_refresh_token_and_the_old_one_goes_on() {
    let app = TestApp::start().await;
    stop_rotating(&app).await;
    let signed_in = app.confirmed_account("no.rotation@example.com", "Kept").await;
    for _ in 0..2 {
        let (status, tokens) = app.call(refresh(&signed_in, &refresh_token(&signed_in))).await;
        assert_eq!(status, 200, "{tokens:?}");
        let tokens = tokens.unwrap();
        assert_eq!(tokens.refresh_token, None);
        assert_eq!(app.profile_status(&tokens.access_token).await, 200);
    }
}

/// `access_token` as it is once expired: the same sign-in's token, past its `exp` and the clock
/// skew allowed, signed with the same key.
fn expired(access_token: &str) -> String {
    use jsonwebtoken::{Algorithm, EncodingKey, Header};
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let mut claims = claims(access_token);
    claims["exp"] = (now - 600).into();
    claims["iat"] = (now - 1_500).into();
    let mut header = Header::new(Algorithm::RS256);
    header.kid = jsonwebtoken::decode_header(access_token).unwrap().kid;
    let pem = std::fs::read(std::env::var("COGNITOX_JWT_PRIVATE_KEY_PATH").unwrap()).unwrap();
    app::backend::token_verifier::use_aws_lc_for_tokens();
    jsonwebtoken::encode(&header, &claims, &EncodingKey::from_rsa_pem(&pem).unwrap()).unwrap()
}

#[tokio::test]
async fn a_session_signed_out_once_its_access_token_expired_cannot_refresh_even_when_cognito_did_not_revoke_it() {
    let app = TestApp::start().await;
    // A pool without rotation, so that the refresh token the browser holds is the one that would
    // still work at Cognito after the sign-out.
    stop_rotating(&app).await;
    let fidelity = &app.backend.local.as_ref().unwrap().fidelity;
    fidelity.set_revoke_token_revokes_refresh_tokens(false);
    let signed_in = app.confirmed_account("slept@example.com", "Slept").await;
    let stale = expired(&signed_in.tokens.access_token);
    assert_eq!(app.profile_status(&stale).await, 401, "an expired access token");

    // The laptop slept past the access token's lifetime, then its person signed out.
    let sign_out = SignOut {
        access_token: stale.into(),
        refresh_token: refresh_token(&signed_in).into(),
    };
    assert_eq!(app.call(sign_out).await.0, 200);

    assert!(
        app.backend.user_pool.refresh(&refresh_token(&signed_in)).await.is_ok(),
        "Cognito still renews the session"
    );
    assert_eq!(
        app.call(refresh(&signed_in, &refresh_token(&signed_in))).await,
        (401, Err(AppError::SessionExpired))
    );
    // The person's other sessions are theirs to keep.
    let other = app.sign_in("slept@example.com", PASSWORD).await.1.unwrap();
    assert_eq!(app.call(refresh(&other, &refresh_token(&other))).await.0, 200);
}
