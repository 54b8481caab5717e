//! Signing in without a password through the app's own server functions, as the sign-in page
//! calls them: a code emailed to the address, or a passkey (made by a software authenticator in
//! the test); and the passkeys in settings. Nothing may tell an address with an account from one
//! without.
use app::{
    error::{AppError, Field},
    functions::passwordless::{
        ListPasskeys, PasskeyCreationOptions, RemovePasskey, SendSignInCode, SignInWithCode, SignInWithPasskey,
        StartPasskeyProof, StartPasskeySignIn,
    },
    model::{MailPurpose, PasskeyChallenge, Proof},
};

use crate::common::{TestApp, access_token, add_passkey, authenticator::SoftAuthenticator};

/// The origin the software authenticator signs for: the app at `localhost` (local mode's relying party).
const ORIGIN: &str = "http://localhost:3000";

fn send_code(email: &str) -> SendSignInCode {
    SendSignInCode { email: email.into() }
}

fn code_answer(email: &str, session: &str, code: &str) -> SignInWithCode {
    SignInWithCode {
        email: email.into(),
        session: session.into(),
        code: code.into(),
        time_zone: None,
        language: None,
    }
}

fn passkey_answer(email: &str, challenge: &PasskeyChallenge, credential: String) -> SignInWithPasskey {
    SignInWithPasskey {
        email: email.into(),
        session: challenge.session.clone(),
        credential,
        time_zone: None,
        language: None,
    }
}

async fn start_passkey(app: &TestApp, email: &str) -> PasskeyChallenge {
    let (status, challenge) = app.call(StartPasskeySignIn { email: email.into() }).await;
    assert_eq!(status, 200, "{challenge:?}");
    challenge.unwrap()
}

#[tokio::test]
async fn an_emailed_code_signs_in_and_a_wrong_one_is_refused_until_the_right_one() {
    let app = TestApp::start().await;
    app.confirmed_account("otp@example.com", "Ada").await;

    let (status, sent) = app.call(send_code("otp@example.com")).await;
    assert_eq!(status, 200, "{sent:?}");
    let session = sent.unwrap().session;
    let code = app.code("otp@example.com", MailPurpose::SignInCode).await;
    let wrong = if code.starts_with('1') {
        code.replacen('1', "2", 1)
    } else {
        format!("1{}", &code[1..])
    };

    let (status, refused) = app.call(code_answer("otp@example.com", session.expose(), &wrong)).await;
    assert_eq!((status, refused.unwrap_err()), (400, AppError::WrongCode));

    let (status, signed_in) = app.call(code_answer("otp@example.com", session.expose(), &code)).await;
    assert_eq!(status, 200, "{signed_in:?}");
    let signed_in = signed_in.unwrap();
    assert_eq!(
        (signed_in.email.as_str(), signed_in.display_name.as_str()),
        ("otp@example.com", "Ada")
    );
    assert_eq!(app.profile(&access_token(&signed_in)).await.fields.display_name, "Ada");

    // Spent: the same code and session do not sign in twice.
    let (status, again) = app.call(code_answer("otp@example.com", session.expose(), &code)).await;
    assert_eq!((status, again.unwrap_err()), (400, AppError::WrongCode));
}

#[tokio::test]
async fn an_address_without_an_account_gets_the_same_answers_as_one_with() {
    let app = TestApp::start().await;
    app.confirmed_account("known@example.com", "Ada").await;

    for email in ["known@example.com", "nobody@example.com"] {
        let (status, sent) = app.call(send_code(email)).await;
        assert_eq!(status, 200, "{email}: {sent:?}");
        let session = sent.unwrap().session;
        assert!(session.expose().len() > 32, "{email}: a session like any other");
        let (status, refused) = app.call(code_answer(email, session.expose(), "000000")).await;
        assert_eq!((status, refused.unwrap_err()), (400, AppError::WrongCode), "{email}");

        // An account without passkeys, and no account, get request options all the same.
        let challenge = start_passkey(&app, email).await;
        let options: serde_json::Value = serde_json::from_str(&challenge.options).unwrap();
        assert!(
            options["challenge"].as_str().is_some_and(|c| c.len() >= 32),
            "{email}: {options}"
        );
        let made_up = SoftAuthenticator::new().assert_unknown(&challenge.options, ORIGIN);
        let (status, refused) = app.call(passkey_answer(email, &challenge, made_up)).await;
        assert_eq!(
            (status, refused.unwrap_err()),
            (401, AppError::PasskeyRefused),
            "{email}"
        );
    }
    // Nothing was sent to the address without an account.
    let mailbox = app.backend.mailbox.as_ref().unwrap().messages().await;
    assert!(mailbox.iter().all(|message| message.to != "nobody@example.com"));
}

