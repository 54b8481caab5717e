//! Choice-based sign-in (`USER_AUTH`) and passkeys against the local pool, through the AWS SDK
//! exactly as the app calls Amazon Cognito: a password, an emailed code, a passkey made by a
//! software authenticator; and every refusal Cognito answers with, by its error code.
use std::collections::HashMap;

use app::{
    backend::{
        config::LocalLimits,
        passwordless::{document_of, json_of},
    },
    functions::two_step::{FinishTwoStepSetup, StartTwoStepSetup},
    model::MailPurpose,
};
use aws_sdk_cognitoidentityprovider::{
    Client,
    error::{ProvideErrorMetadata, SdkError},
    types::{AuthFlowType, AuthenticationResultType, ChallengeNameType},
};
use serde_json::Value;

use crate::common::{
    PASSWORD, TestApp, access_token,
    authenticator::{GOOGLE_PASSWORD_MANAGER, SoftAuthenticator},
    code_of, sub_of,
    totp::code_now,
};

/// The app's page, as the browser reports it to the authenticator (local mode's relying party
/// is `localhost`, on any port).
const ORIGIN: &str = "http://localhost:3000";

fn message_of<E: ProvideErrorMetadata>(error: &SdkError<E>) -> String {
    error
        .as_service_error()
        .and_then(|e| e.message())
        .unwrap_or_default()
        .to_string()
}

/// A step of a sign-in, as the SDK answered it.
#[derive(Debug)]
struct Step {
    name: Option<ChallengeNameType>,
    session: String,
    parameters: HashMap<String, String>,
    available: Vec<ChallengeNameType>,
    tokens: Option<AuthenticationResultType>,
}

struct Pool<'a> {
    sdk: &'a Client,
    client_id: String,
    client: &'a app::backend::AppClient,
}

impl<'a> Pool<'a> {
    fn of(app: &'a TestApp) -> Self {
        Self {
            sdk: app.backend.user_pool.sdk(),
            client_id: app.backend.user_pool.browser.id.clone(),
            client: &app.backend.user_pool.browser,
        }
    }

    /// The app client is confidential: every call naming a user carries this.
    fn secret_hash(&self, username: &str) -> String {
        self.client.secret_hash(username).expect("a confidential client")
    }

    async fn start(&self, email: &str, preferred: Option<&str>, password: Option<&str>) -> Result<Step, String> {
        let mut request = self
            .sdk
            .initiate_auth()
            .client_id(&self.client_id)
            .auth_flow(AuthFlowType::UserAuth)
            .auth_parameters("USERNAME", email)
            .auth_parameters("SECRET_HASH", self.secret_hash(email));
        if let Some(preferred) = preferred {
            request = request.auth_parameters("PREFERRED_CHALLENGE", preferred);
        }
        if let Some(password) = password {
            request = request.auth_parameters("PASSWORD", password);
        }
        match request.send().await {
            Ok(output) => Ok(Step {
                name: output.challenge_name,
                session: output.session.unwrap_or_default(),
                parameters: output.challenge_parameters.unwrap_or_default(),
                available: output.available_challenges.unwrap_or_default(),
                tokens: output.authentication_result,
            }),
            Err(error) => Err(code_of(&error)),
        }
    }

    async fn answer(
        &self,
        challenge: ChallengeNameType,
        session: &str,
        email: &str,
        responses: &[(&str, &str)],
    ) -> Result<Step, (String, String)> {
        let mut request = self
            .sdk
            .respond_to_auth_challenge()
            .client_id(&self.client_id)
            .challenge_name(challenge)
            .session(session)
            .challenge_responses("USERNAME", email)
            .challenge_responses("SECRET_HASH", self.secret_hash(email));
        for (key, value) in responses {
            request = request.challenge_responses(*key, *value);
        }
        match request.send().await {
            Ok(output) => Ok(Step {
                name: output.challenge_name,
                session: output.session.unwrap_or_default(),
                parameters: output.challenge_parameters.unwrap_or_default(),
                available: Vec::new(),
                tokens: output.authentication_result,
            }),
            Err(error) => Err((code_of(&error), message_of(&error))),
        }
    }

