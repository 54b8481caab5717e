//! What a stolen access token can no longer do, and what becomes of what it still can.
use app::functions::auth::CurrentAccount;
use aws_sdk_cognitoidentityprovider::{error::ProvideErrorMetadata, types::AttributeType};

use crate::common::{PASSWORD, TestApp, access_token, sub_of};

#[tokio::test]
async fn an_access_token_alone_cannot_change_the_sign_in_email() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("owner@example.com", "Owner").await;
    // The thief calls Cognito directly with the stolen token, as a real pool allows any app
    // client that may write `email`; ours may not.
    let refused = app
        .backend
        .user_pool
        .sdk()
        .update_user_attributes()
        .access_token(access_token(&signed_in))
        .user_attributes(
            AttributeType::builder()
                .name("email")
                .value("thief@example.com")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        refused.as_service_error().and_then(|e| e.code()),
        Some("NotAuthorizedException")
    );
    assert_eq!(app.sign_in("owner@example.com", PASSWORD).await.0, 200);
    assert_eq!(app.sign_in("thief@example.com", PASSWORD).await.0, 401);
}

#[tokio::test]
async fn a_profile_whose_user_was_deleted_at_cognito_directly_is_removed() {
    let app = TestApp::start().await;
    let laptop = app.confirmed_account("gone@example.com", "Gone").await;
    let (_, phone) = app.sign_in("gone@example.com", PASSWORD).await;
    // An administrator deletes the user at Cognito (the console, the CLI).
    assert!(phone.is_ok());
    app.backend.user_pool.delete_user(&sub_of(&laptop)).await.unwrap();
    assert_eq!(app.profile_items().await.len(), 1);
    let (status, _) = app
        .call(CurrentAccount {
            access_token: access_token(&laptop).into(),
        })
        .await;
    assert_eq!(status, 401);
    assert!(app.profile_items().await.is_empty(), "the orphaned profile is gone");
}
