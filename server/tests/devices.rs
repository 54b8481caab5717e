//! Devices (`shared/SECURITY.md` 33): every session of an account is listed to its owner and can
//! be ended alone; our record knows each session by the tokens our server handed out, so an
//! ended one stays ended whatever the token service puts in its claims.
use crate::common::{PASSWORD, TestApp, access_token};
use app::{
    functions::{
        auth::RefreshSession,
        profile::ExportData,
        settings::{SignOutDevice, SignedInDevices},
    },
    model::{SignedIn, SignedInDevice},
};

async fn devices(app: &TestApp, signed_in: &SignedIn) -> Vec<SignedInDevice> {
    let (status, devices) = app
        .call(SignedInDevices {
            access_token: access_token(signed_in).into(),
        })
        .await;
    assert_eq!(status, 200, "{devices:?}");
    devices.unwrap()
}

#[tokio::test]
async fn one_device_ends_anothers_session_and_keeps_its_own() {
    let app = TestApp::start().await;
    let first = app.confirmed_account("two@example.com", "Two").await;
    let second = app.sign_in("two@example.com", PASSWORD).await.1.unwrap();

    let listed = devices(&app, &first).await;
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert_eq!(listed.iter().filter(|device| device.this_device).count(), 1);
    let other = listed.iter().find(|device| !device.this_device).unwrap();
    assert!(
        devices(&app, &second)
            .await
            .iter()
            .any(|d| d.this_device && d.id == other.id)
    );

    let ended = app
        .call(SignOutDevice {
            access_token: access_token(&first).into(),
            device: other.id.clone(),
        })
        .await;
    assert_eq!(ended.0, 200, "{ended:?}");

    assert_eq!(
        app.profile_status(&access_token(&second)).await,
        401,
        "its access token is refused"
    );
    assert_eq!(app.refresh_status(&second).await, 401, "its refresh is refused");
    assert_eq!(app.profile_status(&access_token(&first)).await, 200, "this one goes on");
    let left = devices(&app, &first).await;
    assert_eq!(left.len(), 1);
    assert!(left[0].this_device);
}

#[tokio::test]
async fn another_accounts_device_cannot_be_signed_out() {
    let app = TestApp::start().await;
    let ada = app.confirmed_account("ada@example.com", "Ada").await;
    let eve = app.confirmed_account("eve@example.com", "Eve").await;
    let adas = devices(&app, &ada).await[0].id.clone();
    let tried = app
        .call(SignOutDevice {
            access_token: access_token(&eve).into(),
            device: adas,
        })
        .await;
    assert_eq!(tried.0, 200, "an id the account has no session under ends nothing");
    assert_eq!(app.profile_status(&access_token(&ada)).await, 200);
}

#[tokio::test]
async fn a_refresh_keeps_the_session_listed_and_its_rotated_refresh_token_works_once() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("rot@example.com", "Rot").await;
    let refresh = |token: &str| RefreshSession {
        refresh_token: token.into(),
        username: signed_in.username.clone(),
    };
    let sent = signed_in.tokens.refresh_token.clone().unwrap();
    let (status, renewed) = app.call(refresh(&sent)).await;
    assert_eq!(status, 200, "{renewed:?}");
    let renewed = renewed.unwrap();
    assert_eq!(app.profile_status(&renewed.access_token).await, 200);
    assert_eq!(
        app.profile_status(&signed_in.tokens.access_token).await,
        200,
        "the one before, for other tabs"
    );
    assert_eq!(app.call(refresh(&sent)).await.0, 401, "a spent refresh token");

    let after = SignedIn {
        tokens: renewed,
        ..signed_in.clone()
    };
    let listed = devices(&app, &after).await;
    assert_eq!(listed.len(), 1);
    assert!(listed[0].this_device);
}

#[tokio::test]
async fn the_data_download_lists_the_devices_without_tokens() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("data@example.com", "Data").await;
    let (status, export) = app
        .call(ExportData {
            access_token: access_token(&signed_in).into(),
        })
        .await;
    assert_eq!(status, 200);
    let export = export.unwrap();
    assert!(export.contains("signed_in_devices"), "{export}");
    let refresh = signed_in.tokens.refresh_token.clone().unwrap();
    assert!(!export.contains(&refresh) && !export.contains(&signed_in.tokens.access_token));
}
