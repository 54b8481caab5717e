//! Passwordless sign-in through Cognito's choice-based flow (`USER_AUTH`): a code emailed to the
//! account's address, or a passkey; and the account's passkeys in settings.
//!
//! Nothing here tells whether an address has an account, or passkeys: every start answers with a
//! challenge of the same shape (a stand-in one when Cognito offers none; a passkey's options from
//! one template, its session sealed into a handle of one size), and every refusal of an answer is
//! one error per method ([`AppError::WrongCode`], [`AppError::PasskeyRefused`]).
//! Passwords stay with `USER_PASSWORD_AUTH` (`sessions::start_session`), which every
//! Cognito-compatible service has.
use aws_sdk_cognitoidentityprovider::types::{AuthFlowType, ChallengeNameType};
use aws_smithy_types::{Document, Number};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;
use serde_json::Value;
use std::{
    collections::HashMap,
    sync::atomic::{AtomicUsize, Ordering},
};

use super::{
    AppState, Caller, activity,
    aws_error::{app_error, app_error_unless},
    challenge_handle::ChallengeHandles,
    minted::{self, forget},
    profile_table::Holding,
    sessions::{current_user, open_session},
    settings::mint_for_change,
    user_pool::{UserPool, id_token_identity, user_context},
};
use crate::{
    error::{AppError, Field},
    i18n::tr,
    model::{ActivityKind, BrowserLocale, CodeSent, Passkey, PasskeyChallenge, Proof, SignedIn, Tokens},
    validation::{check_current_password_given, check_passkey_credential},
};

/// The most passkeys listed; Cognito allows 20 per user.
const MAX_PASSKEYS: i32 = 20;

impl UserPool {
    /// Starts a `USER_AUTH` sign-in asking for `wanted`, and answers `SELECT_CHALLENGE` with it
    /// when Cognito offers a choice first. The challenge's session and parameters, or `None`
    /// when Cognito offers no such challenge (or no such user).
    async fn start_challenge(
        &self,
        email: &str,
        wanted: ChallengeNameType,
    ) -> Result<Option<(String, HashMap<String, String>)>, AppError> {
        let mut request = self
            .sdk()
            .initiate_auth()
            .client_id(&self.browser.id)
            .auth_flow(AuthFlowType::UserAuth)
            .auth_parameters("USERNAME", email)
            .auth_parameters("PREFERRED_CHALLENGE", wanted.as_str())
            .set_user_context_data(user_context());
        if let Some(hash) = self.secret_hash(email) {
            request = request.auth_parameters("SECRET_HASH", hash);
        }
        let output = match request.send().await {
            Ok(output) => output,
            Err(error) => return only_outages(app_error("InitiateAuth", error)),
        };
        let (mut name, mut session, mut parameters) =
            (output.challenge_name, output.session, output.challenge_parameters);
        if name == Some(ChallengeNameType::SelectChallenge)
            && let Some(choice) = session.take()
        {
            let answer = ("ANSWER", wanted.as_str());
            let request = self.respond(email, ChallengeNameType::SelectChallenge, &choice, answer);
            let chosen = match request.send().await {
                Ok(chosen) => chosen,
                Err(error) => return only_outages(app_error("RespondToAuthChallenge", error)),
            };
            (name, session, parameters) = (chosen.challenge_name, chosen.session, chosen.challenge_parameters);
        }
        Ok(match (name, session) {
            (Some(name), Some(session)) if name == wanted => Some((session, parameters.unwrap_or_default())),
            _ => None,
        })
    }

    /// Registration options for a new passkey of the signed-in user (`StartWebAuthnRegistration`),
    /// as JSON for `PublicKeyCredential.parseCreationOptionsFromJSON`.
    pub async fn passkey_creation_options(&self, access_token: &str) -> Result<String, AppError> {
        let output = self
            .sdk()
            .start_web_authn_registration()
            .access_token(access_token)
            .send()
            .await
            .map_err(|error| {
                // Per user, this means the account holds as many passkeys as Cognito allows.
                app_error_unless("StartWebAuthnRegistration", error, "LimitExceededException", || {
                    AppError::invalid(Field::CurrentPassword, tr("message-passkeys-full"))
                })
            })?;
        Ok(json_of(&output.credential_creation_options).to_string())
    }

