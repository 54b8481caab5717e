//! Sign-in through another identity provider (federation), as Cognito's hosted endpoints run it.
//! The emulator's `/oauth2/authorize` drops `identity_provider` and it has no
//! `/oauth2/idpresponse`, no federated users and no `identities`; its `AdminLinkProviderForUser`
//! stores links that nothing reads. Here, as in Cognito:
//!
//! - `/oauth2/authorize?identity_provider=…` checks the request against its app client and sends
//!   the browser to the provider (OIDC: its discovery document names where), or, when the browser
//!   holds this endpoint's own session for that provider, back to the app with a code at once;
//!   <https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html>
//! - `/oauth2/idpresponse` exchanges the provider's code, verifies its ID token, reads the
//!   person's attributes through the provider's attribute mapping, signs in the user they belong
//!   to (a linked user, else the federated user `{ProviderName}_{subject}`, made at the first
//!   sign-in) and sends the browser back to the app with a code;
//!   <https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-oidc-flow.html>
//!   <https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation.html>
//!   <https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html>
//! - `/oauth2/token` exchanges that code (the emulator checks the client, single use, PKCE and the
//!   redirect URI) for tokens that descend from the sign-in as the API's do (`stamp_tokens`);
//!   <https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html>
//! - `/logout` ends this endpoint's session and goes back to the app.
//!   <https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html>
//!
//! And in the API: `AdminLinkProviderForUser` refuses a provider identity that signed in already
//! or is linked already, and adds it to the user's `identities`; `AdminDisableProviderForUser`
//! undoes that; a federated user's status reads `EXTERNAL_PROVIDER`.
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html>
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use app::i18n::negotiate::cookie;
use axum::{
    body::{Body, to_bytes},
    extract::Request,
    http::{HeaderMap, HeaderValue, Method, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use cognitox::types::{
    AuthorizationCode, ClientId, IdentityProvider, OAuthFlow, ProviderUserIdentifier, User, UserAttribute,
    UserPoolClient, UserStatus,
};
use jsonwebtoken::{
    Algorithm, DecodingKey, Validation,
    jwk::{AlgorithmParameters, JwkSet},
};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use tower::ServiceExt;

use super::{
    Fidelity, Reply,
    tokens::{self, Origin},
    uuid_text,
};

/// The cookie of this endpoint's own session (Cognito's hosted pages keep theirs as `cognito`).
/// Cookies do not tell ports apart: the app, Local ID and this endpoint share those of the host.
const SESSION_COOKIE: &str = "cognito";
/// Cognito's hosted session lasts an hour.
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html>
const SESSION_SECONDS: u64 = 3600;
/// A sign-in at the provider not completed within five minutes is cancelled.
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-oidc-flow.html>
const PENDING_SECONDS: u64 = 300;
/// An authorization code is valid for five minutes.
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html>
const CODE_SECONDS: i64 = 300;
/// How OIDC and social identities are linked: by the provider's subject.
const SUBJECT: &str = "Cognito_Subject";
/// The pool's own sign-in, which the emulator's pages serve.
const COGNITO: &str = "COGNITO";
const HTTP_TIMEOUT: Duration = Duration::from_secs(10);

/// The query of a request, or a form body: the first value of each name.
use crate::form::{self, Params};

/// What the hosted endpoints keep in memory: sign-ins at a provider under way, the browsers'
/// sessions, and when the person behind each code signed in.
pub struct Hosted {
    /// Where the layer serves (`/oauth2/idpresponse` is registered with providers under it).
    base: String,
    http: reqwest::Client,
    pending: Mutex<HashMap<String, Pending>>,
    sessions: Mutex<HashMap<String, Session>>,
    codes: Mutex<HashMap<String, Issued>>,
}

/// What the app asked `/oauth2/authorize` for, once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
struct AppRequest {
    client_id: String,
    redirect_uri: String,
    scopes: Vec<String>,
    state: Option<String>,
    nonce: Option<String>,
    code_challenge: Option<String>,
}

/// A sign-in at a provider, waiting for the browser to come back from it.
struct Pending {
    app: AppRequest,
    provider: String,
    /// This endpoint's own nonce at the provider (the app's goes into the app's tokens).
    nonce: String,
    until: Instant,
}

/// A person as one provider knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Identity {
    provider: String,
    /// The provider's `sub`, by which identities are linked.
    subject: String,
    /// What the mapping makes the user name of (`username`; `sub` by default).
    name: String,
}

/// A browser signed in through a provider.
struct Session {
    identity: Identity,
    user_id: String,
    auth_time: i64,
    until: Instant,
}

/// When the person behind an authorization code signed in, and the scopes it grants.
struct Issued {
    auth_time: i64,
    scopes: Vec<String>,
    until: Instant,
}

/// A provider's endpoints, from its discovery document.
#[derive(Deserialize)]
struct Endpoints {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    #[serde(default)]
    userinfo_endpoint: Option<String>,
    jwks_uri: String,
}

/// Why an authorize request is refused: with a page (the client or its redirect URI is not to be
/// trusted), or back at the app's redirect URI.
#[derive(Debug, PartialEq, Eq)]
enum Refusal {
    Page(&'static str),
    Redirect(&'static str, Option<String>),
}

impl Hosted {
    pub fn new(base: &str) -> Self {
        Self {
            base: base.trim_end_matches('/').to_string(),
            http: reqwest::Client::builder()
                .timeout(HTTP_TIMEOUT)
                .redirect(reqwest::redirect::Policy::none())
                .no_proxy()
                .build()
                .expect("an HTTP client"),
            pending: Mutex::default(),
            sessions: Mutex::default(),
            codes: Mutex::default(),
        }
    }

    fn idp_response_uri(&self) -> String {
        format!("{}/oauth2/idpresponse", self.base)
    }

    /// The browser's session: who signed in, as whom, and when.
    fn session(&self, headers: &HeaderMap) -> Option<(Identity, String, i64)> {
        let id = cookie(headers, SESSION_COOKIE)?;
        let sessions = self.sessions.lock().unwrap();
        let session = sessions.get(&id).filter(|s| s.until > Instant::now())?;
        Some((session.identity.clone(), session.user_id.clone(), session.auth_time))
    }

    /// A new session for the browser (its earlier one ends), as its `Set-Cookie` value.
    fn open_session(&self, headers: &HeaderMap, session: Session) -> String {
        let id = tokens::random_id();
        let mut sessions = self.sessions.lock().unwrap();
        let now = Instant::now();
        sessions.retain(|_, s| s.until > now);
        if let Some(old) = cookie(headers, SESSION_COOKIE) {
            sessions.remove(&old);
        }
        sessions.insert(id.clone(), session);
        format!("{SESSION_COOKIE}={id}; Path=/; Max-Age={SESSION_SECONDS}; HttpOnly; SameSite=Lax")
    }

    fn end_session(&self, headers: &HeaderMap) {
        if let Some(id) = cookie(headers, SESSION_COOKIE) {
            self.sessions.lock().unwrap().remove(&id);
        }
    }

    fn pend(&self, state: String, pending: Pending) {
        let mut all = self.pending.lock().unwrap();
        let now = Instant::now();
        all.retain(|_, p| p.until > now);
        all.insert(state, pending);
    }

    fn take_pending(&self, state: &str) -> Option<Pending> {
        self.pending
            .lock()
            .unwrap()
            .remove(state)
            .filter(|p| p.until > Instant::now())
    }

    fn issued(&self, code: String, issued: Issued) {
        let mut codes = self.codes.lock().unwrap();
        let now = Instant::now();
        codes.retain(|_, i| i.until > now);
        codes.insert(code, issued);
    }

    async fn discover(&self, provider: &IdentityProvider) -> Result<Endpoints, String> {
        let issuer = provider
            .provider_details
            .get("oidc_issuer")
            .ok_or("The identity provider has no oidc_issuer")?;
        let url = format!("{}/.well-known/openid-configuration", issuer.trim_end_matches('/'));
        let endpoints: Endpoints = self
            .http
            .get(&url)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|_| format!("{} Error - cannot read its discovery document", provider.provider_name))?
            .json()
            .await
            .map_err(|_| format!("{} Error - cannot read its discovery document", provider.provider_name))?;
        // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was asked of.
        if endpoints.issuer.trim_end_matches('/') != issuer.trim_end_matches('/') {
            return Err(format!("{} Error - issuer mismatch", provider.provider_name));
        }
        Ok(endpoints)
    }

    /// The person the provider signed in with `code`: the claims of its verified ID token, and of
    /// its userinfo endpoint when the provider is read that way (`attributes_request_method`).
    async fn signed_in_at(
        &self,
        provider: &IdentityProvider,
        code: &str,
        nonce: &str,
    ) -> Result<Map<String, Value>, String> {
        let name = &provider.provider_name;
        let detail = |key: &str| provider.provider_details.get(key).cloned().unwrap_or_default();
        let endpoints = self.discover(provider).await?;
        let redirect_uri = self.idp_response_uri();
        let (client_id, client_secret) = (detail("client_id"), detail("client_secret"));
        let form = [
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri.as_str()),
            ("client_id", client_id.as_str()),
            ("client_secret", client_secret.as_str()),
        ];
        // The error descriptions are Cognito's for a provider that fails it.
        // https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
        let response = self
            .http
            .post(&endpoints.token_endpoint)
            .form(&form)
            .send()
            .await
            .map_err(|_| "Timeout occurred in calling IdP token endpoint".to_string())?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("{name} Error - {} error getting token", status.as_u16()));
        }
        let answer: Value = response
            .json()
            .await
            .map_err(|_| format!("{name} Error - {} error getting token", status.as_u16()))?;
        let id_token = answer["id_token"]
            .as_str()
            .ok_or_else(|| format!("{name} Error - no id_token"))?;
        let mut claims = self
            .verified(id_token, &endpoints, &client_id)
            .await
            .map_err(|reason| format!("{name} Error - {reason}"))?;
        // OpenID Connect Core §3.1.3.7: the nonce of the request, to refuse a replayed token.
        if claims.get("nonce").and_then(Value::as_str) != Some(nonce) {
            return Err(format!("{name} Error - invalid nonce"));
        }
        let method = detail("attributes_request_method");
        if let (Some(url), Some(access_token), "GET" | "POST") = (
            endpoints.userinfo_endpoint.as_deref(),
            answer["access_token"].as_str(),
            method.as_str(),
        ) {
            let request = match method.as_str() {
                "POST" => self.http.post(url),
                _ => self.http.get(url),
            };
            let response = request
                .bearer_auth(access_token)
                .send()
                .await
                .map_err(|_| "Timeout occurred in calling IdP userInfo endpoint".to_string())?;
            let status = response.status();
            if !status.is_success() {
                return Err(format!("{name} Error - {} error getting user info", status.as_u16()));
            }
            let info: Map<String, Value> = response
                .json()
                .await
                .map_err(|_| format!("{name} Error - {} error getting user info", status.as_u16()))?;
            // OpenID Connect Core §5.3.2: userinfo of another subject is not this person's.
            if info.get("sub") != claims.get("sub") {
                return Err(format!("{name} Error - userinfo subject mismatch"));
            }
            claims.extend(info);
        }
        Ok(claims)
    }

    /// The claims of an ID token whose signature, issuer, audience and expiry hold.
    async fn verified(
        &self,
        id_token: &str,
        endpoints: &Endpoints,
        client_id: &str,
    ) -> Result<Map<String, Value>, &'static str> {
        app::backend::token_verifier::use_aws_lc_for_tokens();
        let header = jsonwebtoken::decode_header(id_token).map_err(|_| "malformed id_token")?;
        if header.alg != Algorithm::RS256 {
            return Err("id_token not RS256");
        }
        let keys: JwkSet = self
            .http
            .get(&endpoints.jwks_uri)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|_| "Timeout in calling jwks uri")?
            .json()
            .await
            .map_err(|_| "unreadable jwks")?;
        let key = keys
            .keys
            .iter()
            .filter(|jwk| header.kid.is_none() || jwk.common.key_id == header.kid)
            .find_map(|jwk| match &jwk.algorithm {
                AlgorithmParameters::RSA(rsa) => DecodingKey::from_rsa_components(&rsa.n, &rsa.e).ok(),
                _ => None,
            })
            .ok_or("unknown signing key")?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[&endpoints.issuer]);
        validation.set_audience(&[client_id]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        jsonwebtoken::decode::<Map<String, Value>>(id_token, &key, &validation)
            .map(|data| data.claims)
            .map_err(|_| "invalid id_token")
    }
}