    /// Answers a `WEB_AUTHN` step with the browser's `credential`.
    async fn passkey(&self, step: &Step, email: &str, credential: &str) -> Result<Step, (String, String)> {
        self.answer(
            ChallengeNameType::WebAuthn,
            &step.session,
            email,
            &[("CREDENTIAL", credential)],
        )
        .await
    }

    /// Creation options for a new passkey of the token's user, as JSON text.
    async fn creation_options(&self, token: &str) -> String {
        let output = self
            .sdk
            .start_web_authn_registration()
            .access_token(token)
            .send()
            .await
            .unwrap();
        json_of(&output.credential_creation_options).to_string()
    }

    async fn complete(&self, token: &str, credential: &str) -> Result<(), String> {
        let credential: Value = serde_json::from_str(credential).unwrap();
        self.sdk
            .complete_web_authn_registration()
            .access_token(token)
            .credential(document_of(credential))
            .send()
            .await
            .map(drop)
            .map_err(|error| code_of(&error))
    }

    /// Registers a passkey `authenticator` makes for the token's user.
    async fn add_passkey(&self, token: &str, authenticator: &mut SoftAuthenticator) {
        let options = self.creation_options(token).await;
        let credential = authenticator.register(&options, ORIGIN);
        assert_eq!(self.complete(token, &credential).await, Ok(()));
    }
}

/// The request options of a `WEB_AUTHN` challenge.
fn request_options(step: &Step) -> String {
    step.parameters["CREDENTIAL_REQUEST_OPTIONS"].clone()
}

fn allowed_ids(options: &str) -> Vec<String> {
    let options: Value = serde_json::from_str(options).unwrap();
    options["allowCredentials"]
        .as_array()
        .unwrap()
        .iter()
        .map(|descriptor| descriptor["id"].as_str().unwrap().to_string())
        .collect()
}

fn refused() -> Result<Step, (String, String)> {
    Err(("NotAuthorizedException".into(), String::new()))
}

/// Only the error code of an answer (the message aside), to compare with [`refused`].
fn coded(answer: Result<Step, (String, String)>) -> Result<Step, (String, String)> {
    answer.map_err(|(code, _)| (code, String::new()))
}

fn is_refused(answer: &Result<Step, (String, String)>) -> bool {
    matches!(answer, Err((code, _)) if code == "NotAuthorizedException")
}

/// The tokens a step ended with are the app client's own, for the account `email`: they verify as
/// the app's access tokens do. Our server still refuses them: it honours only tokens it handed
/// out itself, recorded with their session.
async fn tokens_work(app: &TestApp, tokens: &AuthenticationResultType, email: &str) {
    let access = tokens.access_token().expect("an access token");
    assert!(tokens.id_token().is_some() && tokens.refresh_token().is_some());
    assert_eq!(tokens.token_type(), Some("Bearer"));
    assert!(tokens.expires_in() > 0);
    let state = app.state();
    let claims = state
        .verifier
        .verify_access(access)
        .await
        .expect("the app's own access token");
    assert_eq!(state.user_pool.user(&claims.sub).await.unwrap().email(), email);
    assert_eq!(app.profile_status(access).await, 401, "not handed out by our server");
}

#[tokio::test]
async fn user_auth_with_a_password_signs_in_as_the_password_flow_does() {
    let app = TestApp::start().await;
    app.confirmed_account("pw@example.com", "Ada").await;
    let pool = Pool::of(&app);

    let step = pool
        .start("pw@example.com", Some("PASSWORD"), Some(PASSWORD))
        .await
        .unwrap();
    let tokens = step.tokens.expect("tokens, with no further challenge");
    tokens_work(&app, &tokens, "pw@example.com").await;
    // The refresh token is a real one: it refreshes, and the sign-in counts as this layer's.
    let refreshed = pool
        .sdk
        .get_tokens_from_refresh_token()
        .client_id(&pool.client_id)
        .set_client_secret(pool.client.secret().map(String::from))
        .refresh_token(tokens.refresh_token().unwrap())
        .send()
        .await
        .unwrap();
    assert!(refreshed.authentication_result.is_some());

    assert_eq!(
        pool.start("pw@example.com", Some("PASSWORD"), Some("not the password"))
            .await
            .unwrap_err(),
        "NotAuthorizedException"
    );
}

