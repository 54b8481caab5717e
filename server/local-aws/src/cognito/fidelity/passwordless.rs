//! Choice-based sign-in (`InitiateAuth` with `AuthFlow = USER_AUTH`) and passkeys, as Amazon
//! Cognito answers them. The emulator has neither: it refuses `USER_AUTH`, and its four WebAuthn
//! calls store whatever they are given without verifying anything.
//!
//! - `USER_AUTH` with a `PREFERRED_CHALLENGE` of `PASSWORD` (and the password) is the password
//!   sign-in the layer already has (lockout, the authenticator step, stamped tokens); `EMAIL_OTP`
//!   emails an eight-digit code; `WEB_AUTHN` answers with passkey request options; no preference
//!   is `SELECT_CHALLENGE` with the `AvailableChallenges`.
//!   <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html>
//!   <https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flows-selection-sdk.html>
//! - `RespondToAuthChallenge` for `SELECT_CHALLENGE`, `PASSWORD`, `EMAIL_OTP` and `WEB_AUTHN`:
//!   sessions last `challenge_seconds` (Cognito's three minutes) and serve once; a wrong code is
//!   `CodeMismatchException` and keeps the session for `code_attempts` tries; a refused passkey
//!   is `NotAuthorizedException`.
//!   <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html>
//! - Passkeys registered and checked with `webauthn-rs` for one relying party (`PASSKEY_RP_ID`).
//!   <https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html#amazon-cognito-user-pools-authentication-flow-methods-passkey>
//! - Passkeys are discoverable (`StartWebAuthnRegistration`'s options require a resident key), so
//!   the `WEB_AUTHN` challenge's `CREDENTIAL_REQUEST_OPTIONS` name none (`allowCredentials` is
//!   empty: the browser offers whichever passkey of the relying party it holds), and the
//!   `CREDENTIAL` that answers it, the browser's `AuthenticationResponseJSON`, says which one it
//!   is: the passkey is looked up then, among the user's.
//!   <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StartWebAuthnRegistration.html>
//!   <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ChallengeResponseType.html>
//!   <https://www.w3.org/TR/webauthn-3/#dom-publickeycredentialrequestoptions-allowcredentials>
//! - A code or a passkey is the whole sign-in: MFA is a second factor after a password, and
//!   passkey MFA "applies only when passkey is the first authentication factor".
//!   <https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html>
//!   <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_WebAuthnMfaSettingsType.html>
//!   A user whose password sign-in asks for the authenticator code gets no emailed code (Cognito
//!   offers passwordless one-time passwords only to users without MFA), or the email alone would
//!   undo the second step; the answer still looks like a code was sent.
//!
//! Nothing here tells an address with an account from one without: an unknown address, a user
//! who may not sign in this way, or one without passkeys gets answers of the same shape, with a
//! session that never succeeds, and no email.
//!
//! Registered passkeys, pending registrations, open sign-in sessions and the codes "sent" (for
//! the dev mailbox) live in `cognito-passwordless.json` under `LOCAL_AWS_DIR`.
use std::{
    collections::HashMap,
    path::{Path, PathBuf},
    sync::Mutex,
    time::{Duration, Instant},
};

use app::backend::config::LocalLimits;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use cognitox::types::{AuthEvent, ClientId, ExplicitAuthFlow, RefreshToken, User, UserPoolClient, UserStatus};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use webauthn_rs::prelude::{
    DiscoverableAuthentication, Passkey, PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential, Url,
    Webauthn, WebauthnBuilder, WebauthnError,
};

use super::{
    Fidelity, Reply,
    challenges::{Standing, standing_after},
    confidential::{secret_hash_matches, secret_hash_refused},
    limits::CodeKind,
    load_state, mask, save_state, tokens, uuid_text,
};

const STATE_FILE: &str = "cognito-passwordless.json";
/// Cognito's passwordless sign-in codes are eight digits (its MFA and verification codes six).
const SIGN_IN_CODE_DIGITS: usize = 8;
/// Cognito keeps at most 20 passkeys per user.
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/limits.html>
const MAX_PASSKEYS: usize = 20;
/// How long `StartWebAuthnRegistration`'s challenge waits for its credential: the options'
/// timeout, as browsers wait that long for the authenticator.
const REGISTRATION_SECONDS: i64 = 300;
/// The dev mailbox shows a day of sign-in codes at most.
const SENT_CODES_KEPT_HOURS: i64 = 24;
const SENT_CODES_KEPT: usize = 200;
/// The factor whose sign-in asks for the authenticator app's code after the password.
const AUTHENTICATOR_FACTOR: &str = "SOFTWARE_TOKEN_MFA";
/// `authenticatorData` flags: attested credential data follows the counter.
const ATTESTED_CREDENTIAL_DATA: u8 = 0x40;

/// What the layer keeps across restarts for passwordless sign-in.
#[derive(Default, Serialize, Deserialize)]
struct Stored {
    #[serde(default)]
    credentials: Vec<StoredPasskey>,
    /// user id -> the registration `StartWebAuthnRegistration` opened.
    #[serde(default)]
    registrations: HashMap<String, PendingRegistration>,
    /// session -> the sign-in it continues.
    #[serde(default)]
    sessions: HashMap<String, PendingSignIn>,
    #[serde(default)]
    sent_codes: Vec<SentCode>,
}

#[derive(Clone, Serialize, Deserialize)]
struct StoredPasskey {
    user_id: String,
    /// base64url, as `ListWebAuthnCredentials` names it.
    credential_id: String,
    passkey: Passkey,
    friendly_name: String,
    relying_party_id: String,
    attachment: Option<String>,
    transports: Vec<String>,
    /// Epoch seconds.
    created_at: i64,
}

#[derive(Serialize, Deserialize)]
struct PendingRegistration {
    state: PasskeyRegistration,
    client_id: String,
    /// Epoch seconds.
    started_at: i64,
}

/// One open step of a choice-based sign-in.
#[derive(Clone, Serialize, Deserialize)]
struct PendingSignIn {
    /// The user the name meant when the sign-in started; `None` for an address nobody has.
    user_id: Option<String>,
    /// The name the sign-in started with (the email).
    username: String,
    client_id: String,
    step: Step,
    issued_at_ms: i64,
    wrong_codes: u32,
}

