//! Local mode answers as Amazon Cognito does where the embedded emulator alone would not: each
//! test states the AWS behaviour it reproduces, and drives it through the AWS SDK (or the app's
//! own server functions) against the layer in front of the emulator.
use app::{
    backend::config::LocalLimits,
    error::AppError,
    functions::{
        auth::{ForgotPassword, RefreshSession, ResendCode, ResetPassword, SignIn},
        settings::{ConfirmEmailChange, SignOutEverywhere},
    },
    model::{MailPurpose, SignedIn},
};
use aws_sdk_cognitoidentityprovider::{
    error::ProvideErrorMetadata,
    types::{AttributeType, AuthFlowType},
};

use crate::common::{PASSWORD, TestApp, access_token, change_email, code_of, sub_of};

fn email_attribute(email: &str) -> AttributeType {
    AttributeType::builder().name("email").value(email).build().unwrap()
}

#[tokio::test]
async fn an_email_change_keeps_the_old_address_until_the_code_then_only_the_new_one_signs_in() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("old@example.com", "Ada").await;
    let token = access_token(&signed_in);
    let (status, _) = app.call(change_email(&token, "new@example.com", PASSWORD)).await;
    assert_eq!(status, 200);

    // Until the code is entered, Cognito keeps the old address, for sign-in and in GetUser.
    assert_eq!(app.sign_in("old@example.com", PASSWORD).await.0, 200);
    assert_eq!(app.sign_in("new@example.com", PASSWORD).await.0, 401);
    let user = app.backend.user_pool.user(&sub_of(&signed_in)).await.unwrap();
    assert_eq!((user.email(), user.email_verified()), ("old@example.com", true));

    let code = app.code("new@example.com", MailPurpose::EmailChange).await;
    assert!(code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()), "{code}");
    let (status, confirmed) = app
        .call(ConfirmEmailChange {
            access_token: token.clone().into(),
            code: code.into(),
        })
        .await;
    assert_eq!(status, 200, "{confirmed:?}");
    assert_eq!(confirmed.unwrap().email, "new@example.com");

    assert_eq!(app.sign_in("new@example.com", PASSWORD).await.0, 200);
    assert_eq!(
        app.sign_in("old@example.com", PASSWORD).await,
        (401, Err(AppError::WrongCredentials))
    );
}

