//! One answer per unauthenticated flow: sign-in, sign-up, resend, forgot and reset answer an
//! address with an account exactly as one without (status and body), also while Cognito locks
//! out, throttles or runs out the codes of that one user (SECURITY.md 10, 11).
//!
//! The local layer gives Cognito's own per-user answers (lockout, `LimitExceededException`,
//! `TooManyFailedAttemptsException`, `ExpiredCodeException` when no code is pending); the fault
//! proxy gives every other code the SDK documents for these calls, such as
//! `PasswordResetRequiredException`.
//!
//! A passkey sign-in starts alike for an account with passkeys, one without, and no account
//! (SECURITY.md 29).
use std::time::{Duration, Instant};

use app::{
    backend::{
        aws_error::{UNAUTHENTICATED_CODES, from_code},
        config::{LocalLimits, Mode, RateLimits},
    },
    error::AppError,
    functions::{
        auth::{ConfirmSignUp, ForgotPassword, ResendCode, ResetPassword, SignUp},
        passwordless::{ListPasskeys, SendSignInCode, SignInWithCode, SignInWithPasskey, StartPasskeySignIn},
    },
    model::MailPurpose,
};
use aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata;
use serde::Serialize;
use serde_json::{Value, json};
use server::Services;
use server_fn::ServerFn;

use crate::common::{
    PASSWORD, TestApp, access_token, add_passkey,
    authenticator::SoftAuthenticator,
    faults::{Fault, Faults, Times},
    local_settings, sign_in_args,
};

/// Local mode with Cognito's per-user limits low enough to reach in a test, and without the
/// app's own rate limits (`rate_limits` tests those): what is left to answer is Cognito.
async fn start_with(limits: LocalLimits) -> TestApp {
    let (backend, dir) = backend_with(limits).await;
    TestApp::serve(backend, dir).await
}

/// As [`start_with`] with Cognito's default limits, behind the fault proxy (no SDK retries).
async fn start_with_faults() -> (TestApp, Faults) {
    let (mut backend, dir) = backend_with(LocalLimits::default()).await;
    let faults = Faults::install(&mut backend, aws_config::retry::RetryConfig::disabled()).await;
    (TestApp::serve(backend, dir).await, faults)
}

async fn backend_with(limits: LocalLimits) -> (Services, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = local_settings(dir.path());
    settings.rate_limits = RateLimits::off();
    if let Mode::Local(local) = &mut settings.mode {
        local.limits = limits;
    }
    (Services::connect(&settings).await.unwrap(), dir)
}

/// A server function's answer as it went over the wire: the status and the JSON body.
async fn raw<F: ServerFn + Serialize>(app: &TestApp, args: F) -> (u16, Value) {
    app.call_raw::<F>(serde_json::to_value(&args).unwrap()).await
}

fn sign_up(email: &str) -> SignUp {
    SignUp {
        email: email.into(),
        password: PASSWORD.into(),
        display_name: "Someone".into(),
    }
}

fn confirm(email: &str, code: &str) -> ConfirmSignUp {
    ConfirmSignUp {
        email: email.into(),
        code: code.into(),
        password: None,
        time_zone: None,
        language: None,
    }
}

fn resend(email: &str) -> ResendCode {
    ResendCode { email: email.into() }
}

fn forgot(email: &str) -> ForgotPassword {
    ForgotPassword { email: email.into() }
}

fn reset(email: &str, code: &str) -> ResetPassword {
    ResetPassword {
        email: email.into(),
        code: code.into(),
        new_password: "another long password".into(),
    }
}

/// A code other than `code`.
fn not(code: &str) -> &'static str {
    if code == "000000" { "111111" } else { "000000" }
}

/// The one answer to a code that does not work, whatever the reason.
fn code_refused() -> (u16, Value) {
    (400, json!("WrongCode"))
}

