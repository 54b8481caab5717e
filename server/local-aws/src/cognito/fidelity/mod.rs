//! A layer in front of the embedded Cognito emulator that makes it answer as Amazon Cognito does
//! where the two differ, request by request. The app cannot tell it is there: it sees Cognito's
//! API over HTTP, as in AWS mode. Each correction cites the API reference page it follows.
//!
//! - Sign-in names: in a pool whose users sign in with their email, Cognito's user name is a
//!   UUID and the email is resolved to the user who has it now; the emulator keeps the first
//!   address as the user name for good.
//! - Email changes (`AttributesRequireVerificationBeforeUpdate = email`): the old address stays
//!   until the code sent to the new one is confirmed, then only the new one signs in.
//! - An app client's write attributes are enforced.
//! - Lockout after failed sign-ins, per-user limits on emailed codes, limits on wrong codes
//!   (`limits`); `ExpiredCodeException` when no code is pending; six-digit codes.
//! - Tokens descend from one sign-in (`tokens`): `origin_jti`, a steady `auth_time`, `RevokeToken`
//!   ending only that sign-in's tokens, standard attributes in the ID token.
//! - The second step of a sign-in (`challenges`): three minutes, a few wrong codes, Cognito's
//!   errors; and a new authenticator's wrong first code is `EnableSoftwareTokenMFAException`.
//! - Choice-based sign-in (`USER_AUTH`: a password, an emailed code or a passkey) and passkeys
//!   verified for real (`passwordless`).
//! - Sign-in through another identity provider (`hosted`): the hosted endpoints
//!   (`/oauth2/authorize` with `identity_provider`, `/oauth2/idpresponse`, `/oauth2/token`,
//!   `/logout`), federated users, and the links of `AdminLinkProviderForUser`.
mod challenges;
mod confidential;
mod hosted;
mod limits;
mod passwordless;
mod rotation;
mod tokens;
pub(crate) mod triggers;

use std::{
    collections::{HashMap, HashSet},
    path::PathBuf,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Instant,
};

use app::backend::config::LocalLimits;
use axum::{
    Router,
    body::{Body, to_bytes},
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use cognitox::{
    storage::Storage,
    types::{ClientId, ConfirmationCode, User, UserPoolId},
};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};
use tower::ServiceExt;

use self::{
    challenges::{Challenges, Standing},
    limits::{CodeKind, Counters},
    tokens::{Origin, Signer},
};

const TARGET_PREFIX: &str = "AWSCognitoIdentityProviderService.";
const STATE_FILE: &str = "cognito-fidelity.json";
/// Cognito keeps sign-up and attribute codes for 24 hours.
const CODE_HOURS: i64 = 24;

/// What the layer keeps across restarts, beside the emulator's own state.
#[derive(Default, Serialize, Deserialize)]
struct Kept {
    /// user id -> the address an email change waits to have verified.
    pending_emails: HashMap<String, String>,
    /// refresh token -> the sign-in it belongs to.
    origins: HashMap<String, Origin>,
    /// Sign-ins (`origin_jti`) ended by `RevokeToken`.
    revoked: HashSet<String>,
}

pub struct Fidelity {
    inner: Router,
    storage: Storage,
    pool_id: UserPoolId,
    limits: LocalLimits,
    signer: Option<Signer>,
    file: PathBuf,
    kept: Mutex<Kept>,
    counters: Mutex<Counters>,
    challenges: Mutex<Challenges>,
    passwordless: passwordless::Passwordless,
    global_sign_out_revokes_refresh_tokens: AtomicBool,
    /// The server-only app client, whose tokens the pre token generation trigger leaves whole.
    server_client_id: String,
    rotation: rotation::Rotation,
    hosted: hosted::Hosted,
}

/// An answer in the shape of Cognito's JSON protocol.
struct Reply {
    status: StatusCode,
    body: Value,
}

impl Reply {
    fn ok(body: Value) -> Self {
        Self {
            status: StatusCode::OK,
            body,
        }
    }

    fn error(kind: &str, message: &str) -> Self {
        Self {
            status: StatusCode::BAD_REQUEST,
            body: json!({ "__type": kind, "message": message }),
        }
    }

    fn error_kind(&self) -> Option<&str> {
        self.body.get("__type").and_then(Value::as_str)
    }

    fn is_ok(&self) -> bool {
        self.status.is_success()
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        let mut response = (self.status, self.body.to_string()).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-amz-json-1.1"),
        );
        response
    }
}

impl Fidelity {
    /// The layer in front of the emulator serving `storage`; its hosted endpoints answer at
    /// `hosted_ui`.
    pub fn new(
        storage: Storage,
        pool_id: UserPoolId,
        limits: LocalLimits,
        dir: PathBuf,
        passkey_rp_id: &str,
        server_client_id: &str,
        hosted_ui: &str,
    ) -> Arc<Self> {
        let file = dir.join(STATE_FILE);
        let kept = load_state(&file);
        let signer = Signer::from_env();
        if signer.is_none() {
            tracing::warn!("local Cognito: no signing key configured; tokens keep the emulator's own claims");
        }
        Arc::new(Self {
            inner: cognitox::api::create_router(storage.clone()),
            storage,
            pool_id,
            limits,
            signer,
            file,
            kept: Mutex::new(kept),
            counters: Mutex::new(Counters::default()),
            challenges: Mutex::new(Challenges::default()),
            passwordless: passwordless::Passwordless::load(&dir, passkey_rp_id),
            global_sign_out_revokes_refresh_tokens: AtomicBool::new(true),
            server_client_id: server_client_id.into(),
            rotation: rotation::Rotation::load(&dir),
            hosted: hosted::Hosted::new(hosted_ui),
        })
    }