/// Whether the hosted endpoints answer `request` (any other goes on to the emulator).
pub(super) fn serves(request: &Request) -> bool {
    match (request.method(), request.uri().path()) {
        // Without a provider (or with the pool's own), the emulator's sign-in page answers.
        (&Method::GET, "/oauth2/authorize") => form::parse(request.uri().query().unwrap_or_default())
            .get("identity_provider")
            .is_some_and(|provider| provider != COGNITO),
        (&Method::GET, "/oauth2/idpresponse" | "/logout") | (&Method::POST, "/oauth2/token") => true,
        _ => false,
    }
}

/// The hosted endpoints' answer to a request they serve ([`serves`]).
pub(super) async fn answer(layer: &Arc<Fidelity>, request: Request) -> Response {
    let query = form::parse(request.uri().query().unwrap_or_default());
    match request.uri().path() {
        "/oauth2/authorize" => layer.authorize(request.headers(), &query).await,
        "/oauth2/idpresponse" => layer.idp_response(request.headers(), &query).await,
        "/logout" => layer.logout(request.headers(), &query).await,
        _ => layer.token(request).await,
    }
}

impl Fidelity {
    async fn oauth_client(&self, id: Option<&String>) -> Option<UserPoolClient> {
        let id = ClientId::new(id?).ok()?;
        self.storage
            .get_user_pool_client(&id)
            .await
            .filter(|client| client.user_pool_id == self.pool_id)
    }

