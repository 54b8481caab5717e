//! Account settings through the real server functions against the embedded emulators: each
//! action, each way it can fail, and the sessions it ends.
use app::{error::AppError, functions::mailbox::MailPurpose};
use serde_json::{Value, json};

use crate::common::{PASSWORD, TestApp, access_token};

const NEW_PASSWORD: &str = "a brand new passphrase";

async fn refresh(app: &TestApp, signed_in: &Value) -> u16 {
    app.call(
        "refresh_session",
        json!({"refresh_token": signed_in["tokens"]["refresh_token"], "username": signed_in["username"]}),
    )
    .await
    .0
}

async fn profile_status(app: &TestApp, token: &str) -> u16 {
    app.call("get_profile", json!({"access_token": token})).await.0
}

#[tokio::test]
async fn changing_the_password_ends_every_other_session_and_only_the_new_one_signs_in() {
    let app = TestApp::start().await;
    let here = app.confirmed_account("change@example.com", "Change").await;
    let (_, elsewhere) = app.sign_in("change@example.com", PASSWORD).await;
    let token = access_token(&here);

    let attempt =
        |current: &str, new: &str| json!({"access_token": token, "current_password": current, "new_password": new});
    let (status, error) = app
        .call("change_password", attempt("not my password", NEW_PASSWORD))
        .await;
    assert_eq!(status, 400);
    assert_eq!(error["Invalid"]["field"], "CurrentPassword", "{error}");
    let (status, error) = app.call("change_password", attempt(PASSWORD, "short")).await;
    assert_eq!(status, 400);
    assert_eq!(error["Invalid"]["field"], "NewPassword", "{error}");
    assert_eq!(
        app.sign_in("change@example.com", PASSWORD).await.0,
        200,
        "failures changed nothing"
    );

    let (status, renewed) = app.call("change_password", attempt(PASSWORD, NEW_PASSWORD)).await;
    assert_eq!(status, 200, "{renewed}");
    // This tab carries on with fresh tokens; every earlier session has ended, on our server too.
    assert_eq!(profile_status(&app, &access_token(&renewed)).await, 200);
    assert_eq!(profile_status(&app, &token).await, 401);
    assert_eq!(profile_status(&app, &access_token(&elsewhere)).await, 401);
    assert_eq!(refresh(&app, &elsewhere).await, 401);

    assert_eq!(app.sign_in("change@example.com", PASSWORD).await.0, 401);
    assert_eq!(app.sign_in("change@example.com", NEW_PASSWORD).await.0, 200);
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session() {
    let app = TestApp::start().await;
    let first = app.confirmed_account("everywhere@example.com", "Everywhere").await;
    let (_, second) = app.sign_in("everywhere@example.com", PASSWORD).await;

    let state = app.state();
    assert!(state.authenticate(&access_token(&second)).await.is_ok());
    let (status, answer) = app
        .call("sign_out_everywhere", json!({"access_token": access_token(&first)}))
        .await;
    assert_eq!(status, 200, "{answer}");
    // Our own record refuses the old tokens, whatever Cognito says.
    for session in [&first, &second] {
        let refused = state.authenticate(&access_token(session)).await.unwrap_err();
        assert_eq!(refused, app::error::AppError::SessionExpired);
    }
    for session in [&first, &second] {
        assert_eq!(profile_status(&app, &access_token(session)).await, 401);
        assert_eq!(
            app.call("current_account", json!({"access_token": access_token(session)}))
                .await
                .0,
            401
        );
        assert_eq!(refresh(&app, session).await, 401);
    }
    // Signing in again straight away works.
    let (status, again) = app.sign_in("everywhere@example.com", PASSWORD).await;
    assert_eq!(status, 200);
    assert_eq!(profile_status(&app, &access_token(&again)).await, 200);
}

#[tokio::test]
async fn changing_the_email_takes_the_password_and_the_code_sent_to_the_new_address() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("old@example.com", "Mover").await);
    let change =
        |email: &str, password: &str| json!({"access_token": token, "new_email": email, "current_password": password});

    let (status, error) = app
        .call("change_email", change("new@example.com", "wrong password"))
        .await;
    assert_eq!(status, 400);
    assert_eq!(error["Invalid"]["field"], "CurrentPassword", "{error}");
    let (status, error) = app.call("change_email", change("not an email", PASSWORD)).await;
    assert_eq!(status, 400);
    assert_eq!(error["Invalid"]["field"], "Email", "{error}");
    let (status, error) = app.call("change_email", change("OLD@example.com", PASSWORD)).await;
    assert_eq!(status, 400, "{error}");

    let (status, pending) = app.call("change_email", change(" New@Example.com ", PASSWORD)).await;
    assert_eq!(status, 200, "{pending}");
    assert_eq!(pending["pending"], "new@example.com");
    let (_, profile) = app.call("get_profile", json!({"access_token": token})).await;
    assert_eq!(
        profile["email"]["pending"], "new@example.com",
        "the page can say a change waits"
    );

    let (status, error) = app
        .call(
            "confirm_email_change",
            json!({"access_token": token, "code": "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"}),
        )
        .await;
    assert_eq!((status, error), (400, json!("WrongCode")));

    let code = app.code("new@example.com", MailPurpose::EmailChange).await;
    let (status, done) = app
        .call("confirm_email_change", json!({"access_token": token, "code": code}))
        .await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(
        done,
        json!({"email": "new@example.com", "verified": true, "pending": null})
    );
    let (_, profile) = app.call("get_profile", json!({"access_token": token})).await;
    assert_eq!(profile["email"], done, "the change is settled");
    let (_, account) = app.call("current_account", json!({"access_token": token})).await;
    assert_eq!(account["email"], "new@example.com");
    // Which address signs in afterwards is the user pool's rule (Cognito: the new one; the
    // embedded emulator keeps the first), so it is not asserted here. Changes that need the
    // password keep working either way.
    let (status, renewed) = app
        .call(
            "change_password",
            json!({"access_token": token, "current_password": PASSWORD, "new_password": NEW_PASSWORD}),
        )
        .await;
    assert_eq!(status, 200, "{renewed}");
    assert_eq!(renewed["email"], "new@example.com");
}

