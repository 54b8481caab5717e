//! Recent activity: what each kind of event writes, who may read it, how it expires, and that it
//! goes with the account.
use std::time::Duration;

use app::{
    functions::{
        auth::{ForgotPassword, ResetPassword},
        settings::{RecentActivity, SignOutEverywhere},
    },
    model::{ActivityItem, ActivityKind, MailPurpose, SignedIn},
    validation::DELETE_CONFIRMATION,
};
use aws_sdk_dynamodb::types::AttributeValue;

use crate::common::{PASSWORD, TestApp, access_token, change_password, delete_account, sign_in_args};

const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

async fn activity(app: &TestApp, signed_in: &SignedIn) -> Vec<ActivityItem> {
    let read = RecentActivity {
        access_token: access_token(signed_in).into(),
    };
    let (status, items) = app.call(read).await;
    assert_eq!(status, 200, "{items:?}");
    items.unwrap()
}

/// The items listed, newest first, once the `expected` ones written after their answers (a
/// sign-in, a failed sign-in, a reset) have landed.
async fn activity_once_settled(app: &TestApp, signed_in: &SignedIn, expected: usize) -> Vec<ActivityItem> {
    for _ in 0..50 {
        let items = activity(app, signed_in).await;
        if items.len() >= expected {
            return items;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "fewer than {expected} activity items: {:?}",
        activity(app, signed_in).await
    );
}

async fn kinds_once_settled(app: &TestApp, signed_in: &SignedIn, expected: usize) -> Vec<ActivityKind> {
    let items = activity_once_settled(app, signed_in, expected).await;
    items.iter().map(|item| item.kind).collect()
}

async fn activity_items_of(app: &TestApp, sub: &str) -> usize {
    let profiles = &app.backend.profiles;
    let answer = profiles
        .sdk()
        .query()
        .table_name(profiles.activity_table())
        .key_condition_expression("#sub = :sub")
        .expression_attribute_names("#sub", "sub")
        .expression_attribute_values(":sub", AttributeValue::S(sub.into()))
        .send()
        .await
        .unwrap();
    answer.items().len()
}

#[tokio::test]
async fn each_kind_of_event_is_listed_newest_first_with_device_and_address() {
    let app = TestApp::start().await;
    let email = "active@example.com";
    let first = app.confirmed_account(email, "Active").await;
    let (status, wrong) = app
        .call_with_user_agent(FIREFOX, sign_in_args(email, "not the password"))
        .await;
    assert_eq!(status, 401, "{wrong:?}");
    assert_eq!(
        kinds_once_settled(&app, &first, 2).await,
        [ActivityKind::SignInFailed, ActivityKind::SignIn]
    );
    let failed = &activity(&app, &first).await[0];
    assert_eq!(
        (failed.device.as_str(), failed.ip.as_str()),
        ("Firefox 133 on Linux", "127.0.0.1")
    );
    assert!(
        failed.at.ends_with('Z') && failed.at.len() == "2026-12-01T02:31:11.123Z".len(),
        "{}",
        failed.at
    );

    let change = change_password(&access_token(&first), PASSWORD, "a second long passphrase");
    assert_eq!(app.call(change).await.0, 200);
    let forgot = ForgotPassword { email: email.into() };
    assert_eq!(app.call(forgot).await.0, 200);
    let code = app.code(email, MailPurpose::PasswordReset).await;
    let reset = ResetPassword {
        email: email.into(),
        code: code.into(),
        new_password: "a third long passphrase".into(),
    };
    assert_eq!(app.call(reset).await.0, 200);
    let last = app.sign_in(email, "a third long passphrase").await.1.unwrap();
    let kinds = kinds_once_settled(&app, &last, 6).await;
    assert_eq!(
        kinds,
        [
            ActivityKind::SignIn,
            ActivityKind::PasswordReset,
            ActivityKind::SignIn,
            ActivityKind::PasswordChange,
            ActivityKind::SignInFailed,
            ActivityKind::SignIn,
        ],
        "the new password's own sign-in comes with the change"
    );

    let everywhere = SignOutEverywhere {
        access_token: access_token(&last).into(),
    };
    assert_eq!(app.call(everywhere).await.0, 200);
    let after = app.sign_in(email, "a third long passphrase").await.1.unwrap();
    assert_eq!(
        kinds_once_settled(&app, &after, 8).await[..2],
        [ActivityKind::SignIn, ActivityKind::SignOutEverywhere]
    );
}

#[tokio::test]
async fn each_person_reads_only_their_own_activity() {
    let app = TestApp::start().await;
    let ada = app.confirmed_account("ada.activity@example.com", "Ada").await;
    let bob = app.confirmed_account("bob.activity@example.com", "Bob").await;
    for _ in 0..3 {
        assert_eq!(app.sign_in("ada.activity@example.com", PASSWORD).await.0, 200);
    }
    assert_eq!(activity_once_settled(&app, &ada, 4).await.len(), 4);
    assert_eq!(activity_once_settled(&app, &bob, 1).await.len(), 1);
    let without_token = app
        .call(RecentActivity {
            access_token: "".into(),
        })
        .await;
    assert_eq!(without_token.0, 401);
}

#[tokio::test]
async fn items_expire_after_ninety_days_by_the_tables_ttl_and_are_not_listed_once_expired() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("ttl@example.com", "Ttl").await;
    let sub = app.sub(&signed_in.tokens.access_token).await;
    let profiles = &app.backend.profiles;

    let ttl = profiles
        .sdk()
        .describe_time_to_live()
        .table_name(profiles.activity_table())
        .send()
        .await
        .unwrap();
    let ttl = ttl.time_to_live_description().unwrap();
    assert_eq!(ttl.attribute_name(), Some("expires_at"));

    let items = profiles
        .sdk()
        .query()
        .table_name(profiles.activity_table())
        .key_condition_expression("#sub = :sub")
        .expression_attribute_names("#sub", "sub")
        .expression_attribute_values(":sub", AttributeValue::S(sub.clone()))
        .send()
        .await
        .unwrap();
    let expires_at: i64 = items.items()[0]["expires_at"].as_n().unwrap().parse().unwrap();
    let in_ninety_days = chrono::Utc::now().timestamp() + 90 * 24 * 3600;
    assert!(
        (expires_at - in_ninety_days).abs() < 60,
        "{expires_at} vs {in_ninety_days}"
    );

    // An item past its expiry that DynamoDB has not deleted yet (it takes up to days).
    profiles
        .sdk()
        .put_item()
        .table_name(profiles.activity_table())
        .item("sub", AttributeValue::S(sub))
        .item("at", AttributeValue::S("2020-01-01T00:00:00.000Z#0000".into()))
        .item("kind", AttributeValue::S("sign_in".into()))
        .item("device", AttributeValue::S(String::new()))
        .item("ip", AttributeValue::S("192.0.2.1".into()))
        .item("expires_at", AttributeValue::N("1577836800".into()))
        .send()
        .await
        .unwrap();
    let listed = activity_once_settled(&app, &signed_in, 1).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
}