#[tokio::test]
async fn sign_in_answers_a_locked_out_or_unconfirmed_account_like_an_unknown_address() {
    let app = start_with(LocalLimits {
        lockout_after: 2,
        lockout_seconds: 600,
        ..LocalLimits::default()
    })
    .await;
    app.confirmed_account("known@example.com", "Known").await;
    app.confirmed_account("locked@example.com", "Locked").await;
    assert_eq!(app.sign_up("pending@example.com", PASSWORD, "P").await.0, 200);

    let unknown = raw(&app, sign_in_args("nobody@example.com", PASSWORD)).await;
    assert_eq!(unknown, (401, json!("WrongCredentials")));
    assert_eq!(
        raw(&app, sign_in_args("known@example.com", "wrong password")).await,
        unknown
    );
    // Without its password, an unconfirmed account is as unknown as any.
    assert_eq!(
        raw(&app, sign_in_args("pending@example.com", "wrong password")).await,
        unknown
    );

    for _ in 0..3 {
        assert_eq!(
            raw(&app, sign_in_args("locked@example.com", "wrong password")).await,
            unknown
        );
    }
    // Locked out ("Password attempts exceeded"): even the right password reads as a wrong one.
    let cognito = app
        .backend
        .user_pool
        .sdk()
        .initiate_auth()
        .client_id(server::local::CLIENT_ID)
        .auth_flow(aws_sdk_cognitoidentityprovider::types::AuthFlowType::UserPasswordAuth)
        .auth_parameters("USERNAME", "locked@example.com")
        .auth_parameters("PASSWORD", PASSWORD)
        .auth_parameters(
            "SECRET_HASH",
            app.backend.user_pool.secret_hash("locked@example.com").unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        cognito.as_service_error().and_then(|e| e.message()),
        Some("Password attempts exceeded")
    );
    assert_eq!(raw(&app, sign_in_args("locked@example.com", PASSWORD)).await, unknown);
    assert_eq!(
        raw(&app, sign_in_args("locked@example.com", "wrong password")).await,
        unknown
    );
}

#[tokio::test]
async fn sign_in_answers_an_account_whose_password_must_be_reset_like_an_unknown_address() {
    let (app, faults) = start_with_faults().await;
    app.confirmed_account("reset-required@example.com", "R").await;
    let unknown = raw(&app, sign_in_args("nobody@example.com", PASSWORD)).await;
    assert_eq!(unknown, (401, json!("WrongCredentials")));

    faults.cognito.fail(
        "InitiateAuth",
        Times::Next(1),
        Fault::new(400, "PasswordResetRequiredException"),
    );
    assert_eq!(
        raw(&app, sign_in_args("reset-required@example.com", PASSWORD)).await,
        unknown
    );
    assert_eq!(faults.cognito.injected("InitiateAuth"), 1);
}

/// The median of five timed calls.
async fn median_of_five<F: ServerFn + Serialize>(app: &TestApp, mut args: impl FnMut(usize) -> F) -> Duration {
    let mut took = Vec::new();
    for i in 0..5 {
        let started = Instant::now();
        assert_eq!(raw(app, args(i)).await, (200, json!(null)));
        took.push(started.elapsed());
    }
    took.sort();
    took[2]
}

#[tokio::test]
async fn sign_up_answers_a_taken_address_like_a_new_one_in_about_the_same_time() {
    let app = start_with(LocalLimits::default()).await;
    app.confirmed_account("taken@example.com", "Taken").await;
    assert_eq!(app.sign_up("unconfirmed@example.com", PASSWORD, "U").await.0, 200);

    let new = raw(&app, sign_up("new@example.com")).await;
    assert_eq!(new, (200, json!(null)));
    assert_eq!(raw(&app, sign_up("taken@example.com")).await, new);
    assert_eq!(raw(&app, sign_up("unconfirmed@example.com")).await, new);

    let new = median_of_five(&app, |i| sign_up(&format!("new{i}@example.com"))).await;
    let taken = median_of_five(&app, |_| sign_up("taken@example.com")).await;
    let unconfirmed = median_of_five(&app, |_| sign_up("unconfirmed@example.com")).await;
    // Shared machines make timing assertions flaky: this records them (`--nocapture`), and only
    // a taken address answering in well under half the time of a new one fails.
    eprintln!("sign-up medians of 5: new {new:?}, taken {taken:?}, taken unconfirmed {unconfirmed:?}");
    assert!(
        taken * 2 > new && unconfirmed * 2 > new,
        "new {new:?}, taken {taken:?}, {unconfirmed:?}"
    );
}