    /// The emulator's router with this layer in front of its API.
    pub fn router(self: &Arc<Self>) -> Router {
        Router::new().fallback(handle).with_state(self.clone())
    }

    /// Stands in for a Cognito-compatible service whose `GlobalSignOut` leaves refresh tokens
    /// alive (tests of our own revocation record use it).
    pub fn set_global_sign_out_revokes_refresh_tokens(&self, revokes: bool) {
        self.global_sign_out_revokes_refresh_tokens
            .store(revokes, Ordering::SeqCst);
    }

    /// The address an email change of `user_id` waits to have verified (the dev mailbox shows
    /// the code as sent there).
    pub fn pending_email(&self, user_id: &str) -> Option<String> {
        self.kept.lock().unwrap().pending_emails.get(user_id).cloned()
    }

    /// How many sign-ins of the user `sub` can still refresh (their refresh token neither revoked
    /// nor expired): what the server has left alive of theirs.
    pub async fn live_sign_ins(&self, sub: &str) -> usize {
        let tokens: Vec<String> = {
            let kept = self.kept.lock().unwrap();
            kept.origins
                .iter()
                .filter(|(_, origin)| origin.user_id == sub && !kept.revoked.contains(&origin.jti))
                .map(|(token, _)| token.clone())
                .collect()
        };
        let mut live = 0;
        for token in tokens {
            if let Some(stored) = self.storage.get_refresh_token(&token).await
                && stored.expires_at > chrono::Utc::now()
            {
                live += 1;
            }
        }
        live
    }

    fn keep(&self, change: impl FnOnce(&mut Kept)) {
        let mut kept = self.kept.lock().unwrap();
        change(&mut kept);
        save_state(&self.file, &*kept);
    }