#[derive(Clone, Serialize, Deserialize)]
enum Step {
    Select,
    Password,
    /// `None`: nothing was sent, and no code answers.
    EmailOtp {
        code: Option<String>,
    },
    /// `None`: no passkey answers (the relying party is not usable). Stored as a non-discoverable
    /// sign-in's state was: the two have one form.
    WebAuthn {
        state: Option<DiscoverableAuthentication>,
    },
}

impl Step {
    fn challenge_name(&self) -> &'static str {
        match self {
            Self::Select => "SELECT_CHALLENGE",
            Self::Password => "PASSWORD",
            Self::EmailOtp { .. } => "EMAIL_OTP",
            Self::WebAuthn { .. } => "WEB_AUTHN",
        }
    }
}

#[derive(Clone, Serialize, Deserialize)]
struct SentCode {
    to: String,
    code: String,
    sent_at: DateTime<Utc>,
}

/// Passkeys and open passwordless sign-ins of the local Cognito.
pub struct Passwordless {
    file: PathBuf,
    rp_id: String,
    /// `None` when no relying party could be made of the configured ID (then passkeys are off).
    webauthn: Option<Webauthn>,
    stored: Mutex<Stored>,
}

impl Passwordless {
    pub fn load(dir: &Path, rp_id: &str) -> Self {
        let file = dir.join(STATE_FILE);
        let stored = load_state(&file);
        let webauthn = relying_party(rp_id);
        if webauthn.is_none() {
            tracing::warn!(
                rp_id,
                "local Cognito: no passkeys, the relying party ID is not usable (PASSKEY_RP_ID)"
            );
        }
        Self {
            file,
            rp_id: rp_id.to_string(),
            webauthn,
            stored: Mutex::new(stored),
        }
    }

    fn keep<R>(&self, change: impl FnOnce(&mut Stored) -> R) -> R {
        let mut stored = self.stored.lock().unwrap();
        let result = change(&mut stored);
        save_state(&self.file, &*stored);
        result
    }

    fn passkeys_of(&self, user_id: &str) -> Vec<StoredPasskey> {
        let stored = self.stored.lock().unwrap();
        stored
            .credentials
            .iter()
            .filter(|credential| credential.user_id == user_id)
            .cloned()
            .collect()
    }

    fn open(
        &self,
        user_id: Option<String>,
        username: &str,
        client_id: &str,
        step: Step,
        limits: &LocalLimits,
    ) -> String {
        let session = session_id();
        let now = now_ms();
        self.keep(|stored| {
            stored
                .sessions
                .retain(|_, open| standing(open, limits, now) != Standing::Expired);
            stored.sessions.insert(
                session.clone(),
                PendingSignIn {
                    user_id,
                    username: username.to_string(),
                    client_id: client_id.to_string(),
                    step,
                    issued_at_ms: now,
                    wrong_codes: 0,
                },
            );
        });
        session
    }

    fn close(&self, session: &str) {
        self.keep(|stored| {
            stored.sessions.remove(session);
        });
    }
}

impl Fidelity {
    /// The sign-in codes "emailed" lately, newest last: (to, code, when), for the dev mailbox.
    pub fn sign_in_codes(&self) -> Vec<(String, String, DateTime<Utc>)> {
        let stored = self.passwordless.stored.lock().unwrap();
        stored
            .sent_codes
            .iter()
            .map(|sent| (sent.to.clone(), sent.code.clone(), sent.sent_at))
            .collect()
    }

    /// `InitiateAuth` with `AuthFlow = USER_AUTH`.
    pub(super) async fn user_auth(&self, body: Map<String, Value>) -> Reply {
        let client = match self.choice_client(body.get("ClientId")).await {
            Ok(client) => client,
            Err(reply) => return reply,
        };
        let parameters = body
            .get("AuthParameters")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let Some(username) = text(&parameters, "USERNAME") else {
            return Reply::error("InvalidParameterException", "Missing required parameter USERNAME");
        };
        if !secret_hash_matches(&client, &username, text(&parameters, "SECRET_HASH").as_deref()) {
            return secret_hash_refused(&client);
        }
        let client_id = client.client_id.to_string();
        let user = self.user_named(&username).await;
        match (
            text(&parameters, "PREFERRED_CHALLENGE").as_deref(),
            parameters.contains_key("PASSWORD"),
        ) {
            (Some("PASSWORD"), true) => self.choice_password(&client_id, &parameters).await,
            (Some("EMAIL_OTP"), _) => self.email_otp_challenge(user.as_ref(), &username, &client_id).await,
            (Some("WEB_AUTHN"), _) => self.web_authn_challenge(user.as_ref(), &username, &client_id).await,
            // No preference, or one this user cannot take: Cognito lets them choose.
            _ => self.select_challenge(user.as_ref(), &username, &client_id).await,
        }
    }

    /// `RespondToAuthChallenge` for the challenges of choice-based sign-in.
    pub(super) async fn respond_to_choice(&self, body: Map<String, Value>) -> Reply {
        let name = text(&body, "ChallengeName").unwrap_or_default();
        let session_id = text(&body, "Session").unwrap_or_default();
        let client_id = text(&body, "ClientId").unwrap_or_default();
        let responses = body
            .get("ChallengeResponses")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let Some(username) = text(&responses, "USERNAME") else {
            return Reply::error("InvalidParameterException", "Missing required parameter USERNAME");
        };
        let session = match self.open_session(&session_id, &name, &client_id, &username).await {
            Ok(session) => session,
            Err(reply) => return reply,
        };
        let user = match &session.user_id {
            Some(id) => self.user_by_sub(id).await,
            None => None,
        };
        match session.step {
            Step::Select => {
                self.passwordless.close(&session_id);
                match text(&responses, "ANSWER").as_deref() {
                    Some("EMAIL_OTP") => self.email_otp_challenge(user.as_ref(), &username, &client_id).await,
                    Some("WEB_AUTHN") => self.web_authn_challenge(user.as_ref(), &username, &client_id).await,
                    Some("PASSWORD") if responses.contains_key("PASSWORD") => {
                        self.choice_password(&client_id, &responses).await
                    }
                    Some("PASSWORD") => {
                        let user_id = session.user_id.clone();
                        let next = self
                            .passwordless
                            .open(user_id, &username, &client_id, Step::Password, &self.limits);
                        challenge_reply("PASSWORD", &next, json!({}))
                    }
                    _ => Reply::error(
                        "InvalidParameterException",
                        "ANSWER must be one of the challenges in AvailableChallenges.",
                    ),
                }
            }
            Step::Password => {
                self.passwordless.close(&session_id);
                if !responses.contains_key("PASSWORD") {
                    return Reply::error("InvalidParameterException", "Missing required parameter PASSWORD");
                }
                self.choice_password(&client_id, &responses).await
            }
            Step::EmailOtp { code } => {
                let given = text(&responses, "EMAIL_OTP_CODE");
                let right = matches!((&code, &given), (Some(code), Some(given)) if code == given);
                if !right {
                    self.passwordless.keep(|stored| {
                        if let Some(open) = stored.sessions.get_mut(&session_id) {
                            open.wrong_codes += 1;
                        }
                    });
                    return Reply::error("CodeMismatchException", "Invalid code received for user");
                }
                self.passwordless.close(&session_id);
                match user.filter(may_sign_in) {
                    Some(user) => self.choice_tokens(&user, &client_id).await,
                    None => invalid_session(),
                }
            }
            Step::WebAuthn { state } => {
                self.passwordless.close(&session_id);
                let Some(credential) = text(&responses, "CREDENTIAL") else {
                    return Reply::error("InvalidParameterException", "Missing required parameter CREDENTIAL");
                };
                let Ok(credential) = serde_json::from_str::<PublicKeyCredential>(&credential) else {
                    return Reply::error("InvalidParameterException", "CREDENTIAL is not a passkey assertion.");
                };
                let proven = match (state, user.filter(may_sign_in)) {
                    (Some(state), Some(user)) => self.passkey_answers(&user, &credential, state).then_some(user),
                    _ => None,
                };
                match proven {
                    Some(user) => self.choice_tokens(&user, &client_id).await,
                    None => passkey_refused(),
                }
            }
        }
    }