#[tokio::test]
async fn a_client_that_may_not_write_email_is_refused_an_email_change() {
    let app = TestApp::start().await;
    let cognito = app.backend.user_pool.sdk();
    let writer = app.confirmed_account("writer@example.com", "W").await;
    // The server's own client may write `name` only, as the browser's may.
    let token = app.minted("writer@example.com").await.access_token;

    let refused = cognito
        .update_user_attributes()
        .access_token(&token)
        .user_attributes(email_attribute("thief@example.com"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(code_of(&refused), "NotAuthorizedException");
    let name = AttributeType::builder().name("name").value("Still W").build().unwrap();
    cognito
        .update_user_attributes()
        .access_token(&token)
        .user_attributes(name)
        .send()
        .await
        .expect("an attribute the client may write");
    assert_eq!(
        app.backend.user_pool.user(&sub_of(&writer)).await.unwrap().email(),
        "writer@example.com"
    );
}

#[tokio::test]
async fn repeated_wrong_passwords_lock_the_user_out_for_a_while() {
    let app = TestApp::start_with_limits(LocalLimits {
        lockout_after: 3,
        lockout_seconds: 2,
        ..LocalLimits::default()
    })
    .await;
    app.confirmed_account("locked@example.com", "L").await;
    let cognito = app.backend.user_pool.sdk();
    let attempt = |password: &'static str| {
        cognito
            .initiate_auth()
            .client_id(server::local::CLIENT_ID)
            .auth_flow(AuthFlowType::UserPasswordAuth)
            .auth_parameters("USERNAME", "locked@example.com")
            .auth_parameters("PASSWORD", password)
            .auth_parameters(
                "SECRET_HASH",
                app.backend.user_pool.secret_hash("locked@example.com").unwrap(),
            )
            .send()
    };
    for _ in 0..3 {
        let error = attempt("wrong password").await.unwrap_err();
        assert_eq!(code_of(&error), "NotAuthorizedException");
    }
    // Locked: even the right password is refused, with Cognito's message.
    let locked = attempt(PASSWORD).await.unwrap_err();
    assert_eq!(code_of(&locked), "NotAuthorizedException");
    assert_eq!(
        locked.as_service_error().and_then(|e| e.message()),
        Some("Password attempts exceeded")
    );
    tokio::time::sleep(std::time::Duration::from_millis(2_100)).await;
    assert!(attempt(PASSWORD).await.is_ok(), "the lockout ends");
}

#[tokio::test]
async fn codes_sent_to_one_user_are_limited_per_hour() {
    let app = TestApp::start_with_limits(LocalLimits {
        codes_per_hour: 2,
        ..LocalLimits::default()
    })
    .await;
    app.confirmed_account("reset@example.com", "R").await;
    let cognito = app.backend.user_pool.sdk();
    let forgot = || {
        cognito
            .forgot_password()
            .client_id(server::local::CLIENT_ID)
            .username("reset@example.com")
            .set_secret_hash(app.backend.user_pool.secret_hash("reset@example.com"))
            .send()
    };
    for _ in 0..2 {
        forgot().await.unwrap();
    }
    assert_eq!(code_of(&forgot().await.unwrap_err()), "LimitExceededException");

    assert_eq!(app.sign_up("pending@example.com", PASSWORD, "P").await.0, 200);
    let resend = || {
        cognito
            .resend_confirmation_code()
            .client_id(server::local::CLIENT_ID)
            .username("pending@example.com")
            .set_secret_hash(app.backend.user_pool.secret_hash("pending@example.com"))
            .send()
    };
    resend().await.unwrap();
    assert_eq!(code_of(&resend().await.unwrap_err()), "LimitExceededException");
    // Cognito's limit is per user, so the app answers it as it answers any address: as sent
    // (`uniform_answers`).
    assert_eq!(
        app.call(ResendCode {
            email: "pending@example.com".into()
        })
        .await,
        (200, Ok(()))
    );
    assert_eq!(
        app.call(ForgotPassword {
            email: "reset@example.com".into()
        })
        .await,
        (200, Ok(()))
    );
}

#[tokio::test]
async fn a_code_check_without_a_pending_code_is_an_expired_code() {
    let app = TestApp::start().await;
    app.confirmed_account("nocode@example.com", "N").await;
    let cognito = app.backend.user_pool.sdk();
    let expired = cognito
        .confirm_forgot_password()
        .client_id(server::local::CLIENT_ID)
        .username("nocode@example.com")
        .set_secret_hash(app.backend.user_pool.secret_hash("nocode@example.com"))
        .confirmation_code("123456")
        .password("another long password")
        .send()
        .await
        .unwrap_err();
    assert_eq!(code_of(&expired), "ExpiredCodeException");
    // The app answers it as any code that does not work (`uniform_answers`).
    let (status, error) = app
        .call(ResetPassword {
            email: "nocode@example.com".into(),
            code: "123456".into(),
            new_password: "another long password".into(),
        })
        .await;
    assert_eq!((status, error), (400, Err(AppError::WrongCode)));
}

#[tokio::test]
async fn wrong_codes_run_out_until_a_new_one_is_sent() {
    let app = TestApp::start_with_limits(LocalLimits {
        code_attempts: 2,
        ..LocalLimits::default()
    })
    .await;
    app.confirmed_account("guess@example.com", "G").await;
    assert_eq!(
        app.call(ForgotPassword {
            email: "guess@example.com".into()
        })
        .await
        .0,
        200
    );
    let code = app.code("guess@example.com", MailPurpose::PasswordReset).await;
    let reset = |code: &str| ResetPassword {
        email: "guess@example.com".into(),
        code: code.into(),
        new_password: "another long password".into(),
    };
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..2 {
        assert_eq!(app.call(reset(wrong)).await, (400, Err(AppError::WrongCode)));
    }
    // Out of attempts: even the right code is refused until a new one is sent; the app answers
    // it as a wrong code (`uniform_answers`).
    let exhausted = app
        .backend
        .user_pool
        .sdk()
        .confirm_forgot_password()
        .client_id(server::local::CLIENT_ID)
        .username("guess@example.com")
        .set_secret_hash(app.backend.user_pool.secret_hash("guess@example.com"))
        .confirmation_code(&code)
        .password("another long password")
        .send()
        .await
        .unwrap_err();
    assert_eq!(code_of(&exhausted), "TooManyFailedAttemptsException");
    assert_eq!(app.call(reset(&code)).await, (400, Err(AppError::WrongCode)));
    assert_eq!(
        app.call(ForgotPassword {
            email: "guess@example.com".into()
        })
        .await
        .0,
        200
    );
    let fresh = app.code("guess@example.com", MailPurpose::PasswordReset).await;
    assert_eq!(app.call(reset(&fresh)).await.0, 200);
}

/// Two devices signed in to one account.
async fn two_devices(app: &TestApp, email: &str) -> (SignedIn, SignedIn) {
    let first = app.confirmed_account(email, "Two").await;
    let (status, second) = app.sign_in(email, PASSWORD).await;
    assert_eq!(status, 200);
    (first, second.unwrap())
}

#[tokio::test]
async fn revoking_a_refresh_token_ends_only_that_sign_ins_tokens() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("devices@example.com", "Two").await;
    // Two sign-ins whose access tokens Cognito takes for self-service calls (the server's own).
    let (first, second) = (
        app.minted("devices@example.com").await,
        app.minted("devices@example.com").await,
    );
    let pool = &app.backend.user_pool;
    pool.revoke_minted(first.refresh_token.as_deref().unwrap())
        .await
        .unwrap();
    assert_eq!(
        app.cognito_takes(&first.access_token).await,
        Err("NotAuthorizedException".into()),
        "the revoked sign-in's access token is refused by Cognito"
    );
    assert_eq!(
        app.cognito_takes(&second.access_token).await,
        Ok(()),
        "the other sign-in keeps working"
    );
    let refreshed = pool
        .refresh_minted(&signed_in.username, second.refresh_token.as_deref().unwrap())
        .await
        .unwrap();
    assert_eq!(app.cognito_takes(&refreshed.access_token).await, Ok(()));
}