    /// `GET /oauth2/authorize` with `identity_provider`.
    async fn authorize(&self, headers: &HeaderMap, query: &Params) -> Response {
        let Some(client) = self.oauth_client(query.get("client_id")).await else {
            return error_page("invalid_client");
        };
        let app = match check_authorize(query, &client) {
            Ok(app) => app,
            Err(Refusal::Page(error)) => return error_page(error),
            Err(Refusal::Redirect(error, description)) => {
                let (uri, state) = (query["redirect_uri"].as_str(), query.get("state"));
                return refuse_to(uri, state.map(String::as_str), error, description.as_deref());
            }
        };
        let name = query["identity_provider"].as_str();
        let Some(provider) = self.storage.get_identity_provider(&self.pool_id, name).await else {
            return app.refuse("unauthorized_client", Some("The identity provider is not available."));
        };
        let login = query
            .get("prompt")
            .is_some_and(|prompt| prompt.split_whitespace().any(|p| p == "login"));
        if !login
            && let Some((identity, user_id, auth_time)) = self.hosted.session(headers)
            && identity.provider == provider.provider_name
            && let Some(user) = self.user_of(&identity).await
            // The session signs in whom the identity reaches now: a link made or undone since
            // sends the browser to the provider again.
            && user.id.to_string() == user_id
            && user.enabled
        {
            return self.issue_code(&app, &user, auth_time, None).await;
        }
        let endpoints = match self.hosted.discover(&provider).await {
            Ok(endpoints) => endpoints,
            Err(description) => return app.refuse("invalid_request", Some(&description)),
        };
        let (state, nonce) = (tokens::random_id(), tokens::random_id());
        let detail = |key: &str| provider.provider_details.get(key).cloned().unwrap_or_default();
        let mut location = endpoints.authorization_endpoint;
        for (name, value) in [
            ("client_id", detail("client_id")),
            ("redirect_uri", self.hosted.idp_response_uri()),
            ("response_type", "code".into()),
            ("scope", detail("authorize_scopes")),
            ("state", state.clone()),
            ("nonce", nonce.clone()),
        ] {
            form::append(&mut location, name, &value);
        }
        if login {
            form::append(&mut location, "prompt", "login");
        }
        self.hosted.pend(
            state,
            Pending {
                app,
                provider: provider.provider_name.clone(),
                nonce,
                until: Instant::now() + Duration::from_secs(PENDING_SECONDS),
            },
        );
        redirect(&location, None)
    }

    /// `GET /oauth2/idpresponse`: the browser back from the provider.
    async fn idp_response(&self, headers: &HeaderMap, query: &Params) -> Response {
        let Some(pending) = query.get("state").and_then(|state| self.hosted.take_pending(state)) else {
            return error_page("invalid_state");
        };
        let app = &pending.app;
        if let Some(error) = query.get("error") {
            let error = match error.as_str() {
                "access_denied" => "access_denied",
                _ => "invalid_request",
            };
            return app.refuse(error, query.get("error_description").map(String::as_str));
        }
        let (Some(code), Some(provider)) = (
            query.get("code"),
            self.storage
                .get_identity_provider(&self.pool_id, &pending.provider)
                .await,
        ) else {
            return app.refuse("invalid_request", None);
        };
        let claims = match self.hosted.signed_in_at(&provider, code, &pending.nonce).await {
            Ok(claims) => claims,
            Err(description) => return app.refuse("invalid_request", Some(&description)),
        };
        let Some(subject) = claims.get("sub").and_then(Value::as_str) else {
            return app.refuse("invalid_request", Some("The identity provider named nobody."));
        };
        let (mapped_name, attributes) = map_attributes(&provider.attribute_mapping, &claims);
        let identity = Identity {
            provider: provider.provider_name.clone(),
            subject: subject.to_string(),
            name: mapped_name.unwrap_or_else(|| subject.to_string()),
        };
        let user = match self.federated_sign_in(&provider, &identity, &attributes).await {
            Some(user) if user.enabled => user,
            Some(_) => return app.refuse("invalid_request", Some("User is disabled.")),
            None => return app.refuse("server_error", None),
        };
        let auth_time = chrono::Utc::now().timestamp();
        let cookie = self.hosted.open_session(
            headers,
            Session {
                identity,
                user_id: user.id.to_string(),
                auth_time,
                until: Instant::now() + Duration::from_secs(SESSION_SECONDS),
            },
        );
        self.issue_code(app, &user, auth_time, Some(&cookie)).await
    }

