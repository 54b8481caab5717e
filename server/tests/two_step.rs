//! Two-step sign-in against the local pool: setting up an authenticator app with codes computed
//! from the secret the setup shows (as a phone would), signing in with it, recovery codes, and
//! turning it off.
use app::{
    backend::config::{LocalLimits, Mode},
    error::{AppError, Field},
    functions::{
        auth::{ForgotPassword, RefreshSession, ResetPassword},
        settings::SignOutEverywhere,
        two_step::{
            FinishTwoStepSetup, RenewRecoveryCodes, SignInCode, SignInRecoveryCode, StartTwoStepSetup, TurnOffTwoStep,
        },
    },
    model::{AuthenticatorSetup, MailPurpose, RecoveryCodes, SecondStep, SignInStep, SignedIn},
    validation::DELETE_CONFIRMATION,
};

use crate::common::{
    PASSWORD, TestApp, access_token, change_email, delete_account, invalid_field, sign_in_args,
    totp::{code_now, wrong_code},
};

/// An account with two-step sign-in on: its email, the secret its app holds, its recovery codes.
struct WithTwoStep {
    email: &'static str,
    secret: String,
    recovery: Vec<String>,
}

async fn start_setup(app: &TestApp, session: &SignedIn, password: &str) -> (u16, Result<AuthenticatorSetup, AppError>) {
    app.call(StartTwoStepSetup {
        access_token: access_token(session).into(),
        current_password: password.into(),
    })
    .await
}

async fn finish_setup(app: &TestApp, session: &SignedIn, code: &str) -> (u16, Result<RecoveryCodes, AppError>) {
    app.call(FinishTwoStepSetup {
        access_token: access_token(session).into(),
        code: code.into(),
        device_name: "Ada's phone".into(),
    })
    .await
}

async fn turn_on(app: &TestApp, email: &'static str) -> WithTwoStep {
    let signed_in = app.confirmed_account(email, "Ada").await;
    let setup = start_setup(app, &signed_in, PASSWORD).await.1.unwrap();
    let secret = setup.secret.expose().to_string();
    let codes = finish_setup(app, &signed_in, &code_now(&secret)).await.1.unwrap();
    WithTwoStep {
        email,
        secret,
        recovery: codes.codes.iter().map(|code| code.expose().to_string()).collect(),
    }
}

async fn password_step(app: &TestApp, email: &str, password: &str) -> SecondStep {
    match app.call(sign_in_args(email, password)).await {
        (200, Ok(SignInStep::CodeNeeded(step))) => step,
        other => panic!("expected the second step, got {other:?}"),
    }
}

/// Both steps of a sign-in, the second with the code the account's app shows now.
async fn sign_in_with_app(app: &TestApp, account: &WithTwoStep, password: &str) -> SignedIn {
    let step = password_step(app, account.email, password).await;
    let (status, signed_in) = app
        .call(code_step(account.email, &step, &code_now(&account.secret)))
        .await;
    assert_eq!(status, 200, "{signed_in:?}");
    signed_in.unwrap()
}

fn code_step(email: &str, step: &SecondStep, code: &str) -> SignInCode {
    SignInCode {
        email: email.into(),
        username: step.username.clone(),
        session: step.session.clone(),
        code: code.into(),
        time_zone: None,
        language: None,
    }
}

fn recovery_step(email: &str, password: &str, code: &str) -> SignInRecoveryCode {
    SignInRecoveryCode {
        email: email.into(),
        password: password.into(),
        recovery_code: code.into(),
        time_zone: None,
        language: None,
    }
}

/// Local mode with the local Cognito's `limits`. Each test signs one account in more often than
/// a person would in a minute, so the app's own quotas per address and per IP (which count second
/// steps as sign-ins: `rate_limits.rs` tests them) are raised.
async fn start_with(limits: LocalLimits) -> TestApp {
    TestApp::start_with(|settings| {
        if let Mode::Local(local) = &mut settings.mode {
            local.limits = limits;
        }
        let quotas = &mut settings.rate_limits;
        (
            quotas.sign_ins_per_minute,
            quotas.email_per_minute,
            quotas.ip_per_minute,
        ) = (100, 100, 1000);
    })
    .await
}