    /// The app client of a choice-based sign-in, which must allow `USER_AUTH`.
    async fn choice_client(&self, client_id: Option<&Value>) -> Result<UserPoolClient, Reply> {
        let id = client_id.and_then(Value::as_str).unwrap_or_default();
        let client = match ClientId::new(id) {
            Ok(id) => self.storage.get_user_pool_client(&id).await,
            Err(_) => None,
        };
        let Some(client) = client.filter(|client| client.user_pool_id == self.pool_id) else {
            return Err(Reply::error(
                "ResourceNotFoundException",
                &format!("User pool client {id} does not exist."),
            ));
        };
        let allowed = client.explicit_auth_flows.is_empty()
            || client.explicit_auth_flows.contains(&ExplicitAuthFlow::AllowUserAuth);
        if !allowed {
            return Err(Reply::error(
                "InvalidParameterException",
                "USER_AUTH flow not enabled for this client",
            ));
        }
        Ok(client)
    }

    /// The password chosen in a choice-based sign-in: exactly the `USER_PASSWORD_AUTH` sign-in,
    /// with its lockout, its authenticator step and its stamped tokens.
    async fn choice_password(&self, client_id: &str, parameters: &Map<String, Value>) -> Reply {
        let mut auth = Map::new();
        for key in ["USERNAME", "PASSWORD", "SECRET_HASH", "DEVICE_KEY"] {
            if let Some(value) = parameters.get(key) {
                auth.insert(key.into(), value.clone());
            }
        }
        let mut body = Map::new();
        body.insert("AuthFlow".into(), "USER_PASSWORD_AUTH".into());
        body.insert("ClientId".into(), client_id.into());
        body.insert("AuthParameters".into(), Value::Object(auth));
        self.initiate_auth("InitiateAuth", body).await
    }

    async fn select_challenge(&self, user: Option<&User>, username: &str, client_id: &str) -> Reply {
        let mut available = vec!["PASSWORD", "EMAIL_OTP"];
        if let Some(user) = user.filter(|user| may_sign_in(user))
            && !self.passwordless.passkeys_of(&user.id.to_string()).is_empty()
        {
            available.push("WEB_AUTHN");
        }
        let session = self.passwordless.open(
            user.map(|user| user.id.to_string()),
            username,
            client_id,
            Step::Select,
            &self.limits,
        );
        let mut reply = challenge_reply("SELECT_CHALLENGE", &session, json!({}));
        reply.body["AvailableChallenges"] = json!(available);
        reply
    }

    /// Emails a sign-in code, counted against the user's hourly codes.
    async fn email_otp_challenge(&self, user: Option<&User>, username: &str, client_id: &str) -> Reply {
        let mut deliverable = None;
        if let Some(user) = user.filter(|user| may_sign_in(user))
            && !self.asks_for_authenticator(user).await
        {
            deliverable = Some(user);
        }
        // An address nobody has runs out of codes just as an account does.
        let sender = match user {
            Some(user) => user.id.to_string(),
            None => format!("address:{}", username.to_lowercase()),
        };
        let allowed =
            self.counters
                .lock()
                .unwrap()
                .try_send_code(&self.limits, &sender, CodeKind::SignIn, Instant::now());
        if !allowed {
            // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html#API_InitiateAuth_Errors
            return Reply::error(
                "LimitExceededException",
                "Attempt limit exceeded, please try after some time.",
            );
        }
        let code = deliverable.map(|_| sign_in_code());
        let destination = deliverable
            .and_then(|user| user.email.clone())
            .unwrap_or_else(|| username.to_string());
        if let (Some(code), Some(to)) = (&code, deliverable.and_then(|user| user.email.clone())) {
            let sent = SentCode {
                to,
                code: code.clone(),
                sent_at: Utc::now(),
            };
            self.passwordless.keep(|stored| {
                let oldest = Utc::now() - chrono::Duration::hours(SENT_CODES_KEPT_HOURS);
                stored.sent_codes.retain(|sent| sent.sent_at > oldest);
                stored.sent_codes.push(sent);
                let excess = stored.sent_codes.len().saturating_sub(SENT_CODES_KEPT);
                stored.sent_codes.drain(..excess);
            });
        }
        let session = self.passwordless.open(
            user.map(|user| user.id.to_string()),
            username,
            client_id,
            Step::EmailOtp { code },
            &self.limits,
        );
        challenge_reply(
            "EMAIL_OTP",
            &session,
            json!({
                "CODE_DELIVERY_DELIVERY_MEDIUM": "EMAIL",
                "CODE_DELIVERY_DESTINATION": mask(&destination),
            }),
        )
    }