    /// The user an identity signs in as now: the user it is linked to, else its own federated user.
    async fn user_of(&self, identity: &Identity) -> Option<User> {
        let source = ProviderUserIdentifier {
            provider_name: identity.provider.clone(),
            provider_attribute_name: Some(SUBJECT.into()),
            provider_attribute_value: identity.subject.clone(),
        };
        if let Some(link) = self.storage.get_federated_user_link(&self.pool_id, &source).await
            && let Some(user) = self.storage.get_user(&link.destination_user_id).await
        {
            return Some(user);
        }
        self.storage
            .get_user_by_username(&self.pool_id, &federated_user_name(identity))
            .await
    }

    /// The user the identity signs in as: a linked user as they are; its federated user with the
    /// mapped attributes updated (Cognito updates each mapped attribute at every sign-in), or made
    /// now, at its first.
    async fn federated_sign_in(
        &self,
        provider: &IdentityProvider,
        identity: &Identity,
        attributes: &[(String, String)],
    ) -> Option<User> {
        let now = chrono::Utc::now();
        match self.user_of(identity).await {
            Some(user) if !is_federated(&user) => Some(user),
            Some(mut user) => {
                for (name, value) in attributes {
                    set_attribute(&mut user, name, value);
                }
                user.last_modified_date = now;
                self.storage.update_user(user).await
            }
            None => {
                let identities = json!([{
                    "userId": identity.subject,
                    "providerName": identity.provider,
                    "providerType": provider.provider_type,
                    "issuer": null,
                    "primary": true,
                    "dateCreated": now.timestamp_millis(),
                }]);
                let mut user = User {
                    id: uuid_text().parse().ok()?,
                    user_pool_id: self.pool_id.clone(),
                    username: federated_user_name(identity),
                    email: None,
                    phone_number: None,
                    // No password signs in as a federated user.
                    password_hash: String::new(),
                    enabled: true,
                    // The emulator has no `EXTERNAL_PROVIDER`: the `identities` attribute tells
                    // federated users apart (`is_federated`), and replies show the status.
                    user_status: UserStatus::Confirmed,
                    attributes: Vec::new(),
                    creation_date: now,
                    last_modified_date: now,
                };
                for (name, value) in attributes {
                    set_attribute(&mut user, name, value);
                }
                set_attribute(&mut user, "identities", &identities.to_string());
                match self.storage.try_create_user(user).await {
                    Some(user) => Some(user),
                    // Made meanwhile by another sign-in of the same person.
                    None => self.user_of(identity).await,
                }
            }
        }
    }

    /// Saves a code for `user` as the app asked for it, and sends the browser back to the app.
    async fn issue_code(&self, app: &AppRequest, user: &User, auth_time: i64, cookie: Option<&str>) -> Response {
        let Ok(client_id) = ClientId::new(&app.client_id) else {
            return app.refuse("server_error", None);
        };
        let code = uuid_text();
        self.storage
            .save_authorization_code(AuthorizationCode {
                code: code.clone(),
                user_id: user.id,
                client_id,
                redirect_uri: app.redirect_uri.clone(),
                scope: app.scopes.clone(),
                nonce: app.nonce.clone(),
                code_challenge: app.code_challenge.clone(),
                code_challenge_method: app.code_challenge.as_ref().map(|_| "S256".into()),
                expires_at: chrono::Utc::now() + chrono::Duration::seconds(CODE_SECONDS),
            })
            .await;
        self.hosted.issued(
            code.clone(),
            Issued {
                auth_time,
                scopes: app.scopes.clone(),
                until: Instant::now() + Duration::from_secs(CODE_SECONDS as u64),
            },
        );
        let mut location = app.redirect_uri.clone();
        form::append(&mut location, "code", &code);
        if let Some(state) = &app.state {
            form::append(&mut location, "state", state);
        }
        redirect(&location, cookie)
    }

    /// `POST /oauth2/token`.
    async fn token(&self, request: Request) -> Response {
        let (parts, body) = request.into_parts();
        let Ok(bytes) = to_bytes(body, 1 << 20).await else {
            return oauth_error(StatusCode::BAD_REQUEST, "invalid_request");
        };
        let form = form::parse(&String::from_utf8_lossy(&bytes));
        match form.get("grant_type").map(String::as_str) {
            Some("authorization_code") => self.exchange_code(parts, bytes, &form).await,
            Some("refresh_token") => self.refresh_grant(&parts.headers, &form).await,
            _ => self.to_emulator(parts, bytes).await,
        }
    }

    async fn to_emulator(&self, parts: Parts, body: axum::body::Bytes) -> Response {
        match self
            .inner
            .clone()
            .oneshot(Request::from_parts(parts, Body::from(body)))
            .await
        {
            Ok(response) => response,
            Err(never) => match never {},
        }
    }

