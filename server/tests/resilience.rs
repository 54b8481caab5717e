//! What the app does when Cognito or DynamoDB fails half-way through a change: retries that carry
//! it through, and rollbacks that leave nothing half-done. The faults come from proxies in front
//! of the emulators (`common::faults`); the SDK's own retries are off, so each injected fault is
//! met once per call and only the app's own retries can get past it.
use app::{
    error::AppError,
    functions::{
        auth::{CurrentAccount, RefreshSession, SignOut},
        profile::SaveProfile,
        settings::SignOutEverywhere,
    },
    model::{MailPurpose, ProfileFields},
};
use aws_config::retry::RetryConfig;
use aws_sdk_dynamodb::types::AttributeValue;

use crate::common::{
    PASSWORD, TestApp, access_token, change_email, change_password, delete_account as delete,
    faults::{Fault, Faults, Times},
};

async fn start() -> (TestApp, Faults) {
    TestApp::start_with_faults(RetryConfig::disabled()).await
}

/// The one profile item's attribute `name`, if it has it.
async fn profile_attribute(app: &TestApp, name: &str) -> Option<AttributeValue> {
    let items = app.profile_items().await;
    assert_eq!(items.len(), 1, "one profile item");
    items[0].get(name).cloned()
}

async fn account_email(app: &TestApp, token: &str) -> String {
    let account = app.call(CurrentAccount {
        access_token: token.into(),
    });
    account.await.1.unwrap().email
}

#[tokio::test]
async fn signing_out_everywhere_gets_past_transient_failures_of_both_services() {
    let (app, faults) = start().await;
    let first = app.confirmed_account("flaky@example.com", "Flaky").await;
    let second = app.sign_in("flaky@example.com", PASSWORD).await.1.unwrap();
    let writes_before = faults.dynamodb.seen("UpdateItem");

    // The revocation write is throttled twice, and Cognito's sign-out fails twice.
    faults
        .dynamodb
        .fail("UpdateItem", Times::Next(2), Fault::dynamodb_throttled());
    faults
        .cognito
        .fail("AdminUserGlobalSignOut", Times::Next(2), Fault::cognito_internal());
    let answer = app
        .call(SignOutEverywhere {
            access_token: access_token(&first).into(),
        })
        .await;
    assert_eq!(answer, (200, Ok(())), "the third tries went through");
    assert_eq!(faults.dynamodb.injected("UpdateItem"), 2);
    assert_eq!(faults.dynamodb.seen("UpdateItem") - writes_before, 3);
    assert_eq!(faults.cognito.injected("AdminUserGlobalSignOut"), 2);
    assert_eq!(faults.cognito.seen("AdminUserGlobalSignOut"), 3);

    // Every session has ended, on our server and on Cognito.
    let state = app.state();
    for session in [&first, &second] {
        let refused = state.authenticate(&access_token(session)).await.unwrap_err();
        assert_eq!(refused, AppError::SessionExpired);
        assert_eq!(app.refresh_status(session).await, 401);
    }
}

#[tokio::test]
async fn a_password_change_whose_other_sessions_cannot_be_ended_says_so() {
    let (app, faults) = start().await;
    let here = app.confirmed_account("stuck@example.com", "Stuck").await;
    let writes_before = faults.dynamodb.seen("UpdateItem");

    faults
        .dynamodb
        .fail("UpdateItem", Times::Always, Fault::dynamodb_internal());
    let answer = app
        .call(change_password(
            &access_token(&here),
            PASSWORD,
            "a brand new passphrase",
        ))
        .await;
    faults.dynamodb.clear();
    // Not "nothing happened": the password is changed, the page points to "Sign out everywhere".
    assert_eq!(answer, (503, Err(AppError::SessionsRemain)));
    assert_eq!(
        faults.dynamodb.seen("UpdateItem") - writes_before,
        3,
        "tried three times"
    );
    assert_eq!(app.sign_in("stuck@example.com", PASSWORD).await.0, 401);
    assert_eq!(app.sign_in("stuck@example.com", "a brand new passphrase").await.0, 200);
}