    /// Request options for a passkey sign-in, the same for every address: nothing about the user
    /// (who may have no passkeys, or not exist) is looked at until a passkey answers.
    async fn web_authn_challenge(&self, user: Option<&User>, username: &str, client_id: &str) -> Reply {
        let started = self
            .passwordless
            .webauthn
            .as_ref()
            .and_then(|webauthn| webauthn.start_discoverable_authentication().ok());
        let (challenge, state) = match started {
            Some((request, state)) => (challenge_of(&request.public_key), Some(state)),
            None => (None, None),
        };
        let challenge = challenge.unwrap_or_else(random_challenge);
        let options = request_options(&challenge, &self.passwordless.rp_id);
        let session = self.passwordless.open(
            user.map(|user| user.id.to_string()),
            username,
            client_id,
            Step::WebAuthn { state },
            &self.limits,
        );
        challenge_reply(
            "WEB_AUTHN",
            &session,
            json!({ "CREDENTIAL_REQUEST_OPTIONS": options.to_string() }),
        )
    }

    /// Whether the assertion proves one of `user`'s passkeys, now, for this relying party; the
    /// passkey's counter moves on when it does.
    fn passkey_answers(
        &self,
        user: &User,
        credential: &PublicKeyCredential,
        state: DiscoverableAuthentication,
    ) -> bool {
        let Some(webauthn) = &self.passwordless.webauthn else {
            return false;
        };
        let from_here = client_origin(&credential.response.client_data_json)
            .is_some_and(|origin| origin_allowed(&self.passwordless.rp_id, &origin));
        if !from_here {
            return false;
        }
        // The passkey was made for the user's id (`start_passkey_registration`): an answer naming
        // another user is not this user's, whatever its credential id.
        if credential
            .get_user_unique_id()
            .is_some_and(|handle| handle != user.id.as_bytes())
        {
            return false;
        }
        let user_id = user.id.to_string();
        // Looked up now, by the id the answer names: one removed since the sign-in began, or
        // another user's, answers nothing.
        let Some(passkey) = self
            .passwordless
            .passkeys_of(&user_id)
            .into_iter()
            .find(|stored| stored.passkey.cred_id().as_slice() == credential.get_credential_id())
        else {
            return false;
        };
        let Ok(result) = webauthn.finish_discoverable_authentication_v2(credential, state, &passkey.passkey) else {
            return false;
        };
        self.passwordless.keep(|stored| {
            stored
                .credentials
                .iter_mut()
                .find(|stored| stored.user_id == user_id && stored.passkey.cred_id() == result.cred_id())
                .map(|stored| stored.passkey.update_credential(&result))
                .is_some()
        })
    }

    /// Whether the user's password sign-in goes on to the authenticator app's code.
    async fn asks_for_authenticator(&self, user: &User) -> bool {
        let preferred = user
            .attributes
            .iter()
            .find(|attribute| attribute.name == "preferred_mfa_setting")
            .and_then(|attribute| attribute.value.clone());
        let factors = self.storage.list_user_auth_factors(&user.id).await;
        preferred.or_else(|| factors.first().cloned()).as_deref() == Some(AUTHENTICATOR_FACTOR)
    }

    /// The tokens of a finished passwordless sign-in, minted as the emulator mints a password
    /// sign-in's (`issue_authentication_result`), then stamped as descending from this sign-in.
    async fn choice_tokens(&self, user: &User, client_id: &str) -> Reply {
        let client = match ClientId::new(client_id) {
            Ok(id) => self.storage.get_user_pool_client(&id).await,
            Err(_) => None,
        };
        let Some(client) = client else {
            return invalid_session();
        };
        let groups = self.storage.get_groups_for_user(&user.id).await;
        let access_expiry = cognitox::jwt::resolve_access_token_expiry(&client);
        let id_expiry = cognitox::jwt::resolve_id_token_expiry(&client);
        let refresh_expiry = cognitox::jwt::resolve_refresh_token_expiry(&client);
        let minted = cognitox::jwt::generate_access_token(user, client_id, &self.pool_id, &groups, &[], access_expiry)
            .and_then(|access| {
                cognitox::jwt::generate_id_token(user, client_id, &self.pool_id, &groups, None, id_expiry)
                    .map(|id| (access, id))
            });
        let Ok((access_token, id_token)) = minted else {
            return Reply::error("InternalErrorException", "Tokens could not be issued.");
        };
        let refresh_token = uuid_text();
        self.storage
            .save_refresh_token(RefreshToken {
                token: refresh_token.clone(),
                user_id: user.id,
                client_id: client.client_id.clone(),
                expires_at: Utc::now() + refresh_expiry,
            })
            .await;
        self.storage
            .create_auth_event(AuthEvent {
                event_id: uuid_text(),
                user_id: user.id,
                event_type: "SignIn".into(),
                creation_date: Utc::now(),
                event_response: "Pass".into(),
                feedback_value: None,
                feedback_provided_by: None,
                feedback_date: None,
            })
            .await;
        let mut reply = Reply::ok(json!({
            "AuthenticationResult": {
                "AccessToken": access_token,
                "IdToken": id_token,
                "RefreshToken": refresh_token,
                "ExpiresIn": access_expiry.num_seconds(),
                "TokenType": "Bearer",
            },
            "ChallengeParameters": {},
        }));
        self.stamp_tokens(&mut reply, None).await;
        reply
    }

    /// A session that may still be answered, by this client, for the user it started with.
    async fn open_session(
        &self,
        session_id: &str,
        challenge_name: &str,
        client_id: &str,
        username: &str,
    ) -> Result<PendingSignIn, Reply> {
        let session = self
            .passwordless
            .stored
            .lock()
            .unwrap()
            .sessions
            .get(session_id)
            .cloned();
        let Some(session) = session else {
            return Err(invalid_session());
        };
        match standing(&session, &self.limits, now_ms()) {
            Standing::Expired => {
                self.passwordless.close(session_id);
                return Err(Reply::error(
                    "NotAuthorizedException",
                    "Invalid session for the user, session is expired.",
                ));
            }
            Standing::WornOut | Standing::Unknown => {
                self.passwordless.close(session_id);
                return Err(invalid_session());
            }
            Standing::Open => {}
        }
        let named = self.user_named(username).await.map(|user| user.id.to_string());
        let same_user = match (&session.user_id, named) {
            (Some(started), Some(named)) => *started == named,
            (None, None) => session.username.eq_ignore_ascii_case(username),
            _ => false,
        };
        if session.step.challenge_name() != challenge_name || session.client_id != client_id || !same_user {
            self.passwordless.close(session_id);
            return Err(invalid_session());
        }
        Ok(session)
    }

