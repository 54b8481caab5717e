//! The sign-in flows through the real router and server functions, against the embedded
//! Cognito: every flow, and every error a person can meet on the way.

use crate::common::{PASSWORD, TestApp, invalid_field, local_settings, newest_code};
use app::{
    backend::config::RateLimits,
    error::{AppError, Field},
    functions::{
        auth::{
            ConfirmSignUp, CurrentAccount, ForgotPassword, RefreshSession, ResendCode, ResetPassword, SignIn, SignOut,
        },
        profile::GetProfile,
    },
    model::{Account, MailPurpose},
};
use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use server::Services;

#[tokio::test]
async fn sign_up_verify_and_sign_in_yield_a_verified_session() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("ada@example.com", "Ada").await;
    assert_eq!(signed_in.email, "ada@example.com");
    assert_eq!(signed_in.display_name, "Ada");

    let account = app
        .call(CurrentAccount {
            access_token: signed_in.tokens.access_token.into(),
        })
        .await;
    assert_eq!(
        account,
        (
            200,
            Ok(Account {
                email: "ada@example.com".into(),
                display_name: "Ada".into()
            })
        )
    );
}

#[tokio::test]
async fn emails_are_trimmed_and_lower_cased_on_every_call() {
    let app = TestApp::start().await;
    app.confirmed_account("mixed@example.com", "Mixed").await;
    let (status, _) = app.sign_in("  MIXED@Example.com ", PASSWORD).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn signing_up_with_a_taken_email_answers_like_a_new_sign_up() {
    let app = TestApp::start().await;
    app.confirmed_account("taken@example.com", "Taken").await;
    let fresh = app.sign_up("new@example.com", PASSWORD, "N").await;
    let taken = app.sign_up("taken@example.com", PASSWORD, "T").await;
    assert_eq!(fresh, taken);
}

#[tokio::test]
async fn an_unconfirmed_sign_up_repeated_gets_a_fresh_code() {
    let app = TestApp::start().await;
    assert_eq!(app.sign_up("again@example.com", PASSWORD, "A").await, (200, Ok(())));
    let first = app.code("again@example.com", MailPurpose::SignUp).await;
    assert_eq!(app.sign_up("again@example.com", PASSWORD, "A").await, (200, Ok(())));
    let resent = app.code("again@example.com", MailPurpose::Resend).await;
    assert_ne!(resent, first);
}

#[tokio::test]
async fn an_address_someone_else_signed_up_first_ends_with_its_owners_password() {
    let app = TestApp::start().await;
    let email = "owner@example.com";
    let squatters = "the squatter's own password";
    assert_eq!(app.sign_up(email, squatters, "Owner").await.0, 200);
    // The owner signs up too, and confirms with the code only they receive and the password
    // they typed, still at hand in their tab.
    assert_eq!(app.sign_up(email, PASSWORD, "Owner").await.0, 200);
    let code = app.code(email, MailPurpose::Resend).await;
    let (status, signed_in) = app
        .call(ConfirmSignUp {
            email: email.into(),
            code: code.into(),
            password: Some(PASSWORD.into()),
            time_zone: None,
            language: None,
        })
        .await;
    assert_eq!(status, 200, "{signed_in:?}");
    let signed_in = signed_in.unwrap().expect("the owner is signed in");
    assert_eq!(signed_in.email, email);

    assert_eq!(app.sign_in(email, squatters).await.0, 401);
    assert_eq!(app.sign_in(email, PASSWORD).await.0, 200);
}

#[tokio::test]
async fn wrong_password_and_unknown_user_are_indistinguishable() {
    let app = TestApp::start().await;
    app.confirmed_account("known@example.com", "Known").await;
    let wrong = app.sign_in("known@example.com", "wrong password").await;
    let unknown = app.sign_in("nobody@example.com", "wrong password").await;
    assert_eq!(wrong, unknown);
    assert_eq!(wrong, (401, Err(AppError::WrongCredentials)));
}

#[tokio::test]
async fn an_unconfirmed_account_is_told_so_and_sent_a_new_code() {
    let app = TestApp::start().await;
    assert_eq!(app.sign_up("pending@example.com", PASSWORD, "P").await, (200, Ok(())));
    let first = app.code("pending@example.com", MailPurpose::SignUp).await;
    assert_eq!(
        app.sign_in("pending@example.com", PASSWORD).await,
        (403, Err(AppError::NotConfirmed))
    );
    let resent = app.code("pending@example.com", MailPurpose::Resend).await;
    assert_ne!(resent, first, "a new code was sent");
}

#[tokio::test]
async fn a_wrong_code_is_refused_and_a_resent_code_works() {
    let app = TestApp::start().await;
    assert_eq!(app.sign_up("code@example.com", PASSWORD, "C").await, (200, Ok(())));
    assert_eq!(
        app.confirm("code@example.com", "123456").await,
        (400, Err(AppError::WrongCode))
    );

    let resend = ResendCode {
        email: "code@example.com".into(),
    };
    assert_eq!(app.call(resend).await.0, 200);
    let code = app.code("code@example.com", MailPurpose::Resend).await;
    assert_eq!(app.confirm("code@example.com", &code).await.0, 200);
    // A used code cannot be used again.
    assert_eq!(app.confirm("code@example.com", &code).await.0, 400);
}

/// Ages every sign-up code in the state file of a stopped local Cognito past its expiry, as if
/// the day Cognito keeps them had gone by.
async fn expire_sign_up_codes(dir: &std::path::Path) {
    use cognitox::{config::StorageConfig, storage::Storage, types::UserPoolId};
    let storage = Storage::with_config(StorageConfig::persistent(dir.join("cognito.json"))).unwrap();
    let pool = UserPoolId::new(server::local::USER_POOL_ID).unwrap();
    for user in storage.list_users(&pool).await {
        if let Some(mut code) = storage.get_confirmation_code(&user.id).await {
            code.expires_at = chrono::Utc::now() - chrono::Duration::minutes(1);
            storage.save_confirmation_code(code).await;
        }
    }
    storage.flush_persistence().await.unwrap();
}

#[tokio::test]
async fn an_expired_code_gets_the_wrong_code_answer_and_a_new_code_works() {
    let dir = tempfile::tempdir().unwrap();
    let (email, witness) = ("late@example.com", "witness@example.com");
    let mut backend = Services::connect(&local_settings(dir.path())).await.unwrap();
    let mut codes = Vec::new();
    for address in [email, witness] {
        backend
            .user_pool
            .sign_up(address, PASSWORD, "Late", "en")
            .await
            .unwrap();
        codes.push(newest_code(&backend, address, MailPurpose::SignUp).await);
    }
    let local = backend.local.take().expect("local mode");
    drop(backend);
    local.shutdown().await.unwrap();
    expire_sign_up_codes(dir.path()).await;
    let app = TestApp::serve(Services::connect(&local_settings(dir.path())).await.unwrap(), dir).await;

    // Cognito itself calls the aged code expired (this spends the witness's code).
    let cognito = app
        .backend
        .user_pool
        .sdk()
        .confirm_sign_up()
        .client_id(server::local::CLIENT_ID)
        .username(witness)
        .set_secret_hash(app.backend.user_pool.secret_hash(witness))
        .confirmation_code(&codes[1])
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        cognito.as_service_error().and_then(|e| e.code()),
        Some("ExpiredCodeException")
    );

    let expired = app.confirm(email, &codes[0]).await;
    assert_eq!(expired, (400, Err(AppError::WrongCode)));
    // Word for word what a wrong code gets, which points to "Send a new code".
    assert_eq!(app.sign_up("prompt@example.com", PASSWORD, "Prompt").await.0, 200);
    let live = app.code("prompt@example.com", MailPurpose::SignUp).await;
    let wrong = if live == "000000" { "111111" } else { "000000" };
    assert_eq!(app.confirm("prompt@example.com", wrong).await, expired);

    let resend = ResendCode { email: email.into() };
    assert_eq!(app.call(resend).await, (200, Ok(())));
    let fresh = app.code(email, MailPurpose::Resend).await;
    assert_eq!(app.confirm(email, &fresh).await, (200, Ok(None)));
    assert_eq!(app.sign_in(email, PASSWORD).await.0, 200);
}