async fn start() -> TestApp {
    start_with(LocalLimits::default()).await
}

#[tokio::test]
async fn setting_up_an_authenticator_takes_the_password_and_a_code_from_it_then_sign_in_asks_for_one() {
    let app = start().await;
    let signed_in = app.confirmed_account("totp@example.com", "Ada").await;

    let (status, refused) = start_setup(&app, &signed_in, "not my password").await;
    assert_eq!(
        (status, refused.unwrap_err().field()),
        (400, Some(Field::CurrentPassword))
    );
    let setup = start_setup(&app, &signed_in, PASSWORD).await.1.unwrap();
    let secret = setup.secret.expose().to_string();
    let uri = setup.uri.expose();
    assert!(
        uri.starts_with("otpauth://totp/Doorway:totp@example.com?secret="),
        "{uri}"
    );
    assert!(
        uri.contains(&secret.replace(' ', "")) && uri.ends_with("&issuer=Doorway"),
        "{uri}"
    );
    assert!(setup.qr.size >= 21 && setup.qr.path.starts_with("M0 0h7"));

    // Leaving the setup half-way changes nothing; a wrong first code turns nothing on.
    assert!(!app.profile(&signed_in.tokens.access_token).await.two_step.on);
    let (status, wrong) = finish_setup(&app, &signed_in, &wrong_code(&secret)).await;
    assert_eq!((status, wrong), (400, Err(AppError::WrongCode)));
    assert!(matches!(
        app.call(sign_in_args("totp@example.com", PASSWORD)).await.1,
        Ok(SignInStep::SignedIn(_))
    ));

    let codes = finish_setup(&app, &signed_in, &code_now(&secret)).await.1.unwrap();
    assert_eq!(codes.codes.len(), 10);
    let status = app.profile(&signed_in.tokens.access_token).await.two_step;
    assert!(status.on && status.since.is_some());
    assert_eq!(
        (status.device_name.as_deref(), status.recovery_codes_left),
        (Some("Ada's phone"), 10)
    );

    let step = password_step(&app, "totp@example.com", PASSWORD).await;
    let (status, wrong) = app
        .call(code_step("totp@example.com", &step, &wrong_code(&secret)))
        .await;
    assert_eq!((status, wrong), (400, Err(AppError::WrongCode)));
    let (status, signed_in) = app.call(code_step("totp@example.com", &step, &code_now(&secret))).await;
    assert_eq!(status, 200, "{signed_in:?}");
    let signed_in = signed_in.unwrap();

    // The session of a two-step sign-in refreshes like any other.
    let refreshed = app
        .call(RefreshSession {
            refresh_token: signed_in.tokens.refresh_token.clone().unwrap().into(),
            username: signed_in.username.clone(),
        })
        .await;
    assert_eq!(refreshed.0, 200);
    // The challenge was spent: it does not sign in a second time.
    let (status, again) = app.call(code_step("totp@example.com", &step, &code_now(&secret))).await;
    assert_eq!((status, again), (401, Err(AppError::SignInExpired)));
}

#[tokio::test]
async fn a_second_step_answered_too_late_or_after_too_many_wrong_codes_starts_again_from_the_password() {
    let app = start_with(LocalLimits {
        challenge_seconds: 1,
        code_attempts: 3,
        ..LocalLimits::default()
    })
    .await;
    let account = turn_on(&app, "late-code@example.com").await;

    let step = password_step(&app, account.email, PASSWORD).await;
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let late = app
        .call(code_step(account.email, &step, &code_now(&account.secret)))
        .await;
    assert_eq!(late, (401, Err(AppError::SignInExpired)));

    let step = password_step(&app, account.email, PASSWORD).await;
    for _ in 0..3 {
        let wrong = app
            .call(code_step(account.email, &step, &wrong_code(&account.secret)))
            .await;
        assert_eq!(wrong, (400, Err(AppError::WrongCode)));
    }
    let worn_out = app
        .call(code_step(account.email, &step, &code_now(&account.secret)))
        .await;
    assert_eq!(worn_out, (401, Err(AppError::SignInExpired)));
    // From the password again, the code works.
    let step = password_step(&app, account.email, PASSWORD).await;
    assert_eq!(
        app.call(code_step(account.email, &step, &code_now(&account.secret)))
            .await
            .0,
        200
    );
}