    /// An authorization code for tokens: the emulator checks the client's secret, the code (once,
    /// unexpired, this client's, this redirect URI's) and PKCE; the tokens are then re-signed as
    /// the API's are, descending from the sign-in at the provider.
    async fn exchange_code(&self, parts: Parts, body: axum::body::Bytes, form: &Params) -> Response {
        // Cognito requires the redirect URI the code was asked with.
        if !form.contains_key("redirect_uri") || !form.contains_key("code") {
            return oauth_error(StatusCode::BAD_REQUEST, "invalid_request");
        }
        let issued = self.hosted.codes.lock().unwrap().remove(&form["code"]);
        let response = self.to_emulator(parts, body).await;
        if !response.status().is_success() {
            return response;
        }
        let bytes = to_bytes(response.into_body(), usize::MAX).await.unwrap_or_default();
        let Ok(Value::Object(mut answer)) = serde_json::from_slice::<Value>(&bytes) else {
            return oauth_error(StatusCode::INTERNAL_SERVER_ERROR, "server_error");
        };
        let text = |name: &str| answer.get(name).and_then(Value::as_str).map(String::from);
        let sub = text("access_token")
            .as_deref()
            .and_then(tokens::claims)
            .and_then(|claims| claims.get("sub").and_then(Value::as_str).map(String::from))
            .unwrap_or_default();
        let mut signed_in = Origin::new(&sub);
        // A code of the emulator's own sign-in page (no provider) was issued just now.
        signed_in.scopes = text("scope").map(|scope| scope.split_whitespace().map(String::from).collect());
        if let Some(issued) = issued {
            signed_in.auth_time = issued.auth_time;
            signed_in.scopes = Some(issued.scopes);
        }
        let mut reply = Reply::ok(json!({ "AuthenticationResult": {
            "AccessToken": text("access_token"),
            "IdToken": text("id_token"),
            "RefreshToken": text("refresh_token"),
        }}));
        self.stamp_tokens_of(&mut reply, None, Some(signed_in)).await;
        let result = &reply.body["AuthenticationResult"];
        if !reply.is_ok() || !result.is_object() {
            return oauth_error(StatusCode::INTERNAL_SERVER_ERROR, "server_error");
        }
        answer.insert("access_token".into(), result["AccessToken"].clone());
        if !result["IdToken"].is_null() {
            answer.insert("id_token".into(), result["IdToken"].clone());
        }
        oauth_answer(Value::Object(answer))
    }

    /// A refresh token for tokens, as `GetTokensFromRefreshToken` answers it (rotation, revocation
    /// and the sign-in the tokens descend from included).
    async fn refresh_grant(&self, headers: &HeaderMap, form: &Params) -> Response {
        // `client_secret_basic`, or `client_secret_post`, never both.
        let basic = headers
            .get(header::AUTHORIZATION)
            .map(|value| value.to_str().ok().and_then(form::basic_credentials));
        let (client_id, client_secret) = match basic {
            Some(Some(pair)) if form.get("client_secret").is_none() => (Some(pair.0), Some(pair.1)),
            Some(_) => return oauth_error(StatusCode::BAD_REQUEST, "invalid_client"),
            None => (form.get("client_id").cloned(), form.get("client_secret").cloned()),
        };
        let (Some(client_id), Some(refresh_token)) = (client_id, form.get("refresh_token")) else {
            return oauth_error(StatusCode::BAD_REQUEST, "invalid_request");
        };
        if form.get("client_id").is_some_and(|id| *id != client_id) {
            return oauth_error(StatusCode::BAD_REQUEST, "invalid_request");
        }
        let mut body = Map::new();
        body.insert("ClientId".into(), client_id.into());
        body.insert("RefreshToken".into(), refresh_token.clone().into());
        if let Some(secret) = client_secret {
            body.insert("ClientSecret".into(), secret.into());
        }
        let reply = self.answer("GetTokensFromRefreshToken", body).await;
        if !reply.is_ok() {
            let secret_refused = reply
                .body
                .get("message")
                .and_then(Value::as_str)
                .is_some_and(|message| message.contains("secret"));
            let error = match reply.error_kind() {
                _ if secret_refused => "invalid_client",
                Some("ResourceNotFoundException") => "invalid_client",
                Some("NotAuthorizedException" | "RefreshTokenReuseException") => "invalid_grant",
                _ => "invalid_request",
            };
            return oauth_error(StatusCode::BAD_REQUEST, error);
        }
        let result = &reply.body["AuthenticationResult"];
        let mut answer = json!({
            "access_token": result["AccessToken"],
            "id_token": result["IdToken"],
            "token_type": "Bearer",
            "expires_in": result["ExpiresIn"],
        });
        // With rotation, the refresh token that replaces the one sent.
        if result["RefreshToken"].is_string() {
            answer["refresh_token"] = result["RefreshToken"].clone();
        }
        oauth_answer(answer)
    }

