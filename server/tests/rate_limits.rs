//! The app's own rate limits, in front of Cognito (`server/src/rate_limit.rs`, and per user in
//! `AppState::authenticate`): over a limit the answer is 429 with `Retry-After`, and Cognito is
//! not called. All test traffic comes from 127.0.0.1, so "other addresses" arrive through it as
//! a trusted proxy (`X-Forwarded-For`), as they would behind a load balancer.
use app::{
    backend::config::RateLimits,
    error::AppError,
    functions::{
        auth::{ResendCode, SignIn},
        profile::GetProfile,
        two_step::SignInCode,
    },
    model::MailPurpose,
};
use aws_config::retry::RetryConfig;
use server::Services;

use crate::common::{PASSWORD, TestApp, access_token, captured_log, faults::Faults, local_settings, sign_in_args};

/// Local mode with the rate limits `change` makes, 127.0.0.1 as a trusted proxy, and Cognito
/// behind a counting proxy (no faults injected): how many calls reached it.
async fn start(change: impl FnOnce(&mut RateLimits)) -> (TestApp, Faults) {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = local_settings(dir.path());
    settings.rate_limits.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    change(&mut settings.rate_limits);
    let mut backend = Services::connect(&settings).await.unwrap();
    let faults = Faults::install(&mut backend, RetryConfig::disabled()).await;
    (TestApp::serve(backend, dir).await, faults)
}

/// A 429 from our own limit: `Retry-After` in whole seconds within `max`, the same number in
/// the message the page shows.
fn assert_limited<T: std::fmt::Debug>(answer: (u16, Option<u64>, Result<T, AppError>), max: u64) {
    let (status, retry_after, result) = answer;
    assert_eq!(status, 429, "{result:?}");
    let seconds = retry_after.expect("a Retry-After header");
    assert!((1..=max).contains(&seconds), "Retry-After: {seconds}");
    let error = result.unwrap_err();
    assert_eq!(error, AppError::TooManyAttempts { retry_after: seconds });
    assert_eq!(
        error.to_string(),
        format!(
            "Too many attempts. Try again in {seconds} second{}.",
            if seconds == 1 { "" } else { "s" }
        )
    );
}

#[tokio::test]
async fn a_burst_of_wrong_passwords_from_one_address_is_cut_off_while_another_address_signs_in() {
    let (app, faults) = start(|limits| limits.ip_per_minute = 5).await;
    app.confirmed_account("owner@example.com", "Owner").await;
    let attacker = "203.0.113.66";
    let before = faults.cognito.seen("InitiateAuth");
    // Password spraying: a different account each time, so only the per-IP limit applies.
    for n in 0..5 {
        let (status, _, answer) = app
            .call_from(
                attacker,
                sign_in_args(&format!("victim{n}@example.com"), "wrong password"),
            )
            .await;
        assert_eq!((status, answer.unwrap_err()), (401, AppError::WrongCredentials));
    }
    for n in 5..8 {
        let answer = app
            .call_from(
                attacker,
                sign_in_args(&format!("victim{n}@example.com"), "wrong password"),
            )
            .await;
        assert_limited(answer, 60);
    }
    assert_eq!(
        faults.cognito.seen("InitiateAuth") - before,
        5,
        "Cognito saw only the allowed attempts"
    );

    // The owner, on another address behind the same proxy, is not held up by the attacker.
    let (status, _, signed_in) = app
        .call_from("198.51.100.20", sign_in_args("owner@example.com", PASSWORD))
        .await;
    assert_eq!(status, 200, "{signed_in:?}");
}