    /// Sends `body` as operation `op` to the emulator itself.
    async fn forward(&self, op: &str, body: &Map<String, Value>) -> Reply {
        let mut body = body.clone();
        self.restate_secret_hash(op, &mut body).await;
        let request = Request::post("/")
            .header("x-amz-target", format!("{TARGET_PREFIX}{op}"))
            .header(header::CONTENT_TYPE, "application/x-amz-json-1.1")
            .body(Body::from(serde_json::to_vec(&body).unwrap_or_default()))
            .expect("a valid request");
        let response = match self.inner.clone().oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        };
        let status = response.status();
        let bytes = to_bytes(response.into_body(), usize::MAX).await.unwrap_or_default();
        Reply {
            status,
            body: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        }
    }

    async fn users(&self) -> Vec<User> {
        self.storage.list_users(&self.pool_id).await
    }

    /// The user a sign-in name means, as Cognito resolves it in a pool whose users sign in with
    /// their email: whoever has that address now, or the user whose user name it is (an address
    /// that was someone's first and has since changed no longer counts).
    /// <https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool-settings-usernames>
    ///
    /// A federated user (`EXTERNAL_PROVIDER`) is never whom a sign-in name means: Cognito resolves
    /// an email among the pool's own users, and a federated user has no password and no codes.
    /// <https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html>
    async fn user_named(&self, name: &str) -> Option<User> {
        self.any_user_named(name)
            .await
            .filter(|user| !hosted::is_federated(user))
    }

    /// The user an administrator call names: as [`Self::user_named`], federated users included
    /// (by their user name, `{ProviderName}_{subject}`, or their `sub`).
    async fn any_user_named(&self, name: &str) -> Option<User> {
        let users = self.users().await;
        if let Some(user) = users
            .iter()
            .find(|user| user.email.as_deref() == Some(name) && !hosted::is_federated(user))
        {
            return Some(user.clone());
        }
        // Administrator calls may also name a user by their `sub`.
        users
            .into_iter()
            .find(|user| (user.username == name || user.id.to_string() == name) && !name.contains('@'))
    }

    /// Rewrites a sign-in name to the emulator's user name; an unknown one to a name nobody has,
    /// so the emulator answers as Cognito does for unknown users.
    async fn resolve(&self, name: Option<&mut Value>) -> Option<User> {
        self.resolve_name(name, false).await
    }

    /// [`Self::resolve`] for an administrator call, which reaches federated users too.
    async fn resolve_any(&self, name: Option<&mut Value>) -> Option<User> {
        self.resolve_name(name, true).await
    }

    async fn resolve_name(&self, name: Option<&mut Value>, federated_too: bool) -> Option<User> {
        let name = name?;
        let user = match federated_too {
            true => self.any_user_named(name.as_str()?).await,
            false => self.user_named(name.as_str()?).await,
        };
        *name = Value::String(match &user {
            Some(user) => user.username.clone(),
            None => format!("unknown-{}", tokens::random_id()),
        });
        user
    }

    async fn user_by_sub(&self, sub: &str) -> Option<User> {
        self.storage.get_user(&sub.parse().ok()?).await
    }

    /// The user of a request's access token once the emulator accepts it (`GetUser`).
    async fn token_user(&self, access_token: &Value) -> Result<User, Reply> {
        let mut body = Map::new();
        body.insert("AccessToken".into(), access_token.clone());
        let reply = self.forward("GetUser", &body).await;
        if !reply.is_ok() {
            return Err(reply);
        }
        let sub = access_token
            .as_str()
            .and_then(tokens::claims)
            .and_then(|claims| claims.get("sub").and_then(Value::as_str).map(String::from));
        match sub {
            Some(sub) => self
                .user_by_sub(&sub)
                .await
                .ok_or_else(|| Reply::error("UserNotFoundException", "User does not exist.")),
            None => Err(Reply::error("NotAuthorizedException", "Invalid Access Token")),
        }
    }

    /// Replaces the code the emulator just made with six digits, as Cognito sends.
    async fn six_digit_codes(&self, user: &User, kind: CodeKind) {
        if kind == CodeKind::PasswordReset {
            if let Some(mut code) = self.storage.get_password_reset_code(&user.id).await {
                code.code = six_digits();
                self.storage.save_password_reset_code(code).await;
            }
        } else if let Some(mut code) = self.storage.get_confirmation_code(&user.id).await {
            code.code = six_digits();
            self.storage.save_confirmation_code(code).await;
        }
    }

    fn may_send_code(&self, user: &User, kind: CodeKind) -> Result<(), Reply> {
        let allowed =
            self.counters
                .lock()
                .unwrap()
                .try_send_code(&self.limits, &user.id.to_string(), kind, Instant::now());
        // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ForgotPassword.html#API_ForgotPassword_Errors
        allowed.then_some(()).ok_or_else(|| {
            Reply::error(
                "LimitExceededException",
                "Attempt limit exceeded, please try after some time.",
            )
        })
    }

    fn has_code_attempts(&self, user: &User, kind: CodeKind) -> Result<(), Reply> {
        let out = self
            .counters
            .lock()
            .unwrap()
            .out_of_code_attempts(&self.limits, &user.id.to_string(), kind);
        // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmSignUp.html#API_ConfirmSignUp_Errors
        if out {
            return Err(Reply::error(
                "TooManyFailedAttemptsException",
                "Too many failed attempts. Request a new code.",
            ));
        }
        Ok(())
    }

    /// Counts a code check's outcome towards the user's attempts.
    fn count_code_check(&self, user: &User, kind: CodeKind, reply: &Reply) {
        let mut counters = self.counters.lock().unwrap();
        let user = user.id.to_string();
        match reply.error_kind() {
            Some("CodeMismatchException") => counters.wrong_code(&user, kind),
            None if reply.is_ok() => counters.right_code(&user, kind),
            _ => {}
        }
    }

    /// Re-signs the tokens of a successful sign-in or refresh as descending from their sign-in.
    async fn stamp_tokens(&self, reply: &mut Reply, refresh_token: Option<&str>) {
        self.stamp_tokens_of(reply, refresh_token, None).await;
    }

    /// [`Self::stamp_tokens`], with the sign-in that new tokens descend from when it is not one
    /// happening now (`signed_in`: through the hosted endpoints, where the person signed in at the
    /// identity provider before the app exchanged its code).
    async fn stamp_tokens_of(&self, reply: &mut Reply, refresh_token: Option<&str>, signed_in: Option<Origin>) {
        let Some(result) = reply
            .body
            .get_mut("AuthenticationResult")
            .and_then(Value::as_object_mut)
        else {
            return;
        };
        // Fail closed: tokens the trigger could not edit would keep the admin scope.
        let stampable = self.signer.as_ref().zip(
            result
                .get("AccessToken")
                .and_then(Value::as_str)
                .and_then(tokens::claims),
        );
        let Some((signer, access_claims)) = stampable else {
            tracing::error!("local Cognito: tokens it cannot re-sign are not issued");
            *reply = Reply::error("InternalErrorException", "The tokens could not be issued.");
            return;
        };
        let claim = |name: &str| {
            access_claims
                .get(name)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        };
        let sub = claim("sub");
        let new_refresh_token = result.get("RefreshToken").and_then(Value::as_str).map(String::from);
        let known = refresh_token.and_then(|token| self.kept.lock().unwrap().origins.get(token).cloned());
        let origin = known.or(signed_in).unwrap_or_else(|| Origin::new(&sub));
        if let Some(token) = new_refresh_token.or(refresh_token.map(String::from)) {
            let origin = origin.clone();
            self.keep(|kept| {
                kept.origins.insert(token, origin);
            });
        }
        let attributes: Vec<(String, String)> = match self.user_by_sub(&sub).await {
            Some(user) => user
                .attributes
                .iter()
                .filter_map(|a| Some((a.name.clone(), a.value.clone()?)))
                .collect(),
            None => Vec::new(),
        };
        let issue = triggers::Issue {
            pool_id: self.pool_id.as_ref(),
            client_id: &claim("client_id"),
            username: &claim("username"),
            attributes: &attributes,
            scopes: origin
                .scopes
                .clone()
                .unwrap_or_else(|| triggers::scopes_of(&access_claims)),
            refreshing: refresh_token.is_some(),
        };
        let edits = triggers::pre_token_generation(&issue, Some(&self.server_client_id));
        if let Some(token) = result.get("AccessToken").and_then(Value::as_str)
            && let Some(stamped) =
                tokens::access_token(signer, token, &origin, |claims| edits.edit_access_token(claims))
        {
            result.insert("AccessToken".into(), stamped.into());
        }
        if let Some(token) = result.get("IdToken").and_then(Value::as_str)
            && let Some(stamped) = tokens::id_token(signer, token, &origin, &attributes, |claims| {
                edits.edit_id_token(claims)
            })
        {
            result.insert("IdToken".into(), stamped.into());
        }
    }

    async fn answer(&self, op: &str, mut body: Map<String, Value>) -> Reply {
        // A token whose sign-in was revoked counts no more, whatever the operation.
        // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RevokeToken.html
        if let Some(origin) = body
            .get("AccessToken")
            .and_then(Value::as_str)
            .and_then(tokens::claims)
            .and_then(|claims| claims.get("origin_jti").and_then(Value::as_str).map(String::from))
            && self.kept.lock().unwrap().revoked.contains(&origin)
        {
            return Reply::error("NotAuthorizedException", "Access Token has been revoked");
        }
        if let Some(claims) = body.get("AccessToken").and_then(Value::as_str).and_then(tokens::claims)
            && let Some(refused) = triggers::scope_refused(&claims)
        {
            return refused;
        }
        if let Err(reply) = self.check_secret_hash(op, &body).await {
            return reply;
        }
        match op {
            "SignUp" => self.sign_up(body).await,
            "InitiateAuth" | "AdminInitiateAuth" if passwordless::is_user_auth(&body) => self.user_auth(body).await,
            "RespondToAuthChallenge" | "AdminRespondToAuthChallenge" if passwordless::is_choice_challenge(&body) => {
                self.respond_to_choice(body).await
            }
            "StartWebAuthnRegistration" => self.start_web_authn_registration(body).await,
            "CompleteWebAuthnRegistration" => self.complete_web_authn_registration(body).await,
            "ListWebAuthnCredentials" => self.list_web_authn_credentials(body).await,
            "DeleteWebAuthnCredential" => self.delete_web_authn_credential(body).await,
            "InitiateAuth" | "AdminInitiateAuth" if rotation::is_refresh_flow(&body) => {
                self.refresh_flow(op, body).await
            }
            "InitiateAuth" | "AdminInitiateAuth" => self.initiate_auth(op, body).await,
            "RespondToAuthChallenge" | "AdminRespondToAuthChallenge" => self.respond_to_challenge(op, body).await,
            "GetTokensFromRefreshToken" => self.get_tokens_from_refresh_token(body).await,
            "VerifySoftwareToken" => {
                let reply = self.forward(op, &body).await;
                // https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifySoftwareToken.html#API_VerifySoftwareToken_Errors
                if is_wrong_authenticator_code(&reply) {
                    return Reply::error("EnableSoftwareTokenMFAException", "Code mismatch");
                }
                reply
            }
            "ResendConfirmationCode" | "ForgotPassword" => {
                let kind = if op == "ForgotPassword" {
                    CodeKind::PasswordReset
                } else {
                    CodeKind::SignUp
                };
                let user = self.resolve(body.get_mut("Username")).await;
                if let Some(user) = &user
                    && let Err(reply) = self.may_send_code(user, kind)
                {
                    return reply;
                }
                let reply = self.forward(op, &body).await;
                if let (true, Some(user)) = (reply.is_ok(), &user) {
                    self.six_digit_codes(user, kind).await;
                }
                reply
            }
            "ConfirmSignUp" | "ConfirmForgotPassword" => self.confirm_code(op, body).await,
            "RevokeToken" if !self.rotation.revokes() => Reply::ok(json!({})),
            "RevokeToken" => self.revoke_token(body).await,
            "GlobalSignOut" | "AdminUserGlobalSignOut" => self.global_sign_out(op, body).await,
            "DescribeUserPool" => {
                let mut reply = self.forward(op, &body).await;
                if let Some(pool) = reply.body.get_mut("UserPool").and_then(Value::as_object_mut) {
                    pool.insert("LambdaConfig".into(), triggers::lambda_config(self.pool_id.as_ref()));
                }
                reply
            }
            "UpdateUserAttributes" => self.update_user_attributes(body).await,
            "AdminUpdateUserAttributes" => self.admin_update_user_attributes(body).await,
            "AdminLinkProviderForUser" => self.link_provider_for_user(body).await,
            "AdminDisableProviderForUser" => self.disable_provider_for_user(body).await,
            "AdminGetUser" | "ListUsers" | "ListUsersInGroup" => {
                self.resolve_any(body.get_mut("Username")).await;
                let mut reply = self.forward(op, &body).await;
                hosted::show_external_providers(&mut reply.body);
                reply
            }
            "GetUserAttributeVerificationCode" => self.attribute_code(body).await,
            "VerifyUserAttribute" => self.verify_attribute(body).await,
            // Every other call naming a user names one that exists (a new one only here).
            _ if op != "AdminCreateUser" => {
                match op.starts_with("Admin") {
                    true => self.resolve_any(body.get_mut("Username")).await,
                    false => self.resolve(body.get_mut("Username")).await,
                };
                self.forward(op, &body).await
            }
            _ => self.forward(op, &body).await,
        }
    }

    /// A pool with email as the sign-in name gives each user a UUID for a user name and takes
    /// the `email` attribute from the name given; an address someone has now cannot sign up
    /// again; and the attributes sent must be ones the app client may write.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SignUp.html>
    async fn sign_up(&self, mut body: Map<String, Value>) -> Reply {
        let Some(email) = body.get("Username").and_then(Value::as_str).map(String::from) else {
            return self.forward("SignUp", &body).await;
        };
        let client = body.get("ClientId").and_then(Value::as_str).map(String::from);
        if !self.may_write(client, &attribute_names(&body)).await {
            return unauthorized_attribute();
        }
        let attributes = body.entry("UserAttributes").or_insert_with(|| Value::Array(Vec::new()));
        if let Some(attributes) = attributes.as_array_mut()
            && !attributes
                .iter()
                .any(|a| a.get("Name").and_then(Value::as_str) == Some("email"))
        {
            attributes.push(json!({ "Name": "email", "Value": email }));
        }
        // A federated user's address is no sign-in name: it does not keep the person from signing up.
        if self
            .users()
            .await
            .iter()
            .any(|user| user.email.as_deref() == Some(email.as_str()) && !hosted::is_federated(user))
        {
            return Reply::error(
                "UsernameExistsException",
                "An account with the given email already exists.",
            );
        }
        let username = uuid_text();
        body.insert("Username".into(), username.clone().into());
        let reply = self.forward("SignUp", &body).await;
        if reply.is_ok()
            && let Some(user) = self.storage.get_user_by_username(&self.pool_id, &username).await
            && self.may_send_code(&user, CodeKind::SignUp).is_ok()
        {
            self.six_digit_codes(&user, CodeKind::SignUp).await;
        }
        reply
    }

    /// Password sign-in with Cognito's lockout: after repeated failures the user is refused,
    /// right password or not, for a time that doubles with each further failure.
    /// <https://docs.aws.amazon.com/cognito/latest/developerguide/authentication.html#authentication-flow-lockout>
    async fn initiate_auth(&self, op: &str, mut body: Map<String, Value>) -> Reply {
        let flow = body
            .get("AuthFlow")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let refresh_token = body
            .get("AuthParameters")
            .and_then(|p| p.get("REFRESH_TOKEN"))
            .and_then(Value::as_str)
            .map(String::from);
        let user = self
            .resolve(body.get_mut("AuthParameters").and_then(|p| p.get_mut("USERNAME")))
            .await;
        let password_flow = flow.ends_with("PASSWORD_AUTH");
        if password_flow && let Some(user) = &user {
            let mut counters = self.counters.lock().unwrap();
            let now = Instant::now();
            if counters.locked_out(&self.limits, &user.id.to_string(), now).is_some() {
                counters.attempted_while_locked_out(&user.id.to_string(), now);
                return Reply::error("NotAuthorizedException", "Password attempts exceeded");
            }
        }
        let mut reply = self.forward(op, &body).await;
        if password_flow && let Some(user) = &user {
            let mut counters = self.counters.lock().unwrap();
            match reply.error_kind() {
                Some("NotAuthorizedException") => counters.sign_in_failed(&user.id.to_string(), Instant::now()),
                None if reply.is_ok() => counters.sign_in_succeeded(&user.id.to_string()),
                _ => {}
            }
        }
        if let Some(session) = reply.body.get("Session").and_then(Value::as_str)
            && reply.body.get("ChallengeName").and_then(Value::as_str) == Some("SOFTWARE_TOKEN_MFA")
        {
            let mut challenges = self.challenges.lock().unwrap();
            challenges.prune(&self.limits, Instant::now());
            challenges.issued(session, Instant::now());
        }
        // Cognito names the user by their user name in a challenge (the emulator by its own id),
        // and the answer must name them the same way.
        if let (Some(user), Some(parameters)) = (
            &user,
            reply.body.get_mut("ChallengeParameters").and_then(Value::as_object_mut),
        ) && parameters.contains_key("USER_ID_FOR_SRP")
        {
            parameters.insert("USER_ID_FOR_SRP".into(), user.username.clone().into());
        }
        if reply.is_ok() {
            let refresh = (flow == "REFRESH_TOKEN_AUTH" || flow == "REFRESH_TOKEN")
                .then_some(refresh_token)
                .flatten();
            self.stamp_tokens(&mut reply, refresh.as_deref()).await;
        }
        reply
    }

    /// The authenticator code of a sign-in's second step, answered as Cognito does.
    async fn respond_to_challenge(&self, op: &str, mut body: Map<String, Value>) -> Reply {
        // The user may be named by the email the sign-in started with, as in `InitiateAuth`.
        self.resolve(
            body.get_mut("ChallengeResponses")
                .and_then(|responses| responses.get_mut("USERNAME")),
        )
        .await;
        let session = body
            .get("Session")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let mfa = body.get("ChallengeName").and_then(Value::as_str) == Some("SOFTWARE_TOKEN_MFA");
        if mfa {
            let standing = self
                .challenges
                .lock()
                .unwrap()
                .standing(&self.limits, &session, Instant::now());
            match standing {
                Standing::Expired => {
                    self.challenges.lock().unwrap().close(&session);
                    return Reply::error(
                        "NotAuthorizedException",
                        "Invalid session for the user, session is expired.",
                    );
                }
                Standing::WornOut => {
                    self.challenges.lock().unwrap().close(&session);
                    return Reply::error("NotAuthorizedException", "Invalid session for the user.");
                }
                Standing::Open | Standing::Unknown => {}
            }
        }
        let mut reply = self.forward(op, &body).await;
        if mfa && is_wrong_authenticator_code(&reply) {
            self.challenges.lock().unwrap().wrong_code(&session);
            return Reply::error("CodeMismatchException", "Invalid code received for user");
        }
        if mfa && !reply.is_ok() && reply.error_kind() == Some("InvalidParameterException") {
            // A session the emulator does not know (spent, expired there): Cognito refuses it.
            return Reply::error("NotAuthorizedException", "Invalid session for the user.");
        }
        if reply.is_ok() {
            self.challenges.lock().unwrap().close(&session);
            self.stamp_tokens(&mut reply, None).await;
        }
        reply
    }

    /// Code checks with Cognito's answers: `ExpiredCodeException` when no code is pending,
    /// `TooManyFailedAttemptsException` after repeated wrong codes.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ConfirmForgotPassword.html>
    async fn confirm_code(&self, op: &str, mut body: Map<String, Value>) -> Reply {
        let kind = if op == "ConfirmForgotPassword" {
            CodeKind::PasswordReset
        } else {
            CodeKind::SignUp
        };
        let user = self.resolve(body.get_mut("Username")).await;
        let Some(user) = user else {
            return self.forward(op, &body).await;
        };
        if let Err(reply) = self.has_code_attempts(&user, kind) {
            return reply;
        }
        if kind == CodeKind::PasswordReset && self.storage.get_password_reset_code(&user.id).await.is_none() {
            return expired_code();
        }
        let reply = self.forward(op, &body).await;
        self.count_code_check(&user, kind, &reply);
        // The code went to the address: confirming it verifies the email, as Cognito does in a
        // pool that verifies emails automatically.
        // https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html
        if reply.is_ok()
            && kind == CodeKind::SignUp
            && let Some(user) = self.storage.get_user(&user.id).await
        {
            self.set_attributes(user, &[("email_verified", "true")]).await;
        }
        reply
    }

    async fn set_attributes(&self, mut user: User, attributes: &[(&str, &str)]) {
        for (name, value) in attributes {
            match user.attributes.iter_mut().find(|a| a.name == *name) {
                Some(attribute) => attribute.value = Some(value.to_string()),
                None => user.attributes.push(cognitox::types::UserAttribute {
                    name: name.to_string(),
                    value: Some(value.to_string()),
                }),
            }
        }
        user.last_modified_date = chrono::Utc::now();
        self.storage.update_user(user).await;
    }

    /// Ends the sign-in a refresh token belongs to: the token itself and every access token
    /// descending from it; other sign-ins of the user keep working.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RevokeToken.html>
    async fn revoke_token(&self, body: Map<String, Value>) -> Reply {
        let token = body
            .get("Token")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let client = body.get("ClientId").and_then(Value::as_str).unwrap_or_default();
        let origin = self.kept.lock().unwrap().origins.get(&token).cloned();
        let stored = self.storage.get_refresh_token(&token).await;
        match (origin, stored) {
            (Some(origin), Some(stored)) if stored.client_id.as_ref() == client => {
                self.storage.delete_refresh_token(&token).await;
                self.keep(|kept| {
                    kept.origins.remove(&token);
                    kept.revoked.insert(origin.jti);
                });
                Reply::ok(json!({}))
            }
            _ => self.forward("RevokeToken", &body).await,
        }
    }

    async fn global_sign_out(&self, op: &str, mut body: Map<String, Value>) -> Reply {
        let named = self.resolve_any(body.get_mut("Username")).await;
        if self.global_sign_out_revokes_refresh_tokens.load(Ordering::SeqCst) {
            return self.forward(op, &body).await;
        }
        let sub = body
            .get("AccessToken")
            .and_then(Value::as_str)
            .and_then(tokens::claims)
            .and_then(|claims| claims.get("sub").and_then(Value::as_str).map(String::from))
            .or(named.map(|user| user.id.to_string()))
            .unwrap_or_default();
        let tokens: Vec<String> = self
            .kept
            .lock()
            .unwrap()
            .origins
            .iter()
            .filter(|(_, origin)| origin.user_id == sub)
            .map(|(token, _)| token.clone())
            .collect();
        let mut surviving = Vec::new();
        for token in &tokens {
            if let Some(stored) = self.storage.get_refresh_token(token).await {
                surviving.push(stored);
            }
        }
        let reply = self.forward(op, &body).await;
        for stored in surviving {
            self.storage.save_refresh_token(stored).await;
        }
        reply
    }

    /// The app client's write attributes are enforced, and an email change waits for its code
    /// when the pool requires verification before update.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UpdateUserAttributes.html>
    /// <https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-email-phone-verification.html#user-pool-settings-verifications-verify-attribute-update>
    async fn update_user_attributes(&self, body: Map<String, Value>) -> Reply {
        let access_token = body.get("AccessToken").cloned().unwrap_or(Value::Null);
        let client_id = access_token
            .as_str()
            .and_then(tokens::claims)
            .and_then(|claims| claims.get("client_id").and_then(Value::as_str).map(String::from));
        if !self.may_write(client_id, &attribute_names(&body)).await {
            return unauthorized_attribute();
        }
        let Some(new_email) = self.email_to_verify(&body).await else {
            return self.forward("UpdateUserAttributes", &body).await;
        };
        match self.token_user(&access_token).await {
            Ok(user) => self.change_email(user, new_email, "UpdateUserAttributes", body).await,
            Err(reply) => reply,
        }
    }

    /// The administrator's email change waits for the code just as the user's own does.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminUpdateUserAttributes.html>
    async fn admin_update_user_attributes(&self, mut body: Map<String, Value>) -> Reply {
        let user = self.resolve_any(body.get_mut("Username")).await;
        match (self.email_to_verify(&body).await, user) {
            (Some(new_email), Some(user)) => {
                self.change_email(user, new_email, "AdminUpdateUserAttributes", body)
                    .await
            }
            _ => self.forward("AdminUpdateUserAttributes", &body).await,
        }
    }

    /// Whether `client` may write every attribute in `names` (a client without a list may
    /// write them all).
    async fn may_write(&self, client: Option<String>, names: &[String]) -> bool {
        let client = match client.map(ClientId::new) {
            Some(Ok(id)) => self.storage.get_user_pool_client(&id).await,
            _ => None,
        };
        client.is_none_or(|client| {
            client.write_attributes.is_empty() || names.iter().all(|name| client.write_attributes.contains(name))
        })
    }

    /// The new email of an attribute update, when the pool makes it wait for verification.
    async fn email_to_verify(&self, body: &Map<String, Value>) -> Option<String> {
        let new_email = body
            .get("UserAttributes")
            .and_then(Value::as_array)?
            .iter()
            .find(|a| a.get("Name").and_then(Value::as_str) == Some("email"))?
            .get("Value")
            .and_then(Value::as_str)?
            .to_string();
        self.email_waits_for_verification().await.then_some(new_email)
    }

    /// Keeps `new_email` pending with a code sent to it, and passes the other attributes on.
    async fn change_email(&self, user: User, new_email: String, op: &str, mut body: Map<String, Value>) -> Reply {
        if user.email.as_deref() == Some(new_email.as_str()) {
            self.keep(|kept| {
                kept.pending_emails.remove(&user.id.to_string());
            });
        } else {
            if let Err(reply) = self.address_is_free(&user, &new_email).await {
                return reply;
            }
            if let Err(reply) = self.may_send_code(&user, CodeKind::Attribute) {
                return reply;
            }
            self.keep(|kept| {
                kept.pending_emails.insert(user.id.to_string(), new_email.clone());
            });
            self.send_email_code(&user).await;
        }
        if let Some(attributes) = body.get_mut("UserAttributes").and_then(Value::as_array_mut) {
            attributes.retain(|a| a.get("Name").and_then(Value::as_str) != Some("email"));
            if !attributes.is_empty() {
                let reply = self.forward(op, &body).await;
                if !reply.is_ok() {
                    return reply;
                }
            }
        }
        Reply::ok(code_delivery(&new_email))
    }

    /// An address another user has now cannot become this user's too.
    async fn address_is_free(&self, user: &User, address: &str) -> Result<(), Reply> {
        let taken = self.users().await.iter().any(|other| {
            other.id != user.id && other.email.as_deref() == Some(address) && !hosted::is_federated(other)
        });
        match taken {
            true => Err(Reply::error(
                "AliasExistsException",
                "An account with the given email already exists.",
            )),
            false => Ok(()),
        }
    }

    async fn email_waits_for_verification(&self) -> bool {
        self.storage
            .get_user_pool(&self.pool_id)
            .await
            .and_then(|pool| pool.user_attribute_update_settings)
            .and_then(|settings| settings.attributes_require_verification_before_update)
            .is_some_and(|attributes| attributes.contains(&cognitox::types::AutoVerifiedAttribute::Email))
    }

    async fn send_email_code(&self, user: &User) {
        self.storage
            .save_confirmation_code(ConfirmationCode {
                user_id: user.id,
                attribute_name: Some("email".into()),
                code: six_digits(),
                expires_at: chrono::Utc::now() + chrono::Duration::hours(CODE_HOURS),
            })
            .await;
    }

    /// A new code for the address waiting to be verified.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUserAttributeVerificationCode.html>
    async fn attribute_code(&self, body: Map<String, Value>) -> Reply {
        let access_token = body.get("AccessToken").cloned().unwrap_or(Value::Null);
        let user = match self.token_user(&access_token).await {
            Ok(user) => user,
            Err(reply) => return reply,
        };
        if let Err(reply) = self.may_send_code(&user, CodeKind::Attribute) {
            return reply;
        }
        match self.pending_email(&user.id.to_string()) {
            Some(pending) if body.get("AttributeName").and_then(Value::as_str) == Some("email") => {
                self.send_email_code(&user).await;
                Reply::ok(code_delivery(&pending))
            }
            _ => {
                let reply = self.forward("GetUserAttributeVerificationCode", &body).await;
                if reply.is_ok() {
                    self.six_digit_codes(&user, CodeKind::Attribute).await;
                }
                reply
            }
        }
    }

    /// The code sent to a new address makes it the user's email and sign-in name.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_VerifyUserAttribute.html>
    async fn verify_attribute(&self, body: Map<String, Value>) -> Reply {
        let access_token = body.get("AccessToken").cloned().unwrap_or(Value::Null);
        let mut user = match self.token_user(&access_token).await {
            Ok(user) => user,
            Err(reply) => return reply,
        };
        if let Err(reply) = self.has_code_attempts(&user, CodeKind::Attribute) {
            return reply;
        }
        let pending_code = self
            .storage
            .get_confirmation_code(&user.id)
            .await
            .filter(|code| code.attribute_name.is_some() && code.expires_at > chrono::Utc::now());
        let Some(pending_code) = pending_code else {
            return expired_code();
        };
        let pending = self.pending_email(&user.id.to_string());
        let (Some(new_email), Some("email")) = (pending, body.get("AttributeName").and_then(Value::as_str)) else {
            let reply = self.forward("VerifyUserAttribute", &body).await;
            self.count_code_check(&user, CodeKind::Attribute, &reply);
            return reply;
        };
        if body.get("Code").and_then(Value::as_str) != Some(pending_code.code.as_str()) {
            let reply = Reply::error(
                "CodeMismatchException",
                "Invalid verification code provided, please try again.",
            );
            self.count_code_check(&user, CodeKind::Attribute, &reply);
            return reply;
        }
        if let Err(reply) = self.address_is_free(&user, &new_email).await {
            return reply;
        }
        user.email = Some(new_email.clone());
        self.set_attributes(user.clone(), &[("email", &new_email), ("email_verified", "true")])
            .await;
        self.storage.delete_confirmation_code(&user.id).await;
        self.keep(|kept| {
            kept.pending_emails.remove(&user.id.to_string());
        });
        let reply = Reply::ok(json!({}));
        self.count_code_check(&user, CodeKind::Attribute, &reply);
        reply
    }
}

