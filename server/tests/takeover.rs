//! What a stolen access token can no longer do, and what becomes of what it still can.
use app::functions::auth::CurrentAccount;
use aws_sdk_cognitoidentityprovider::{error::ProvideErrorMetadata, types::AttributeType};

use crate::common::{PASSWORD, TestApp, access_token, code_of, sub_of};

#[tokio::test]
async fn an_access_token_alone_cannot_change_the_sign_in_email() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("owner@example.com", "Owner").await;
    // The thief calls Cognito directly with the stolen token, as a real pool allows any app
    // client that may write `email` (ours may, for what providers map): the token lacks the
    // self-service scope, so Cognito refuses it.
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

/// The answer to a call straight at Cognito: nothing, or the error code.
fn outcome<T, E: ProvideErrorMetadata>(
    result: Result<T, aws_sdk_cognitoidentityprovider::error::SdkError<E>>,
) -> Result<(), String> {
    result.map(drop).map_err(|error| code_of(&error))
}

/// Every self-service call a stolen access token could make at Cognito itself, with a harmless
/// argument each: the answer, or the error code.
async fn self_service_calls(app: &TestApp, token: &str) -> Vec<(&'static str, Result<(), String>)> {
    use aws_sdk_cognitoidentityprovider::types::SoftwareTokenMfaSettingsType;
    let cognito = app.backend.user_pool.sdk();
    let name = AttributeType::builder().name("name").value("Thief").build().unwrap();
    let off = SoftwareTokenMfaSettingsType::builder().enabled(false).build();
    vec![
        (
            "StartWebAuthnRegistration",
            outcome(cognito.start_web_authn_registration().access_token(token).send().await),
        ),
        (
            "AssociateSoftwareToken",
            outcome(cognito.associate_software_token().access_token(token).send().await),
        ),
        (
            "SetUserMFAPreference",
            outcome(
                cognito
                    .set_user_mfa_preference()
                    .access_token(token)
                    .software_token_mfa_settings(off)
                    .send()
                    .await,
            ),
        ),
        (
            "DeleteWebAuthnCredential",
            outcome(
                cognito
                    .delete_web_authn_credential()
                    .access_token(token)
                    .credential_id("any")
                    .send()
                    .await,
            ),
        ),
        (
            "ChangePassword",
            outcome(
                cognito
                    .change_password()
                    .access_token(token)
                    .previous_password(PASSWORD)
                    .proposed_password("the thief's new password")
                    .send()
                    .await,
            ),
        ),
        (
            "UpdateUserAttributes",
            outcome(
                cognito
                    .update_user_attributes()
                    .access_token(token)
                    .user_attributes(name)
                    .send()
                    .await,
            ),
        ),
        (
            "GlobalSignOut",
            outcome(cognito.global_sign_out().access_token(token).send().await),
        ),
        (
            "DeleteUser",
            outcome(cognito.delete_user().access_token(token).send().await),
        ),
    ]
}

#[tokio::test]
async fn cognito_refuses_the_browsers_access_token_for_every_self_service_call() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("held@example.com", "Held").await;
    for (call, outcome) in self_service_calls(&app, &access_token(&signed_in)).await {
        assert_eq!(outcome, Err("NotAuthorizedException".into()), "{call}");
    }
    // Nothing changed, and the person goes on through the app.
    let user = app.backend.user_pool.user(&sub_of(&signed_in)).await.unwrap();
    assert_eq!((user.attribute("name"), user.authenticator_required), ("Held", false));
    assert_eq!(app.profile_status(&access_token(&signed_in)).await, 200);
    assert_eq!(app.sign_in("held@example.com", PASSWORD).await.0, 200);
}