    /// Registers the browser's new credential (`CompleteWebAuthnRegistration`).
    pub async fn add_passkey(&self, access_token: &str, credential: Value) -> Result<(), AppError> {
        self.sdk()
            .complete_web_authn_registration()
            .access_token(access_token)
            .credential(document_of(credential))
            .send()
            .await
            .map_err(|e| match app_error("CompleteWebAuthnRegistration", e) {
                AppError::PasskeyRefused | AppError::Unreadable => AppError::PasskeyNotAdded,
                other => other,
            })?;
        Ok(())
    }

    /// The signed-in user's passkeys (`ListWebAuthnCredentials`), oldest first.
    pub async fn passkeys(&self, access_token: &str) -> Result<Vec<Passkey>, AppError> {
        let mut passkeys = Vec::new();
        let mut next_token = None;
        loop {
            let output = self
                .sdk()
                .list_web_authn_credentials()
                .access_token(access_token)
                .max_results(MAX_PASSKEYS)
                .set_next_token(next_token)
                .send()
                .await
                .map_err(|e| app_error("ListWebAuthnCredentials", e))?;
            passkeys.extend(output.credentials().iter().map(|credential| {
                Passkey {
                    id: credential.credential_id().to_string(),
                    name: credential.friendly_credential_name().to_string(),
                    created_at: chrono::DateTime::from_timestamp(credential.created_at().secs(), 0)
                        .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                        .unwrap_or_default(),
                }
            }));
            next_token = output.next_token;
            if next_token.is_none() || passkeys.len() >= MAX_PASSKEYS as usize {
                break;
            }
        }
        passkeys.sort_by(|a, b| a.created_at.cmp(&b.created_at));
        Ok(passkeys)
    }

    /// Removes one passkey (`DeleteWebAuthnCredential`); one the user does not have is `NotFound`.
    pub async fn remove_passkey(&self, access_token: &str, credential_id: &str) -> Result<(), AppError> {
        self.sdk()
            .delete_web_authn_credential()
            .access_token(access_token)
            .credential_id(credential_id)
            .send()
            .await
            .map_err(|error| {
                app_error_unless("DeleteWebAuthnCredential", error, "ResourceNotFoundException", || {
                    AppError::NotFound
                })
            })?;
        Ok(())
    }
}

/// Cognito's refusal to start a challenge, as the caller may see it: only an outage, which says
/// nothing about the account. Its per-user limits (`LimitExceededException`) would tell that
/// the address has an account, so they get the stand-in challenge as unknown addresses do (our
/// own rate limit, which comes before Cognito, protects the caller).
fn only_outages<T>(error: AppError) -> Result<Option<T>, AppError> {
    match error {
        AppError::Unavailable => Err(AppError::Unavailable),
        _ => Ok(None),
    }
}

/// Cognito's refusal of an answer, as one error per method (`refusal`) whatever the reason:
/// only an outage or throttling, which say nothing about the account, are passed on.
fn refusal_as(error: AppError, refusal: AppError) -> AppError {
    match error {
        AppError::Unavailable | AppError::TryLater | AppError::Internal => error,
        _ => refusal,
    }
}

/// Emails a sign-in code (Cognito's `EMAIL_OTP`). An address without an account gets the same
/// answer, with a session that no code will ever answer.
pub async fn send_code(state: &AppState, email: &str) -> Result<CodeSent, AppError> {
    let session = match state
        .user_pool
        .start_challenge(email, ChallengeNameType::EmailOtp)
        .await?
    {
        Some((session, _)) => session,
        None => stand_in_session(),
    };
    Ok(CodeSent {
        session: session.into(),
    })
}

/// Signs in with the emailed code. Wrong, expired, worn out, or for no account: one answer.
pub async fn sign_in_with_code(
    state: &AppState,
    email: &str,
    session: &str,
    code: &str,
    locale: &BrowserLocale,
) -> Result<SignedIn, AppError> {
    let answer = state
        .user_pool
        .answer_challenge(email, ChallengeNameType::EmailOtp, session, ("EMAIL_OTP_CODE", code))
        .await;
    let tokens = answer.map_err(|error| refusal_as(error, AppError::WrongCode))?;
    open_session(state, tokens, locale).await?.into_signed_in()
}