#[tokio::test]
async fn a_two_step_account_gets_the_authenticator_step_after_its_password_and_no_emailed_code() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("two@example.com", "Ada").await;
    let (_, setup) = app
        .call(StartTwoStepSetup {
            access_token: access_token(&signed_in).into(),
            current_password: PASSWORD.into(),
        })
        .await;
    let setup = setup.unwrap();
    let secret = setup.secret.expose().to_string();
    let (status, finished) = app
        .call(FinishTwoStepSetup {
            access_token: access_token(&signed_in).into(),
            code: code_now(&secret).into(),
            device_name: "Ada's phone".into(),
        })
        .await;
    assert_eq!(status, 200, "{finished:?}");
    let pool = Pool::of(&app);

    let step = pool
        .start("two@example.com", Some("PASSWORD"), Some(PASSWORD))
        .await
        .unwrap();
    assert_eq!(step.name, Some(ChallengeNameType::SoftwareTokenMfa));
    assert!(step.tokens.is_none());
    let done = pool
        .answer(
            ChallengeNameType::SoftwareTokenMfa,
            &step.session,
            "two@example.com",
            &[("SOFTWARE_TOKEN_MFA_CODE", &code_now(&secret))],
        )
        .await
        .unwrap();
    tokens_work(&app, &done.tokens.unwrap(), "two@example.com").await;

    // An emailed code would skip the authenticator: the answer looks the same, nothing is sent,
    // and no code signs in.
    let step = pool.start("two@example.com", Some("EMAIL_OTP"), None).await.unwrap();
    assert_eq!(step.name, Some(ChallengeNameType::EmailOtp));
    assert_eq!(step.parameters["CODE_DELIVERY_DESTINATION"], "t***@e***");
    let mailbox = app.backend.mailbox.as_ref().unwrap().messages().await;
    assert!(mailbox.iter().all(|message| message.purpose != MailPurpose::SignInCode));
    let answer = pool
        .answer(
            ChallengeNameType::EmailOtp,
            &step.session,
            "two@example.com",
            &[("EMAIL_OTP_CODE", "12345678")],
        )
        .await;
    assert_eq!(answer.unwrap_err().0, "CodeMismatchException");
}

#[tokio::test]
async fn select_challenge_then_an_emailed_code_signs_in_once() {
    let app = TestApp::start().await;
    app.confirmed_account("otp@example.com", "Ada").await;
    let pool = Pool::of(&app);

    let select = pool.start("otp@example.com", None, None).await.unwrap();
    assert_eq!(select.name, Some(ChallengeNameType::SelectChallenge));
    assert_eq!(
        select.available,
        [ChallengeNameType::Password, ChallengeNameType::EmailOtp]
    );
    let step = pool
        .answer(
            ChallengeNameType::SelectChallenge,
            &select.session,
            "otp@example.com",
            &[("ANSWER", "EMAIL_OTP")],
        )
        .await
        .unwrap();
    assert_eq!(step.name, Some(ChallengeNameType::EmailOtp));
    assert_eq!(step.parameters["CODE_DELIVERY_DELIVERY_MEDIUM"], "EMAIL");
    assert_eq!(step.parameters["CODE_DELIVERY_DESTINATION"], "o***@e***");
    assert_ne!(step.session, select.session);
    // The select session served once.
    assert!(is_refused(
        &pool
            .answer(
                ChallengeNameType::SelectChallenge,
                &select.session,
                "otp@example.com",
                &[("ANSWER", "EMAIL_OTP")]
            )
            .await
    ));

    let code = app.code("otp@example.com", MailPurpose::SignInCode).await;
    assert!(code.len() == 8 && code.chars().all(|c| c.is_ascii_digit()), "{code}");
    let wrong = if code.ends_with('0') {
        format!("{}1", &code[..7])
    } else {
        format!("{}0", &code[..7])
    };
    let answer = |code: String| {
        let session = step.session.clone();
        let pool = &pool;
        async move {
            pool.answer(
                ChallengeNameType::EmailOtp,
                &session,
                "otp@example.com",
                &[("EMAIL_OTP_CODE", &code)],
            )
            .await
        }
    };
    assert_eq!(answer(wrong).await.unwrap_err().0, "CodeMismatchException");
    let done = answer(code.clone()).await.unwrap();
    tokens_work(&app, &done.tokens.unwrap(), "otp@example.com").await;
    // Spent.
    assert!(is_refused(&answer(code).await));
}

