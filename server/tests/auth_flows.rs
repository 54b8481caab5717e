//! The sign-in flows through the real router and server functions, against the embedded
//! Cognito: every flow, and every error a person can meet on the way.

use crate::common::{PASSWORD, TestApp};
use app::functions::mailbox::MailPurpose;
use serde_json::json;

#[tokio::test]
async fn sign_up_verify_and_sign_in_yield_a_verified_session() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("ada@example.com", "Ada").await;
    assert_eq!(signed_in["email"], "ada@example.com");
    assert_eq!(signed_in["display_name"], "Ada");
    let access = signed_in["tokens"]["access_token"].as_str().unwrap();

    let (status, account) = app.call("current_account", json!({"access_token": access})).await;
    assert_eq!(status, 200, "{account}");
    assert_eq!(account, json!({"email": "ada@example.com", "display_name": "Ada"}));
}

#[tokio::test]
async fn emails_are_trimmed_and_lower_cased_on_every_call() {
    let app = TestApp::start().await;
    app.confirmed_account("mixed@example.com", "Mixed").await;
    let (status, _) = app
        .call(
            "sign_in",
            json!({"email": "  MIXED@Example.com ", "password": PASSWORD}),
        )
        .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn signing_up_with_a_taken_email_answers_like_a_new_sign_up() {
    let app = TestApp::start().await;
    app.confirmed_account("taken@example.com", "Taken").await;
    let fresh = app
        .call(
            "sign_up",
            json!({"email": "new@example.com", "password": PASSWORD, "display_name": "N"}),
        )
        .await;
    let taken = app
        .call(
            "sign_up",
            json!({"email": "taken@example.com", "password": PASSWORD, "display_name": "T"}),
        )
        .await;
    assert_eq!(fresh, taken);
}

#[tokio::test]
async fn an_unconfirmed_sign_up_repeated_gets_a_fresh_code() {
    let app = TestApp::start().await;
    let body = json!({"email": "again@example.com", "password": PASSWORD, "display_name": "A"});
    app.call("sign_up", body.clone()).await;
    let first = app.code("again@example.com", MailPurpose::SignUp).await;
    app.call("sign_up", body).await;
    let resent = app.code("again@example.com", MailPurpose::Resend).await;
    assert_ne!(resent, first);
}

#[tokio::test]
async fn an_address_someone_else_signed_up_first_ends_with_its_owners_password() {
    let app = TestApp::start().await;
    let email = "owner@example.com";
    let squatters = "the squatter's own password";
    let sign_up = |password: &str| json!({"email": email, "password": password, "display_name": "Owner"});
    assert_eq!(app.call("sign_up", sign_up(squatters)).await.0, 200);
    // The owner signs up too, and confirms with the code only they receive and the password
    // they typed, still at hand in their tab.
    assert_eq!(app.call("sign_up", sign_up(PASSWORD)).await.0, 200);
    let code = app.code(email, MailPurpose::Resend).await;
    let (status, signed_in) = app
        .call(
            "confirm_sign_up",
            json!({"email": email, "code": code, "password": PASSWORD}),
        )
        .await;
    assert_eq!(status, 200, "{signed_in}");
    assert_eq!(signed_in["email"], email, "the owner is signed in: {signed_in}");

    assert_eq!(app.sign_in(email, squatters).await.0, 401);
    assert_eq!(app.sign_in(email, PASSWORD).await.0, 200);
}

#[tokio::test]
async fn wrong_password_and_unknown_user_are_indistinguishable() {
    let app = TestApp::start().await;
    app.confirmed_account("known@example.com", "Known").await;
    let wrong = app
        .call(
            "sign_in",
            json!({"email": "known@example.com", "password": "wrong password"}),
        )
        .await;
    let unknown = app
        .call(
            "sign_in",
            json!({"email": "nobody@example.com", "password": "wrong password"}),
        )
        .await;
    assert_eq!(wrong, unknown);
    assert_eq!(wrong, (401, json!("WrongCredentials")));
}

#[tokio::test]
async fn an_unconfirmed_account_is_told_so_and_sent_a_new_code() {
    let app = TestApp::start().await;
    let body = json!({"email": "pending@example.com", "password": PASSWORD, "display_name": "P"});
    app.call("sign_up", body).await;
    let (status, error) = app
        .call("sign_in", json!({"email": "pending@example.com", "password": PASSWORD}))
        .await;
    assert_eq!((status, error), (403, json!("NotConfirmed")));
    let messages = app.backend.mailbox.as_ref().unwrap().messages().await;
    assert_eq!(messages[0].purpose, MailPurpose::Resend);
}

#[tokio::test]
async fn a_wrong_code_is_refused_and_a_resent_code_works() {
    let app = TestApp::start().await;
    app.call(
        "sign_up",
        json!({"email": "code@example.com", "password": PASSWORD, "display_name": "C"}),
    )
    .await;
    let (status, error) = app
        .call(
            "confirm_sign_up",
            json!({"email": "code@example.com", "code": "123456"}),
        )
        .await;
    assert_eq!((status, error), (400, json!("WrongCode")));

    assert_eq!(
        app.call("resend_code", json!({"email": "code@example.com"})).await.0,
        200
    );
    let code = app.code("code@example.com", MailPurpose::Resend).await;
    assert_eq!(
        app.call("confirm_sign_up", json!({"email": "code@example.com", "code": code}))
            .await
            .0,
        200
    );
    // A used code cannot be used again.
    let (status, _) = app
        .call("confirm_sign_up", json!({"email": "code@example.com", "code": code}))
        .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn resending_to_an_unknown_address_looks_like_success() {
    let app = TestApp::start().await;
    assert_eq!(
        app.call("resend_code", json!({"email": "ghost@example.com"})).await,
        (200, json!(null))
    );
}

#[tokio::test]
async fn a_password_reset_replaces_the_old_password_and_ends_every_earlier_session() {
    let app = TestApp::start().await;
    let before = app.confirmed_account("reset@example.com", "Reset").await;
    let known = app.call("forgot_password", json!({"email": "reset@example.com"})).await;
    let unknown = app.call("forgot_password", json!({"email": "ghost@example.com"})).await;
    assert_eq!(known, unknown);

    let code = app.code("reset@example.com", MailPurpose::PasswordReset).await;
    let new_password = "a brand new passphrase";
    let bad = app
        .call(
            "reset_password",
            json!({"email": "reset@example.com", "code": "ABCD-EFGH", "new_password": new_password}),
        )
        .await;
    assert_eq!(bad, (400, json!("WrongCode")));
    let (status, _) = app
        .call(
            "reset_password",
            json!({"email": "reset@example.com", "code": code, "new_password": new_password}),
        )
        .await;
    assert_eq!(status, 200);

    // Whoever held a session from before the reset holds nothing now.
    let profile = app
        .call("get_profile", json!({"access_token": before["tokens"]["access_token"]}))
        .await;
    assert_eq!(profile.0, 401, "{profile:?}");
    let refreshed = app
        .call(
            "refresh_session",
            json!({"refresh_token": before["tokens"]["refresh_token"], "username": before["username"]}),
        )
        .await;
    assert_eq!(refreshed.0, 401, "{refreshed:?}");

    assert_eq!(
        app.call("sign_in", json!({"email": "reset@example.com", "password": PASSWORD}))
            .await
            .0,
        401
    );
    assert_eq!(
        app.call(
            "sign_in",
            json!({"email": "reset@example.com", "password": new_password})
        )
        .await
        .0,
        200
    );
}

#[tokio::test]
async fn refresh_renews_the_access_token_until_sign_out_revokes_it() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("refresh@example.com", "R").await;
    let refresh = signed_in["tokens"]["refresh_token"].as_str().unwrap();
    let username = signed_in["username"].as_str().unwrap();

    let (status, tokens) = app
        .call(
            "refresh_session",
            json!({"refresh_token": refresh, "username": username}),
        )
        .await;
    assert_eq!(status, 200, "{tokens}");
    let renewed = tokens["access_token"].as_str().unwrap();
    assert_eq!(
        app.call("current_account", json!({"access_token": renewed})).await.0,
        200
    );

    assert_eq!(app.call("sign_out", json!({"refresh_token": refresh})).await.0, 200);
    let after = app
        .call(
            "refresh_session",
            json!({"refresh_token": refresh, "username": username}),
        )
        .await;
    assert_eq!(after, (401, json!("SessionExpired")));
}

#[tokio::test]
async fn only_a_verified_access_token_opens_the_account() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("token@example.com", "T").await;
    let id_token = signed_in["tokens"]["id_token"].as_str().unwrap();
    let access = signed_in["tokens"]["access_token"].as_str().unwrap();
    let mut forged = access.to_string();
    forged.pop();
    forged.push(if access.ends_with('A') { 'B' } else { 'A' });
    for token in [id_token, forged.as_str(), "", "not-a-token"] {
        assert_eq!(
            app.call("current_account", json!({"access_token": token})).await,
            (401, json!("SessionExpired"))
        );
    }
}