/// Starts a passkey sign-in: the options for `navigator.credentials.get`, and a handle of the
/// sign-in's session. Every address gets the same answer but for its random parts: an address
/// without an account, or without passkeys, gets a stand-in no passkey answers. Of Cognito's
/// options only the challenge is passed on (the rest would differ from the stand-in's, and its
/// `allowCredentials` would name the account's passkeys), and its session only sealed.
pub async fn passkey_challenge(state: &AppState, email: &str) -> Result<PasskeyChallenge, AppError> {
    let started = state
        .user_pool
        .start_challenge(email, ChallengeNameType::WebAuthn)
        .await?
        .and_then(|(session, mut parameters)| Some((session, parameters.remove("CREDENTIAL_REQUEST_OPTIONS")?)));
    passkey_answer(state, started)
}

/// What the browser gets of a passkey challenge Cognito `started` (its session and request
/// options), or of a stand-in one: a sealed handle and options from one template.
fn passkey_answer(state: &AppState, started: Option<(String, String)>) -> Result<PasskeyChallenge, AppError> {
    let handles = challenge_handles(state);
    let from_cognito = started.and_then(|(session, options)| {
        let (challenge, bytes) = challenge_in(&options)?;
        COGNITO_CHALLENGE_BYTES.store(bytes, Ordering::Relaxed);
        let Some(handle) = handles.seal(&session) else {
            tracing::error!(
                length = session.len(),
                "Cognito gave a passkey session longer than its documented maximum: answered as a stand-in"
            );
            return None;
        };
        Some((handle, challenge))
    });
    let (handle, challenge) = match from_cognito {
        Some(found) => found,
        None => (
            handles.seal(&stand_in_session()).ok_or(AppError::Internal)?,
            stand_in_challenge(COGNITO_CHALLENGE_BYTES.load(Ordering::Relaxed)),
        ),
    };
    Ok(PasskeyChallenge {
        session: handle.into(),
        options: request_options(state.user_pool.passkey_rp_id.as_deref(), &challenge),
    })
}

/// Signs in with the browser's answer to a passkey challenge.
pub async fn sign_in_with_passkey(
    state: &AppState,
    email: &str,
    session: &str,
    credential: &str,
    locale: &BrowserLocale,
) -> Result<SignedIn, AppError> {
    let tokens = passkey_tokens(state, email, session, credential).await?;
    // Only a passkey added through our proven flow signs in, whatever Cognito holds.
    let sub = id_token_identity(&tokens.id_token)?.sub;
    let recorded = state
        .profiles
        .get(&sub)
        .await?
        .is_some_and(|p| p.has_passkey(&credential_id(credential)));
    if !recorded {
        if let Some(refresh_token) = &tokens.refresh_token {
            state.user_pool.revoke(refresh_token).await.ok();
        }
        return Err(AppError::PasskeyRefused);
    }
    open_session(state, tokens, locale).await?.into_signed_in()
}

/// The tokens a passkey's answer earns, for the handle [`passkey_challenge`] gave.
async fn passkey_tokens(state: &AppState, email: &str, handle: &str, credential: &str) -> Result<Tokens, AppError> {
    let Some(session) = challenge_handles(state).open(handle) else {
        return Err(AppError::PasskeyRefused);
    };
    state
        .user_pool
        .answer_challenge(email, ChallengeNameType::WebAuthn, &session, ("CREDENTIAL", credential))
        .await
        .map_err(|error| refusal_as(error, AppError::PasskeyRefused))
}

/// Keyed by the browser client's secret (else the server client's), which every instance has.
fn challenge_handles(state: &AppState) -> ChallengeHandles {
    let pool = &state.user_pool;
    ChallengeHandles::keyed_by(
        pool.browser
            .secret()
            .or_else(|| pool.server.as_ref().and_then(|server| server.secret())),
    )
}

/// How long a passkey registration waits for the browser's new credential.
const REGISTRATION_SECONDS: i64 = 10 * 60;

/// Starts a passkey proof for the signed-in caller, through the server-only client so that its
/// answer mints a token the server may use: the options for `navigator.credentials.get`, alike
/// for a caller Cognito offers no passkey challenge.
pub async fn proof_challenge(state: &AppState, caller: &Caller) -> Result<PasskeyChallenge, AppError> {
    let user = current_user(state, caller).await?;
    let started = match state.user_pool.start_passkey_proof(&user.username).await {
        Ok(started) => started,
        Err(error) => only_outages(error)?,
    };
    passkey_answer(state, started)
}

