//! Account settings through the real server functions against the embedded emulators: each
//! action, each way it can fail, and the sessions it ends.
use app::{
    backend::user_pool::PasswordChecked,
    error::{AppError, Field},
    functions::{
        auth::CurrentAccount,
        profile::GetProfile,
        settings::{ConfirmEmailChange, ResendEmailCode, SignOutEverywhere},
    },
    model::{EmailStatus, MailPurpose},
};

use crate::common::{
    PASSWORD, TestApp, access_token, change_email, change_password, delete_account as delete, invalid_field,
};

const NEW_PASSWORD: &str = "a brand new passphrase";

#[tokio::test]
async fn changing_the_password_ends_every_other_session_and_only_the_new_one_signs_in() {
    let app = TestApp::start().await;
    let here = app.confirmed_account("change@example.com", "Change").await;
    let (_, elsewhere) = app.sign_in("change@example.com", PASSWORD).await;
    let elsewhere = elsewhere.unwrap();
    let token = access_token(&here);

    let attempt = |current: &str, new: &str| change_password(&token, current, new);
    let refused = app.call(attempt("not my password", NEW_PASSWORD)).await;
    assert_eq!(refused.0, 400);
    assert_eq!(invalid_field(&refused), Some(Field::CurrentPassword), "{refused:?}");
    let refused = app.call(attempt(PASSWORD, "short")).await;
    assert_eq!(refused.0, 400);
    assert_eq!(invalid_field(&refused), Some(Field::NewPassword), "{refused:?}");
    assert_eq!(
        app.sign_in("change@example.com", PASSWORD).await.0,
        200,
        "failures changed nothing"
    );

    let (status, renewed) = app.call(attempt(PASSWORD, NEW_PASSWORD)).await;
    assert_eq!(status, 200, "{renewed:?}");
    // This tab carries on with fresh tokens; every earlier session has ended, on our server too.
    assert_eq!(app.profile_status(&access_token(&renewed.unwrap())).await, 200);
    assert_eq!(app.profile_status(&token).await, 401);
    assert_eq!(app.profile_status(&access_token(&elsewhere)).await, 401);
    assert_eq!(app.refresh_status(&elsewhere).await, 401);

    assert_eq!(app.sign_in("change@example.com", PASSWORD).await.0, 401);
    assert_eq!(app.sign_in("change@example.com", NEW_PASSWORD).await.0, 200);
}

#[tokio::test]
async fn signing_out_everywhere_ends_every_session() {
    let app = TestApp::start().await;
    let first = app.confirmed_account("everywhere@example.com", "Everywhere").await;
    let second = app.sign_in("everywhere@example.com", PASSWORD).await.1.unwrap();

    let state = app.state();
    assert!(state.authenticate(&access_token(&second)).await.is_ok());
    let answer = app
        .call(SignOutEverywhere {
            access_token: access_token(&first).into(),
        })
        .await;
    assert_eq!(answer, (200, Ok(())));
    // Our own record refuses the old tokens, whatever Cognito says.
    for session in [&first, &second] {
        let refused = state.authenticate(&access_token(session)).await.unwrap_err();
        assert_eq!(refused, AppError::SessionExpired);
    }
    for session in [&first, &second] {
        assert_eq!(app.profile_status(&access_token(session)).await, 401);
        let account = CurrentAccount {
            access_token: access_token(session).into(),
        };
        assert_eq!(app.call(account).await.0, 401);
        assert_eq!(app.refresh_status(session).await, 401);
    }
    // Signing in again straight away works.
    let (status, again) = app.sign_in("everywhere@example.com", PASSWORD).await;
    assert_eq!(status, 200);
    assert_eq!(app.profile_status(&access_token(&again.unwrap())).await, 200);
}