#[tokio::test]
async fn a_sign_in_session_lasts_a_few_wrong_codes_and_the_challenge_time() {
    let app = TestApp::start_with_limits(LocalLimits {
        code_attempts: 2,
        challenge_seconds: 1,
        ..LocalLimits::default()
    })
    .await;
    app.confirmed_account("few@example.com", "Ada").await;
    let pool = Pool::of(&app);

    let step = pool.start("few@example.com", Some("EMAIL_OTP"), None).await.unwrap();
    let code = app.code("few@example.com", MailPurpose::SignInCode).await;
    for _ in 0..2 {
        let answer = pool
            .answer(
                ChallengeNameType::EmailOtp,
                &step.session,
                "few@example.com",
                &[("EMAIL_OTP_CODE", "00000000")],
            )
            .await;
        assert_eq!(answer.unwrap_err().0, "CodeMismatchException");
    }
    // Worn out: even the right code no longer signs in.
    let answer = pool
        .answer(
            ChallengeNameType::EmailOtp,
            &step.session,
            "few@example.com",
            &[("EMAIL_OTP_CODE", &code)],
        )
        .await;
    assert!(is_refused(&answer), "{answer:?}");

    let step = pool.start("few@example.com", Some("EMAIL_OTP"), None).await.unwrap();
    let code = app.code("few@example.com", MailPurpose::SignInCode).await;
    tokio::time::sleep(std::time::Duration::from_millis(1300)).await;
    let (kind, message) = pool
        .answer(
            ChallengeNameType::EmailOtp,
            &step.session,
            "few@example.com",
            &[("EMAIL_OTP_CODE", &code)],
        )
        .await
        .unwrap_err();
    assert_eq!(
        (kind.as_str(), message.as_str()),
        (
            "NotAuthorizedException",
            "Invalid session for the user, session is expired."
        )
    );
}

#[tokio::test]
async fn sign_in_codes_count_against_the_hourly_limit_known_address_or_not() {
    let app = TestApp::start_with_limits(LocalLimits {
        codes_per_hour: 2,
        ..LocalLimits::default()
    })
    .await;
    app.confirmed_account("busy@example.com", "Ada").await;
    let pool = Pool::of(&app);
    for email in ["busy@example.com", "nobody@example.com"] {
        for _ in 0..2 {
            assert!(pool.start(email, Some("EMAIL_OTP"), None).await.is_ok());
        }
        assert_eq!(
            pool.start(email, Some("EMAIL_OTP"), None).await.unwrap_err(),
            "LimitExceededException",
            "{email}"
        );
    }
}