/// Options for a new passkey, once the caller has proven it is them. The proof's minted sign-in
/// is held until the browser's credential comes back ([`add`]): a registration no proof began
/// cannot be completed.
pub async fn creation_options(state: &AppState, caller: &Caller, proof: &Proof) -> Result<String, AppError> {
    let user = current_user(state, caller).await?;
    let minted = prove(state, caller, &user.username, proof).await?;
    let options = match state.user_pool.passkey_creation_options(&minted.access_token).await {
        Ok(options) => options,
        Err(error) => {
            forget(state, &minted).await;
            return Err(super::session_error(error));
        }
    };
    if let Err(error) = minted::hold(state, caller.sub(), Holding::Passkey, &minted, "", REGISTRATION_SECONDS).await {
        forget(state, &minted).await;
        return Err(error);
    }
    Ok(options)
}

/// Registers the new passkey for the registration a proof began, and records it as the
/// account's: only recorded passkeys sign in.
pub async fn add(state: &AppState, caller: &Caller, credential: Value) -> Result<(), AppError> {
    let user = current_user(state, caller).await?;
    let Some((access_token, _)) = minted::resume(state, caller.sub(), &user.username, Holding::Passkey).await? else {
        return Err(AppError::PasskeyNotAdded);
    };
    let pool = &state.user_pool;
    let added = async {
        let before = pool.passkeys(&access_token).await?;
        pool.add_passkey(&access_token, credential).await?;
        let after = pool.passkeys(&access_token).await?;
        Ok::<_, AppError>(
            after
                .into_iter()
                .filter(|passkey| !before.contains(passkey))
                .collect::<Vec<_>>(),
        )
    }
    .await;
    minted::release(state, caller.sub(), Holding::Passkey).await;
    for passkey in added.map_err(super::session_error)? {
        state.profiles.record_passkey(caller.sub(), &passkey).await?;
    }
    activity::note(state, caller.sub(), ActivityKind::PasskeyAdded).await;
    Ok(())
}

/// The account's passkeys, as our own record has them, oldest first.
pub fn list(caller: &Caller) -> Result<Vec<Passkey>, AppError> {
    let mut passkeys = caller.profile.passkeys.clone();
    passkeys.sort_by(|a, b| a.created_at.cmp(&b.created_at));
    Ok(passkeys)
}

/// Removes a passkey, once the caller has proven it is them: it no longer signs in.
pub async fn remove(state: &AppState, caller: &Caller, proof: &Proof, credential_id: &str) -> Result<(), AppError> {
    let Some(passkey) = caller.profile.passkeys.iter().find(|p| p.id == credential_id) else {
        return Err(AppError::NotFound);
    };
    let user = current_user(state, caller).await?;
    let minted = prove(state, caller, &user.username, proof).await?;
    let removed = state
        .user_pool
        .remove_passkey(&minted.access_token, credential_id)
        .await;
    forget(state, &minted).await;
    match removed {
        // Gone at Cognito already: our record follows.
        Ok(()) | Err(AppError::NotFound) => {}
        Err(error) => return Err(super::session_error(error)),
    }
    state.profiles.forget_passkey(caller.sub(), passkey).await?;
    activity::note(state, caller.sub(), ActivityKind::PasskeyRemoved).await;
    Ok(())
}

/// The current password, or a passkey of this very account answered just now (a challenge from
/// [`proof_challenge`]): the token the proof minted through the server-only client.
async fn prove(state: &AppState, caller: &Caller, username: &str, proof: &Proof) -> Result<Tokens, AppError> {
    match proof {
        Proof::Password(password) => {
            check_current_password_given(password.expose())?;
            mint_for_change(state, username, password.expose(), None).await
        }
        Proof::PasswordAndCode { password, code } => {
            check_current_password_given(password.expose())?;
            mint_for_change(state, username, password.expose(), Some(code.expose())).await
        }
        Proof::Passkey { session, credential } => {
            check_passkey_credential(credential)?;
            let session = challenge_handles(state).open(session.expose());
            let Some(session) = session.filter(|_| caller.profile.has_passkey(&credential_id(credential))) else {
                return Err(AppError::PasskeyRefused);
            };
            let minted = state
                .user_pool
                .mint_by_answering(
                    username,
                    ChallengeNameType::WebAuthn,
                    &session,
                    ("CREDENTIAL", credential),
                )
                .await
                .map_err(|error| refusal_as(error, AppError::PasskeyRefused))?;
            let sub = id_token_identity(&minted.id_token).map(|identity| identity.sub);
            if sub.as_deref() != Ok(caller.sub()) {
                forget(state, &minted).await;
                return Err(AppError::PasskeyRefused);
            }
            Ok(minted)
        }
    }
}