/// State the layer keeps in `file` under `LOCAL_AWS_DIR`, or a fresh one.
fn load_state<T: serde::de::DeserializeOwned + Default>(file: &std::path::Path) -> T {
    std::fs::read(file)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Writes the layer's `state` to `file`; the layer goes on in memory if it cannot.
fn save_state(file: &std::path::Path, state: &impl Serialize) {
    if let Ok(bytes) = serde_json::to_vec(state)
        && let Err(error) = std::fs::write(file, bytes)
    {
        tracing::error!(%error, file = %file.display(), "could not save the local Cognito layer's state");
    }
}

async fn handle(State(layer): State<Arc<Fidelity>>, request: Request) -> Response {
    if hosted::serves(&request) {
        return hosted::answer(&layer, request).await;
    }
    let op = request
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix(TARGET_PREFIX))
        .map(String::from);
    let Some(op) = op else {
        return match layer.inner.clone().oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        };
    };
    let bytes = to_bytes(request.into_body(), 1 << 20).await.unwrap_or_default();
    match serde_json::from_slice::<Map<String, Value>>(&bytes) {
        Ok(body) => layer.answer(&op, body).await.into_response(),
        Err(_) => Reply::error("SerializationException", "The request body is not JSON.").into_response(),
    }
}

fn unauthorized_attribute() -> Reply {
    Reply::error(
        "NotAuthorizedException",
        "A client attempted to write unauthorized attribute",
    )
}

