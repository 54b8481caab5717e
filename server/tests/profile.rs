//! The profile in DynamoDB through the real server functions: created once, saved with
//! optimistic concurrency, reachable only with its owner's token.
use app::{
    error::{AppError, Field},
    functions::{
        auth::{CurrentAccount, SignIn},
        profile::{ExportData, GetProfile, SaveProfile},
    },
    model::{MailPurpose, ProfileFields},
};
use serde_json::{Value, json};

use crate::common::{PASSWORD, TestApp, access_token, invalid_field};

fn fields(name: &str, bio: &str) -> ProfileFields {
    ProfileFields {
        display_name: name.into(),
        bio: bio.into(),
        time_zone: "Europe/Paris".into(),
        language: "fr".into(),
    }
}

fn save(token: &str, fields: ProfileFields, version: u64) -> SaveProfile {
    SaveProfile {
        access_token: token.into(),
        fields,
        version,
    }
}

#[tokio::test]
async fn the_first_sign_in_creates_exactly_one_profile() {
    let app = TestApp::start().await;
    let email = "first@example.com";
    assert_eq!(app.sign_up(email, PASSWORD, "First").await, (200, Ok(())));
    let code = app.code(email, MailPurpose::SignUp).await;
    assert_eq!(app.confirm(email, &code).await.0, 200);
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

    let token = access_token(&signed_in.unwrap());
    let first_profile = app.profile(&token).await;
    assert_eq!(first_profile.email.email, email);
    assert_eq!(first_profile.fields.display_name, "First");
    assert_eq!(first_profile.fields.time_zone, "UTC", "no browser hints: the defaults");
    assert_eq!(first_profile.fields.language, "en");
    assert_eq!(first_profile.version, 1);

    // A later sign-in, with other hints, neither adds an item nor resets what was saved.
    assert_eq!(app.call(save(&token, fields("Saved", "kept"), 1)).await.0, 200);
    let (status, again) = app
        .call(SignIn {
            email: email.into(),
            password: PASSWORD.into(),
            time_zone: Some("Asia/Tokyo".into()),
            language: Some("ja".into()),
        })
        .await;
    assert_eq!(status, 200);
    assert_eq!(again.unwrap().into_signed_in().unwrap().display_name, "Saved");
    assert_eq!(app.profile_items().await.len(), 1);
    let saved = app.profile(&token).await;
    assert_eq!(saved.fields, fields("Saved", "kept"));
    assert_eq!(saved.version, 2);
}

#[tokio::test]
async fn the_browser_locale_becomes_the_default_when_it_is_on_the_lists() {
    let app = TestApp::start().await;
    assert_eq!(app.sign_up("tz@example.com", PASSWORD, "Tz").await.0, 200);
    let code = app.code("tz@example.com", MailPurpose::SignUp).await;
    assert_eq!(app.confirm("tz@example.com", &code).await, (200, Ok(None)));
    let (_, signed_in) = app
        .call(SignIn {
            email: "tz@example.com".into(),
            password: PASSWORD.into(),
            time_zone: Some("Asia/Tokyo".into()),
            language: Some("ja-JP".into()),
        })
        .await;
    let profile = app
        .profile(&access_token(&signed_in.unwrap().into_signed_in().unwrap()))
        .await;
    assert_eq!(profile.fields.time_zone, "Asia/Tokyo");
    assert_eq!(profile.fields.language, "ja");
}

#[tokio::test]
async fn a_save_is_kept_exactly_as_typed_and_bumps_the_version() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("save@example.com", "Save").await);
    let markup = "<img src=x onerror=alert(1)></script>";
    let (status, saved) = app.call(save(&token, fields("Ada <b>", markup), 1)).await;
    assert_eq!(status, 200, "{saved:?}");
    assert_eq!(saved.unwrap().version, 2);

    let stored = app.profile(&token).await;
    assert_eq!(stored.fields, fields("Ada <b>", markup));
    assert_eq!(stored.version, 2);
    // The header's name follows the profile.
    let account = app
        .call(CurrentAccount {
            access_token: token.into(),
        })
        .await
        .1
        .unwrap();
    assert_eq!(account.display_name, "Ada <b>");
}

#[tokio::test]
async fn of_two_saves_from_the_same_version_exactly_one_wins() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("race@example.com", "Race").await);
    let ((first, first_answer), (second, second_answer)) = tokio::join!(
        app.call(save(&token, fields("First tab", ""), 1)),
        app.call(save(&token, fields("Second tab", ""), 1))
    );
    let mut statuses = [first, second];
    statuses.sort();
    assert_eq!(statuses, [200, 409], "one save wins, the other is refused");
    let (winner, refusal) = if first == 200 {
        ("First tab", second_answer)
    } else {
        ("Second tab", first_answer)
    };
    assert_eq!(refusal, Err(AppError::StaleProfile));

    let stored = app.profile(&token).await;
    assert_eq!(stored.fields.display_name, winner, "the refused save changed nothing");
    assert_eq!(stored.version, 2);
}