/// The credential id a browser's passkey answer names (`PublicKeyCredential.toJSON()`): its
/// `rawId`, which the relying party verifies, and only when `id` says the same (an answer whose
/// `id` names a recorded passkey while another one signed it names none).
fn credential_id(credential: &str) -> String {
    let answer = serde_json::from_str::<Value>(credential).unwrap_or_default();
    match (
        answer.get("id").and_then(Value::as_str),
        answer.get("rawId").and_then(Value::as_str),
    ) {
        (Some(id), Some(raw_id)) if id == raw_id => raw_id.to_string(),
        _ => String::new(),
    }
}

/// A session for an address Cognito offered no challenge for, the size of a real one.
fn stand_in_session() -> String {
    let mut bytes = [0u8; 96];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// How long the browser waits for a passkey: as long as Cognito's challenge session lasts.
const PASSKEY_TIMEOUT_MS: u64 = 180_000;

/// The request options of every passkey sign-in, real or stand-in: one template, so that nothing
/// but the random challenge differs between addresses.
///
/// - `allowCredentials` is always empty: Cognito's passkeys are discoverable (its registration
///   options require a resident key), so the browser offers whichever passkey it holds for the
///   relying party, and Cognito looks the credential up by the id the answer carries. Naming the
///   account's passkeys would tell who has some, and which.
/// - `rpId` is the configured relying party (none in AWS mode: the page's own domain).
/// - `userVerification` is `preferred`: a hint to the browser only, since the pool's own setting
///   is what Cognito enforces when it checks the answer.
fn request_options(rp_id: Option<&str>, challenge: &str) -> String {
    let mut options = serde_json::json!({
        "challenge": challenge,
        "timeout": PASSKEY_TIMEOUT_MS,
        "userVerification": "preferred",
        "allowCredentials": [],
    });
    if let Some(rp_id) = rp_id {
        options["rpId"] = rp_id.into();
    }
    options.to_string()
}

/// How many bytes Cognito's challenges have, as last seen: stand-in challenges are as long, so
/// that their length tells nothing either. Until Cognito has given one, 32 (the local Cognito's,
/// and what WebAuthn libraries commonly make).
static COGNITO_CHALLENGE_BYTES: AtomicUsize = AtomicUsize::new(32);
/// WebAuthn asks for at least 16 random bytes; anything far longer is not a challenge.
const CHALLENGE_BYTES: std::ops::RangeInclusive<usize> = 16..=64;

/// The challenge of Cognito's request options (which the authenticator must sign as it is), and
/// its length in bytes.
fn challenge_in(options: &str) -> Option<(String, usize)> {
    let options: Value = serde_json::from_str(options).ok()?;
    let challenge = options.get("challenge")?.as_str()?;
    let bytes = URL_SAFE_NO_PAD.decode(challenge).ok()?.len();
    CHALLENGE_BYTES.contains(&bytes).then(|| (challenge.to_string(), bytes))
}

/// A fresh challenge of `bytes` random bytes, for an address Cognito gave none.
fn stand_in_challenge(bytes: usize) -> String {
    let mut challenge = vec![0u8; bytes];
    rand::thread_rng().fill_bytes(&mut challenge);
    URL_SAFE_NO_PAD.encode(challenge)
}

/// A Smithy document as JSON (how Cognito's passkey options travel in the SDK).
pub fn json_of(document: &Document) -> Value {
    match document {
        Document::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), json_of(v))).collect()),
        Document::Array(items) => Value::Array(items.iter().map(json_of).collect()),
        Document::Number(Number::PosInt(n)) => Value::from(*n),
        Document::Number(Number::NegInt(n)) => Value::from(*n),
        Document::Number(Number::Float(n)) => Value::from(*n),
        Document::String(text) => Value::String(text.clone()),
        Document::Bool(flag) => Value::Bool(*flag),
        Document::Null => Value::Null,
    }
}

