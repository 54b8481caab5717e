//! What the server logs while people use it: one audit event per action that changes or proves
//! who someone is, and never a secret, not even with every target at `trace`.
//!
//! Each test watches its own server's log (`common::captured_log`).

use app::{
    functions::{
        auth::{ForgotPassword, RefreshSession, ResendCode, ResetPassword, SignOut},
        passwordless::{PasskeyCreationOptions, StartPasskeySignIn},
        profile::{ExportData, SaveProfile},
        settings::{ChangeEmail, ConfirmEmailChange, ResendEmailCode, SignOutEverywhere},
        two_step::StartTwoStepSetup,
    },
    model::{MailPurpose, ProfileFields, Proof, SignedIn},
};
use serde_json::Value;
use tracing_subscriber::{Layer, layer::SubscriberExt};

use crate::common::{PASSWORD, TestApp, access_token, captured_log::Captured, change_password, delete_account};

const NEW_PASSWORD: &str = "a second long passphrase";
const RESET_PASSWORD: &str = "the third and last passphrase";

/// Every secret one person's whole journey handles (its sign-in marker too), and the journey
/// itself: sign-up, a new code, confirmation, sign-in (one wrong password first), refresh, profile
/// save, data export, the starts of a two-step setup, a passkey registration and a passkey
/// sign-in, password change, email change (with a new code), sign-out, password reset, sign-out
/// everywhere and deletion.
struct Journey {
    secrets: Vec<String>,
    sub: String,
}