#[tokio::test]
async fn a_password_with_outer_spaces_signs_in_only_exactly_as_typed() {
    // Many tries at one address: the app's own per-address limit is not under test here.
    let app = TestApp::start_with(|settings| settings.rate_limits = RateLimits::off()).await;
    let email = "spaced@example.com";
    let typed = "  spaced password  ";
    assert_eq!(app.sign_up(email, typed, "Spaced").await, (200, Ok(())));
    let code = app.code(email, MailPurpose::SignUp).await;
    assert_eq!(app.confirm(email, &code).await, (200, Ok(None)));

    assert_eq!(app.sign_in(email, typed).await.0, 200);
    for variant in [
        "spaced password",
        "  spaced password",
        "spaced password  ",
        " spaced password ",
        "  spaced  password  ",
    ] {
        let refused = app.sign_in(email, variant).await;
        assert_eq!(refused, (401, Err(AppError::WrongCredentials)), "{variant:?}");
        // Signing in as typed in between keeps Cognito's lockout out of the picture.
        assert_eq!(app.sign_in(email, typed).await.0, 200, "after {variant:?}");
    }
}

#[tokio::test]
async fn resending_to_an_unknown_address_looks_like_success() {
    let app = TestApp::start().await;
    let resend = ResendCode {
        email: "ghost@example.com".into(),
    };
    assert_eq!(app.call(resend).await, (200, Ok(())));
}