#[tokio::test]
async fn after_a_password_change_our_server_refuses_old_tokens_that_cognito_still_takes() {
    let (app, faults) = start().await;
    let email = "outlived@example.com";
    let here = app.confirmed_account(email, "Outlived").await;
    let elsewhere = app.sign_in(email, PASSWORD).await.1.unwrap();

    // Cognito's sign-out everywhere never goes through: there, every old token stays good.
    faults
        .cognito
        .fail("AdminUserGlobalSignOut", Times::Always, Fault::cognito_internal());
    let answer = app
        .call(change_password(
            &access_token(&here),
            PASSWORD,
            "a brand new passphrase",
        ))
        .await;
    faults.cognito.clear();
    assert_eq!(answer, (503, Err(AppError::SessionsRemain)));
    assert_eq!(
        app.sign_in(email, "a brand new passphrase").await.0,
        200,
        "the password is changed"
    );

    for session in [&here, &elsewhere] {
        let old = access_token(session);
        assert_eq!(app.profile_status(&old).await, 401, "our own record refuses it");
        // Its refresh token survived at Cognito too, but our server refuses to refresh the session.
        let refresh_token = session.tokens.refresh_token.clone().unwrap();
        let renewed = app.backend.user_pool.refresh(&refresh_token).await;
        assert!(renewed.is_ok(), "Cognito renews it: {renewed:?}");
        let refresh = RefreshSession {
            refresh_token: renewed.unwrap().refresh_token.expect("a rotated refresh token").into(),
            username: session.username.clone(),
        };
        assert_eq!(app.call(refresh).await, (401, Err(AppError::SessionExpired)));
    }
}

#[tokio::test]
async fn a_dynamodb_outage_during_a_profile_save_says_so_and_writes_nothing() {
    let (app, faults) = start().await;
    let token = access_token(&app.confirmed_account("saver@example.com", "Saver").await);
    let stored = app.profile(&token).await;
    let item_before = app.profile_items().await;
    let typed = ProfileFields {
        display_name: "Typed during the outage".into(),
        bio: "Not lost".into(),
        ..stored.fields.clone()
    };
    let save = || SaveProfile {
        access_token: token.clone().into(),
        fields: typed.clone(),
        version: stored.version,
    };

    faults
        .dynamodb
        .fail("UpdateItem", Times::Always, Fault::dynamodb_internal());
    let answer = app.call(save()).await;
    faults.dynamodb.clear();
    assert_eq!(answer, (503, Err(AppError::Unavailable)));
    assert_eq!(app.profile_items().await, item_before, "the item is as it was");
    assert_eq!(app.profile(&token).await, stored);

    // Sent again once DynamoDB is back, the same save (same version) is taken as it was typed.
    let (status, saved) = app.call(save()).await;
    assert_eq!(status, 200, "{saved:?}");
    assert_eq!(app.profile(&token).await.fields, typed);
}

#[tokio::test]
async fn a_dynamodb_outage_during_an_email_change_says_so_and_cognito_never_hears_of_it() {
    let (app, faults) = start().await;
    let signed_in = app.confirmed_account("anchored@example.com", "Anchored").await;
    let token = access_token(&signed_in);
    let item_before = app.profile_items().await;

    faults
        .dynamodb
        .fail("UpdateItem", Times::Always, Fault::dynamodb_internal());
    let answer = app.call(change_email(&token, "drifted@example.com", PASSWORD)).await;
    faults.dynamodb.clear();
    assert_eq!(answer, (503, Err(AppError::Unavailable)));
    assert_eq!(app.profile_items().await, item_before, "no pending address recorded");

    // Cognito has no change waiting, and no code went to the new address.
    assert_eq!(faults.cognito.seen("AdminUpdateUserAttributes"), 0);
    let local = app.backend.local.as_ref().expect("local mode");
    assert_eq!(local.fidelity.pending_email(&app.sub(&token).await), None);
    assert_eq!(account_email(&app, &token).await, "anchored@example.com");
    let mailbox = app.backend.mailbox.as_ref().expect("local mode has a mailbox");
    let codes = mailbox.messages().await;
    assert!(
        !codes.iter().any(|m| m.purpose == MailPurpose::EmailChange),
        "{codes:?}"
    );
    assert_eq!(app.sign_in("anchored@example.com", PASSWORD).await.0, 200);
    assert_eq!(app.sign_in("drifted@example.com", PASSWORD).await.0, 401);
}