#[tokio::test]
async fn resend_and_forgot_answer_an_account_cognito_limits_like_an_unknown_address() {
    let app = start_with(LocalLimits {
        codes_per_hour: 1,
        ..LocalLimits::default()
    })
    .await;
    app.confirmed_account("confirmed@example.com", "C").await;
    // Its one sign-up code of the hour is sent: the next is over Cognito's limit.
    assert_eq!(app.sign_up("pending@example.com", PASSWORD, "P").await.0, 200);
    let cognito = app.backend.user_pool.sdk();
    let limited = cognito
        .resend_confirmation_code()
        .client_id(server::local::CLIENT_ID)
        .username("pending@example.com")
        .set_secret_hash(app.backend.user_pool.secret_hash("pending@example.com"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        limited.as_service_error().and_then(|e| e.code()),
        Some("LimitExceededException")
    );

    let unknown = raw(&app, resend("nobody@example.com")).await;
    assert_eq!(unknown, (200, json!(null)));
    for email in ["pending@example.com", "confirmed@example.com"] {
        assert_eq!(raw(&app, resend(email)).await, unknown, "resend to {email}");
    }

    let unknown = raw(&app, forgot("nobody@example.com")).await;
    assert_eq!(unknown, (200, json!(null)));
    // The first sends the hour's one reset code, the second is over Cognito's limit.
    for email in ["confirmed@example.com", "confirmed@example.com", "pending@example.com"] {
        assert_eq!(raw(&app, forgot(email)).await, unknown, "forgot for {email}");
    }
}

#[tokio::test]
async fn reset_answers_every_code_that_does_not_work_alike_for_any_address() {
    let app = start_with(LocalLimits {
        code_attempts: 2,
        ..LocalLimits::default()
    })
    .await;
    app.confirmed_account("nocode@example.com", "N").await;
    app.confirmed_account("wrong@example.com", "W").await;
    app.confirmed_account("guess@example.com", "G").await;
    assert_eq!(app.sign_up("pending@example.com", PASSWORD, "P").await.0, 200);
    for email in ["wrong@example.com", "guess@example.com"] {
        assert_eq!(app.call(forgot(email)).await, (200, Ok(())));
    }

    let unknown = raw(&app, reset("nobody@example.com", "123456")).await;
    assert_eq!(unknown, code_refused());
    // No code pending (Cognito: `ExpiredCodeException`).
    assert_eq!(raw(&app, reset("nocode@example.com", "123456")).await, unknown);
    // Unconfirmed, so no reset code either.
    assert_eq!(raw(&app, reset("pending@example.com", "123456")).await, unknown);
    // A wrong code (`CodeMismatchException`).
    let code = app.code("wrong@example.com", MailPurpose::PasswordReset).await;
    assert_eq!(raw(&app, reset("wrong@example.com", not(&code))).await, unknown);
    // Out of attempts (`TooManyFailedAttemptsException`): even the right code.
    let code = app.code("guess@example.com", MailPurpose::PasswordReset).await;
    for _ in 0..2 {
        assert_eq!(raw(&app, reset("guess@example.com", not(&code))).await, unknown);
    }
    assert_eq!(raw(&app, reset("guess@example.com", &code)).await, unknown);
}

#[tokio::test]
async fn confirming_a_sign_up_answers_every_code_that_does_not_work_alike_for_any_address() {
    let app = start_with(LocalLimits {
        code_attempts: 2,
        ..LocalLimits::default()
    })
    .await;
    app.confirmed_account("confirmed@example.com", "C").await;
    for email in ["wrong@example.com", "guess@example.com"] {
        assert_eq!(app.sign_up(email, PASSWORD, "P").await.0, 200);
    }

    let unknown = raw(&app, confirm("nobody@example.com", "123456")).await;
    assert_eq!(unknown, code_refused());
    assert_eq!(raw(&app, confirm("confirmed@example.com", "123456")).await, unknown);
    let code = app.code("wrong@example.com", MailPurpose::SignUp).await;
    assert_eq!(raw(&app, confirm("wrong@example.com", not(&code))).await, unknown);
    let code = app.code("guess@example.com", MailPurpose::SignUp).await;
    for _ in 0..2 {
        assert_eq!(raw(&app, confirm("guess@example.com", not(&code))).await, unknown);
    }
    assert_eq!(raw(&app, confirm("guess@example.com", &code)).await, unknown);
}

/// The flow a Cognito operation serves, called for `email`.
async fn call_flow(app: &TestApp, operation: &str, email: &str) -> (u16, Value) {
    match operation {
        "SignUp" => raw(app, sign_up(email)).await,
        "ConfirmSignUp" => raw(app, confirm(email, "123456")).await,
        "ResendConfirmationCode" => raw(app, resend(email)).await,
        "InitiateAuth" => raw(app, sign_in_args(email, "wrong password")).await,
        "ForgotPassword" => raw(app, forgot(email)).await,
        "ConfirmForgotPassword" => raw(app, reset(email, "123456")).await,
        // An emailed sign-in code, answered (the code is sent whatever Cognito then says).
        "RespondToAuthChallenge" => {
            let (status, sent) = raw(app, SendSignInCode { email: email.into() }).await;
            assert_eq!(status, 200, "{email}: {sent}");
            let answer = SignInWithCode {
                email: email.into(),
                session: sent["session"].as_str().unwrap().into(),
                code: "12345678".into(),
                time_zone: None,
                language: None,
            };
            raw(app, answer).await
        }
        other => panic!("no flow calls {other}"),
    }
}

/// Whether Cognito answering `code` to `operation` can depend on the user (rather than on the
/// request, the pool or the service), so that the flow must answer it as it answers an unknown
/// address.
fn about_the_user(operation: &str, code: &str) -> bool {
    let outage = from_code(code) == AppError::Unavailable;
    match operation {
        // Cognito says `UserNotConfirmedException` only to the right password.
        "InitiateAuth" => matches!(
            code,
            "NotAuthorizedException" | "UserNotFoundException" | "PasswordResetRequiredException"
        ),
        "SignUp" => code == "UsernameExistsException",
        // Throttling there is of the request (Cognito's per-user limits guard the send).
        "RespondToAuthChallenge" => !outage && from_code(code) != AppError::TryLater,
        "ConfirmForgotPassword" => {
            !outage
                && !matches!(
                    code,
                    "InvalidPasswordException" | "PasswordHistoryPolicyViolationException"
                )
        }
        _ => !outage,
    }
}

#[tokio::test]
async fn every_documented_cognito_error_answers_alike_for_any_address_and_none_is_a_500() {
    let (app, faults) = start_with_faults().await;
    app.confirmed_account("known@example.com", "Known").await;
    assert_eq!(app.sign_up("pending@example.com", PASSWORD, "P").await.0, 200);
    let mut fresh = 0;
    let mut unknown = || {
        fresh += 1;
        format!("nobody{fresh}@example.com")
    };
    for (operation, codes) in UNAUTHENTICATED_CODES {
        // A refresh names no address: its codes are each a typed answer, never a 500
        // (`aws_error`'s unit tests), and it tells no account from another.
        if *operation == "GetTokensFromRefreshToken" {
            continue;
        }
        // An address with an account, in the state the operation expects.
        let known = if *operation == "ConfirmSignUp" || *operation == "ResendConfirmationCode" {
            "pending@example.com"
        } else {
            "known@example.com"
        };
        for code in *codes {
            let status = if code.starts_with("Internal") { 500 } else { 400 };
            let fault = || Fault::new(status, code);
            faults.cognito.fail(operation, Times::Next(1), fault());
            let from_known = call_flow(&app, operation, known).await;
            faults.cognito.fail(operation, Times::Next(1), fault());
            let from_unknown = call_flow(&app, operation, &unknown()).await;
            let context = format!("{operation} answering {code}");
            assert_ne!(from_known.0, 500, "{context}: {from_known:?}");
            assert_eq!(from_known, from_unknown, "{context}");
            if about_the_user(operation, code) {
                let unknown_as_usual = call_flow(&app, operation, &unknown()).await;
                assert_eq!(from_known, unknown_as_usual, "{context}");
            }
        }
        assert_eq!(
            faults.cognito.injected(operation),
            2 * codes.len() as u32,
            "{operation}"
        );
    }
}

/// The page the software authenticator signs for (local mode's relying party is `localhost`).
const ORIGIN: &str = "http://localhost:3000";

/// What a passkey sign-in's start tells about an address, all but its random parts: the fields
/// of the answer, the session's length, and the options' fields and values, the challenge's
/// length in place of the challenge.
fn passkey_answer_shape(status: u16, answer: &Value) -> Value {
    let fields: Vec<&String> = answer.as_object().unwrap().keys().collect();
    let session = answer["session"].as_str().unwrap();
    let mut options: Value = serde_json::from_str(answer["options"].as_str().unwrap()).unwrap();
    let challenge = options["challenge"].as_str().unwrap().len();
    options["challenge"] = json!(challenge);
    json!({ "status": status, "fields": fields, "session": session.len(), "options": options })
}

/// The local Cognito's `WEB_AUTHN` challenge made into one as Amazon Cognito may give an
/// account with passkeys: options of its own shape that name the account's passkeys, and a
/// session of its own length (Amazon Cognito's vary, up to 2048 characters).
fn as_aws_answers_an_account_with(passkey_ids: Vec<String>) -> impl Fn(&mut Value) + Send + 'static {
    move |answer| {
        let parameters = &mut answer["ChallengeParameters"];
        let mut options: Value =
            serde_json::from_str(parameters["CREDENTIAL_REQUEST_OPTIONS"].as_str().unwrap()).unwrap();
        options["allowCredentials"] = passkey_ids
            .iter()
            .map(|id| json!({ "type": "public-key", "id": id, "transports": ["internal", "hybrid"] }))
            .collect();
        options["timeout"] = json!(180000);
        options["extensions"] = json!({ "credProps": true });
        parameters["CREDENTIAL_REQUEST_OPTIONS"] = json!(options.to_string());
        let session = answer["Session"].as_str().unwrap();
        answer["Session"] = json!(format!("{session}{}", "AYABeQ".repeat(150)));
    }
}