#[tokio::test]
async fn server_side_validation_holds_without_the_browser() {
    let app = TestApp::start().await;
    let (status, error) = app
        .call(
            "sign_up",
            json!({"email": "nope", "password": PASSWORD, "display_name": "N"}),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(error["Invalid"]["field"], "Email");
    let (status, error) = app
        .call(
            "sign_up",
            json!({"email": "short@example.com", "password": "short", "display_name": "N"}),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(error["Invalid"]["field"], "Password");
    let (status, error) = app
        .call("confirm_sign_up", json!({"email": "a@example.com", "code": "<script>"}))
        .await;
    assert_eq!(status, 400);
    assert_eq!(error["Invalid"]["field"], "Code");
}

#[tokio::test]
async fn an_unreachable_cognito_says_so_instead_of_failing() {
    let app = TestApp::start().await;
    // Stop the emulators: every call now meets a closed port.
    let mut backend = app.backend;
    backend.local.take().unwrap().shutdown().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let app = TestApp::serve(backend, dir).await;
    let (status, error) = app
        .call("sign_in", json!({"email": "a@example.com", "password": PASSWORD}))
        .await;
    assert_eq!((status, error), (503, json!("Unavailable")));
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
        let response = app.post_as("sign_in", content_type, body).await;
        assert_eq!(response.status().as_u16(), 415, "{content_type}");
        assert_eq!(response.text().await.unwrap(), r#""Unreadable""#);
    }

    let response = app
        .post_as(
            "sign_in",
            "application/json; charset=utf-8",
            &body.replace(r#","x":"=""#, ""),
        )
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
    let function = app.post_as("sign_in", "application/json", "{}").await;
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
