//! The profile in DynamoDB through the real server functions: created once, saved with
//! optimistic concurrency, reachable only with its owner's token.
use app::functions::mailbox::MailPurpose;
use serde_json::{Value, json};

use crate::common::{PASSWORD, TestApp, access_token};

fn fields(name: &str, bio: &str) -> Value {
    json!({"display_name": name, "bio": bio, "time_zone": "Europe/Paris", "language": "fr"})
}

#[tokio::test]
async fn the_first_sign_in_creates_exactly_one_profile() {
    let app = TestApp::start().await;
    let email = "first@example.com";
    let (status, _) = app
        .call(
            "sign_up",
            json!({"email": email, "password": PASSWORD, "display_name": "First"}),
        )
        .await;
    assert_eq!(status, 200);
    let code = app.code(email, MailPurpose::SignUp).await;
    assert_eq!(
        app.call("confirm_sign_up", json!({"email": email, "code": code}))
            .await
            .0,
        200
    );
    assert!(
        app.profile_items().await.is_empty(),
        "no profile before the first sign-in"
    );

    // Two first sign-ins at once (two tabs) still make one item.
    let ((first, signed_in), (second, _)) = tokio::join!(app.sign_in(email, PASSWORD), app.sign_in(email, PASSWORD));
    assert_eq!((first, second), (200, 200));
    assert_eq!(app.profile_items().await.len(), 1);
    assert_eq!(app.sign_in(email, PASSWORD).await.0, 200);
    assert_eq!(app.profile_items().await.len(), 1, "later sign-ins add nothing");

    let token = access_token(&signed_in);
    let (status, profile) = app.call("get_profile", json!({"access_token": token})).await;
    assert_eq!(status, 200, "{profile}");
    assert_eq!(profile["email"]["email"], email);
    assert_eq!(profile["fields"]["display_name"], "First");
    assert_eq!(profile["fields"]["time_zone"], "UTC", "no browser hints: the defaults");
    assert_eq!(profile["fields"]["language"], "en");
    assert_eq!(profile["version"], 1);

    // A later sign-in, with other hints, neither adds an item nor resets what was saved.
    let saved = json!({"access_token": token, "fields": fields("Saved", "kept"), "version": 1});
    assert_eq!(app.call("save_profile", saved).await.0, 200);
    let (status, again) = app
        .call(
            "sign_in",
            json!({"email": email, "password": PASSWORD, "time_zone": "Asia/Tokyo", "language": "ja"}),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(again["display_name"], "Saved");
    assert_eq!(app.profile_items().await.len(), 1);
    let (_, profile) = app.call("get_profile", json!({"access_token": token})).await;
    assert_eq!(profile["fields"], fields("Saved", "kept"));
    assert_eq!(profile["version"], 2);
}

#[tokio::test]
async fn the_browser_locale_becomes_the_default_when_it_is_on_the_lists() {
    let app = TestApp::start().await;
    let (status, _) = app
        .call(
            "sign_up",
            json!({"email": "tz@example.com", "password": PASSWORD, "display_name": "Tz"}),
        )
        .await;
    assert_eq!(status, 200);
    let code = app
        .code("tz@example.com", app::functions::mailbox::MailPurpose::SignUp)
        .await;
    app.call("confirm_sign_up", json!({"email": "tz@example.com", "code": code}))
        .await;
    let (_, signed_in) = app
        .call(
            "sign_in",
            json!({"email": "tz@example.com", "password": PASSWORD, "time_zone": "Asia/Tokyo", "language": "ja-JP"}),
        )
        .await;
    let (_, profile) = app
        .call("get_profile", json!({"access_token": access_token(&signed_in)}))
        .await;
    assert_eq!(profile["fields"]["time_zone"], "Asia/Tokyo");
    assert_eq!(profile["fields"]["language"], "ja");
}

#[tokio::test]
async fn a_save_is_kept_exactly_as_typed_and_bumps_the_version() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("save@example.com", "Save").await);
    let markup = "<img src=x onerror=alert(1)></script>";
    let (status, saved) = app
        .call(
            "save_profile",
            json!({"access_token": token, "fields": fields("Ada <b>", markup), "version": 1}),
        )
        .await;
    assert_eq!(status, 200, "{saved}");
    assert_eq!(saved["version"], 2);

    let (_, profile) = app.call("get_profile", json!({"access_token": token})).await;
    assert_eq!(profile["fields"], fields("Ada <b>", markup));
    assert_eq!(profile["version"], 2);
    // The header's name follows the profile.
    let (_, account) = app.call("current_account", json!({"access_token": token})).await;
    assert_eq!(account["display_name"], "Ada <b>");
}