#[tokio::test]
async fn a_passkey_registers_lists_and_signs_in_and_its_assertion_serves_once() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("key@example.com", "Ada").await;
    // Registration takes a token with the admin scope: the server's own, minted at a proof.
    let token = app.minted("key@example.com").await.access_token;
    let pool = Pool::of(&app);

    let options: Value = serde_json::from_str(&pool.creation_options(&token).await).unwrap();
    assert_eq!(options["rp"]["id"], "localhost");
    assert_eq!(options["user"]["name"], "key@example.com");
    assert_eq!(options["user"]["displayName"], "Ada");
    assert_eq!(options["authenticatorSelection"]["residentKey"], "required");
    assert!(
        options["pubKeyCredParams"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["alg"] == -7)
    );

    let mut phone = SoftAuthenticator::with_aaguid(GOOGLE_PASSWORD_MANAGER);
    pool.add_passkey(&token, &mut phone).await;
    let mut laptop = SoftAuthenticator::new();
    pool.add_passkey(&token, &mut laptop).await;

    // Listed oldest first, a page at a time.
    let first = pool
        .sdk
        .list_web_authn_credentials()
        .access_token(&token)
        .max_results(1)
        .send()
        .await
        .unwrap();
    let described = &first.credentials()[0];
    assert_eq!(described.friendly_credential_name(), "Google Password Manager");
    assert_eq!(described.relying_party_id(), "localhost");
    assert_eq!(described.authenticator_attachment(), Some("platform"));
    assert_eq!(described.authenticator_transports(), ["hybrid", "internal"]);
    assert!((chrono::Utc::now().timestamp() - described.created_at().secs()).abs() < 60);
    let second = pool
        .sdk
        .list_web_authn_credentials()
        .access_token(&token)
        .max_results(1)
        .set_next_token(first.next_token.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(second.credentials()[0].friendly_credential_name(), "Passkey");
    assert!(second.next_token.is_none());

    let select = pool.start("key@example.com", None, None).await.unwrap();
    assert!(select.available.contains(&ChallengeNameType::WebAuthn));
    let step = pool.start("key@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    assert_eq!(step.name, Some(ChallengeNameType::WebAuthn));
    let options = request_options(&step);
    // Discoverable passkeys: the options name none, and the answer says which one it is.
    assert!(allowed_ids(&options).is_empty());
    let assertion = phone.assert(&options, ORIGIN);
    let done = pool.passkey(&step, "key@example.com", &assertion).await.unwrap();
    let tokens = done.tokens.expect("a passkey is the whole sign-in");
    tokens_work(&app, &tokens, "key@example.com").await;
    assert_eq!(app.sub(tokens.access_token().unwrap()).await, sub_of(&signed_in));

    // Replayed, in the spent session or in a new one, it is refused.
    let again = pool.passkey(&step, "key@example.com", &assertion).await;
    assert_eq!(coded(again).unwrap_err(), refused().unwrap_err());
    let fresh = pool.start("key@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    let replayed = pool.passkey(&fresh, "key@example.com", &assertion).await;
    assert!(is_refused(&replayed));

    // The other passkey, chosen after SELECT_CHALLENGE, signs in too.
    let select = pool.start("key@example.com", None, None).await.unwrap();
    let step = pool
        .answer(
            ChallengeNameType::SelectChallenge,
            &select.session,
            "key@example.com",
            &[("ANSWER", "WEB_AUTHN")],
        )
        .await
        .unwrap();
    let assertion = laptop.assert(&request_options(&step), "http://localhost:8080");
    let done = pool.passkey(&step, "key@example.com", &assertion).await.unwrap();
    assert!(done.tokens.is_some());
}

#[tokio::test]
async fn passkeys_from_another_origin_or_relying_party_are_refused() {
    let app = TestApp::start().await;
    app.confirmed_account("site@example.com", "Ada").await;
    // Registration takes a token with the admin scope: the server's own, minted at a proof.
    let token = app.minted("site@example.com").await.access_token;
    let pool = Pool::of(&app);
    let mut authenticator = SoftAuthenticator::new();

    // Registration: no challenge, a foreign page, another relying party.
    let orphan = authenticator.register(&pool.creation_options(&token).await, ORIGIN);
    assert_eq!(pool.complete(&token, &orphan).await, Ok(()));
    assert_eq!(
        pool.complete(&token, &orphan).await,
        Err("WebAuthnChallengeNotFoundException".into())
    );
    let foreign = SoftAuthenticator::new().register(&pool.creation_options(&token).await, "https://evil.example");
    assert_eq!(
        pool.complete(&token, &foreign).await,
        Err("WebAuthnOriginNotAllowedException".into())
    );
    let options = pool.creation_options(&token).await;
    let other_party = SoftAuthenticator::new().register_for(&options, ORIGIN, Some("evil.example"));
    assert_eq!(
        pool.complete(&token, &other_party).await,
        Err("WebAuthnRelyingPartyMismatchException".into())
    );
    assert_eq!(
        pool.complete("not a token", &orphan).await,
        Err("NotAuthorizedException".into())
    );

    // Sign-in: the right passkey, asserted on a foreign page or for another relying party.
    let step = pool.start("site@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    let from_elsewhere = authenticator.assert(&request_options(&step), "https://evil.example");
    let answer = pool.passkey(&step, "site@example.com", &from_elsewhere).await;
    assert!(is_refused(&answer), "{answer:?}");
    let step = pool.start("site@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    let for_elsewhere = authenticator.assert_for(&request_options(&step), ORIGIN, "evil.example");
    let answer = pool.passkey(&step, "site@example.com", &for_elsewhere).await;
    assert!(is_refused(&answer), "{answer:?}");
    // A passkey nobody registered, and a well-made assertion signed by the wrong key.
    let step = pool.start("site@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    let stranger = SoftAuthenticator::new().assert_unknown(&request_options(&step), ORIGIN);
    let answer = pool.passkey(&step, "site@example.com", &stranger).await;
    assert!(is_refused(&answer), "{answer:?}");
    let step = pool.start("site@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    let mut forged: Value = serde_json::from_str(&authenticator.assert(&request_options(&step), ORIGIN)).unwrap();
    let other: Value =
        serde_json::from_str(&SoftAuthenticator::new().assert_unknown(&request_options(&step), ORIGIN)).unwrap();
    forged["response"]["signature"] = other["response"]["signature"].clone();
    let answer = pool.passkey(&step, "site@example.com", &forged.to_string()).await;
    assert!(is_refused(&answer), "{answer:?}");
    // Another account's passkey, naming its own user or no user at all: the options name no
    // credential, so any passkey of the relying party answers, and only this user's may pass.
    app.confirmed_account("other@example.com", "Bo").await;
    let mut others = SoftAuthenticator::new();
    pool.add_passkey(&app.minted("other@example.com").await.access_token, &mut others)
        .await;
    let step = pool.start("site@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    let theirs = others.assert(&request_options(&step), ORIGIN);
    let answer = pool.passkey(&step, "site@example.com", &theirs).await;
    assert!(is_refused(&answer), "{answer:?}");
    let step = pool.start("site@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    let mut anonymous: Value = serde_json::from_str(&others.assert(&request_options(&step), ORIGIN)).unwrap();
    anonymous["response"].as_object_mut().unwrap().remove("userHandle");
    let answer = pool.passkey(&step, "site@example.com", &anonymous.to_string()).await;
    assert!(is_refused(&answer), "{answer:?}");
    // After all that, the passkey itself still works.
    let step = pool.start("site@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    let good = authenticator.assert(&request_options(&step), ORIGIN);
    let done = pool.passkey(&step, "site@example.com", &good).await.unwrap();
    assert!(done.tokens.is_some());
}

#[tokio::test]
async fn a_deleted_passkey_no_longer_signs_in_even_in_a_sign_in_begun_before() {
    let app = TestApp::start().await;
    app.confirmed_account("gone@example.com", "Ada").await;
    // Registration takes a token with the admin scope: the server's own, minted at a proof.
    let token = app.minted("gone@example.com").await.access_token;
    let pool = Pool::of(&app);
    let mut authenticator = SoftAuthenticator::new();
    pool.add_passkey(&token, &mut authenticator).await;

    let step = pool.start("gone@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    let listed = pool
        .sdk
        .list_web_authn_credentials()
        .access_token(&token)
        .send()
        .await
        .unwrap();
    let id = listed.credentials()[0].credential_id().to_string();
    assert!(allowed_ids(&request_options(&step)).is_empty());
    pool.sdk
        .delete_web_authn_credential()
        .access_token(&token)
        .credential_id(&id)
        .send()
        .await
        .unwrap();
    let again = pool
        .sdk
        .delete_web_authn_credential()
        .access_token(&token)
        .credential_id(&id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(code_of(&again), "ResourceNotFoundException");
    let listed = pool
        .sdk
        .list_web_authn_credentials()
        .access_token(&token)
        .send()
        .await
        .unwrap();
    assert!(listed.credentials().is_empty());

    let assertion = authenticator.assert_anyway(&request_options(&step), ORIGIN);
    let answer = pool.passkey(&step, "gone@example.com", &assertion).await;
    assert!(is_refused(&answer), "{answer:?}");
    let step = pool.start("gone@example.com", Some("WEB_AUTHN"), None).await.unwrap();
    assert!(allowed_ids(&request_options(&step)).is_empty());
    let select = pool.start("gone@example.com", None, None).await.unwrap();
    assert!(!select.available.contains(&ChallengeNameType::WebAuthn));
}

#[tokio::test]
async fn an_unknown_or_unconfirmed_address_gets_answers_shaped_as_a_known_one_and_never_tokens() {
    let app = TestApp::start().await;
    app.confirmed_account("known@example.com", "Ada").await;
    assert_eq!(app.sign_up("pending@example.com", PASSWORD, "Bo").await.0, 200);
    let pool = Pool::of(&app);

    let mut shapes = Vec::new();
    for email in ["known@example.com", "nobody@example.com", "pending@example.com"] {
        let select = pool.start(email, None, None).await.unwrap();
        let otp = pool.start(email, Some("EMAIL_OTP"), None).await.unwrap();
        let passkey = pool.start(email, Some("WEB_AUTHN"), None).await.unwrap();
        let options: Value = serde_json::from_str(&request_options(&passkey)).unwrap();
        let option_keys: Vec<String> = options.as_object().unwrap().keys().cloned().collect();
        assert_eq!(options["allowCredentials"], serde_json::json!([]), "{email}");
        assert!(options["challenge"].as_str().unwrap().len() >= 43, "{email}");
        let mut otp_keys: Vec<&String> = otp.parameters.keys().collect();
        otp_keys.sort();
        shapes.push(format!(
            "{:?} {:?} {} | {:?} {:?} {} {} | {:?} {} {:?}",
            select.name,
            select.available,
            select.session.len(),
            otp.name,
            otp_keys,
            otp.parameters["CODE_DELIVERY_DESTINATION"].len(),
            otp.session.len(),
            passkey.name,
            passkey.session.len(),
            option_keys,
        ));

        let wrong = pool
            .answer(
                ChallengeNameType::EmailOtp,
                &otp.session,
                email,
                &[("EMAIL_OTP_CODE", "00000000")],
            )
            .await;
        assert_eq!(wrong.unwrap_err().0, "CodeMismatchException", "{email}");
        let made_up = SoftAuthenticator::new().assert_unknown(&request_options(&passkey), ORIGIN);
        let answer = pool.passkey(&passkey, email, &made_up).await;
        assert!(is_refused(&answer), "{email}: {answer:?}");
    }
    assert_eq!(shapes[0], shapes[1]);
    assert_eq!(shapes[0], shapes[2]);

    // Only the known, confirmed account was sent a code; the others get nothing that signs in.
    let mailbox = app.backend.mailbox.as_ref().unwrap().messages().await;
    let sent_to: Vec<&str> = mailbox
        .iter()
        .filter(|message| message.purpose == MailPurpose::SignInCode)
        .map(|message| message.to.as_str())
        .collect();
    assert_eq!(sent_to, ["known@example.com"]);
    let sign_up_code = app.code("pending@example.com", MailPurpose::SignUp).await;
    let otp = pool
        .start("pending@example.com", Some("EMAIL_OTP"), None)
        .await
        .unwrap();
    let answer = pool
        .answer(
            ChallengeNameType::EmailOtp,
            &otp.session,
            "pending@example.com",
            &[("EMAIL_OTP_CODE", &sign_up_code)],
        )
        .await;
    assert_eq!(answer.unwrap_err().0, "CodeMismatchException");

    // A session answered in another user's name is refused.
    let otp = pool.start("known@example.com", Some("EMAIL_OTP"), None).await.unwrap();
    let code = app.code("known@example.com", MailPurpose::SignInCode).await;
    let answer = pool
        .answer(
            ChallengeNameType::EmailOtp,
            &otp.session,
            "nobody@example.com",
            &[("EMAIL_OTP_CODE", &code)],
        )
        .await;
    assert!(is_refused(&answer));
}