#[tokio::test]
async fn a_save_based_on_an_old_copy_is_refused_with_the_reload_message() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("stale@example.com", "Stale").await);
    assert_eq!(app.call(save(&token, fields("Newer", ""), 1)).await.0, 200);
    assert_eq!(
        app.call(save(&token, fields("Older", ""), 1)).await,
        (409, Err(AppError::StaleProfile))
    );
    assert_eq!(app.profile(&token).await.fields.display_name, "Newer");
}

#[tokio::test]
async fn one_users_token_never_reaches_another_users_profile() {
    let app = TestApp::start().await;
    let ada = access_token(&app.confirmed_account("ada@example.com", "Ada").await);
    let bob = access_token(&app.confirmed_account("bob@example.com", "Bob").await);
    let bob_sub = app.sub(&bob).await;

    // No argument can choose the user: an extra `sub` beside the arguments or inside the fields
    // is refused. Neither can be written with the argument struct: these bodies are made by hand.
    let fields_json = |name: &str| json!({"display_name": name, "bio": "", "time_zone": "UTC", "language": "en"});
    let (status, _) = app
        .call_raw::<SaveProfile>(
            json!({"access_token": ada, "sub": bob_sub, "fields": fields_json("Ada again"), "version": 1}),
        )
        .await;
    assert_eq!(status, 400);
    let (status, _) = app
        .call_raw::<SaveProfile>(json!({"access_token": ada, "fields": fields_json("Ada again"), "version": 1}))
        .await;
    assert_eq!(status, 200);
    let mut smuggled = fields_json("Mallory");
    smuggled["sub"] = Value::String(bob_sub);
    let (status, error) = app
        .call_raw::<SaveProfile>(json!({"access_token": ada, "fields": smuggled, "version": 2}))
        .await;
    assert_eq!(
        (status, error),
        (400, json!("Unreadable")),
        "refused as unreadable, not as stale"
    );

    let bobs = app.profile(&bob).await;
    assert_eq!(bobs.fields.display_name, "Bob");
    assert_eq!(bobs.version, 1);
    assert_eq!(app.profile(&ada).await.fields.display_name, "Ada again");
}

#[tokio::test]
async fn invalid_fields_are_refused_on_the_server_and_change_nothing() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("bad@example.com", "Bad").await);
    let valid = || ProfileFields {
        display_name: "A".into(),
        bio: String::new(),
        time_zone: "UTC".into(),
        language: "en".into(),
    };
    for (bad, field) in [
        (
            ProfileFields {
                display_name: String::new(),
                ..valid()
            },
            Field::DisplayName,
        ),
        (
            ProfileFields {
                bio: "x".repeat(281),
                ..valid()
            },
            Field::Bio,
        ),
        (
            ProfileFields {
                time_zone: "Mars/Base".into(),
                ..valid()
            },
            Field::TimeZone,
        ),
        (
            ProfileFields {
                language: "klingon".into(),
                ..valid()
            },
            Field::Language,
        ),
    ] {
        let refused = app.call(save(&token, bad, 1)).await;
        assert_eq!(refused.0, 400, "{refused:?}");
        assert_eq!(invalid_field(&refused), Some(field), "{refused:?}");
    }
    let stored = app.profile(&token).await;
    assert_eq!(stored.version, 1);
    assert_eq!(stored.fields.display_name, "Bad");
}

#[tokio::test]
async fn without_a_valid_token_there_is_no_profile_to_read_write_or_export() {
    let app = TestApp::start().await;
    let answers = [
        app.call(GetProfile {
            access_token: "not-a-token".into(),
        })
        .await
        .0,
        app.call(save("", fields("X", ""), 1)).await.0,
        app.call(ExportData {
            access_token: "eyJhbGciOiJub25lIn0.e30.".into(),
        })
        .await
        .0,
    ];
    assert_eq!(answers, [401; 3]);
    assert!(app.profile_items().await.is_empty());
}

#[tokio::test]
async fn the_export_holds_the_cognito_attributes_and_the_profile_item() {
    let app = TestApp::start().await;
    let token = access_token(&app.confirmed_account("export@example.com", "Exporter").await);
    let (status, text) = app
        .call(ExportData {
            access_token: token.clone().into(),
        })
        .await;
    assert_eq!(status, 200, "{text:?}");
    let text = text.unwrap();
    let export: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(export["account"]["attributes"]["email"], "export@example.com");
    assert_eq!(export["profile"]["display_name"], "Exporter");
    assert_eq!(export["profile"]["sub"], app.sub(&token).await);
    assert!(!text.contains("eyJ"), "no token in the export");
}