#[tokio::test]
async fn deleting_the_account_retries_the_profile_item_until_it_is_gone() {
    let (app, faults) = start().await;
    let token = access_token(&app.confirmed_account("retried@example.com", "Retried").await);

    faults
        .dynamodb
        .fail("DeleteItem", Times::Next(2), Fault::dynamodb_internal());
    assert_eq!(app.call(delete(&token, PASSWORD, "DELETE")).await, (200, Ok(())));
    assert_eq!(faults.dynamodb.injected("DeleteItem"), 2);
    assert!(app.profile_items().await.is_empty(), "the third try deleted the item");
    assert_eq!(app.cognito_users().await, 0);
}

#[tokio::test]
async fn a_profile_item_that_outlives_its_deleted_account_is_never_served() {
    let (app, faults) = start().await;
    let email = "lingering@example.com";
    let token = access_token(&app.confirmed_account(email, "Lingering").await);

    faults
        .dynamodb
        .fail("DeleteItem", Times::Always, Fault::dynamodb_internal());
    let answer = app.call(delete(&token, PASSWORD, "DELETE")).await;
    faults.dynamodb.clear();
    assert_eq!(answer, (200, Ok(())), "the account itself is gone");
    assert_eq!(faults.dynamodb.injected("DeleteItem"), 3, "tried three times");
    assert_eq!(app.cognito_users().await, 0);

    // The item stays, marked: our server honours no token for it.
    assert_eq!(
        profile_attribute(&app, "deleting").await,
        Some(AttributeValue::Bool(true))
    );
    assert_eq!(
        app.state().authenticate(&token).await.unwrap_err(),
        AppError::SessionExpired
    );
    assert_eq!(app.profile_status(&token).await, 401);

    // The address can sign up again at once, and gets a profile of its own.
    let again = app.confirmed_account(email, "Back again").await;
    let profile = app.profile(&access_token(&again)).await;
    assert_eq!(profile.fields.display_name, "Back again");
    assert_eq!(profile.version, 1);
}

#[tokio::test]
async fn a_failed_mark_stops_the_deletion_before_cognito_is_asked() {
    let (app, faults) = start().await;
    let token = access_token(&app.confirmed_account("unmarked@example.com", "Unmarked").await);

    faults
        .dynamodb
        .fail("UpdateItem", Times::Next(1), Fault::dynamodb_internal());
    let answer = app.call(delete(&token, PASSWORD, "DELETE")).await;
    assert_eq!(answer, (503, Err(AppError::Unavailable)));
    assert_eq!(faults.cognito.seen("AdminDeleteUser"), 0, "Cognito was not asked");
    assert_eq!(app.cognito_users().await, 1);
    assert_eq!(app.profile_status(&token).await, 200, "nothing changed");
}

#[tokio::test]
async fn a_cognito_failure_to_delete_the_user_takes_the_mark_away_and_changes_nothing() {
    let (app, faults) = start().await;
    let token = access_token(&app.confirmed_account("staying@example.com", "Staying").await);

    faults
        .cognito
        .fail("AdminDeleteUser", Times::Always, Fault::cognito_internal());
    let answer = app.call(delete(&token, PASSWORD, "DELETE")).await;
    faults.cognito.clear();
    assert_eq!(answer, (503, Err(AppError::Unavailable)));
    assert_eq!(faults.cognito.injected("AdminDeleteUser"), 1);

    assert_eq!(app.cognito_users().await, 1);
    assert_eq!(profile_attribute(&app, "deleting").await, None, "the mark is gone");
    assert!(app.state().authenticate(&token).await.is_ok());
    assert_eq!(app.profile_status(&token).await, 200);
    assert_eq!(app.sign_in("staying@example.com", PASSWORD).await.0, 200);

    // Once Cognito answers again, the deletion goes through.
    assert_eq!(app.call(delete(&token, PASSWORD, "DELETE")).await, (200, Ok(())));
    assert!(app.profile_items().await.is_empty());
    assert_eq!(app.cognito_users().await, 0);
}

