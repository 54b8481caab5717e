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
use server_fn::ServerFn;

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
pub fn assert_limited<T: std::fmt::Debug>(answer: (u16, Option<u64>, Result<T, AppError>), max: u64) {
    let (status, retry_after, result) = answer;
    assert_eq!(status, 429, "{result:?}");
    let seconds = retry_after.expect("a Retry-After header");
    assert!((1..=max).contains(&seconds), "Retry-After: {seconds}");
    let error = result.unwrap_err();
    assert_eq!(error, AppError::too_many_attempts(seconds));
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

/// The ceiling for one email from every network together: guessing spread over many networks
/// is cut off, wherever the next attempt comes from, except in the owner's browser.
#[tokio::test]
async fn sign_ins_for_one_email_are_limited_across_networks_except_in_the_owners_browser() {
    let (app, faults) = start(|limits| limits.sign_ins_per_minute = 5).await;
    // Signed up and signed in once in this test's browser (which keeps the marker): the first of
    // its five.
    app.confirmed_account("target@example.com", "Target").await;
    let before = faults.cognito.seen("InitiateAuth");
    for n in 1..=4 {
        let (status, _, _) = app
            .call_from(
                &format!("198.51.{n}.1"),
                sign_in_args("target@example.com", "wrong password"),
            )
            .await;
        assert_eq!(status, 401);
    }
    // A fifth network, the right password even: the email's ceiling is spent, wherever it comes from.
    let answer = app
        .call_from("198.51.5.1", sign_in_args("  Target@Example.com ", PASSWORD))
        .await;
    assert_limited(answer, 60);
    assert_eq!(faults.cognito.seen("InitiateAuth") - before, 4);
    // Another account, from the same address, is not affected.
    let (status, _, _) = app
        .call_from("198.51.5.1", sign_in_args("someone-else@example.com", "wrong password"))
        .await;
    assert_eq!(status, 401);
    // The browser that signed in before is counted on its own: the spent ceiling does not stop it.
    assert_eq!(app.sign_in("target@example.com", PASSWORD).await.0, 200);
}

/// A confirmed account, never signed in: no browser holds a marker for it yet.
async fn account_never_signed_in(app: &TestApp, email: &str) {
    assert_eq!(app.sign_up(email, PASSWORD, "Person").await, (200, Ok(())));
    let code = app.code(email, MailPurpose::SignUp).await;
    assert_eq!(app.confirm(email, &code).await, (200, Ok(None)));
}

/// Issue 25: five requests a minute naming someone's email used to spend their sign-in quota and
/// trip Cognito's lockout. Now a stranger's burst spends their own network's share only, too
/// small to reach the lockout, and the person signs in from theirs.
#[tokio::test]
async fn a_strangers_burst_naming_a_persons_email_leaves_them_able_to_sign_in() {
    let (app, faults) = start(|_| {}).await;
    let victim = "victim@example.com";
    let username = app.confirmed_account(victim, "Victim").await.username;
    let stranger = "203.0.113.66";
    let before = faults.cognito.seen("InitiateAuth");
    let allowed = app.backend.rate_limits.network_sign_ins_per_hour;
    for n in 0..10 {
        let answer = app.call_from(stranger, sign_in_args(victim, "wrong password")).await;
        if n < allowed {
            assert_eq!((answer.0, answer.2.unwrap_err()), (401, AppError::WrongCredentials));
        } else {
            // One more every 20 minutes.
            assert_limited(answer, 1200);
        }
    }
    // Another address of the stranger's /24 is the same network.
    assert_limited(
        app.call_from("203.0.113.99", sign_in_args(victim, "wrong password"))
            .await,
        1200,
    );
    assert_eq!(
        faults.cognito.seen("InitiateAuth") - before,
        allowed,
        "Cognito saw fewer failures than its lockout takes"
    );
    // A second step with a made-up session naming the person's user spends the stranger's share too.
    let junk_second_step = || SignInCode {
        email: victim.into(),
        username: username.clone(),
        session: "A".repeat(120).into(),
        code: "123456".into(),
        time_zone: None,
        language: None,
    };
    for _ in 0..allowed {
        assert_eq!(app.call_from(stranger, junk_second_step()).await.0, 401);
    }
    assert_limited(app.call_from(stranger, junk_second_step()).await, 1200);

    // The person, at home without any marker: the right password signs in, and their own second
    // steps still have their network's share.
    let home = "198.51.100.20";
    let (status, _, signed_in) = app.call_from(home, sign_in_args(victim, PASSWORD)).await;
    assert_eq!(status, 200, "{signed_in:?}");
    assert_eq!(app.call_from(home, junk_second_step()).await.0, 401);
}

/// The person's browser signed in before and keeps its marker: on the very network a stranger
/// spent the email's share from (a café, an office), it still signs in. A forged marker, or the
/// stranger's own marker for another account, counts for nothing.
#[tokio::test]
async fn the_browser_that_signed_in_before_gets_through_on_the_strangers_network() {
    let (log, _only_this_test) = captured_log::capture_this_thread("trace");
    let (app, faults) = start(|_| {}).await;
    let victim = "victim@example.com";
    account_never_signed_in(&app, victim).await;
    let cafe = "203.0.113.20";
    let ((status, _, _), marker) = app.call_from_browser(cafe, None, sign_in_args(victim, PASSWORD)).await;
    assert_eq!(status, 200);
    let marker = marker.expect("a sign-in sets the marker");

    // A stranger in the same café spends the rest of the email's share for that network.
    let stranger = "203.0.113.66";
    let mut refused = 0;
    for _ in 0..6 {
        let (status, _, _) = app.call_from(stranger, sign_in_args(victim, "wrong password")).await;
        refused += u32::from(status == 429);
    }
    assert_eq!(refused, 6 + 1 - app.backend.rate_limits.network_sign_ins_per_hour);
    // Without its marker (another of the person's devices, say) the network's share is spent.
    assert_limited(app.call_from(cafe, sign_in_args(victim, PASSWORD)).await, 1200);

    // A marker with one character of its tag changed.
    let (name_and_expiry, tag) = marker.split_once('.').unwrap();
    let flipped = if tag.starts_with('0') { "1" } else { "0" };
    let forged = format!("{name_and_expiry}.{flipped}{}", &tag[1..]);
    let (answer, _) = app
        .call_from_browser(stranger, Some(&forged), sign_in_args(victim, "wrong password"))
        .await;
    assert_limited(answer, 1200);
    // The stranger's own marker, earned by signing in to their own account: it is theirs only.
    account_never_signed_in(&app, "stranger@example.com").await;
    let ((status, _, _), theirs) = app
        .call_from_browser(stranger, None, sign_in_args("stranger@example.com", PASSWORD))
        .await;
    assert_eq!(status, 200);
    let (answer, _) = app
        .call_from_browser(stranger, theirs.as_deref(), sign_in_args(victim, "wrong password"))
        .await;
    assert_limited(answer, 1200);

    let before = faults.cognito.seen("InitiateAuth");
    let ((status, _, signed_in), renewed) = app
        .call_from_browser(cafe, Some(&marker), sign_in_args(victim, PASSWORD))
        .await;
    assert_eq!(status, 200, "{signed_in:?}");
    assert_eq!(faults.cognito.seen("InitiateAuth") - before, 1);
    assert!(renewed.is_some(), "each sign-in renews the marker");
    let value = marker.split_once('=').unwrap().1;
    assert!(!log.text().contains(value), "the marker reached the log");
}

/// The marker's cookie: only for the server functions, never for scripts or other sites' requests,
/// `Secure` when the app is served over HTTPS, and naming no account.
#[tokio::test]
async fn the_marker_cookie_is_http_only_strict_for_the_api_and_secure_over_https() {
    for (public_url, secure) in [(None, false), (Some("https://id.example.com"), true)] {
        let app = TestApp::start_with(|settings| settings.http.public_url = public_url.map(String::from)).await;
        account_never_signed_in(&app, "named@example.com").await;
        let body = serde_json::to_string(&sign_in_args("named@example.com", PASSWORD)).unwrap();
        let answer = app.post_to(SignIn::PATH, "application/json", &body).await;
        assert_eq!(answer.status(), 200);
        let set_cookie = answer
            .headers()
            .get_all("set-cookie")
            .iter()
            .map(|value| value.to_str().unwrap().to_string())
            .find(|cookie| cookie.starts_with("signed_in_before="))
            .expect("the marker's cookie");
        for attribute in ["; Path=/api", "; HttpOnly", "; SameSite=Strict", "; Max-Age="] {
            assert!(set_cookie.contains(attribute), "{set_cookie}");
        }
        assert_eq!(set_cookie.contains("; Secure"), secure, "{set_cookie}");
        assert!(!set_cookie.contains("named"), "{set_cookie}");
        // A wrong password earns nothing.
        let body = serde_json::to_string(&sign_in_args("named@example.com", "wrong password")).unwrap();
        let answer = app.post_to(SignIn::PATH, "application/json", &body).await;
        assert_eq!(answer.status(), 401);
        assert!(answer.headers().get("set-cookie").is_none());
    }
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
    assert_eq!(app.sign_in("nobody@example.com", "wrong password").await.0, 401);
    assert!(!log.text().contains("X-Forwarded-For"), "{}", log.text());
    for n in 1..=3 {
        let (status, _, _) = app
            .call_from(
                &format!("198.51.100.{n}"),
                sign_in_args(&format!("forwarded{n}@example.com"), "wrong password"),
            )
            .await;
        assert_eq!(status, 401);
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
    use app::functions::{auth::CurrentAccount, federation, passwordless, profile, settings, two_step};
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
        settings::SignedInDevices::PATH,
        settings::SignOutDevice::PATH,
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
        federation::StartConnecting::PATH,
        federation::DisconnectProvider::PATH,
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
    // The made-up user's quota is spent, from whichever network its guesses come.
    assert_limited(app.call_from("192.0.2.67", guess(3)).await, 60);
    let before = faults.cognito.seen("InitiateAuth");
    let (status, _, signed_in) = app
        .call_from("198.51.100.20", sign_in_args("named@example.com", PASSWORD))
        .await;
    assert_eq!(status, 200, "{signed_in:?}");
    assert_eq!(faults.cognito.seen("InitiateAuth") - before, 1);
}