#[tokio::test]
async fn sign_ins_for_one_email_are_limited_across_addresses() {
    let (app, faults) = start(|limits| limits.sign_ins_per_minute = 5).await;
    // Signed up and signed in once: the first of its five.
    app.confirmed_account("target@example.com", "Target").await;
    let before = faults.cognito.seen("InitiateAuth");
    for n in 1..=4 {
        let (status, _, _) = app
            .call_from(
                &format!("198.51.100.{n}"),
                sign_in_args("target@example.com", "wrong password"),
            )
            .await;
        assert_eq!(status, 401);
    }
    // A fifth address, the right password even: the email's quota is spent, wherever it comes from.
    let answer = app
        .call_from("198.51.100.5", sign_in_args("  Target@Example.com ", PASSWORD))
        .await;
    assert_limited(answer, 60);
    assert_eq!(faults.cognito.seen("InitiateAuth") - before, 4);
    // Another account, from the same address, is not affected.
    let (status, _, _) = app
        .call_from(
            "198.51.100.5",
            sign_in_args("someone-else@example.com", "wrong password"),
        )
        .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn a_second_resend_within_the_cooldown_is_refused_and_sends_nothing() {
    let (app, faults) = start(|_| {}).await;
    let email = "pending@example.com";
    assert_eq!(app.sign_up(email, PASSWORD, "Pending").await.0, 200);
    let resend = || ResendCode { email: email.into() };
    assert_eq!(app.call(resend()).await, (200, Ok(())));
    // The mailbox shows the code that counts now, the new one.
    let code = app.code(email, MailPurpose::Resend).await;
    let mailbox = app.backend.mailbox.as_ref().expect("local mode");
    let sent = || async {
        let messages = mailbox.messages().await.into_iter().filter(|m| m.to == email);
        messages.map(|m| (m.purpose, m.code)).collect::<Vec<_>>()
    };
    assert_eq!(sent().await, [(MailPurpose::Resend, code.clone())]);

    // Straight away again, as a script would (the page's button waits 30 s itself).
    assert_limited(app.call_from("127.0.0.1", resend()).await, 30);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(
        faults.cognito.seen("ResendConfirmationCode"),
        1,
        "Cognito sent one new code"
    );
    assert_eq!(
        sent().await,
        [(MailPurpose::Resend, code)],
        "no second new code reached the mailbox"
    );
    // The cooldown is per address.
    assert_eq!(app.sign_up("other@example.com", PASSWORD, "Other").await.0, 200);
    assert_eq!(
        app.call(ResendCode {
            email: "other@example.com".into()
        })
        .await
        .0,
        200
    );
}

#[tokio::test]
async fn x_forwarded_for_is_ignored_without_trusted_proxies() {
    let app = TestApp::start_with(|settings| {
        settings.rate_limits.ip_per_minute = 3;
        assert!(settings.rate_limits.trusted_proxies.is_empty());
    })
    .await;
    for n in 1..=3 {
        let (status, _, _) = app
            .call_from(
                &format!("198.51.100.{n}"),
                sign_in_args(&format!("u{n}@example.com"), "wrong password"),
            )
            .await;
        assert_eq!(status, 401);
    }
    // A fresh address in the header changes nothing: the socket (127.0.0.1) is the client.
    let answer = app
        .call_from("198.51.100.99", sign_in_args("u4@example.com", "wrong password"))
        .await;
    assert_limited(answer, 60);
}

/// Behind a proxy nobody named, every client shares the proxy's quotas: the log says so, once.
#[tokio::test]
async fn x_forwarded_for_from_a_peer_not_trusted_is_logged_once() {
    let (log, _only_this_test) = captured_log::capture_this_thread("warn");
    let app = TestApp::start().await;
    app.confirmed_account("forwarded@example.com", "F").await;
    assert!(!log.text().contains("X-Forwarded-For"), "{}", log.text());
    for n in 1..=3 {
        let (status, _, _) = app
            .call_from(
                &format!("198.51.100.{n}"),
                sign_in_args("forwarded@example.com", PASSWORD),
            )
            .await;
        assert_eq!(status, 200);
    }
    let warnings = log
        .text()
        .matches("X-Forwarded-For came from a peer not in TRUSTED_PROXIES")
        .count();
    assert_eq!(warnings, 1, "{}", log.text());
}

/// The per-email sign-in quota counts the email the function will read, however the body is
/// written: arguments by position (a JSON array) would decode without naming it, and are refused.
#[tokio::test]
async fn the_sign_in_quota_per_email_holds_for_every_body_shape() {
    let (app, faults) = start(|limits| limits.sign_ins_per_minute = 3).await;
    // Signed up and signed in once: the first of its three.
    app.confirmed_account("shape@example.com", "Shape").await;
    let before = faults.cognito.seen("InitiateAuth");
    let by_position = serde_json::json!(["shape@example.com", "wrong password", null, null]);
    assert_eq!(app.call_raw::<SignIn>(by_position).await.0, 400);
    for by_name in [
        serde_json::json!({"password": "wrong password", "email": "shape@example.com"}),
        serde_json::json!({"email": " SHAPE@Example.com ", "password": "wrong password", "time_zone": null}),
    ] {
        assert_eq!(app.call_raw::<SignIn>(by_name).await.0, 401);
    }
    let by_name = serde_json::json!({"email": "shape@example.com", "password": PASSWORD});
    assert_eq!(app.call_raw::<SignIn>(by_name).await.0, 429);
    let by_position = serde_json::json!(["shape@example.com", PASSWORD, null, null]);
    assert_eq!(app.call_raw::<SignIn>(by_position).await.0, 400);
    assert_eq!(
        faults.cognito.seen("InitiateAuth") - before,
        2,
        "Cognito saw only the quota's calls"
    );
}

#[tokio::test]
async fn profile_reads_are_limited_per_user_and_a_forged_token_spends_nobodys_quota() {
    let app = TestApp::start_with(|settings| settings.rate_limits.user_per_minute = 3).await;
    let ada = access_token(&app.confirmed_account("ada@example.com", "Ada").await);
    let bob = access_token(&app.confirmed_account("bob@example.com", "Bob").await);
    let read = |token: &str| GetProfile {
        access_token: token.into(),
    };

    // Bob's token with its signature changed claims Bob's `sub`, but is refused before it counts.
    let (head, signature) = bob.rsplit_once('.').unwrap();
    let flipped = if signature.starts_with('A') { "B" } else { "A" };
    let forged = format!("{head}.{flipped}{}", &signature[1..]);
    for _ in 0..5 {
        assert_eq!(app.call(read(&forged)).await.0, 401);
    }

    for _ in 0..3 {
        assert_eq!(app.call(read(&ada)).await.0, 200);
    }
    assert_limited(app.call_from("127.0.0.1", read(&ada)).await, 60);
    // Bob is limited on his own: all three of his reads still go through.
    for _ in 0..3 {
        assert_eq!(app.call(read(&bob)).await.0, 200);
    }
}

#[tokio::test]
async fn every_server_function_is_rate_limited_or_authenticated() {
    use app::functions::{auth::CurrentAccount, passwordless, profile, settings, two_step};
    use server_fn::ServerFn;
    // These take an access token, and `AppState::authenticate` limits them per user.
    let authenticated = [
        CurrentAccount::PATH,
        profile::GetProfile::PATH,
        profile::SaveProfile::PATH,
        profile::ExportData::PATH,
        settings::ChangePassword::PATH,
        settings::ChangeEmail::PATH,
        settings::ConfirmEmailChange::PATH,
        settings::ResendEmailCode::PATH,
        settings::SignOutEverywhere::PATH,
        settings::DeleteAccount::PATH,
        settings::RecentActivity::PATH,
        two_step::StartTwoStepSetup::PATH,
        two_step::FinishTwoStepSetup::PATH,
        two_step::TurnOffTwoStep::PATH,
        two_step::RenewRecoveryCodes::PATH,
        passwordless::StartPasskeyProof::PATH,
        passwordless::ListPasskeys::PATH,
        passwordless::PasskeyCreationOptions::PATH,
        passwordless::AddPasskey::PATH,
        passwordless::RemovePasskey::PATH,
    ];
    let paths: Vec<_> = server_fn::axum::server_fn_paths().map(|(path, _)| path).collect();
    assert!(
        paths.contains(&SignIn::PATH),
        "the registered server functions are listed: {paths:?}"
    );
    for path in paths {
        assert!(
            server::rate_limit::classify(path).is_some() || authenticated.contains(&path),
            "{path}: a new server function must be listed in server/src/rate_limit.rs (unauthenticated) \
             or above (authenticated, through AppState::authenticate)"
        );
    }
}

#[tokio::test]
async fn cognito_is_told_the_client_ip_on_sign_up_sign_in_and_password_reset() {
    use app::functions::auth::{ForgotPassword, SignUp};
    let (app, faults) = start(|_| {}).await;
    let client = "198.51.100.77";
    let sign_up = SignUp {
        email: "ip@example.com".into(),
        password: PASSWORD.into(),
        display_name: "Ip".into(),
    };
    assert_eq!(app.call_from(client, sign_up).await.0, 200);
    assert_eq!(
        app.call_from(client, sign_in_args("ip@example.com", "wrong password"))
            .await
            .0,
        401
    );
    let forgot = ForgotPassword {
        email: "ip@example.com".into(),
    };
    assert_eq!(app.call_from(client, forgot).await.0, 200);
    for operation in ["SignUp", "InitiateAuth", "ForgotPassword"] {
        let body = faults
            .cognito
            .last_body(operation)
            .unwrap_or_else(|| panic!("no {operation}"));
        assert_eq!(body["UserContextData"]["IpAddress"], client, "{operation}: {body}");
    }
    // Straight from the socket, the socket's address is the one passed on.
    assert_eq!(app.sign_in("ip@example.com", "wrong password").await.0, 401);
    let body = faults.cognito.last_body("InitiateAuth").unwrap();
    assert_eq!(body["UserContextData"]["IpAddress"], "127.0.0.1");
}

/// A second step's guesses count for the user its challenge is for. Naming someone's email beside
/// a made-up challenge spends the made-up user's quota, never theirs: they still sign in.
#[tokio::test]
async fn second_steps_naming_a_persons_email_do_not_spend_their_sign_in_quota() {
    let (app, faults) = start(|limits| limits.sign_ins_per_minute = 3).await;
    // Signed up and signed in once: the first of the person's three.
    app.confirmed_account("named@example.com", "Named").await;
    let guess = |n: u8| SignInCode {
        email: "named@example.com".into(),
        username: "made-up-user".into(),
        session: "A".repeat(100 + usize::from(n)).into(),
        code: "123456".into(),
        time_zone: None,
        language: None,
    };
    for n in 0..3 {
        let (status, _, _) = app.call_from("203.0.113.66", guess(n)).await;
        assert_eq!(status, 401, "guess {n}");
    }
    // The made-up user's quota is spent, wherever its guesses come from.
    assert_limited(app.call_from("203.0.113.67", guess(3)).await, 60);
    let before = faults.cognito.seen("InitiateAuth");
    let (status, _, signed_in) = app
        .call_from("198.51.100.20", sign_in_args("named@example.com", PASSWORD))
        .await;
    assert_eq!(status, 200, "{signed_in:?}");
    assert_eq!(faults.cognito.seen("InitiateAuth") - before, 1);
}