#[tokio::test]
async fn a_password_reset_replaces_the_old_password_and_ends_every_earlier_session() {
    let app = TestApp::start().await;
    let before = app.confirmed_account("reset@example.com", "Reset").await;
    let forgot = |email: &str| ForgotPassword { email: email.into() };
    let known = app.call(forgot("reset@example.com")).await;
    let unknown = app.call(forgot("ghost@example.com")).await;
    assert_eq!(known, unknown);

    let code = app.code("reset@example.com", MailPurpose::PasswordReset).await;
    let new_password = "a brand new passphrase";
    let reset = |code: &str| ResetPassword {
        email: "reset@example.com".into(),
        code: code.into(),
        new_password: new_password.into(),
    };
    assert_eq!(app.call(reset("ABCD-EFGH")).await, (400, Err(AppError::WrongCode)));
    assert_eq!(app.call(reset(&code)).await.0, 200);

    // Whoever held a session from before the reset holds nothing now.
    let profile = app
        .call(GetProfile {
            access_token: before.tokens.access_token.clone().into(),
        })
        .await;
    assert_eq!(profile.0, 401, "{profile:?}");
    let refreshed = app
        .call(RefreshSession {
            refresh_token: before.tokens.refresh_token.clone().unwrap().into(),
            username: before.username.clone(),
        })
        .await;
    assert_eq!(refreshed.0, 401, "{refreshed:?}");

    assert_eq!(app.sign_in("reset@example.com", PASSWORD).await.0, 401);
    assert_eq!(app.sign_in("reset@example.com", new_password).await.0, 200);
}

#[tokio::test]
async fn refresh_renews_the_access_token_until_sign_out_revokes_it() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("refresh@example.com", "R").await;
    let refresh_token = signed_in.tokens.refresh_token.clone().unwrap();
    let refresh = |token: &str| RefreshSession {
        refresh_token: token.into(),
        username: signed_in.username.clone(),
    };

    let (status, tokens) = app.call(refresh(&refresh_token)).await;
    assert_eq!(status, 200, "{tokens:?}");
    let tokens = tokens.unwrap();
    let renewed = tokens.access_token;
    let rotated = tokens.refresh_token.expect("a rotated refresh token");
    assert_eq!(app.call(current(&renewed)).await.0, 200);
    let other_device = app.sign_in("refresh@example.com", PASSWORD).await.1.unwrap();

    let sign_out = SignOut {
        access_token: renewed.clone().into(),
        refresh_token: rotated.clone().into(),
    };
    assert_eq!(app.call(sign_out).await.0, 200);
    assert_eq!(app.call(refresh(&rotated)).await, (401, Err(AppError::SessionExpired)));
    // Both access tokens of the session, the first and the renewed one, are refused; the other
    // device's session goes on.
    for token in [&signed_in.tokens.access_token, &renewed] {
        assert_eq!(app.call(current(token)).await, (401, Err(AppError::SessionExpired)));
    }
    assert_eq!(app.call(current(&other_device.tokens.access_token)).await.0, 200);
}

fn current(access_token: &str) -> CurrentAccount {
    CurrentAccount {
        access_token: access_token.into(),
    }
}

#[tokio::test]
async fn only_a_verified_access_token_opens_the_account() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("token@example.com", "T").await;
    let id_token = signed_in.tokens.id_token.as_str();
    let access = signed_in.tokens.access_token.as_str();
    let mut forged = access.to_string();
    forged.pop();
    forged.push(if access.ends_with('A') { 'B' } else { 'A' });
    for token in [id_token, forged.as_str(), "", "not-a-token"] {
        assert_eq!(
            app.call(CurrentAccount {
                access_token: token.into()
            })
            .await,
            (401, Err(AppError::SessionExpired))
        );
    }
}