#[tokio::test]
async fn changing_the_email_takes_the_password_and_the_code_sent_to_the_new_address() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("old@example.com", "Mover").await);
    let change = |email: &str, password: &str| change_email(&token, email, password);

    let refused = app.call(change("new@example.com", "wrong password")).await;
    assert_eq!(refused.0, 400);
    assert_eq!(invalid_field(&refused), Some(Field::CurrentPassword), "{refused:?}");
    let refused = app.call(change("not an email", PASSWORD)).await;
    assert_eq!(refused.0, 400);
    assert_eq!(invalid_field(&refused), Some(Field::Email), "{refused:?}");
    let refused = app.call(change("OLD@example.com", PASSWORD)).await;
    assert_eq!(refused.0, 400, "{refused:?}");

    let (status, pending) = app.call(change(" New@Example.com ", PASSWORD)).await;
    assert_eq!(status, 200, "{pending:?}");
    assert_eq!(pending.unwrap().pending.as_deref(), Some("new@example.com"));
    let get_profile = || GetProfile {
        access_token: token.clone().into(),
    };
    let profile = app.call(get_profile()).await.1.unwrap();
    assert_eq!(
        profile.email.pending.as_deref(),
        Some("new@example.com"),
        "the page can say a change waits"
    );

    let confirm = |code: &str| ConfirmEmailChange {
        access_token: token.clone().into(),
        code: code.into(),
    };
    assert_eq!(
        app.call(confirm("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")).await,
        (400, Err(AppError::WrongCode))
    );

    let code = app.code("new@example.com", MailPurpose::EmailChange).await;
    let done = EmailStatus {
        email: "new@example.com".into(),
        verified: true,
        pending: None,
    };
    assert_eq!(app.call(confirm(&code)).await, (200, Ok(done.clone())));
    let profile = app.call(get_profile()).await.1.unwrap();
    assert_eq!(profile.email, done, "the change is settled");
    let account = app
        .call(CurrentAccount {
            access_token: token.clone().into(),
        })
        .await
        .1
        .unwrap();
    assert_eq!(account.email, "new@example.com");
    // Which address signs in afterwards is the user pool's rule (Cognito: the new one; the
    // embedded emulator keeps the first), so it is not asserted here. Changes that need the
    // password keep working either way.
    let (status, renewed) = app.call(change_password(&token, PASSWORD, NEW_PASSWORD)).await;
    assert_eq!(status, 200, "{renewed:?}");
    assert_eq!(renewed.unwrap().email, "new@example.com");
}

#[tokio::test]
async fn deleting_the_account_needs_the_password_and_the_word_and_leaves_nothing() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("leaving@example.com", "Leaving").await;
    let token = access_token(&signed_in);

    let refused = app.call(delete(&token, PASSWORD, "yes please")).await;
    assert_eq!(refused.0, 400);
    assert_eq!(invalid_field(&refused), Some(Field::Confirmation), "{refused:?}");
    let refused = app.call(delete(&token, "wrong password", "DELETE")).await;
    assert_eq!(refused.0, 400);
    assert_eq!(invalid_field(&refused), Some(Field::CurrentPassword), "{refused:?}");
    assert_eq!(app.profile_status(&token).await, 200, "failed attempts change nothing");

    assert_eq!(app.call(delete(&token, PASSWORD, "delete")).await, (200, Ok(())));
    assert!(
        app.state().authenticate(&token).await.is_err(),
        "our server refuses the token too"
    );

    assert!(app.profile_items().await.is_empty(), "no profile item left");
    assert_eq!(app.cognito_users().await, 0, "no Cognito user left");
    assert_eq!(app.profile_status(&token).await, 401);
    assert_eq!(app.refresh_status(&signed_in).await, 401);
    assert_eq!(app.sign_in("leaving@example.com", PASSWORD).await.0, 401);

    // The address is free again.
    let again = app.confirmed_account("leaving@example.com", "Back again").await;
    let profile = app.profile(&access_token(&again)).await;
    assert_eq!(profile.fields.display_name, "Back again");
    assert_eq!(profile.version, 1);
}

#[tokio::test]
async fn a_sign_in_accepted_just_before_the_account_was_deleted_leaves_no_profile() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("racing@example.com", "Racing").await;
    let state = app.state();
    // Cognito accepts a sign-in on one device; the account is deleted on another before our
    // server has written the profile for that sign-in.
    let PasswordChecked::SignedIn(tokens) = state
        .user_pool
        .start_sign_in("racing@example.com", PASSWORD)
        .await
        .unwrap()
    else {
        panic!("no second step for this account")
    };
    let deleted = app.call(delete(&access_token(&signed_in), PASSWORD, "DELETE")).await;
    assert_eq!(deleted, (200, Ok(())));

    let opened = app::backend::sessions::open_session(&state, tokens, &Default::default()).await;
    assert!(matches!(opened, Err(AppError::WrongCredentials)), "{:?}", opened.err());
    assert!(app.profile_items().await.is_empty(), "no profile outlives its user");
}

#[tokio::test]
async fn settings_refuse_a_missing_or_forged_token() {
    let app = TestApp::start().await;
    let token = || "x".to_string();
    let answers = [
        app.call(change_password(&token(), PASSWORD, NEW_PASSWORD)).await.0,
        app.call(change_email(&token(), "a@example.com", PASSWORD)).await.0,
        app.call(ConfirmEmailChange {
            access_token: token().into(),
            code: "123456".into(),
        })
        .await
        .0,
        app.call(ResendEmailCode {
            access_token: token().into(),
        })
        .await
        .0,
        app.call(SignOutEverywhere {
            access_token: token().into(),
        })
        .await
        .0,
        app.call(delete(&token(), PASSWORD, "DELETE")).await.0,
    ];
    assert_eq!(answers, [401; 6]);
}
