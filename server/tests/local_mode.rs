//! Local mode end to end through the AWS SDK: the embedded emulators start on their own ports and
//! data directory per test, provision themselves once, and keep users across a restart.
use app::{backend::user_pool::PasswordChecked, error::AppError, model::MailPurpose};
use aws_sdk_dynamodb::types::AttributeValue;
use server::Services;

use crate::common::{local_settings, newest_code};

async fn stop(backend: Services) {
    backend
        .local
        .expect("local mode")
        .shutdown()
        .await
        .expect("state flushed");
}

#[tokio::test]
async fn a_user_who_signed_up_before_a_restart_can_sign_in_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let email = "restart@example.com";
    let password = "correct horse battery";

    let first = Services::connect(&local_settings(dir.path())).await.unwrap();
    first.user_pool.sign_up(email, password, "Restart", "en").await.unwrap();
    let code = newest_code(&first, email, MailPurpose::SignUp).await;
    first.user_pool.confirm_sign_up(email, &code).await.unwrap();
    stop(first).await;

    // Provisioning again over existing state must neither fail nor reset anything.
    let second = Services::connect(&local_settings(dir.path())).await.unwrap();
    let PasswordChecked::SignedIn(tokens) = second.user_pool.start_sign_in(email, password).await.unwrap() else {
        panic!("no second step for this account")
    };
    assert!(tokens.access_token.starts_with("eyJ"));
    assert!(tokens.refresh_token.is_some());
    assert_eq!(
        second
            .user_pool
            .start_sign_in(email, "wrong password")
            .await
            .unwrap_err(),
        AppError::WrongCredentials
    );
    stop(second).await;
}

#[tokio::test]
async fn the_profile_table_is_provisioned_once_and_keeps_items() {
    let dir = tempfile::tempdir().unwrap();
    let first = Services::connect(&local_settings(dir.path())).await.unwrap();
    first
        .profiles
        .sdk()
        .put_item()
        .table_name(&first.profiles.table)
        .item("sub", AttributeValue::S("user-1".into()))
        .item("display_name", AttributeValue::S("Ada".into()))
        .send()
        .await
        .unwrap();
    first
        .profiles
        .ensure_exists()
        .await
        .expect("a second provisioning is a no-op");
    stop(first).await;

    let second = Services::connect(&local_settings(dir.path())).await.unwrap();
    let item = second
        .profiles
        .sdk()
        .get_item()
        .table_name(&second.profiles.table)
        .key("sub", AttributeValue::S("user-1".into()))
        .send()
        .await
        .unwrap()
        .item
        .expect("the item survived the restart");
    assert_eq!(item["display_name"], AttributeValue::S("Ada".into()));
    stop(second).await;
}

#[tokio::test]
async fn the_mailbox_lists_sign_up_codes_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let backend = Services::connect(&local_settings(dir.path())).await.unwrap();
    backend
        .user_pool
        .sign_up("first@example.com", "password one", "First", "en")
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    backend
        .user_pool
        .sign_up("second@example.com", "password two", "Second", "en")
        .await
        .unwrap();

    let messages = backend.mailbox.as_ref().unwrap().messages().await;
    let recipients: Vec<_> = messages.iter().map(|m| m.to.as_str()).collect();
    assert_eq!(recipients, ["second@example.com", "first@example.com"]);
    assert!(
        messages
            .iter()
            .all(|m| m.purpose == MailPurpose::SignUp && !m.code.is_empty())
    );
    stop(backend).await;
}

#[tokio::test]
async fn tokens_name_the_configured_issuer_and_keys_are_published() {
    let dir = tempfile::tempdir().unwrap();
    let backend = Services::connect(&local_settings(dir.path())).await.unwrap();
    assert!(
        backend
            .token_source
            .jwks_url
            .ends_with("/us-east-1_DoorwayLocal/.well-known/jwks.json")
    );
    assert!(backend.token_source.issuer.ends_with("/us-east-1_DoorwayLocal"));
    stop(backend).await;
}

#[tokio::test]
async fn a_state_from_before_refresh_token_rotation_has_it_after_the_next_start() {
    use aws_sdk_cognitoidentityprovider::types::{FeatureType, RefreshTokenRotationType};
    use server::local::{CLIENT_ID, USER_POOL_ID};

    let dir = tempfile::tempdir().unwrap();
    let first = Services::connect(&local_settings(dir.path())).await.unwrap();
    // The browser's client as a state from before kept it: refresh tokens did not rotate.
    let disabled = RefreshTokenRotationType::builder()
        .feature(FeatureType::Disabled)
        .build()
        .unwrap();
    first
        .user_pool
        .sdk()
        .update_user_pool_client()
        .user_pool_id(USER_POOL_ID)
        .client_id(CLIENT_ID)
        .refresh_token_rotation(disabled)
        .send()
        .await
        .unwrap();
    stop(first).await;

    let second = Services::connect(&local_settings(dir.path())).await.unwrap();
    let client = second
        .user_pool
        .sdk()
        .describe_user_pool_client()
        .user_pool_id(USER_POOL_ID)
        .client_id(CLIENT_ID)
        .send()
        .await
        .unwrap()
        .user_pool_client
        .unwrap();
    let rotation = client.refresh_token_rotation.expect("refresh token rotation");
    assert_eq!(rotation.feature, FeatureType::Enabled);
    assert_eq!(rotation.retry_grace_period_seconds, Some(0));
    assert!(client.client_secret.is_some(), "the secret stays");
    stop(second).await;
}