    /// `StartWebAuthnRegistration`: creation options for a new passkey of the token's user.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_StartWebAuthnRegistration.html>
    pub(super) async fn start_web_authn_registration(&self, body: Map<String, Value>) -> Reply {
        let access_token = body.get("AccessToken").cloned().unwrap_or(Value::Null);
        let user = match self.token_user(&access_token).await {
            Ok(user) => user,
            Err(reply) => return reply,
        };
        let Some(webauthn) = &self.passwordless.webauthn else {
            return Reply::error(
                "WebAuthnConfigurationMissingException",
                "The user pool has no usable relying party for passkeys.",
            );
        };
        let user_id = user.id.to_string();
        let existing = self.passwordless.passkeys_of(&user_id);
        if existing.len() >= MAX_PASSKEYS {
            return Reply::error(
                "LimitExceededException",
                "The user has as many passkeys as the user pool allows.",
            );
        }
        let name = user.email.clone().unwrap_or_else(|| user.username.clone());
        let display_name = user
            .attributes
            .iter()
            .find(|attribute| attribute.name == "name")
            .and_then(|attribute| attribute.value.clone())
            .filter(|display| !display.is_empty())
            .unwrap_or_else(|| name.clone());
        let exclude: Vec<_> = existing.iter().map(|stored| stored.passkey.cred_id().clone()).collect();
        let started = webauthn.start_passkey_registration(
            user.id,
            &name,
            &display_name,
            (!exclude.is_empty()).then_some(exclude),
        );
        let Ok((creation, state)) = started else {
            return Reply::error("InternalErrorException", "The passkey registration could not start.");
        };
        let pending = PendingRegistration {
            state,
            client_id: token_client(&access_token).unwrap_or_default(),
            started_at: Utc::now().timestamp(),
        };
        self.passwordless.keep(|stored| {
            stored.registrations.insert(user_id, pending);
        });
        Reply::ok(json!({ "CredentialCreationOptions": creation_options(&creation.public_key) }))
    }