    /// `GET /logout`.
    async fn logout(&self, headers: &HeaderMap, query: &Params) -> Response {
        let Some(client) = self.oauth_client(query.get("client_id")).await else {
            return error_page("invalid_client");
        };
        let Some(target) = query.get("logout_uri").filter(|uri| client.logout_urls.contains(uri)) else {
            return error_page("redirect_mismatch");
        };
        self.hosted.end_session(headers);
        let ended = format!("{SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        redirect(target, Some(&ended))
    }

    /// `AdminLinkProviderForUser`: an identity that signed in already, or is linked already, is
    /// refused; a link made adds the identity to the user's `identities`.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminLinkProviderForUser.html>
    pub(super) async fn link_provider_for_user(&self, mut body: Map<String, Value>) -> Reply {
        let mut destination = None;
        if let Some(named) = body.get_mut("DestinationUser").and_then(Value::as_object_mut)
            && named.get("ProviderName").and_then(Value::as_str) == Some("Cognito")
        {
            // The app names users as it knows them (email, `sub`, user name); Cognito ignores the
            // destination's attribute name, which the emulator would read as a `sub`.
            named.remove("ProviderAttributeName");
            destination = self.resolve_any(named.get_mut("ProviderAttributeValue")).await;
        }
        let source = provider_identifier(body.get("SourceUser"));
        if let Some(source) = &source {
            if self.federated_user_of(source).await.is_some() {
                return Reply::error(
                    "InvalidParameterException",
                    "Merging is not currently supported, provide a SourceUser that has not been signed up in order to link",
                );
            }
            if self
                .storage
                .get_federated_user_link(&self.pool_id, source)
                .await
                .is_some()
            {
                return Reply::error(
                    "InvalidParameterException",
                    "SourceUser is already linked to DestinationUser",
                );
            }
        }
        let reply = self.forward("AdminLinkProviderForUser", &body).await;
        if let (true, Some(user), Some(source)) = (reply.is_ok(), destination, source) {
            let provider_type = self
                .storage
                .get_identity_provider(&self.pool_id, &source.provider_name)
                .await
                .map(|provider| provider.provider_type)
                .unwrap_or_default();
            let identity = json!({
                "userId": source.provider_attribute_value,
                "providerName": source.provider_name,
                "providerType": provider_type,
                "issuer": null,
                "primary": false,
                "dateCreated": chrono::Utc::now().timestamp_millis(),
            });
            let identities = with_identity(attribute(&user, "identities"), identity);
            self.set_attributes(user, &[("identities", &identities)]).await;
        }
        reply
    }

    /// `AdminDisableProviderForUser`: the identity's link is removed (and the identity from the
    /// user's `identities`), so that it no longer signs in as that user; its own federated user is
    /// disabled.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminDisableProviderForUser.html>
    pub(super) async fn disable_provider_for_user(&self, body: Map<String, Value>) -> Reply {
        let Some(source) = provider_identifier(body.get("User")).filter(|s| s.provider_name != "Cognito") else {
            return self.forward("AdminDisableProviderForUser", &body).await;
        };
        let link = self.storage.get_federated_user_link(&self.pool_id, &source).await;
        let own = self.federated_user_of(&source).await;
        if link.is_none() && own.is_none() {
            return self.forward("AdminDisableProviderForUser", &body).await;
        }
        if let Some(link) = link {
            self.storage.unlink_federated_user(&self.pool_id, &source).await;
            if let Some(user) = self.storage.get_user(&link.destination_user_id).await {
                let left = without_identity(
                    attribute(&user, "identities"),
                    &source.provider_name,
                    &source.provider_attribute_value,
                );
                let mut user = user;
                match left {
                    Some(left) => set_attribute(&mut user, "identities", &left),
                    None => user.attributes.retain(|a| a.name != "identities"),
                }
                user.last_modified_date = chrono::Utc::now();
                self.storage.update_user(user).await;
            }
        }
        if let Some(own) = own {
            self.storage.disable_user(&own.id).await;
        }
        Reply::ok(json!({}))
    }

    /// The federated user a provider's identity made by signing in, if it did.
    async fn federated_user_of(&self, source: &ProviderUserIdentifier) -> Option<User> {
        if source
            .provider_attribute_name
            .as_deref()
            .is_some_and(|name| name != SUBJECT)
        {
            return None;
        }
        self.users().await.into_iter().find(|user| {
            is_federated(user)
                && identities_of(attribute(user, "identities")).iter().any(|identity| {
                    is_primary(identity)
                        && identity["providerName"] == source.provider_name.as_str()
                        && identity["userId"] == source.provider_attribute_value.as_str()
                })
        })
    }
}

impl AppRequest {
    /// The app's request refused at its own redirect URI, as Cognito refuses it.
    fn refuse(&self, error: &str, description: Option<&str>) -> Response {
        refuse_to(&self.redirect_uri, self.state.as_deref(), error, description)
    }
}

/// An authorize request checked against its app client, in Cognito's order: the redirect URI
/// first (no redirect to one that is not the client's), then the rest, refused at that URI.
fn check_authorize(query: &Params, client: &UserPoolClient) -> Result<AppRequest, Refusal> {
    let redirect_uri = query
        .get("redirect_uri")
        .filter(|uri| client.callback_urls.contains(uri))
        .ok_or(Refusal::Page("redirect_mismatch"))?;
    let refused = |error: &'static str, description: &str| Err(Refusal::Redirect(error, Some(description.into())));
    if !client.allowed_oauth_flows_user_pool_client {
        return refused("unauthorized_client", "The client is not enabled for OAuth.");
    }
    match query.get("response_type").map(String::as_str) {
        None => return refused("invalid_request", "response_type is missing."),
        Some("code") if client.allowed_oauth_flows.contains(&OAuthFlow::Code) => {}
        Some("code" | "token") => return refused("unauthorized_client", "The response type is not allowed."),
        Some(_) => return refused("unsupported_response_type", "response_type must be code."),
    }
    let code_challenge = match (
        query.get("code_challenge"),
        query.get("code_challenge_method").map(String::as_str),
    ) {
        (Some(challenge), Some("S256")) => Some(challenge.clone()),
        (None, None) => None,
        // Cognito's hosted endpoints take S256 only, and a challenge needs its method.
        _ => return refused("invalid_request", "code_challenge_method must be S256."),
    };
    let requested: Vec<String> = query
        .get("scope")
        .map(|scope| scope.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    let scopes = match requested.is_empty() {
        // No scope asked: every scope of the client.
        true => client.allowed_oauth_scopes.clone(),
        false => requested,
    };
    if scopes.iter().any(|scope| !client.allowed_oauth_scopes.contains(scope)) {
        return refused("invalid_scope", "A scope is not allowed for this client.");
    }
    // `phone`, `email` and `profile` go with `openid` only.
    if !scopes.iter().any(|s| s == "openid")
        && scopes
            .iter()
            .any(|s| matches!(s.as_str(), "phone" | "email" | "profile"))
    {
        return refused("invalid_scope", "phone, email and profile need openid.");
    }
    let provider = query.get("identity_provider").map(String::as_str).unwrap_or(COGNITO);
    if !client.supported_identity_providers.iter().any(|p| p == provider) {
        return refused(
            "unauthorized_client",
            "The identity provider is not enabled for this client.",
        );
    }
    Ok(AppRequest {
        client_id: client.client_id.to_string(),
        redirect_uri: redirect_uri.clone(),
        scopes,
        state: query.get("state").cloned(),
        nonce: query.get("nonce").cloned(),
        code_challenge,
    })
}

/// The user pool attributes a provider's claims give through its attribute mapping (user pool
/// attribute → claim), and what `username` maps to. Claims that are missing change nothing.
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html>
fn map_attributes(
    mapping: &HashMap<String, String>,
    claims: &Map<String, Value>,
) -> (Option<String>, Vec<(String, String)>) {
    let mut username = None;
    let mut attributes = Vec::new();
    let mut names: Vec<&String> = mapping.keys().collect();
    names.sort();
    for attribute in names {
        let value = match claims.get(&mapping[attribute]) {
            Some(Value::String(text)) => text.clone(),
            Some(Value::Null) | None => continue,
            Some(other) => other.to_string(),
        };
        match attribute.as_str() {
            "username" => username = Some(value),
            _ => attributes.push((attribute.clone(), value)),
        }
    }
    (username, attributes)
}

fn federated_user_name(identity: &Identity) -> String {
    format!("{}_{}", identity.provider, identity.name)
}

/// Whether `user` is a federated user (`EXTERNAL_PROVIDER`): their primary identity is a
/// provider's, whose name their user name bears.
pub(super) fn is_federated(user: &User) -> bool {
    federated_name(&user.username, attribute(user, "identities"))
}

fn federated_name(username: &str, identities: Option<&str>) -> bool {
    identities_of(identities).iter().any(|identity| {
        is_primary(identity)
            && identity["providerName"]
                .as_str()
                .is_some_and(|provider| username.starts_with(&format!("{provider}_")))
    })
}

fn is_primary(identity: &Value) -> bool {
    identity["primary"] == true || identity["primary"] == "true"
}

fn identities_of(attribute: Option<&str>) -> Vec<Value> {
    attribute
        .and_then(|text| serde_json::from_str(text).ok())
        .unwrap_or_default()
}

/// `identities` with `identity` added (in place of an earlier entry for the same one).
fn with_identity(attribute: Option<&str>, identity: Value) -> String {
    let mut all = identities_of(attribute);
    all.retain(|kept| kept["providerName"] != identity["providerName"] || kept["userId"] != identity["userId"]);
    all.push(identity);
    Value::Array(all).to_string()
}

/// `identities` without the provider's identity `user_id`; none left is no attribute.
fn without_identity(attribute: Option<&str>, provider: &str, user_id: &str) -> Option<String> {
    let mut all = identities_of(attribute);
    all.retain(|kept| kept["providerName"] != provider || kept["userId"] != user_id);
    (!all.is_empty()).then(|| Value::Array(all).to_string())
}

/// A federated user's status as Cognito shows it, in `AdminGetUser` and `ListUsers` replies.
/// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserType.html>
pub(super) fn show_external_providers(body: &mut Value) {
    fn mark(user: &mut Value) {
        let identities = ["UserAttributes", "Attributes"]
            .iter()
            .filter_map(|list| user.get(list).and_then(Value::as_array))
            .flatten()
            .find(|a| a["Name"] == "identities")
            .and_then(|a| a["Value"].as_str().map(String::from));
        if let Some(username) = user["Username"].as_str()
            && federated_name(username, identities.as_deref())
        {
            user["UserStatus"] = "EXTERNAL_PROVIDER".into();
        }
    }
    if body.get("Username").is_some() {
        mark(body);
    }
    if let Some(users) = body.get_mut("Users").and_then(Value::as_array_mut) {
        users.iter_mut().for_each(mark);
    }
}

fn provider_identifier(value: Option<&Value>) -> Option<ProviderUserIdentifier> {
    let text = |name: &str| value?.get(name)?.as_str().map(String::from);
    Some(ProviderUserIdentifier {
        provider_name: text("ProviderName")?,
        provider_attribute_name: text("ProviderAttributeName"),
        provider_attribute_value: text("ProviderAttributeValue")?,
    })
}

fn attribute<'a>(user: &'a User, name: &str) -> Option<&'a str> {
    user.attributes
        .iter()
        .find(|a| a.name == name)
        .and_then(|a| a.value.as_deref())
}