#[tokio::test]
async fn deleting_the_account_needs_the_password_and_the_word_and_leaves_nothing() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("leaving@example.com", "Leaving").await;
    let token = access_token(&signed_in);
    let delete = |password: &str, confirmation: &str| json!({"access_token": token, "current_password": password, "confirmation": confirmation});

    let (status, error) = app.call("delete_account", delete(PASSWORD, "yes please")).await;
    assert_eq!(status, 400);
    assert_eq!(error["Invalid"]["field"], "Confirmation", "{error}");
    let (status, error) = app.call("delete_account", delete("wrong password", "DELETE")).await;
    assert_eq!(status, 400);
    assert_eq!(error["Invalid"]["field"], "CurrentPassword", "{error}");
    assert_eq!(
        profile_status(&app, &token).await,
        200,
        "failed attempts change nothing"
    );

    let (status, answer) = app.call("delete_account", delete(PASSWORD, "delete")).await;
    assert_eq!(status, 200, "{answer}");
    assert!(
        app.state().authenticate(&token).await.is_err(),
        "our server refuses the token too"
    );

    assert!(app.profile_items().await.is_empty(), "no profile item left");
    let users = app
        .backend
        .user_pool
        .sdk()
        .list_users()
        .user_pool_id(&app.backend.user_pool.pool_id)
        .send()
        .await
        .unwrap();
    assert!(users.users().is_empty(), "no Cognito user left");
    assert_eq!(profile_status(&app, &token).await, 401);
    assert_eq!(refresh(&app, &signed_in).await, 401);
    assert_eq!(app.sign_in("leaving@example.com", PASSWORD).await.0, 401);

    // The address is free again.
    let again = app.confirmed_account("leaving@example.com", "Back again").await;
    let (_, profile) = app
        .call("get_profile", json!({"access_token": access_token(&again)}))
        .await;
    assert_eq!(profile["fields"]["display_name"], "Back again");
    assert_eq!(profile["version"], 1);
}

#[tokio::test]
async fn a_sign_in_accepted_just_before_the_account_was_deleted_leaves_no_profile() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("racing@example.com", "Racing").await;
    let state = app.state();
    // Cognito accepts a sign-in on one device; the account is deleted on another before our
    // server has written the profile for that sign-in.
    let tokens = state.user_pool.sign_in("racing@example.com", PASSWORD).await.unwrap();
    let delete =
        json!({"access_token": access_token(&signed_in), "current_password": PASSWORD, "confirmation": "DELETE"});
    assert_eq!(app.call("delete_account", delete).await.0, 200);

    let opened = app::functions::auth::open_session(&state, tokens, (None, None)).await;
    assert!(matches!(opened, Err(AppError::WrongCredentials)), "{:?}", opened.err());
    assert!(app.profile_items().await.is_empty(), "no profile outlives its user");
}

#[tokio::test]
async fn settings_refuse_a_missing_or_forged_token() {
    let app = TestApp::start().await;
    for (function, body) in [
        (
            "change_password",
            json!({"access_token": "x", "current_password": PASSWORD, "new_password": NEW_PASSWORD}),
        ),
        (
            "change_email",
            json!({"access_token": "x", "new_email": "a@example.com", "current_password": PASSWORD}),
        ),
        ("confirm_email_change", json!({"access_token": "x", "code": "123456"})),
        ("resend_email_code", json!({"access_token": "x"})),
        ("sign_out_everywhere", json!({"access_token": "x"})),
        (
            "delete_account",
            json!({"access_token": "x", "current_password": PASSWORD, "confirmation": "DELETE"}),
        ),
    ] {
        let (status, error) = app.call(function, body).await;
        assert_eq!(status, 401, "{function}: {error}");
    }
}