#[tokio::test]
async fn the_app_clients_secret_keeps_what_the_browser_holds_from_working_at_cognito() {
    use aws_sdk_cognitoidentityprovider::types::AuthFlowType;
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("secret@example.com", "Secret").await;
    let cognito = app.backend.user_pool.sdk();
    let client_id = &app.backend.user_pool.browser.id;
    let refresh_token = signed_in.tokens.refresh_token.clone().unwrap();

    let refreshed = cognito
        .initiate_auth()
        .client_id(client_id)
        .auth_flow(AuthFlowType::RefreshTokenAuth)
        .auth_parameters("REFRESH_TOKEN", &refresh_token)
        .send()
        .await;
    assert!(refreshed.is_err(), "a refresh token alone refreshes nothing");
    let rotated = cognito
        .get_tokens_from_refresh_token()
        .client_id(client_id)
        .refresh_token(&refresh_token)
        .send()
        .await;
    assert!(rotated.is_err(), "nor through GetTokensFromRefreshToken");

    let sign_up = cognito
        .sign_up()
        .client_id(client_id)
        .username("direct@example.com")
        .password(PASSWORD)
        .send()
        .await;
    assert_eq!(outcome(sign_up), Err("NotAuthorizedException".into()));
    let sign_in = cognito
        .initiate_auth()
        .client_id(client_id)
        .auth_flow(AuthFlowType::UserPasswordAuth)
        .auth_parameters("USERNAME", "secret@example.com")
        .auth_parameters("PASSWORD", PASSWORD)
        .send()
        .await;
    assert_eq!(outcome(sign_in), Err("NotAuthorizedException".into()));
    let forgot = cognito
        .forgot_password()
        .client_id(client_id)
        .username("secret@example.com")
        .send()
        .await;
    assert_eq!(outcome(forgot), Err("NotAuthorizedException".into()));
    assert_eq!(app.cognito_users().await, 1, "no account was made");

    // Through our server, the same refresh token still renews the session.
    let (status, _) = app
        .call(app::functions::auth::RefreshSession {
            refresh_token: refresh_token.into(),
            username: signed_in.username.clone(),
        })
        .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn an_authenticator_is_set_up_only_through_a_setup_this_server_began() {
    use app::functions::two_step::{FinishTwoStepSetup, StartTwoStepSetup};
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("setup@example.com", "Setup").await;
    let finish = |code: String| FinishTwoStepSetup {
        access_token: access_token(&signed_in).into(),
        code: code.into(),
        device_name: "A phone".into(),
    };
    // A stolen token with no setup begun (which takes the password) gets no recovery codes.
    let (status, refused) = app.call(finish("123456".into())).await;
    assert_eq!(status, 400, "{refused:?}");
    assert!(
        !app.backend
            .user_pool
            .user(&sub_of(&signed_in))
            .await
            .unwrap()
            .authenticator_required
    );

    let (_, setup) = app
        .call(StartTwoStepSetup {
            access_token: access_token(&signed_in).into(),
            current_password: PASSWORD.into(),
        })
        .await;
    let secret = setup.unwrap().secret.expose().replace(' ', "");
    let (status, codes) = app.call(finish(crate::common::totp::code_now(&secret))).await;
    assert_eq!(status, 200, "{codes:?}");
    assert!(
        app.backend
            .user_pool
            .user(&sub_of(&signed_in))
            .await
            .unwrap()
            .authenticator_required
    );
    // The setup is spent: its first code does not set anything up again.
    let (status, _) = app.call(finish(crate::common::totp::code_now(&secret))).await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn a_proofs_minted_sign_in_is_held_for_its_change_and_revoked_once_it_ends() {
    use app::{functions::settings::ConfirmEmailChange, model::MailPurpose};
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("minted@example.com", "Minted").await;
    let fidelity = &app.backend.local.as_ref().unwrap().fidelity;
    let sub = sub_of(&signed_in);
    assert_eq!(fidelity.live_sign_ins(&sub).await, 1, "the browser's own");

    // A wrong password mints nothing; a right one mints a sign-in for the code to come.
    let wrong = app
        .call(crate::common::change_email(
            &access_token(&signed_in),
            "next@example.com",
            "not it",
        ))
        .await;
    assert_eq!(wrong.0, 400);
    assert_eq!(fidelity.live_sign_ins(&sub).await, 1);
    let started = app
        .call(crate::common::change_email(
            &access_token(&signed_in),
            "next@example.com",
            PASSWORD,
        ))
        .await;
    assert_eq!(started.0, 200, "{started:?}");
    assert_eq!(fidelity.live_sign_ins(&sub).await, 2, "held for the code");

    let code = app.code("next@example.com", MailPurpose::EmailChange).await;
    let (status, _) = app
        .call(ConfirmEmailChange {
            access_token: access_token(&signed_in).into(),
            code: code.into(),
        })
        .await;
    assert_eq!(status, 200);
    assert_eq!(fidelity.live_sign_ins(&sub).await, 1, "revoked once the change is made");
}