#[tokio::test]
async fn a_recovery_code_signs_in_once_lifts_the_authenticator_and_never_works_again() {
    let app = start().await;
    let account = turn_on(&app, "lost-phone@example.com").await;
    let code = account.recovery[3].clone();

    let wrong_password = app.call(recovery_step(account.email, "not the password", &code)).await;
    assert_eq!(wrong_password, (400, Err(AppError::WrongCode)));
    let made_up = app.call(recovery_step(account.email, PASSWORD, "00000-00000")).await;
    assert_eq!(made_up, (400, Err(AppError::WrongCode)));

    // Typed loosely (upper case, no dash), two requests at once: exactly one spends it.
    let loosely = code.to_uppercase().replace('-', "");
    let (first, second) = tokio::join!(
        app.call(recovery_step(account.email, PASSWORD, &loosely)),
        app.call(recovery_step(account.email, PASSWORD, &code)),
    );
    let outcomes = [first.0, second.0];
    assert!(outcomes.contains(&200) && outcomes.contains(&400), "{outcomes:?}");
    let signed_in = if first.0 == 200 {
        first.1.unwrap()
    } else {
        second.1.unwrap()
    };

    // Signed in, with the authenticator requirement lifted until a new one is set up.
    let profile = app.profile(&signed_in.tokens.access_token).await;
    assert!(!profile.two_step.on);
    assert!(matches!(
        app.call(sign_in_args(account.email, PASSWORD)).await.1,
        Ok(SignInStep::SignedIn(_))
    ));
    assert_eq!(
        app.call(recovery_step(account.email, PASSWORD, &code)).await,
        (400, Err(AppError::WrongCode))
    );
}

#[tokio::test]
async fn a_new_set_of_recovery_codes_replaces_the_old_one() {
    let app = start().await;
    let account = turn_on(&app, "renew@example.com").await;
    let signed_in = sign_in_with_app(&app, &account, PASSWORD).await;

    let renewed = app
        .call(RenewRecoveryCodes {
            access_token: access_token(&signed_in).into(),
            current_password: PASSWORD.into(),
        })
        .await
        .1
        .unwrap();
    let old = app
        .call(recovery_step(account.email, PASSWORD, &account.recovery[0]))
        .await;
    assert_eq!(old, (400, Err(AppError::WrongCode)));
    let new = app
        .call(recovery_step(account.email, PASSWORD, renewed.codes[0].expose()))
        .await;
    assert_eq!(new.0, 200, "{new:?}");
}

#[tokio::test]
async fn turning_it_off_needs_the_password_and_a_current_code() {
    let app = start().await;
    let account = turn_on(&app, "off@example.com").await;
    let signed_in = sign_in_with_app(&app, &account, PASSWORD).await;
    let turn_off = |password: &str, code: &str| TurnOffTwoStep {
        access_token: access_token(&signed_in).into(),
        current_password: password.into(),
        code: code.into(),
    };

    let (status, refused) = app.call(turn_off("not my password", &code_now(&account.secret))).await;
    assert_eq!(
        (status, refused.unwrap_err().field()),
        (400, Some(Field::CurrentPassword))
    );
    let wrong = app.call(turn_off(PASSWORD, &wrong_code(&account.secret))).await;
    assert_eq!(wrong, (400, Err(AppError::WrongCode)));
    assert!(app.profile(&signed_in.tokens.access_token).await.two_step.on);

    assert_eq!(
        app.call(turn_off(PASSWORD, &code_now(&account.secret))).await,
        (200, Ok(()))
    );
    assert!(!app.profile(&signed_in.tokens.access_token).await.two_step.on);
    assert!(matches!(
        app.call(sign_in_args(account.email, PASSWORD)).await.1,
        Ok(SignInStep::SignedIn(_))
    ));
}