/// The names of the attributes a request writes.
fn attribute_names(body: &Map<String, Value>) -> Vec<String> {
    body.get("UserAttributes")
        .and_then(Value::as_array)
        .map(|attributes| {
            attributes
                .iter()
                .filter_map(|a| a.get("Name").and_then(Value::as_str).map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn expired_code() -> Reply {
    Reply::error(
        "ExpiredCodeException",
        "Invalid code provided, please request a code again.",
    )
}

fn code_delivery(email: &str) -> Value {
    json!({ "CodeDeliveryDetailsList": [{
        "AttributeName": "email",
        "DeliveryMedium": "EMAIL",
        "Destination": mask(email),
    }]})
}

/// `a***@e***`, as Cognito shows where a code went.
fn mask(email: &str) -> String {
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    format!(
        "{}***@{}***",
        local.chars().next().unwrap_or('*'),
        domain.chars().next().unwrap_or('*')
    )
}

fn six_digits() -> String {
    use rand::Rng;
    format!("{:06}", rand::thread_rng().gen_range(0..1_000_000))
}

fn uuid_text() -> String {
    let hex = tokens::random_id();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The emulator's answer to a wrong authenticator code (it names no error of its own for it).
fn is_wrong_authenticator_code(reply: &Reply) -> bool {
    reply.error_kind() == Some("InvalidParameterException")
        && reply
            .body
            .get("message")
            .and_then(Value::as_str)
            .is_some_and(|message| message.contains("Invalid software token code"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_masks_look_like_cognitos() {
        let code = six_digits();
        assert!(code.len() == 6 && code.chars().all(|c| c.is_ascii_digit()));
        assert_eq!(mask("ada@example.com"), "a***@e***");
        assert_eq!(uuid_text().len(), 36);
    }
}