fn set_attribute(user: &mut User, name: &str, value: &str) {
    match name {
        "email" => user.email = Some(value.to_string()),
        "phone_number" => user.phone_number = Some(value.to_string()),
        _ => {}
    }
    match user.attributes.iter_mut().find(|a| a.name == name) {
        Some(attribute) => attribute.value = Some(value.to_string()),
        None => user.attributes.push(UserAttribute {
            name: name.to_string(),
            value: Some(value.to_string()),
        }),
    }
}

/// The app's redirect URI with Cognito's error parameters.
fn refuse_to(redirect_uri: &str, state: Option<&str>, error: &str, description: Option<&str>) -> Response {
    let mut location = redirect_uri.to_string();
    form::append(&mut location, "error", error);
    if let Some(description) = description {
        form::append(&mut location, "error_description", description);
    }
    if let Some(state) = state {
        form::append(&mut location, "state", state);
    }
    redirect(&location, None)
}

fn redirect(location: &str, cookie: Option<&str>) -> Response {
    let Ok(location) = HeaderValue::from_str(location) else {
        return error_page("invalid_request");
    };
    let mut response = StatusCode::FOUND.into_response();
    response.headers_mut().insert(header::LOCATION, location);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(cookie) = cookie.and_then(|c| HeaderValue::from_str(c).ok()) {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    response
}

/// Cognito's page for a request it will not send back to the app.
fn error_page(error: &str) -> Response {
    let error: String = error
        .chars()
        .map(|c| match c {
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '&' => "&amp;".to_string(),
            '"' => "&quot;".to_string(),
            c => c.to_string(),
        })
        .collect();
    let body = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head><body><main><h1>An error was encountered with the requested page.</h1><p id="error">{error}</p></main></body></html>"#
    );
    (
        StatusCode::BAD_REQUEST,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

fn oauth_error(status: StatusCode, error: &str) -> Response {
    (status, axum::Json(json!({ "error": error }))).into_response()
}

fn oauth_answer(answer: Value) -> Response {
    let mut response = axum::Json(answer).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client() -> UserPoolClient {
        let mut client: UserPoolClient = serde_json::from_value(json!({
            "client_id": "web",
            "user_pool_id": "us-east-1_Pool",
            "client_name": "web",
            "client_secret": "secret",
            "creation_date": "2020-01-01T00:00:00Z",
            "last_modified_date": "2020-01-01T00:00:00Z",
            "allowed_oauth_flows": ["code"],
            "allowed_oauth_scopes": ["openid", "email", "profile"],
            "allowed_oauth_flows_user_pool_client": true,
            "callback_urls": ["http://127.0.0.1:3000/auth/callback"],
            "logout_urls": [],
            "default_redirect_uri": null,
            "supported_identity_providers": ["COGNITO", "LocalID"],
            "read_attributes": [],
            "write_attributes": [],
            "analytics_configuration": null,
            "explicit_auth_flows": [],
            "auth_session_validity": null,
            "access_token_validity": null,
            "id_token_validity": null,
            "refresh_token_validity": null,
            "token_validity_units": null,
            "refresh_token_rotation": null,
            "enable_token_revocation": true,
            "prevent_user_existence_errors": null,
            "enable_propagate_additional_user_context_data": false
        }))
        .unwrap();
        client.allowed_oauth_flows_user_pool_client = true;
        client
    }

    fn query(pairs: &[(&str, &str)]) -> Params {
        let mut params: Params = [
            ("client_id", "web"),
            ("redirect_uri", "http://127.0.0.1:3000/auth/callback"),
            ("response_type", "code"),
            ("identity_provider", "LocalID"),
            ("state", "s"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        for (name, value) in pairs {
            match *value {
                "" => params.remove(*name),
                value => params.insert(name.to_string(), value.to_string()),
            };
        }
        params
    }

    #[test]
    fn a_redirect_uri_not_the_clients_gets_a_page_never_a_redirect() {
        for uri in [
            "http://127.0.0.1:3000/auth/callback/",
            "http://evil.example/auth/callback",
            "",
        ] {
            assert_eq!(
                check_authorize(&query(&[("redirect_uri", uri)]), &client()),
                Err(Refusal::Page("redirect_mismatch"))
            );
        }
    }

    #[test]
    fn the_rest_is_refused_at_the_redirect_uri_with_cognitos_errors() {
        let error = |pairs: &[(&str, &str)]| match check_authorize(&query(pairs), &client()) {
            Err(Refusal::Redirect(error, _)) => error,
            other => panic!("{other:?}"),
        };
        assert_eq!(error(&[("response_type", "")]), "invalid_request");
        assert_eq!(error(&[("response_type", "token")]), "unauthorized_client");
        assert_eq!(error(&[("response_type", "id_token")]), "unsupported_response_type");
        assert_eq!(
            error(&[("code_challenge", "c"), ("code_challenge_method", "plain")]),
            "invalid_request"
        );
        assert_eq!(error(&[("code_challenge", "c")]), "invalid_request");
        assert_eq!(error(&[("code_challenge_method", "S256")]), "invalid_request");
        assert_eq!(error(&[("scope", "openid phone")]), "invalid_scope");
        assert_eq!(error(&[("scope", "aws.cognito.signin.user.admin")]), "invalid_scope");
        assert_eq!(error(&[("scope", "email")]), "invalid_scope");
        assert_eq!(error(&[("identity_provider", "Google")]), "unauthorized_client");
    }

    #[test]
    fn a_valid_request_keeps_what_the_app_asked() {
        let app = check_authorize(
            &query(&[
                ("scope", "openid email"),
                ("nonce", "n"),
                ("code_challenge", "c"),
                ("code_challenge_method", "S256"),
            ]),
            &client(),
        )
        .unwrap();
        assert_eq!(app.scopes, ["openid", "email"]);
        assert_eq!((app.state.as_deref(), app.nonce.as_deref()), (Some("s"), Some("n")));
        assert_eq!(app.code_challenge.as_deref(), Some("c"));
        let all = check_authorize(&query(&[]), &client()).unwrap();
        assert_eq!(
            all.scopes,
            ["openid", "email", "profile"],
            "no scope asked: all of the client's"
        );
    }

    #[test]
    fn the_mapping_takes_the_claims_there_are() {
        let mapping: HashMap<String, String> = [
            ("email", "email"),
            ("name", "name"),
            ("email_verified", "email_verified"),
            ("username", "sub"),
            ("phone_number", "phone"),
        ]
        .iter()
        .map(|(a, c)| (a.to_string(), c.to_string()))
        .collect();
        let claims = json!({ "sub": "abc", "email": "ann@example.com", "email_verified": false, "name": "Ann" });
        let (username, attributes) = map_attributes(&mapping, claims.as_object().unwrap());
        assert_eq!(username.as_deref(), Some("abc"));
        assert_eq!(
            attributes,
            [
                ("email".to_string(), "ann@example.com".to_string()),
                ("email_verified".into(), "false".into()),
                ("name".into(), "Ann".into()),
            ]
        );
    }

    #[test]
    fn federated_users_are_told_apart_by_their_primary_identity() {
        let own = r#"[{"userId":"abc","providerName":"LocalID","providerType":"OIDC","issuer":null,"primary":true,"dateCreated":1}]"#;
        let linked = r#"[{"userId":"abc","providerName":"LocalID","providerType":"OIDC","issuer":null,"primary":false,"dateCreated":1}]"#;
        assert!(federated_name("LocalID_abc", Some(own)));
        assert!(!federated_name("0d6a2e0c-native", Some(linked)));
        assert!(!federated_name("LocalID_abc", None));
        let mut reply = json!({ "Users": [
            { "Username": "LocalID_abc", "UserStatus": "CONFIRMED", "Attributes": [{ "Name": "identities", "Value": own }] },
            { "Username": "0d6a2e0c", "UserStatus": "CONFIRMED", "Attributes": [{ "Name": "identities", "Value": linked }] },
        ]});
        show_external_providers(&mut reply);
        assert_eq!(reply["Users"][0]["UserStatus"], "EXTERNAL_PROVIDER");
        assert_eq!(reply["Users"][1]["UserStatus"], "CONFIRMED");
    }

    #[test]
    fn identities_are_added_once_and_removed() {
        let identity = |user: &str| json!({ "userId": user, "providerName": "LocalID", "primary": false });
        let one = with_identity(None, identity("a"));
        let again = with_identity(Some(&one), identity("a"));
        assert_eq!(identities_of(Some(&again)).len(), 1);
        let two = with_identity(Some(&again), identity("b"));
        let left = without_identity(Some(&two), "LocalID", "a").unwrap();
        assert_eq!(identities_of(Some(&left)), [identity("b")]);
        assert_eq!(without_identity(Some(&left), "LocalID", "b"), None);
    }
}