#[tokio::test]
async fn activity_goes_with_the_account() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("gone@example.com", "Gone").await;
    let sub = app.sub(&signed_in.tokens.access_token).await;
    assert_eq!(app.sign_in("gone@example.com", PASSWORD).await.0, 200);
    assert_eq!(activity_once_settled(&app, &signed_in, 2).await.len(), 2);
    let delete = delete_account(&access_token(&signed_in), PASSWORD, DELETE_CONFIRMATION);
    assert_eq!(app.call(delete).await, (200, Ok(())));
    assert_eq!(activity_items_of(&app, &sub).await, 0);
}

#[tokio::test]
async fn email_and_two_step_changes_are_listed_too() {
    use app::functions::{
        settings::ConfirmEmailChange,
        two_step::{FinishTwoStepSetup, StartTwoStepSetup, TurnOffTwoStep},
    };

    use crate::common::{change_email, totp::code_now};

    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("changes@example.com", "Changes").await;
    let token = &signed_in.tokens.access_token;
    assert_eq!(
        app.call(change_email(token, "changed@example.com", PASSWORD)).await.0,
        200
    );
    let code = app.code("changed@example.com", MailPurpose::EmailChange).await;
    let confirm = ConfirmEmailChange {
        access_token: token.as_str().into(),
        code: code.into(),
    };
    assert_eq!(app.call(confirm).await.0, 200);

    let start = StartTwoStepSetup {
        access_token: token.as_str().into(),
        current_password: PASSWORD.into(),
    };
    let setup = app.call(start).await.1.unwrap();
    let finish = FinishTwoStepSetup {
        access_token: token.as_str().into(),
        code: code_now(setup.secret.expose()).into(),
        device_name: String::new(),
    };
    assert_eq!(app.call(finish).await.0, 200);
    let off = TurnOffTwoStep {
        access_token: token.as_str().into(),
        current_password: PASSWORD.into(),
        code: code_now(setup.secret.expose()).into(),
    };
    assert_eq!(app.call(off).await, (200, Ok(())));

    assert_eq!(
        kinds_once_settled(&app, &signed_in, 4).await,
        [
            ActivityKind::TwoStepOff,
            ActivityKind::TwoStepOn,
            ActivityKind::EmailChange,
            ActivityKind::SignIn
        ]
    );
}