#[tokio::test]
async fn an_account_with_passkeys_and_an_unknown_address_get_the_same_passkey_answer() {
    let (app, faults) = start_with_faults().await;
    let signed_in = app.confirmed_account("keys@example.com", "Keys").await;
    app.confirmed_account("nokeys@example.com", "No keys").await;
    let token = access_token(&signed_in);
    let mut authenticator = SoftAuthenticator::new();
    for _ in 0..2 {
        add_passkey(&app, &signed_in, &mut authenticator).await;
    }
    let (_, passkeys) = app
        .call(ListPasskeys {
            access_token: token.as_str().into(),
        })
        .await;
    let passkey_ids: Vec<String> = passkeys.unwrap().into_iter().map(|passkey| passkey.id).collect();
    assert_eq!(passkey_ids.len(), 2);

    let start = |email: &str| raw(&app, StartPasskeySignIn { email: email.into() });
    faults
        .cognito
        .rewrite_next("InitiateAuth", as_aws_answers_an_account_with(passkey_ids.clone()));
    let (status, with_passkeys) = start("keys@example.com").await;
    let shape = passkey_answer_shape(status, &with_passkeys);
    assert_eq!(shape["status"], 200, "{with_passkeys}");
    assert_eq!(shape["options"]["allowCredentials"], json!([]), "{shape}");
    assert_eq!(shape["options"]["rpId"], "localhost", "{shape}");
    assert!(
        passkey_ids
            .iter()
            .all(|id| !with_passkeys.to_string().contains(id.as_str())),
        "{with_passkeys}"
    );

    let random_parts = |answer: &Value| {
        let options: Value = serde_json::from_str(answer["options"].as_str().unwrap()).unwrap();
        (answer["session"].clone(), options["challenge"].clone())
    };
    let mut seen = vec![random_parts(&with_passkeys)];
    // An address Cognito gives no passkey challenge (the app's stand-in), and an account without
    // passkeys as the local Cognito answers it.
    faults
        .cognito
        .fail("InitiateAuth", Times::Next(1), Fault::new(400, "UserNotFoundException"));
    for email in ["nobody@example.com", "nokeys@example.com"] {
        let (status, answer) = start(email).await;
        assert_eq!(passkey_answer_shape(status, &answer), shape, "{email}: {answer}");
        let (session, challenge) = random_parts(&answer);
        assert!(
            seen.iter().all(|(s, c)| *s != session && *c != challenge),
            "{email}: a fresh session and challenge"
        );
        seen.push((session, challenge));
    }
    assert_eq!(faults.cognito.injected("InitiateAuth"), 1);

    // The same answer is a real sign-in, which the account's passkey finishes.
    let (status, fresh) = start("keys@example.com").await;
    assert_eq!(passkey_answer_shape(status, &fresh), shape);
    let credential = authenticator.assert(fresh["options"].as_str().unwrap(), ORIGIN);
    let (status, signed_in) = app
        .call(SignInWithPasskey {
            email: "keys@example.com".into(),
            session: fresh["session"].as_str().unwrap().into(),
            credential,
            time_zone: None,
            language: None,
        })
        .await;
    assert_eq!(status, 200, "{signed_in:?}");
}