/// JSON as a Smithy document (how the browser's credential travels to Cognito in the SDK).
pub fn document_of(value: Value) -> Document {
    match value {
        Value::Object(map) => Document::Object(map.into_iter().map(|(k, v)| (k, document_of(v))).collect()),
        Value::Array(items) => Document::Array(items.into_iter().map(document_of).collect()),
        Value::Number(n) => Document::Number(match (n.as_u64(), n.as_i64()) {
            (Some(n), _) => Number::PosInt(n),
            (None, Some(n)) => Number::NegInt(n),
            _ => Number::Float(n.as_f64().unwrap_or_default()),
        }),
        Value::String(text) => Document::String(text),
        Value::Bool(flag) => Document::Bool(flag),
        Value::Null => Document::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passkey_json_survives_the_sdks_document_type_unchanged() {
        let json = serde_json::json!({
            "rp": { "id": "localhost", "name": "Doorway" },
            "pubKeyCredParams": [{ "type": "public-key", "alg": -7 }, { "type": "public-key", "alg": -257 }],
            "timeout": 60000,
            "extensions": { "credProps": true, "ratio": 0.5 },
            "hints": null,
        });
        assert_eq!(json_of(&document_of(json.clone())), json);
    }

    /// What a `WEB_AUTHN` challenge carries for an account with two passkeys.
    fn cognito_options(challenge: &str) -> String {
        serde_json::json!({
            "challenge": challenge,
            "timeout": 300000,
            "rpId": "id.example.com",
            "allowCredentials": [
                { "type": "public-key", "id": "Y3JlZGVudGlhbC1vbmU", "transports": ["internal"] },
                { "type": "public-key", "id": "Y3JlZGVudGlhbC10d28" },
            ],
            "userVerification": "required",
            "extensions": { "credProps": true },
        })
        .to_string()
    }

    #[test]
    fn request_options_come_from_one_template_whoever_asks() {
        let (challenge, bytes) = challenge_in(&cognito_options("q2Fq8eTclVf0YsMLgqvfsdL3HtnXHq8NI0IaqRGVzVk")).unwrap();
        assert_eq!(bytes, 32);
        let real: Value = serde_json::from_str(&request_options(Some("localhost"), &challenge)).unwrap();
        let stand_in: Value =
            serde_json::from_str(&request_options(Some("localhost"), &stand_in_challenge(bytes))).unwrap();
        assert_eq!(real["challenge"], "q2Fq8eTclVf0YsMLgqvfsdL3HtnXHq8NI0IaqRGVzVk");
        assert_eq!(real["allowCredentials"], serde_json::json!([]));
        assert_eq!(real["rpId"], "localhost");
        let keys = |options: &Value| options.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(
            keys(&real),
            ["allowCredentials", "challenge", "rpId", "timeout", "userVerification"]
        );
        let without_challenge = |mut options: Value| {
            options.as_object_mut().unwrap().remove("challenge");
            options
        };
        assert_eq!(without_challenge(real.clone()), without_challenge(stand_in.clone()));
        let challenge_length = |options: &Value| options["challenge"].as_str().unwrap().len();
        assert_eq!(challenge_length(&real), challenge_length(&stand_in));

        // Without a configured relying party, no options name one.
        let aws: Value = serde_json::from_str(&request_options(None, &stand_in_challenge(32))).unwrap();
        assert_eq!(
            keys(&aws),
            ["allowCredentials", "challenge", "timeout", "userVerification"]
        );
    }

    #[test]
    fn challenges_are_taken_from_cognito_only_when_they_look_like_challenges() {
        let sixteen_bytes = URL_SAFE_NO_PAD.encode([7u8; 16]);
        assert_eq!(
            challenge_in(&cognito_options(&sixteen_bytes)),
            Some((sixteen_bytes, 16))
        );
        assert_eq!(URL_SAFE_NO_PAD.decode(stand_in_challenge(16)).unwrap().len(), 16);
        assert_ne!(stand_in_challenge(32), stand_in_challenge(32));
        for odd in ["", "not base64!", &URL_SAFE_NO_PAD.encode([1u8; 8]), &"A".repeat(200)] {
            assert_eq!(challenge_in(&cognito_options(odd)), None, "{odd}");
        }
        assert_eq!(challenge_in("{}"), None);
        assert_eq!(challenge_in("not json"), None);
        assert_ne!(stand_in_session(), stand_in_session());
    }
}