#[tokio::test]
async fn of_two_saves_from_the_same_version_exactly_one_wins() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("race@example.com", "Race").await);
    let save = |name: &'static str| {
        let body = json!({"access_token": token, "fields": fields(name, ""), "version": 1});
        let app = &app;
        async move { app.call("save_profile", body).await }
    };
    let ((first, first_answer), (second, second_answer)) = tokio::join!(save("First tab"), save("Second tab"));
    let mut statuses = [first, second];
    statuses.sort();
    assert_eq!(statuses, [200, 409], "one save wins, the other is refused");
    let (winner, refusal) = if first == 200 {
        ("First tab", second_answer)
    } else {
        ("Second tab", first_answer)
    };
    assert_eq!(refusal, "StaleProfile");

    let (_, profile) = app.call("get_profile", json!({"access_token": token})).await;
    assert_eq!(
        profile["fields"]["display_name"], winner,
        "the refused save changed nothing"
    );
    assert_eq!(profile["version"], 2);
}

#[tokio::test]
async fn a_save_based_on_an_old_copy_is_refused_with_the_reload_message() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("stale@example.com", "Stale").await);
    let body =
        |name: &str, version: u64| json!({"access_token": token, "fields": fields(name, ""), "version": version});
    assert_eq!(app.call("save_profile", body("Newer", 1)).await.0, 200);
    let (status, error) = app.call("save_profile", body("Older", 1)).await;
    assert_eq!(status, 409);
    assert_eq!(error, "StaleProfile");
    let (_, profile) = app.call("get_profile", json!({"access_token": token})).await;
    assert_eq!(profile["fields"]["display_name"], "Newer");
}

#[tokio::test]
async fn one_users_token_never_reaches_another_users_profile() {
    let app = TestApp::start().await;
    let ada = access_token(&app.confirmed_account("ada@example.com", "Ada").await);
    let bob = access_token(&app.confirmed_account("bob@example.com", "Bob").await);
    let bob_sub = app.sub(&bob).await;

    // No argument can choose the user: an extra `sub` beside the arguments is ignored (the save
    // lands on the token's own profile), and one inside the fields is refused.
    let (status, _) = app
        .call(
            "save_profile",
            json!({"access_token": ada, "sub": bob_sub, "fields": fields("Ada again", ""), "version": 1}),
        )
        .await;
    assert_eq!(status, 200);
    let (status, _) = app
        .call(
            "save_profile",
            json!({"access_token": ada, "fields": {"display_name": "Mallory", "bio": "", "time_zone": "UTC", "language": "en", "sub": bob_sub}, "version": 2}),
        )
        .await;
    assert_eq!(status, 400, "refused as unreadable, not as stale");

    let (_, bobs) = app.call("get_profile", json!({"access_token": bob})).await;
    assert_eq!(bobs["fields"]["display_name"], "Bob");
    assert_eq!(bobs["version"], 1);
    let (_, adas) = app.call("get_profile", json!({"access_token": ada})).await;
    assert_eq!(adas["fields"]["display_name"], "Ada again");
}

#[tokio::test]
async fn invalid_fields_are_refused_on_the_server_and_change_nothing() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("bad@example.com", "Bad").await);
    for (bad, field) in [
        (
            json!({"display_name": "", "bio": "", "time_zone": "UTC", "language": "en"}),
            "DisplayName",
        ),
        (
            json!({"display_name": "A", "bio": "x".repeat(281), "time_zone": "UTC", "language": "en"}),
            "Bio",
        ),
        (
            json!({"display_name": "A", "bio": "", "time_zone": "Mars/Base", "language": "en"}),
            "TimeZone",
        ),
        (
            json!({"display_name": "A", "bio": "", "time_zone": "UTC", "language": "klingon"}),
            "Language",
        ),
    ] {
        let (status, error) = app
            .call(
                "save_profile",
                json!({"access_token": token, "fields": bad, "version": 1}),
            )
            .await;
        assert_eq!(status, 400, "{error}");
        assert_eq!(error["Invalid"]["field"], field, "{error}");
    }
    let (_, profile) = app.call("get_profile", json!({"access_token": token})).await;
    assert_eq!(profile["version"], 1);
    assert_eq!(profile["fields"]["display_name"], "Bad");
}

#[tokio::test]
async fn without_a_valid_token_there_is_no_profile_to_read_write_or_export() {
    let app = TestApp::start().await;
    for (function, body) in [
        ("get_profile", json!({"access_token": "not-a-token"})),
        (
            "save_profile",
            json!({"access_token": "", "fields": fields("X", ""), "version": 1}),
        ),
        ("export_data", json!({"access_token": "eyJhbGciOiJub25lIn0.e30."})),
    ] {
        let (status, error) = app.call(function, body).await;
        assert_eq!(status, 401, "{function}: {error}");
    }
    assert!(app.profile_items().await.is_empty());
}

#[tokio::test]
async fn the_export_holds_the_cognito_attributes_and_the_profile_item() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("export@example.com", "Exporter").await);
    let (status, text) = app.call("export_data", json!({"access_token": token})).await;
    assert_eq!(status, 200, "{text}");
    let export: Value = serde_json::from_str(text.as_str().unwrap()).unwrap();
    assert_eq!(export["account"]["attributes"]["email"], "export@example.com");
    assert_eq!(export["profile"]["display_name"], "Exporter");
    assert_eq!(export["profile"]["sub"], app.sub(&token).await);
    assert!(!text.as_str().unwrap().contains("eyJ"), "no token in the export");
}