    /// `CompleteWebAuthnRegistration`: the browser's new credential, verified against the pending
    /// registration, becomes one of the user's passkeys.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CompleteWebAuthnRegistration.html>
    pub(super) async fn complete_web_authn_registration(&self, body: Map<String, Value>) -> Reply {
        let access_token = body.get("AccessToken").cloned().unwrap_or(Value::Null);
        let user = match self.token_user(&access_token).await {
            Ok(user) => user,
            Err(reply) => return reply,
        };
        let user_id = user.id.to_string();
        // One answer per challenge, right or wrong.
        let pending = self.passwordless.keep(|stored| stored.registrations.remove(&user_id));
        let Some(pending) =
            pending.filter(|pending| Utc::now().timestamp() - pending.started_at <= REGISTRATION_SECONDS)
        else {
            return Reply::error(
                "WebAuthnChallengeNotFoundException",
                "No passkey registration is waiting for this user; start a new one.",
            );
        };
        if token_client(&access_token).unwrap_or_default() != pending.client_id {
            return Reply::error(
                "WebAuthnClientMismatchException",
                "The registration was started by another app client.",
            );
        }
        // The browser's `PublicKeyCredential.toJSON()`, as an object (or as its JSON text).
        let credential = match body.get("Credential") {
            Some(Value::String(text)) => serde_json::from_str::<Value>(text).unwrap_or(Value::Null),
            Some(other) => other.clone(),
            None => Value::Null,
        };
        let Ok(registration) = serde_json::from_value::<RegisterPublicKeyCredential>(credential.clone()) else {
            return Reply::error("InvalidParameterException", "Credential is not a passkey registration.");
        };
        let Some(webauthn) = &self.passwordless.webauthn else {
            return Reply::error(
                "WebAuthnConfigurationMissingException",
                "The user pool has no usable relying party for passkeys.",
            );
        };
        let from_here = client_origin(&registration.response.client_data_json)
            .is_some_and(|origin| origin_allowed(&self.passwordless.rp_id, &origin));
        if !from_here {
            return origin_refused();
        }
        let passkey = match webauthn.finish_passkey_registration(&registration, &pending.state) {
            Ok(passkey) => passkey,
            Err(error) => return registration_refused(&error),
        };
        let credential_id = URL_SAFE_NO_PAD.encode(passkey.cred_id().as_slice());
        let transports = credential["response"]["transports"]
            .as_array()
            .map(|transports| {
                transports
                    .iter()
                    .filter_map(|transport| transport.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let stored_passkey = StoredPasskey {
            user_id,
            credential_id: credential_id.clone(),
            passkey,
            friendly_name: friendly_name(aaguid(&registration.response.attestation_object)).to_string(),
            relying_party_id: self.passwordless.rp_id.clone(),
            attachment: credential["authenticatorAttachment"].as_str().map(String::from),
            transports,
            created_at: Utc::now().timestamp(),
        };
        let added = self.passwordless.keep(|stored| {
            if stored
                .credentials
                .iter()
                .any(|known| known.credential_id == credential_id)
            {
                return false;
            }
            stored.credentials.push(stored_passkey);
            true
        });
        if !added {
            return Reply::error("InvalidParameterException", "This passkey is registered already.");
        }
        Reply::ok(json!({}))
    }

    /// `ListWebAuthnCredentials`, oldest first, `MaxResults` (1 to 20, default 20) at a time.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListWebAuthnCredentials.html>
    pub(super) async fn list_web_authn_credentials(&self, body: Map<String, Value>) -> Reply {
        let access_token = body.get("AccessToken").cloned().unwrap_or(Value::Null);
        let user = match self.token_user(&access_token).await {
            Ok(user) => user,
            Err(reply) => return reply,
        };
        let page = match body.get("MaxResults").map(Value::as_u64) {
            None => MAX_PASSKEYS,
            Some(Some(n)) if (1..=MAX_PASSKEYS as u64).contains(&n) => n as usize,
            Some(_) => {
                return Reply::error("InvalidParameterException", "MaxResults must be from 1 to 20.");
            }
        };
        let start = match body.get("NextToken").map(|token| token.as_str().and_then(page_start)) {
            None => 0,
            Some(Some(start)) => start,
            Some(None) => return Reply::error("InvalidParameterException", "NextToken is not valid."),
        };
        let passkeys = self.passwordless.passkeys_of(&user.id.to_string());
        let credentials: Vec<Value> = passkeys
            .iter()
            .skip(start)
            .take(page)
            .map(|stored| {
                let mut description = json!({
                    "CredentialId": stored.credential_id,
                    "FriendlyCredentialName": stored.friendly_name,
                    "RelyingPartyId": stored.relying_party_id,
                    "AuthenticatorTransports": stored.transports,
                    "CreatedAt": stored.created_at,
                });
                if let Some(attachment) = &stored.attachment {
                    description["AuthenticatorAttachment"] = attachment.clone().into();
                }
                description
            })
            .collect();
        let mut reply = json!({ "Credentials": credentials });
        if start + page < passkeys.len() {
            reply["NextToken"] = page_token(start + page).into();
        }
        Reply::ok(reply)
    }

    /// `DeleteWebAuthnCredential`; an ID the user does not have is `ResourceNotFoundException`.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DeleteWebAuthnCredential.html>
    pub(super) async fn delete_web_authn_credential(&self, body: Map<String, Value>) -> Reply {
        let access_token = body.get("AccessToken").cloned().unwrap_or(Value::Null);
        let user = match self.token_user(&access_token).await {
            Ok(user) => user,
            Err(reply) => return reply,
        };
        let user_id = user.id.to_string();
        let credential_id = text(&body, "CredentialId").unwrap_or_default();
        let removed = self.passwordless.keep(|stored| {
            let before = stored.credentials.len();
            stored
                .credentials
                .retain(|known| !(known.user_id == user_id && known.credential_id == credential_id));
            stored.credentials.len() < before
        });
        if !removed {
            return Reply::error("ResourceNotFoundException", "The passkey was not found.");
        }
        Reply::ok(json!({}))
    }
}

/// Whether a request is a choice-based sign-in (`InitiateAuth` with `USER_AUTH`).
pub fn is_user_auth(body: &Map<String, Value>) -> bool {
    body.get("AuthFlow").and_then(Value::as_str) == Some("USER_AUTH")
}

/// Whether a `RespondToAuthChallenge` answers a challenge of choice-based sign-in.
pub fn is_choice_challenge(body: &Map<String, Value>) -> bool {
    matches!(
        body.get("ChallengeName").and_then(Value::as_str),
        Some("SELECT_CHALLENGE" | "PASSWORD" | "EMAIL_OTP" | "WEB_AUTHN")
    )
}

fn text(map: &Map<String, Value>, key: &str) -> Option<String> {
    map.get(key).and_then(Value::as_str).map(String::from)
}

/// Enabled and confirmed: who may sign in at all. Anyone else never gets tokens here.
fn may_sign_in(user: &User) -> bool {
    user.enabled && user.user_status == UserStatus::Confirmed
}

fn challenge_reply(name: &str, session: &str, parameters: Value) -> Reply {
    Reply::ok(json!({
        "ChallengeName": name,
        "Session": session,
        "ChallengeParameters": parameters,
    }))
}

fn invalid_session() -> Reply {
    Reply::error("NotAuthorizedException", "Invalid session for the user.")
}

fn passkey_refused() -> Reply {
    Reply::error("NotAuthorizedException", "Incorrect passkey.")
}

fn origin_refused() -> Reply {
    Reply::error(
        "WebAuthnOriginNotAllowedException",
        "The passkey was made for an origin the relying party does not allow.",
    )
}

/// Cognito's error for a new credential `webauthn-rs` refused.
/// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CompleteWebAuthnRegistration.html#API_CompleteWebAuthnRegistration_Errors>
fn registration_refused(error: &WebauthnError) -> Reply {
    match error {
        WebauthnError::MismatchedChallenge | WebauthnError::ChallengeNotFound => Reply::error(
            "WebAuthnChallengeNotFoundException",
            "The credential answers no passkey registration of this user.",
        ),
        WebauthnError::InvalidRPOrigin => origin_refused(),
        WebauthnError::InvalidRPIDHash => Reply::error(
            "WebAuthnRelyingPartyMismatchException",
            "The passkey belongs to another relying party.",
        ),
        _ => Reply::error(
            "WebAuthnCredentialNotSupportedException",
            "The passkey could not be verified.",
        ),
    }
}

/// The app client an access token was issued to.
fn token_client(access_token: &Value) -> Option<String> {
    access_token
        .as_str()
        .and_then(tokens::claims)
        .and_then(|claims| claims.get("client_id").and_then(Value::as_str).map(String::from))
}

fn sign_in_code() -> String {
    use rand::Rng;
    let bound = 10u32.pow(SIGN_IN_CODE_DIGITS as u32);
    format!(
        "{:0width$}",
        rand::thread_rng().gen_range(0..bound),
        width = SIGN_IN_CODE_DIGITS
    )
}

/// Opaque and long, as Cognito's sessions are.
fn session_id() -> String {
    format!("{}{}{}", tokens::random_id(), tokens::random_id(), tokens::random_id())
}

fn now_ms() -> i64 {
    Utc::now().timestamp_millis()
}

/// What may be done with a session at `now_ms` (`challenges::standing_after`).
fn standing(session: &PendingSignIn, limits: &LocalLimits, now_ms: i64) -> Standing {
    let age = Duration::from_millis(u64::try_from(now_ms.saturating_sub(session.issued_at_ms)).unwrap_or(0));
    standing_after(limits, age, session.wrong_codes)
}

fn page_token(start: usize) -> String {
    URL_SAFE_NO_PAD.encode(format!("passkeys:{start}"))
}

fn page_start(token: &str) -> Option<usize> {
    let decoded = URL_SAFE_NO_PAD.decode(token).ok()?;
    String::from_utf8(decoded).ok()?.strip_prefix("passkeys:")?.parse().ok()
}

/// The origins passkeys of `rp_id` may be used from, and whether any port goes: a page on
/// `localhost` runs on whatever port the developer picked; anywhere else it is `https://<rp id>`.
fn allowed_origins(rp_id: &str) -> (Vec<Url>, bool) {
    let parse = |origin: String| Url::parse(&origin).ok();
    if rp_id == "localhost" {
        let origins = ["http://localhost", "https://localhost"]
            .into_iter()
            .filter_map(|origin| parse(origin.to_string()))
            .collect();
        (origins, true)
    } else {
        (parse(format!("https://{rp_id}")).into_iter().collect(), false)
    }
}

fn origin_allowed(rp_id: &str, origin: &str) -> bool {
    let Ok(origin) = Url::parse(origin) else {
        return false;
    };
    let (allowed, any_port) = allowed_origins(rp_id);
    allowed.iter().any(|allowed| {
        allowed.scheme() == origin.scheme()
            && allowed.host_str() == origin.host_str()
            && (any_port || allowed.port_or_known_default() == origin.port_or_known_default())
            && origin.username().is_empty()
    })
}

fn relying_party(rp_id: &str) -> Option<Webauthn> {
    let (origins, any_port) = allowed_origins(rp_id);
    let (first, others) = origins.split_first()?;
    let mut builder = WebauthnBuilder::new(rp_id, first).ok()?.allow_any_port(any_port);
    for origin in others {
        builder = builder.append_allowed_origin(origin);
    }
    builder.build().ok()
}

/// The `origin` the browser wrote into `clientDataJSON`.
fn client_origin(client_data_json: &[u8]) -> Option<String> {
    let client_data: Value = serde_json::from_slice(client_data_json).ok()?;
    client_data.get("origin")?.as_str().map(String::from)
}

/// `PublicKeyCredentialCreationOptionsJSON` as Cognito sends it: a discoverable credential (it
/// signs in from the browser's account list too), verified by the authenticator.
fn creation_options(options: &impl Serialize) -> Value {
    let mut value = serde_json::to_value(options).unwrap_or_default();
    if let Some(options) = value.as_object_mut() {
        options.remove("hints");
        let selection = options.entry("authenticatorSelection").or_insert_with(|| json!({}));
        if let Some(selection) = selection.as_object_mut() {
            selection.insert("residentKey".into(), "required".into());
            selection.insert("requireResidentKey".into(), true.into());
            selection.insert("userVerification".into(), "required".into());
        }
    }
    value
}

/// `PublicKeyCredentialRequestOptionsJSON` as Cognito sends it, from this one template whoever
/// asks: only the challenge differs. No credential is named (passkeys are discoverable), and the
/// authenticator must verify the user, as the relying party requires.
fn request_options(challenge: &str, rp_id: &str) -> Value {
    json!({
        "challenge": challenge,
        "timeout": webauthn_rs::DEFAULT_AUTHENTICATOR_TIMEOUT.as_millis() as u64,
        "rpId": rp_id,
        "allowCredentials": [],
        "userVerification": "required",
    })
}

/// The challenge of `webauthn-rs`'s request options.
fn challenge_of(options: &impl Serialize) -> Option<String> {
    let options = serde_json::to_value(options).ok()?;
    options.get("challenge")?.as_str().map(String::from)
}

/// A challenge of the size `webauthn-rs` makes, for a relying party that answers no passkey.
fn random_challenge() -> String {
    use rand::RngCore;
    let mut challenge = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut challenge);
    URL_SAFE_NO_PAD.encode(challenge)
}

/// The authenticator model of a new credential (its AAGUID), from the attestation object.
fn aaguid(attestation_object: &[u8]) -> Option<[u8; 16]> {
    let object: ciborium::Value = ciborium::from_reader(attestation_object).ok()?;
    let auth_data = object
        .as_map()?
        .iter()
        .find(|(key, _)| key.as_text() == Some("authData"))?
        .1
        .as_bytes()?;
    // rpIdHash (32 bytes), flags (1), signCount (4), then the attested credential data: AAGUID first.
    let flags = *auth_data.get(32)?;
    if flags & ATTESTED_CREDENTIAL_DATA == 0 {
        return None;
    }
    auth_data.get(37..53)?.try_into().ok()
}

/// A name for a passkey: its provider, for a few well-known AAGUIDs, else plain "Passkey".
/// The AAGUIDs are those the providers publish (passkey-authenticator-aaguids).
fn friendly_name(aaguid: Option<[u8; 16]>) -> &'static str {
    const KNOWN: [(&str, &str); 11] = [
        ("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4", "Google Password Manager"),
        ("adce0002-35bc-c60a-648b-0b25f1f05503", "Chrome on Mac"),
        ("fbfc3007-154e-4ecc-8c0b-6e020557d7bd", "iCloud Keychain"),
        ("dd4ec289-e01d-41c9-bb89-70fa845d4bf2", "iCloud Keychain (Managed)"),
        ("08987058-cadc-4b81-b6e1-30de50dcbe96", "Windows Hello"),
        ("9ddd1817-af5a-4672-a2b9-3e3dd95000a9", "Windows Hello"),
        ("6028b017-b1d4-4c02-b4b3-afcdafc96bb2", "Windows Hello"),
        ("bada5566-a7aa-401f-bd96-45619a55120d", "1Password"),
        ("d548826e-79b4-db40-a3d8-11116f7e8349", "Bitwarden"),
        ("531126d6-e717-415c-9320-3d9aa6981239", "Dashlane"),
        ("53414d53-554e-4700-0000-000000000000", "Samsung Pass"),
    ];
    let Some(aaguid) = aaguid else {
        return "Passkey";
    };
    let text = webauthn_rs::prelude::Uuid::from_bytes(aaguid).to_string();
    KNOWN
        .iter()
        .find(|(known, _)| *known == text)
        .map_or("Passkey", |(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: LocalLimits = LocalLimits {
        lockout_after: 0,
        lockout_seconds: 0,
        codes_per_hour: 0,
        code_attempts: 3,
        challenge_seconds: 180,
    };

    fn session(step: Step) -> PendingSignIn {
        PendingSignIn {
            user_id: None,
            username: "ada@example.com".into(),
            client_id: "client".into(),
            step,
            issued_at_ms: 1_000_000,
            wrong_codes: 0,
        }
    }

    #[test]
    fn sign_in_codes_are_eight_digits_and_destinations_masked() {
        for _ in 0..200 {
            let code = sign_in_code();
            assert!(code.len() == 8 && code.chars().all(|c| c.is_ascii_digit()), "{code}");
        }
        assert_eq!(mask("ada@example.com"), "a***@e***");
        assert!(session_id().len() > 64);
        assert_ne!(session_id(), session_id());
    }

    #[test]
    fn a_session_lasts_the_challenge_time_and_a_few_wrong_codes() {
        let mut open = session(Step::EmailOtp {
            code: Some("12345678".into()),
        });
        let start = open.issued_at_ms;
        assert_eq!(standing(&open, &LIMITS, start + 180_000), Standing::Open);
        assert_eq!(standing(&open, &LIMITS, start + 180_001), Standing::Expired);
        open.wrong_codes = 2;
        assert_eq!(standing(&open, &LIMITS, start), Standing::Open);
        open.wrong_codes = 3;
        assert_eq!(standing(&open, &LIMITS, start), Standing::WornOut);
        let unlimited = LocalLimits {
            code_attempts: 0,
            ..LIMITS
        };
        assert_eq!(standing(&open, &unlimited, start), Standing::Open);
        assert_eq!(Step::Select.challenge_name(), "SELECT_CHALLENGE");
        assert_eq!(Step::WebAuthn { state: None }.challenge_name(), "WEB_AUTHN");
    }

    #[test]
    fn localhost_takes_any_port_and_a_domain_only_https_on_443() {
        assert!(origin_allowed("localhost", "http://localhost:3000"));
        assert!(origin_allowed("localhost", "http://localhost:51234"));
        assert!(origin_allowed("localhost", "https://localhost"));
        assert!(!origin_allowed("localhost", "http://127.0.0.1:3000"));
        assert!(!origin_allowed("localhost", "http://evil.example:3000"));
        assert!(!origin_allowed("localhost", "http://localhost.evil.example"));
        assert!(origin_allowed("id.example.com", "https://id.example.com"));
        assert!(origin_allowed("id.example.com", "https://id.example.com:443"));
        assert!(!origin_allowed("id.example.com", "https://id.example.com:8443"));
        assert!(!origin_allowed("id.example.com", "http://id.example.com"));
        assert!(!origin_allowed("id.example.com", "https://evil.example.com"));
        assert!(!origin_allowed("id.example.com", "not a url"));
        assert!(relying_party("localhost").is_some());
        assert!(relying_party("id.example.com").is_some());
    }

    #[test]
    fn passkeys_are_named_after_well_known_authenticators() {
        let google = *webauthn_rs::prelude::Uuid::parse_str("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4")
            .unwrap()
            .as_bytes();
        assert_eq!(friendly_name(Some(google)), "Google Password Manager");
        assert_eq!(friendly_name(Some([0; 16])), "Passkey");
        assert_eq!(friendly_name(None), "Passkey");

        // An attestation object with attested credential data carries the AAGUID at 37..53.
        let mut auth_data = vec![0u8; 32];
        auth_data.push(0x45);
        auth_data.extend([0, 0, 0, 1]);
        auth_data.extend(google);
        let object = ciborium::Value::Map(vec![
            (
                ciborium::Value::Text("fmt".into()),
                ciborium::Value::Text("none".into()),
            ),
            (ciborium::Value::Text("attStmt".into()), ciborium::Value::Map(vec![])),
            (
                ciborium::Value::Text("authData".into()),
                ciborium::Value::Bytes(auth_data.clone()),
            ),
        ]);
        let mut bytes = Vec::new();
        ciborium::into_writer(&object, &mut bytes).unwrap();
        assert_eq!(aaguid(&bytes), Some(google));
        auth_data[32] = 0x05;
        let without = ciborium::Value::Map(vec![(
            ciborium::Value::Text("authData".into()),
            ciborium::Value::Bytes(auth_data),
        )]);
        let mut bytes = Vec::new();
        ciborium::into_writer(&without, &mut bytes).unwrap();
        assert_eq!(aaguid(&bytes), None);
        assert_eq!(aaguid(b"not cbor"), None);
    }

    #[test]
    fn open_sessions_registrations_and_sent_codes_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let first = Passwordless::load(dir.path(), "localhost");
        let step = Step::EmailOtp {
            code: Some("12345678".into()),
        };
        let session = first.open(Some("user".into()), "ada@example.com", "client", step, &LIMITS);
        let (_, state) = first
            .webauthn
            .as_ref()
            .unwrap()
            .start_passkey_registration(webauthn_rs::prelude::Uuid::new_v4(), "ada", "Ada", None)
            .unwrap();
        first.keep(|stored| {
            stored.sent_codes.push(SentCode {
                to: "ada@example.com".into(),
                code: "12345678".into(),
                sent_at: Utc::now(),
            });
            stored.registrations.insert(
                "user".into(),
                PendingRegistration {
                    state,
                    client_id: "client".into(),
                    started_at: 0,
                },
            );
        });
        drop(first);

        let second = Passwordless::load(dir.path(), "localhost");
        let stored = second.stored.lock().unwrap();
        assert!(matches!(&stored.sessions[&session].step, Step::EmailOtp { code: Some(code) } if code == "12345678"));
        assert_eq!(stored.sessions[&session].user_id.as_deref(), Some("user"));
        assert!(stored.registrations.contains_key("user"));
        assert_eq!(stored.sent_codes.len(), 1);
    }

    #[test]
    fn passkeys_are_made_discoverable_and_sign_in_options_name_none() {
        let webauthn = relying_party("localhost").unwrap();
        let user = webauthn_rs::prelude::Uuid::new_v4();
        let (creation, _) = webauthn
            .start_passkey_registration(user, "ada@example.com", "Ada", None)
            .unwrap();
        let creation = creation_options(&creation.public_key);
        assert_eq!(creation["authenticatorSelection"]["residentKey"], "required");
        assert_eq!(creation["rp"]["id"], "localhost");
        assert!(creation["challenge"].as_str().is_some_and(|c| c.len() >= 43));

        let (request, _) = webauthn.start_discoverable_authentication().unwrap();
        let challenge = challenge_of(&request.public_key).unwrap();
        let options = request_options(&challenge, "localhost");
        let keys: Vec<&String> = options.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            ["allowCredentials", "challenge", "rpId", "timeout", "userVerification"]
        );
        assert_eq!(options["allowCredentials"], json!([]));
        assert_eq!(options["rpId"], "localhost");
        let without_a_relying_party = request_options(&random_challenge(), "localhost");
        for key in ["allowCredentials", "rpId", "timeout", "userVerification"] {
            assert_eq!(options[key], without_a_relying_party[key], "{key}");
        }
        let bytes = |options: &Value| {
            URL_SAFE_NO_PAD
                .decode(options["challenge"].as_str().unwrap())
                .unwrap()
                .len()
        };
        assert_eq!(bytes(&options), 32);
        assert_eq!(bytes(&without_a_relying_party), 32);
        assert_eq!(page_start(&page_token(20)), Some(20));
        assert_eq!(page_start("garbage"), None);
    }
}