#[tokio::test]
async fn server_side_validation_holds_without_the_browser() {
    let app = TestApp::start().await;
    let refused = app.sign_up("nope", PASSWORD, "N").await;
    assert_eq!(refused.0, 400);
    assert_eq!(invalid_field(&refused), Some(Field::Email), "{refused:?}");
    let refused = app.sign_up("short@example.com", "short", "N").await;
    assert_eq!(refused.0, 400);
    assert_eq!(invalid_field(&refused), Some(Field::Password), "{refused:?}");
    let refused = app.confirm("a@example.com", "<script>").await;
    assert_eq!(refused.0, 400);
    assert_eq!(invalid_field(&refused), Some(Field::Code), "{refused:?}");
}

#[tokio::test]
async fn an_unreachable_cognito_says_so_instead_of_failing() {
    let app = TestApp::start().await;
    // Stop the emulators: every call now meets a closed port.
    let mut backend = app.backend;
    backend.local.take().unwrap().shutdown().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let app = TestApp::serve(backend, dir).await;
    assert_eq!(
        app.sign_in("a@example.com", PASSWORD).await,
        (503, Err(AppError::Unavailable))
    );
}

#[tokio::test]
async fn server_functions_refuse_anything_but_json() {
    let app = TestApp::start().await;
    app.confirmed_account("forms@example.com", "Forms").await;
    // What a form on another site can send: plain text shaped like JSON, or a url-encoded form.
    let body = r#"{"email":"forms@example.com","password":"correct horse battery staple","x":"="}"#;
    for (content_type, body) in [
        ("text/plain", body),
        (
            "application/x-www-form-urlencoded",
            "email=forms%40example.com&password=x",
        ),
    ] {
        let response = app.post_as::<SignIn>(content_type, body).await;
        assert_eq!(response.status().as_u16(), 415, "{content_type}");
        assert_eq!(response.text().await.unwrap(), r#""Unreadable""#);
    }

    let response = app
        .post_as::<SignIn>("application/json; charset=utf-8", &body.replace(r#","x":"=""#, ""))
        .await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "no-store",
        "tokens are never cached"
    );
}

#[tokio::test]
async fn every_answer_forbids_framing_sniffing_and_referrers_and_pages_name_their_scripts() {
    let app = TestApp::start().await;
    let page = app.get("/login").await;
    let missing = app.get("/no-such-page").await;
    let file = app.get("/pkg/doorway.css").await;
    let function = app.post_as::<SignIn>("application/json", "{}").await;
    assert_eq!(page.status().as_u16(), 200);
    assert_eq!(missing.status().as_u16(), 404);
    // Pages run only the scripts that carry this response's nonce.
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_string();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap();
    assert!(csp.contains("'strict-dynamic' 'wasm-unsafe-eval'"), "{csp}");
    let html = app.get("/login").await.text().await.unwrap();
    assert!(!html.contains(nonce), "a fresh nonce for every response");
    for response in [page, missing, file, function] {
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{} {csp}", response.url());
        assert_eq!(headers["x-frame-options"], "DENY");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
    }
}

#[tokio::test]
async fn a_sign_out_record_is_kept_only_while_its_tokens_live() {
    use aws_sdk_dynamodb::types::AttributeValue;

    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("records@example.com", "Records").await;
    let sub = app.sub(&signed_in.tokens.access_token).await;
    let profiles = &app.backend.profiles;
    // A session signed out long ago: its tokens expired at the epoch's first second.
    profiles
        .sdk()
        .update_item()
        .table_name(&profiles.table)
        .key("sub", AttributeValue::S(sub))
        .update_expression("ADD ended_sessions :old")
        .expression_attribute_values(":old", AttributeValue::Ss(vec!["1/long-ago".into()]))
        .send()
        .await
        .unwrap();

    let sign_out = SignOut {
        access_token: signed_in.tokens.access_token.as_str().into(),
        refresh_token: signed_in.tokens.refresh_token.clone().unwrap().into(),
    };
    assert_eq!(app.call(sign_out).await.0, 200);
    let items = app.profile_items().await;
    let ended = items[0]["ended_sessions"].as_ss().unwrap();
    assert_eq!(ended.len(), 1, "{ended:?}");
    assert!(!ended[0].ends_with("/long-ago"), "{ended:?}");
}