async fn walk_through_every_flow(app: &TestApp) -> Journey {
    let email = "journey@example.com";
    let mut secrets = vec![
        PASSWORD.to_string(),
        NEW_PASSWORD.to_string(),
        RESET_PASSWORD.to_string(),
    ];
    fn remember(secrets: &mut Vec<String>, signed_in: &SignedIn) {
        secrets.push(signed_in.tokens.access_token.clone());
        secrets.push(signed_in.tokens.id_token.clone());
        secrets.extend(signed_in.tokens.refresh_token.clone());
    }

    let code = {
        assert_eq!(app.sign_up(email, PASSWORD, "Journey").await, (200, Ok(())));
        let resend = ResendCode { email: email.into() };
        assert_eq!(app.call(resend).await.0, 200);
        app.code(email, MailPurpose::Resend).await
    };
    assert_eq!(app.confirm(email, &code).await.0, 200);
    assert_eq!(app.sign_in(email, "not the password at all").await.0, 401);
    let first = app.sign_in(email, PASSWORD).await.1.unwrap();
    remember(&mut secrets, &first);
    let marker_value =
        |marker: Option<String>| marker.expect("a sign-in marker").split_once('=').unwrap().1.to_string();
    secrets.push(marker_value(app.marker()));
    let sub = app.sub(&first.tokens.access_token).await;

    let refreshed = app
        .call(RefreshSession {
            refresh_token: first.tokens.refresh_token.clone().unwrap().into(),
            username: first.username.clone(),
        })
        .await;
    let refreshed = refreshed.1.unwrap();
    secrets.push(refreshed.access_token);
    secrets.extend(refreshed.refresh_token);
    let fields = ProfileFields {
        display_name: "Journey Two".into(),
        bio: String::new(),
        time_zone: "Europe/Paris".into(),
        language: "fr".into(),
    };
    let save = SaveProfile {
        access_token: access_token(&first).into(),
        fields,
        version: app.profile(&first.tokens.access_token).await.version,
    };
    assert_eq!(app.call(save).await.0, 200);
    let export = ExportData {
        access_token: access_token(&first).into(),
    };
    assert_eq!(app.call(export).await.0, 200);
    let two_step = StartTwoStepSetup {
        access_token: access_token(&first).into(),
        current_password: PASSWORD.into(),
    };
    assert_eq!(app.call(two_step).await.0, 200);
    let passkey = PasskeyCreationOptions {
        access_token: access_token(&first).into(),
        proof: Proof::Password(PASSWORD.into()),
    };
    assert_eq!(app.call(passkey).await.0, 200);
    let passkey_sign_in = StartPasskeySignIn { email: email.into() };
    assert_eq!(app.call(passkey_sign_in).await.0, 200);

    let changed = app
        .call(change_password(&access_token(&first), PASSWORD, NEW_PASSWORD))
        .await
        .1
        .unwrap();
    remember(&mut secrets, &changed);
    let new_email = "journey.moved@example.com";
    let change = ChangeEmail {
        access_token: access_token(&changed).into(),
        new_email: new_email.into(),
        current_password: NEW_PASSWORD.into(),
        code: None,
    };
    assert_eq!(app.call(change).await.0, 200);
    let resend = ResendEmailCode {
        access_token: access_token(&changed).into(),
    };
    assert_eq!(app.call(resend).await.0, 200);
    let email_code = app.code(new_email, MailPurpose::EmailChange).await;
    let confirm = ConfirmEmailChange {
        access_token: access_token(&changed).into(),
        code: email_code.clone().into(),
    };
    assert_eq!(app.call(confirm).await.0, 200);
    let sign_out = SignOut {
        access_token: access_token(&changed).into(),
        refresh_token: changed.tokens.refresh_token.clone().unwrap().into(),
    };
    assert_eq!(app.call(sign_out).await.0, 200);
    // A sign-out's token is refused from then on.
    let stale = app.profile_status(&changed.tokens.access_token).await;
    assert_eq!(stale, 401);

    let forgot = ForgotPassword {
        email: new_email.into(),
    };
    assert_eq!(app.call(forgot).await.0, 200);
    let reset_code = app.code(new_email, MailPurpose::PasswordReset).await;
    let reset = ResetPassword {
        email: new_email.into(),
        code: reset_code.clone().into(),
        new_password: RESET_PASSWORD.into(),
    };
    assert_eq!(app.call(reset).await.0, 200);
    let last = app.sign_in(new_email, RESET_PASSWORD).await.1.unwrap();
    remember(&mut secrets, &last);
    let everywhere = SignOutEverywhere {
        access_token: access_token(&last).into(),
    };
    assert_eq!(app.call(everywhere).await.0, 200);
    let last = app.sign_in(new_email, RESET_PASSWORD).await.1.unwrap();
    remember(&mut secrets, &last);
    let delete = delete_account(
        &access_token(&last),
        RESET_PASSWORD,
        app::validation::DELETE_CONFIRMATION,
    );
    assert_eq!(app.call(delete).await.0, 200);

    secrets.push(marker_value(app.marker()));
    secrets.extend([code, email_code, reset_code]);
    Journey { secrets, sub }
}

/// Where `secret` appears in `text`. A six-digit code counts only as a number of its own: a
/// trace log at this level is full of longer numbers (timestamps' microseconds, ports, ids)
/// that contain any six digits now and then.
fn found(text: &str, secret: &str) -> Option<usize> {
    let is_code = secret.len() < 12 && secret.bytes().all(|b| b.is_ascii_digit());
    text.match_indices(secret).map(|(at, _)| at).find(|&at| {
        let alone = |byte: Option<&u8>| byte.is_none_or(|b| !b.is_ascii_alphanumeric());
        !is_code || (alone(text.as_bytes().get(at.wrapping_sub(1))) && alone(text.as_bytes().get(at + secret.len())))
    })
}