#[tokio::test]
async fn a_recovery_code_also_turns_it_off() {
    let app = start().await;
    let account = turn_on(&app, "off-recovery@example.com").await;
    let signed_in = sign_in_with_app(&app, &account, PASSWORD).await;
    let off = TurnOffTwoStep {
        access_token: access_token(&signed_in).into(),
        current_password: PASSWORD.into(),
        code: account.recovery[9].clone().into(),
    };
    assert_eq!(app.call(off).await, (200, Ok(())));
    assert!(!app.profile(&signed_in.tokens.access_token).await.two_step.on);
}

#[tokio::test]
async fn reset_sign_out_everywhere_and_deletion_work_for_an_account_with_two_step_sign_in() {
    let app = start().await;
    let account = turn_on(&app, "everything@example.com").await;
    let earlier = sign_in_with_app(&app, &account, PASSWORD).await;

    // A password reset ends every earlier session and leaves two-step sign-in on.
    let forgot = ForgotPassword {
        email: account.email.into(),
    };
    assert_eq!(app.call(forgot).await.0, 200);
    let code = app.code(account.email, MailPurpose::PasswordReset).await;
    let new_password = "a brand new passphrase";
    let reset = ResetPassword {
        email: account.email.into(),
        code: code.into(),
        new_password: new_password.into(),
    };
    assert_eq!(app.call(reset).await, (200, Ok(())));
    assert_eq!(app.profile_status(&earlier.tokens.access_token).await, 401);
    // Sessions are ended up to the second (our record counts whole seconds); a password
    // sign-in within it is made again by the server, but a second step cannot be: it would be
    // asked for again. People take longer than that.
    after_this_second().await;
    let now = sign_in_with_app(&app, &account, new_password).await;
    assert!(app.profile(&now.tokens.access_token).await.two_step.on);

    let everywhere = SignOutEverywhere {
        access_token: access_token(&now).into(),
    };
    assert_eq!(app.call(everywhere).await, (200, Ok(())));
    assert_eq!(app.profile_status(&now.tokens.access_token).await, 401);
    after_this_second().await;

    let last = sign_in_with_app(&app, &account, new_password).await;
    let delete = delete_account(&access_token(&last), new_password, DELETE_CONFIRMATION);
    assert_eq!(app.call(delete).await, (200, Ok(())));
    assert_eq!(app.cognito_users().await, 0);
    assert!(app.profile_items().await.is_empty());
}

async fn after_this_second() {
    let into_second = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_millis();
    tokio::time::sleep(std::time::Duration::from_millis(u64::from(1000 - into_second) + 10)).await;
}

#[tokio::test]
async fn with_two_step_on_an_email_change_takes_the_password_and_a_current_code() {
    let app = TestApp::start().await;
    let account = turn_on(&app, "both-steps@example.com").await;
    let signed_in = sign_in_with_app(&app, &account, PASSWORD).await;
    let change = |code: Option<String>| app::functions::settings::ChangeEmail {
        code: code.map(Into::into),
        ..change_email(&access_token(&signed_in), "both-steps-new@example.com", PASSWORD)
    };
    // Cognito mints the token the change needs only after the code: the form is asked for it.
    let asked = app.call(change(None)).await;
    assert_eq!((asked.0, invalid_field(&asked)), (400, Some(Field::Code)), "{asked:?}");
    let wrong = app.call(change(Some(wrong_code(&account.secret)))).await;
    assert_eq!((wrong.0, invalid_field(&wrong)), (400, Some(Field::Code)), "{wrong:?}");
    let started = app.call(change(Some(code_now(&account.secret)))).await;
    assert_eq!(started.0, 200, "{started:?}");

    let code = app.code("both-steps-new@example.com", MailPurpose::EmailChange).await;
    let (status, confirmed) = app
        .call(app::functions::settings::ConfirmEmailChange {
            access_token: access_token(&signed_in).into(),
            code: code.into(),
        })
        .await;
    assert_eq!(status, 200, "{confirmed:?}");
    assert_eq!(confirmed.unwrap().email, "both-steps-new@example.com");
}
