//! Passwords nobody may choose (`shared/SECURITY.md` 34): refused by the server at sign-up,
//! reset and change with the reason next to the field, nothing changed at Cognito; and the
//! optional breached-password range check against a range API on loopback.
use std::sync::{Arc, Mutex};

use crate::common::{PASSWORD, TestApp, access_token, change_password};
use app::{
    backend::password_check::sha1_hex,
    error::{AppError, Field},
    functions::auth::{ForgotPassword, ResetPassword},
    model::MailPurpose,
};
use axum::{extract::Path, http::HeaderMap, routing::get};

/// The field a refusal names and what it says, in English.
fn refusal<T: std::fmt::Debug>(answer: (u16, Result<T, AppError>)) -> (u16, Field, String) {
    match answer {
        (status, Err(AppError::Invalid { field, message })) => (status, field, message),
        other => panic!("expected a refused password, got {other:?}"),
    }
}

#[tokio::test]
async fn common_and_personal_passwords_are_refused_at_sign_up_and_no_account_is_made() {
    let app = TestApp::start().await;
    let users = app.cognito_users().await;

    let (status, field, message) = refusal(app.sign_up("ada@example.com", "password123", "Ada Lovelace").await);
    assert_eq!((status, field), (400, Field::Password));
    assert!(message.contains("most common"), "{message}");

    let (status, field, message) = refusal(app.sign_up("ada@example.com", "ada@example.com", "Ada Lovelace").await);
    assert_eq!((status, field), (400, Field::Password));
    assert!(message.contains("your email or name"), "{message}");
    let (_, _, message) = refusal(app.sign_up("ada@example.com", "adalovelace", "Ada Lovelace").await);
    assert!(message.contains("your email or name"), "{message}");

    let (_, _, message) = refusal(app.sign_up("ada@example.com", "qwertyuiop", "Ada Lovelace").await);
    assert!(
        message.contains("most common") || message.contains("easy to guess"),
        "{message}"
    );

    assert_eq!(app.cognito_users().await, users, "no account was made");
    assert_eq!(app.sign_up("ada@example.com", PASSWORD, "Ada Lovelace").await.0, 200);
}

#[tokio::test]
async fn a_reset_to_a_common_password_is_refused_and_the_code_still_works() {
    let app = TestApp::start().await;
    app.confirmed_account("reset@example.com", "Reset").await;
    let sent = app
        .call(ForgotPassword {
            email: "reset@example.com".into(),
        })
        .await;
    assert_eq!(sent.0, 200, "{sent:?}");
    let code = app.code("reset@example.com", MailPurpose::PasswordReset).await;
    let reset = |new_password: &str| ResetPassword {
        email: "reset@example.com".into(),
        code: code.as_str().into(),
        new_password: new_password.into(),
    };

    let (status, field, message) = refusal(app.call(reset("password123")).await);
    assert_eq!((status, field), (400, Field::NewPassword));
    assert!(message.contains("most common"), "{message}");
    let (_, field, message) = refusal(app.call(reset("reset@example.com")).await);
    assert_eq!(field, Field::NewPassword);
    assert!(message.contains("your email or name"), "{message}");
    assert_eq!(
        app.sign_in("reset@example.com", PASSWORD).await.0,
        200,
        "the old password stands"
    );

    assert_eq!(
        app.call(reset("a brand new passphrase")).await.0,
        200,
        "the code was not spent"
    );
    assert_eq!(app.sign_in("reset@example.com", "a brand new passphrase").await.0, 200);
}

#[tokio::test]
async fn a_change_to_a_common_or_personal_password_is_refused_and_the_session_stands() {
    let app = TestApp::start().await;
    let here = app.confirmed_account("grace.hopper@example.com", "Grace Hopper").await;
    let token = access_token(&here);

    for (new, reason) in [("password123", "most common"), ("GraceHopper1", "your email or name")] {
        let (status, field, message) = refusal(app.call(change_password(&token, PASSWORD, new)).await);
        assert_eq!((status, field), (400, Field::NewPassword), "{new}");
        assert!(message.contains(reason), "{new}: {message}");
    }
    assert_eq!(app.profile_status(&token).await, 200, "the session stands");
    assert_eq!(app.sign_in("grace.hopper@example.com", PASSWORD).await.0, 200);
    assert_eq!(app.sign_in("grace.hopper@example.com", "password123").await.0, 401);
}

/// A range API on loopback that lists `breached` (with a padding line) and records each request's
/// path and `Add-Padding` header.
async fn fake_range_api(breached: &'static str) -> (String, Arc<Mutex<Vec<(String, Option<String>)>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    let router = axum::Router::new().route(
        "/range/{prefix}",
        get(move |Path(prefix): Path<String>, headers: HeaderMap| {
            let record = record.clone();
            async move {
                let padding = headers
                    .get("add-padding")
                    .and_then(|value| value.to_str().ok())
                    .map(String::from);
                record.lock().unwrap().push((prefix.clone(), padding));
                let hash = sha1_hex(breached);
                let mut body = String::from("0000000000000000000000000000000000A:0\r\n");
                if hash.starts_with(&prefix) {
                    body.push_str(&format!("{}:42\r\n", &hash[5..]));
                }
                body
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (format!("http://{address}/range/"), seen)
}

#[tokio::test]
async fn a_password_the_range_api_lists_is_refused_sending_only_the_hash_prefix() {
    // Strong by every local measure, but "breached".
    let breached = "violet kettle mirrors 42";
    let (url, seen) = fake_range_api(breached).await;
    let app = TestApp::start_with(|settings| settings.breached_passwords_range = Some(url)).await;

    let (status, field, message) = refusal(app.sign_up("ada@example.com", breached, "Ada").await);
    assert_eq!((status, field), (400, Field::Password));
    assert!(message.contains("data breach"), "{message}");
    assert_eq!(
        seen.lock().unwrap().as_slice(),
        [(sha1_hex(breached)[..5].to_string(), Some("true".to_string()))],
        "only the first five hex digits of the SHA-1 left the server, padding asked for"
    );

    assert_eq!(
        app.sign_up("ada@example.com", PASSWORD, "Ada").await.0,
        200,
        "not listed"
    );
}

#[tokio::test]
async fn an_unreachable_range_api_lets_a_strong_password_through() {
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let url = format!("http://{closed}/range/");
    let app = TestApp::start_with(|settings| settings.breached_passwords_range = Some(url)).await;
    assert_eq!(app.sign_up("ada@example.com", PASSWORD, "Ada").await.0, 200);
    // The local checks still hold without it.
    assert_eq!(app.sign_up("bob@example.com", "password123", "Bob").await.0, 400);
}