/// One journey, watched two ways at once: the whole log at `trace`, and the audit events as
/// `AUDIT_LOG=json` prints them.
#[tokio::test]
async fn a_journey_leaves_one_audit_event_per_action_and_no_secret_in_the_log_even_at_trace_level() {
    let (log, lines) = (Captured::default(), Captured::default());
    let subscriber = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(log.clone())
                .with_filter(server::logging::filter("trace")),
        )
        .with(server::logging::audit_json(lines.clone()));
    let _only_this_test = tracing::subscriber::set_default(subscriber);

    let app = TestApp::start().await;
    let journey = walk_through_every_flow(&app).await;

    let text = log.text();
    assert!(
        text.lines().count() > 100,
        "the trace level was on: {} lines",
        text.lines().count()
    );
    assert!(!text.contains("eyJ"), "a token reached the log");
    for (which, secret) in journey.secrets.iter().enumerate() {
        if let Some(at) = found(&text, secret) {
            // Where, with the secret itself masked: the failure must not print it either.
            let around = |range: std::ops::Range<usize>| text.get(range).unwrap_or_default().to_string();
            let before = around(at.saturating_sub(60)..at);
            let after = around(at + secret.len()..at + secret.len() + 60);
            panic!("secret #{which} of the journey reached the log: …{before}<secret>{after}…");
        }
    }

    let events: Vec<Value> = lines
        .text()
        .lines()
        .map(|line| serde_json::from_str(line).expect("each audit line is one JSON object"))
        .collect();
    let summary: Vec<(String, String)> = events
        .iter()
        .map(|event| {
            (
                event["action"].as_str().unwrap().to_string(),
                event["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        ("sign_up", "success"),
        ("sign_up_code_resent", "success"),
        ("confirm_sign_up", "success"),
        ("sign_in", "failure"),
        ("sign_in", "success"),
        ("profile_change", "success"),
        ("data_exported", "success"),
        ("two_step_setup_started", "success"),
        ("passkey_registration_started", "success"),
        ("passkey_challenge", "success"),
        ("password_change", "success"),
        ("email_change_requested", "success"),
        ("email_change_code_resent", "success"),
        ("email_change", "success"),
        ("sign_out", "success"),
        ("token_refused", "failure"),
        ("password_reset_requested", "success"),
        ("password_reset", "success"),
        ("sign_in", "success"),
        ("sign_out_everywhere", "success"),
        ("sign_in", "success"),
        ("account_deletion", "success"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(a, o)| (a.to_string(), o.to_string())).collect();
    assert_eq!(summary, expected);

    for event in &events {
        assert_eq!(event["target"], "audit");
        assert_eq!(event["ip"], "127.0.0.1", "{event}");
        let who = (event["user"].as_str(), event["email"].as_str());
        match event["action"].as_str().unwrap() {
            "sign_up"
            | "sign_up_code_resent"
            | "confirm_sign_up"
            | "sign_in"
            | "passkey_challenge"
            | "password_reset_requested"
            | "password_reset" => {
                assert!(who.1.is_some_and(|email| email.starts_with("journey")), "{event}")
            }
            _ => assert_eq!(who.0, Some(journey.sub.as_str()), "{event}"),
        }
    }
    let failed_sign_in = &events[3];
    assert_eq!(failed_sign_in["reason"], "wrong_credentials");
    assert_eq!(events[15]["reason"], "revoked");
    let text = lines.text();
    for secret in &journey.secrets {
        assert!(found(&text, secret).is_none(), "a secret reached the audit trail");
    }
}

/// A refused refresh names nobody: the user name beside the token is whatever the browser sent,
/// and nothing verified it, so it is not written down as the user.
#[tokio::test]
async fn a_refused_refresh_does_not_log_the_user_name_it_was_sent_with() {
    let lines = Captured::default();
    let subscriber = tracing_subscriber::registry().with(server::logging::audit_json(lines.clone()));
    let _only_this_test = tracing::subscriber::set_default(subscriber);
    let app = TestApp::start().await;
    let victim = app.confirmed_account("refresh.victim@example.com", "Victim").await;
    let refresh = RefreshSession {
        refresh_token: "not a refresh token".into(),
        username: victim.username.clone(),
    };
    assert_eq!(app.call(refresh).await.0, 401);

    let text = lines.text();
    let refused: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap())
        .filter(|event| event["action"] == "refresh_refused")
        .collect();
    assert_eq!(refused.len(), 1, "{text}");
    assert!(refused[0].get("user").is_none_or(Value::is_null), "{}", refused[0]);
    assert!(!text.contains(&victim.username), "{text}");
}