#[tokio::test]
async fn a_refresh_keeps_the_sign_in_time_and_the_id_token_carries_the_name() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("claims@example.com", "Ada Lovelace").await;
    let claims = |token: &str| -> serde_json::Value {
        use base64::Engine;
        let payload = token.split('.').nth(1).unwrap();
        serde_json::from_slice(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(payload)
                .unwrap(),
        )
        .unwrap()
    };
    let first = claims(&signed_in.tokens.access_token);
    assert!(first["origin_jti"].is_string());
    assert_eq!(claims(&signed_in.tokens.id_token)["name"], "Ada Lovelace");
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    let refreshed = app
        .backend
        .user_pool
        .refresh(signed_in.tokens.refresh_token.as_deref().unwrap())
        .await
        .unwrap();
    let second = claims(&refreshed.access_token);
    assert_eq!(second["auth_time"], first["auth_time"]);
    assert_eq!(second["origin_jti"], first["origin_jti"]);
    assert_ne!(second["iat"], first["iat"]);
}

#[tokio::test]
async fn after_signing_out_everywhere_tokens_refreshed_from_a_surviving_refresh_token_are_refused() {
    let app = TestApp::start().await;
    let (laptop, phone) = two_devices(&app, "everywhere@example.com").await;
    // Stand in for a Cognito-compatible service whose GlobalSignOut leaves refresh tokens alive.
    app.backend
        .local
        .as_ref()
        .unwrap()
        .fidelity
        .set_global_sign_out_revokes_refresh_tokens(false);
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    assert_eq!(
        app.call(SignOutEverywhere {
            access_token: access_token(&phone).into(),
        })
        .await
        .0,
        200
    );
    // The laptop's refresh token still renews its session at Cognito...
    let laptop_refresh_token = laptop.tokens.refresh_token.clone().unwrap();
    let pool = &app.backend.user_pool;
    let renewed = pool.refresh(&laptop_refresh_token).await.unwrap();
    // ...but the session descends from a sign-in before the sign-out, so our server refuses to
    // refresh it, and revokes what Cognito issued.
    let refresh = RefreshSession {
        refresh_token: renewed.refresh_token.clone().expect("a rotated refresh token").into(),
        username: laptop.username.clone(),
    };
    assert_eq!(app.call(refresh).await, (401, Err(AppError::SessionExpired)));
    assert_eq!(app.profile_status(&renewed.access_token).await, 401);
    // A new sign-in works.
    assert_eq!(
        app.call(SignIn {
            email: "everywhere@example.com".into(),
            password: PASSWORD.into(),
            time_zone: None,
            language: None,
        })
        .await
        .0,
        200
    );
}