#[tokio::test]
async fn a_lost_answer_to_the_user_deletion_still_deletes_everything() {
    let (app, faults) = start().await;
    let token = access_token(&app.confirmed_account("lost@example.com", "Lost").await);

    // Cognito deletes the user, but the answer the app gets is an error.
    faults.cognito.fail(
        "AdminDeleteUser",
        Times::Next(1),
        Fault::cognito_internal().after_forwarding(),
    );
    assert_eq!(app.call(delete(&token, PASSWORD, "DELETE")).await, (200, Ok(())));
    assert_eq!(faults.cognito.injected("AdminDeleteUser"), 1);
    assert_eq!(app.cognito_users().await, 0);
    assert!(app.profile_items().await.is_empty(), "no profile outlives its user");
}

#[tokio::test]
async fn a_cognito_failure_to_change_the_email_puts_the_pending_address_back() {
    let (app, faults) = start().await;
    let token = access_token(&app.confirmed_account("old@example.com", "Mover").await);

    // No change waited: none waits after the failure.
    faults
        .cognito
        .fail("AdminUpdateUserAttributes", Times::Next(1), Fault::cognito_internal());
    let answer = app.call(change_email(&token, "new@example.com", PASSWORD)).await;
    assert_eq!(answer, (503, Err(AppError::Unavailable)));
    assert_eq!(faults.cognito.injected("AdminUpdateUserAttributes"), 1);
    assert_eq!(profile_attribute(&app, "pending_email").await, None);
    let email = app.profile(&token).await.email;
    assert_eq!(
        (email.email.as_str(), email.pending),
        ("old@example.com", None),
        "no code form for an address Cognito never took"
    );
    assert_eq!(account_email(&app, &token).await, "old@example.com");

    // A change waits for its code; a second one fails: the first still waits.
    let (status, first) = app.call(change_email(&token, "first@example.com", PASSWORD)).await;
    assert_eq!(status, 200, "{first:?}");
    let waiting = Some(AttributeValue::S("first@example.com".into()));
    assert_eq!(profile_attribute(&app, "pending_email").await, waiting);
    faults
        .cognito
        .fail("AdminUpdateUserAttributes", Times::Next(1), Fault::cognito_internal());
    let answer = app.call(change_email(&token, "second@example.com", PASSWORD)).await;
    assert_eq!(answer, (503, Err(AppError::Unavailable)));
    assert_eq!(profile_attribute(&app, "pending_email").await, waiting);
}

#[tokio::test]
async fn a_signed_out_session_is_refused_by_our_own_record_when_cognito_cannot_revoke_it() {
    let (app, faults) = start().await;
    let signed_in = app.confirmed_account("kept@example.com", "Kept").await;
    faults
        .cognito
        .fail("RevokeToken", Times::Always, Fault::cognito_internal());

    let sign_out = SignOut {
        access_token: access_token(&signed_in).into(),
        refresh_token: signed_in.tokens.refresh_token.clone().unwrap().into(),
    };
    let (status, _) = app.call(sign_out).await;
    assert_ne!(
        status, 500,
        "a failed revocation is an outage to the caller, never a 500"
    );

    let state = app.state();
    let refresh_token = signed_in.tokens.refresh_token.as_deref().unwrap();
    assert!(
        state.user_pool.refresh(refresh_token).await.is_ok(),
        "Cognito still takes the sign-in: only our record can refuse it"
    );
    let refused = state.authenticate(&access_token(&signed_in)).await.unwrap_err();
    assert_eq!(refused, AppError::SessionExpired);
}

#[tokio::test]
async fn throttling_by_cognito_or_dynamodb_is_a_try_again_never_a_500() {
    let (app, faults) = start().await;
    let signed_in = app.confirmed_account("busy@example.com", "Busy").await;
    let change = || change_password(&access_token(&signed_in), PASSWORD, "a different long passphrase");

    faults
        .cognito
        .fail("AdminSetUserPassword", Times::Next(1), Fault::cognito_throttled());
    let (status, answer) = app.call(change()).await;
    assert_eq!((status, &answer), (429, &Err(AppError::TryLater)));
    assert_eq!(
        answer.unwrap_err().to_string(),
        "Too many attempts. Try again in a moment."
    );

    faults
        .dynamodb
        .fail("GetItem", Times::Next(1), Fault::dynamodb_throttled());
    assert_eq!(app.profile_status(&signed_in.tokens.access_token).await, 429);
    // Nothing changed: the old password still signs in.
    assert_eq!(app.sign_in("busy@example.com", PASSWORD).await.0, 200);
}