#[tokio::test]
async fn a_passkey_added_in_settings_signs_in_and_no_longer_once_removed() {
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("passkey@example.com", "Ada").await;
    let token = access_token(&signed_in);
    let mut authenticator = SoftAuthenticator::new();

    // The current password guards it.
    let (status, refused) = app
        .call(PasskeyCreationOptions {
            access_token: token.as_str().into(),
            proof: Proof::Password("not the password".into()),
        })
        .await;
    assert_eq!(status, 400);
    assert_eq!(refused.unwrap_err().field(), Some(Field::CurrentPassword));

    add_passkey(&app, &signed_in, &mut authenticator).await;
    let (status, passkeys) = app
        .call(ListPasskeys {
            access_token: token.as_str().into(),
        })
        .await;
    assert_eq!(status, 200);
    let passkeys = passkeys.unwrap();
    assert_eq!(passkeys.len(), 1);
    assert!(!passkeys[0].name.is_empty());
    assert!(
        passkeys[0]
            .created_at
            .starts_with(&chrono::Utc::now().format("%Y-%m-%d").to_string())
    );

    let challenge = start_passkey(&app, "passkey@example.com").await;
    let credential = authenticator.assert(&challenge.options, ORIGIN);
    let (status, passkey_session) = app
        .call(passkey_answer("passkey@example.com", &challenge, credential))
        .await;
    assert_eq!(status, 200, "{passkey_session:?}");
    let passkey_session = passkey_session.unwrap();
    assert_eq!(
        app.profile(&access_token(&passkey_session)).await.fields.display_name,
        "Ada"
    );

    // A passkey answered just now proves it is the owner, as the password does.
    let (status, challenge) = app
        .call(StartPasskeyProof {
            access_token: token.as_str().into(),
        })
        .await;
    assert_eq!(status, 200, "{challenge:?}");
    let challenge = challenge.unwrap();
    let proof = Proof::Passkey {
        session: challenge.session.clone(),
        credential: authenticator.assert(&challenge.options, ORIGIN),
    };
    let removed = app
        .call(RemovePasskey {
            access_token: token.as_str().into(),
            proof,
            credential_id: passkeys[0].id.clone(),
        })
        .await;
    assert_eq!(removed, (200, Ok(())));
    let (_, left) = app
        .call(ListPasskeys {
            access_token: token.as_str().into(),
        })
        .await;
    assert_eq!(left.unwrap(), vec![]);

    let challenge = start_passkey(&app, "passkey@example.com").await;
    let credential = authenticator.assert_anyway(&challenge.options, ORIGIN);
    let (status, refused) = app
        .call(passkey_answer("passkey@example.com", &challenge, credential))
        .await;
    assert_eq!((status, refused.unwrap_err()), (401, AppError::PasskeyRefused));
}

#[tokio::test]
async fn only_passkeys_added_through_the_apps_proven_flow_sign_in() {
    use app::backend::passwordless::{document_of, json_of};
    let app = TestApp::start().await;
    let signed_in = app.confirmed_account("planted@example.com", "Ada").await;
    // A passkey planted at Cognito by whoever held a token with the admin scope (before this
    // server kept its own record, or from outside it), for a device the attacker keeps.
    let token = app.minted("planted@example.com").await.access_token;
    let cognito = app.backend.user_pool.sdk();
    let options = cognito
        .start_web_authn_registration()
        .access_token(&token)
        .send()
        .await
        .unwrap();
    let mut attackers = SoftAuthenticator::new();
    let credential = attackers.register(&json_of(&options.credential_creation_options).to_string(), ORIGIN);
    cognito
        .complete_web_authn_registration()
        .access_token(&token)
        .credential(document_of(serde_json::from_str(&credential).unwrap()))
        .send()
        .await
        .unwrap();

    let challenge = start_passkey(&app, "planted@example.com").await;
    let planted = attackers.assert(&challenge.options, ORIGIN);
    let refused = app
        .call(passkey_answer("planted@example.com", &challenge, planted))
        .await;
    assert_eq!(refused, (401, Err(AppError::PasskeyRefused)));
    let (_, listed) = app
        .call(ListPasskeys {
            access_token: access_token(&signed_in).into(),
        })
        .await;
    assert_eq!(listed.unwrap(), vec![], "settings list the account's own passkeys only");

    // One added through settings, after the password, signs in.
    let mut own = SoftAuthenticator::new();
    add_passkey(&app, &signed_in, &mut own).await;
    let challenge = start_passkey(&app, "planted@example.com").await;
    let answer = own.assert(&challenge.options, ORIGIN);
    let own_id = serde_json::from_str::<serde_json::Value>(&answer).unwrap()["rawId"].clone();
    assert_eq!(
        app.call(passkey_answer("planted@example.com", &challenge, answer))
            .await
            .0,
        200
    );

    // The planted passkey's answer naming the recorded passkey's id: the relying party goes by
    // `rawId`, and so does the record.
    let challenge = start_passkey(&app, "planted@example.com").await;
    let mut disguised: serde_json::Value = serde_json::from_str(&attackers.assert(&challenge.options, ORIGIN)).unwrap();
    disguised["id"] = own_id;
    let refused = app
        .call(passkey_answer("planted@example.com", &challenge, disguised.to_string()))
        .await;
    assert_eq!(refused, (401, Err(AppError::PasskeyRefused)));
}
