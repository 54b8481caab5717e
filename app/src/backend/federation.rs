//! Sign-in through another identity provider (Google, Apple, Facebook, Amazon, an OpenID Connect
//! or SAML provider: whichever the pool has), by Cognito's authorization-code flow with PKCE, run
//! by our server.
//!
//! 1. `/auth/{provider}/start`, a plain link on `/login`: a `state`, a `nonce` and a PKCE S256
//!    verifier, kept in a short-lived HttpOnly cookie the server signs ([`Flow`]), then off to
//!    the pool's `/oauth2/authorize` with `identity_provider`.
//! 2. Cognito sends the person to the provider and back to `/auth/callback?code&state`, which only
//!    moves both into an HttpOnly cookie and goes on to `/login/continue`: the address bar keeps
//!    neither, and no token ever travels in a URL.
//! 3. That page's one call ([`finish`]) compares `state` in constant time, exchanges the code at
//!    `/oauth2/token` with the verifier and the client secret (a code works once, so the hand-off
//!    is single-use), verifies the ID token and its `nonce`, and opens the session as a password
//!    sign-in does.
//!
//! An account is never reached by its email alone: a first sign-in whose email belongs to an
//! account is undone (the user Cognito just made is deleted), and the page tells the person to
//! connect the provider from that account's settings, after proving it is theirs
//! (`connect`, `AdminLinkProviderForUser`).
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html>
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html>
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-identity-federation-consolidate-users.html>
use std::{sync::OnceLock, time::Duration};

use axum::{
    extract::{Path, Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use sha2::{Digest, Sha256};

use super::{
    AppState, Caller, activity,
    audit::{self, Action, Who},
    config::MarkerKey,
    retry::with_retries,
    sessions::{self, Opened},
    token_verifier::IdClaims,
};
use crate::{
    error::{AppError, Field},
    i18n::{negotiate::cookie as cookie_of, tr, tr_with},
    model::{ActivityKind, BrowserLocale, ProviderFinish, ProviderLink, ProviderRefusal, SignInWays, SignedIn, Tokens},
    validation::safe_next,
};

/// The pool's hosted sign-in (its domain) and the providers the app offers, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Federation {
    /// `https://{prefix}.auth.{region}.amazoncognito.com` (`COGNITO_DOMAIN`); in local mode the
    /// layer in front of the embedded Cognito.
    pub hosted_ui: String,
    pub providers: Vec<IdentityProvider>,
}

/// A provider as the pool names it (`Google`, `SignInWithApple`, `LocalID`) and as pages do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityProvider {
    pub name: String,
    pub display_name: String,
}

impl Federation {
    /// `IDENTITY_PROVIDERS`: `Name=Display name` entries separated by commas (a name alone is
    /// shown as it is).
    pub fn parse(hosted_ui: &str, providers: &str) -> Result<Self, String> {
        let hosted_ui = hosted_ui.trim_end_matches('/');
        if !(hosted_ui.starts_with("https://") || hosted_ui.starts_with("http://")) {
            return Err(format!("{hosted_ui:?} does not start with https://"));
        }
        let mut parsed: Vec<IdentityProvider> = Vec::new();
        for entry in providers.split(',').map(str::trim).filter(|entry| !entry.is_empty()) {
            let (name, display_name) = entry.split_once('=').unwrap_or((entry, entry));
            let (name, display_name) = (name.trim(), display_name.trim());
            // Cognito's provider names: 1 to 32 characters, no underscore (it separates the
            // provider from the subject in federated user names), nothing a path would mangle.
            let valid = (1..=32).contains(&name.len())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || "-.".contains(c))
                && !display_name.is_empty()
                && display_name.chars().count() <= 40;
            if !valid {
                return Err(format!(
                    "{entry:?} is not Name=Display name with a Cognito provider name"
                ));
            }
            if parsed.iter().any(|known| known.name == name) {
                return Err(format!("{name:?} is listed twice"));
            }
            parsed.push(IdentityProvider {
                name: name.into(),
                display_name: display_name.into(),
            });
        }
        if parsed.is_empty() {
            return Err("names no provider".into());
        }
        Ok(Self {
            hosted_ui: hosted_ui.into(),
            providers: parsed,
        })
    }

    pub fn provider(&self, name: &str) -> Option<&IdentityProvider> {
        self.providers.iter().find(|provider| provider.name == name)
    }

    fn display_name(&self, name: &str) -> String {
        self.provider(name)
            .map_or_else(|| name.to_string(), |provider| provider.display_name.clone())
    }

    /// The provider an account was made through: Cognito names such a user `{Provider}_{subject}`
    /// and gives it the `identities` attribute. Such an account has no password.
    pub fn made_with(&self, username: &str, identities: &str) -> Option<&IdentityProvider> {
        if identities.is_empty() {
            return None;
        }
        self.providers.iter().find(|provider| {
            username
                .get(..provider.name.len() + 1)
                .is_some_and(|prefix| prefix.eq_ignore_ascii_case(&format!("{}_", provider.name)))
        })
    }
}

/// Cookies of the flow, each HttpOnly and gone within minutes.
const FLOW_COOKIE: &str = "doorway_provider_flow";
const ANSWER_COOKIE: &str = "doorway_provider_answer";
const CONNECT_COOKIE: &str = "doorway_provider_connect";
/// Says this browser signed in through the pool's hosted sign-in, whose own session a sign-out
/// then ends too (`/auth/logout`). No secret: it only chooses where a sign-out goes.
const HOSTED_SESSION_COOKIE: &str = "doorway_provider_session";
/// As long as a person may take at the provider.
const FLOW_SECONDS: i64 = 600;
/// How long after a fresh sign-in with the provider an account without a password may make a
/// sensitive change.
pub const FRESH_SIGN_IN_SECONDS: i64 = 300;

/// What the start of a flow keeps for its end, signed by the server.
#[derive(Serialize, Deserialize)]
struct Flow {
    provider: String,
    state: String,
    nonce: String,
    verifier: String,
    next: String,
    /// "Keep me signed in", as ticked on `/login`.
    remember: bool,
    /// Connecting the provider to this signed-in account (`sub`), not signing in.
    connect: Option<String>,
    expires: i64,
}

/// A connection asked for in settings after the person's proof: for `sub`, to `provider`.
#[derive(Serialize, Deserialize)]
struct Connecting {
    sub: String,
    provider: String,
    expires: i64,
}

/// What Cognito sent back to `/auth/callback`.
#[derive(Default, Serialize, Deserialize)]
struct Answer {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    error: Option<String>,
}

/// `{base64url(JSON)}.{base64url(HMAC)}`, the HMAC over a purpose and the JSON, so no other
/// signed value of ours opens as this one.
fn seal(key: &MarkerKey, purpose: &str, value: &impl Serialize) -> String {
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap_or_default());
    let tag = key.sign(format!("{purpose}\0{payload}").as_bytes());
    format!("{payload}.{}", URL_SAFE_NO_PAD.encode(tag))
}

fn open<T: DeserializeOwned>(key: &MarkerKey, purpose: &str, sealed: &str) -> Option<T> {
    let (payload, tag) = sealed.split_once('.')?;
    let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
    if !key.verify(format!("{purpose}\0{payload}").as_bytes(), &tag) {
        return None;
    }
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()
}

fn random_text() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// RFC 7636's S256: `BASE64URL(SHA256(verifier))`.
fn pkce_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// Compares two secrets in time that depends on their lengths only.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn cookie(state: &AppState, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.http.sends_hsts() { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Where people reach the app: `PUBLIC_URL`, or in local mode the loopback name the request
/// came to (the server answers no other name there).
fn app_origin(state: &AppState, headers: &HeaderMap) -> Option<String> {
    if let Some(url) = &state.http.public_url {
        return Some(url.clone());
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    state.mailbox.is_some().then(|| format!("http://{host}"))
}

fn see_other(location: &str, cookies: Vec<HeaderValue>) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(header::CACHE_CONTROL, "no-store")]).into_response();
    if let Ok(location) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    for cookie in cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

#[derive(Deserialize)]
pub struct StartQuery {
    next: Option<String>,
    /// Asks the provider to sign the person in again, not to reuse its session (`prompt=login`).
    fresh: Option<String>,
    /// "Keep me signed in" was ticked.
    remember: Option<String>,
}

/// `GET /auth/{provider}/start`: off to the pool's hosted sign-in with the provider.
pub async fn start(
    State(state): State<AppState>,
    Path(provider): Path<String>,
    Query(query): Query<StartQuery>,
    headers: HeaderMap,
) -> Response {
    let (Some(federation), Some(origin)) = (&state.federation, app_origin(&state, &headers)) else {
        return see_other("/login", Vec::new());
    };
    if federation.provider(&provider).is_none() {
        return see_other("/login", Vec::new());
    }
    let connecting = cookie_of(&headers, CONNECT_COOKIE)
        .and_then(|sealed| open::<Connecting>(&state.sign_in_marker_key, CONNECT_COOKIE, &sealed))
        .filter(|connecting| connecting.provider == provider && connecting.expires > now());
    let flow = Flow {
        provider: provider.clone(),
        state: random_text(),
        nonce: random_text(),
        verifier: random_text(),
        next: safe_next(query.next.as_deref()),
        remember: query.remember.is_some(),
        connect: connecting.map(|connecting| connecting.sub),
        expires: now() + FLOW_SECONDS,
    };
    let mut params = vec![
        ("response_type", "code"),
        ("client_id", state.user_pool.browser.id.as_str()),
        ("identity_provider", provider.as_str()),
        ("scope", "openid email profile"),
    ];
    let redirect_uri = format!("{origin}/auth/callback");
    let challenge = pkce_challenge(&flow.verifier);
    params.extend([
        ("redirect_uri", redirect_uri.as_str()),
        ("state", flow.state.as_str()),
        ("nonce", flow.nonce.as_str()),
        ("code_challenge", challenge.as_str()),
        ("code_challenge_method", "S256"),
    ]);
    if query.fresh.is_some() {
        params.push(("prompt", "login"));
    }
    let Ok(authorize) = reqwest::Url::parse_with_params(&format!("{}/oauth2/authorize", federation.hosted_ui), &params)
    else {
        return see_other("/login", Vec::new());
    };
    let cookies = vec![
        cookie(
            &state,
            FLOW_COOKIE,
            &seal(&state.sign_in_marker_key, FLOW_COOKIE, &flow),
            FLOW_SECONDS,
        ),
        cookie(&state, CONNECT_COOKIE, "", 0),
    ];
    see_other(authorize.as_str(), cookies)
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}

/// `GET /auth/callback`: Cognito's answer moves into a cookie and out of the address bar; the
/// page it goes on to finishes the sign-in ([`finish`]).
pub async fn callback(State(state): State<AppState>, Query(query): Query<CallbackQuery>) -> Response {
    let short = |value: Option<String>, max: usize| value.filter(|value| value.len() <= max && is_url_safe(value));
    let answer = Answer {
        code: short(query.code, 512),
        state: short(query.state, 128),
        error: short(query.error, 64),
    };
    let sealed = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&answer).unwrap_or_default());
    see_other(
        "/login/continue",
        vec![cookie(&state, ANSWER_COOKIE, &sealed, FLOW_SECONDS)],
    )
}

fn is_url_safe(value: &str) -> bool {
    value.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

/// `GET /auth/logout`: after a sign-out, ends the pool's hosted session too when this browser
/// has one, so the next "Continue with" asks the provider again.
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/logout-endpoint.html>
pub async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let hosted = cookie_of(&headers, HOSTED_SESSION_COOKIE).is_some();
    let (Some(federation), Some(origin), true) = (&state.federation, app_origin(&state, &headers), hosted) else {
        return see_other("/", Vec::new());
    };
    let logout_uri = format!("{origin}/login");
    let params = [
        ("client_id", state.user_pool.browser.id.as_str()),
        ("logout_uri", logout_uri.as_str()),
    ];
    match reqwest::Url::parse_with_params(&format!("{}/logout", federation.hosted_ui), &params) {
        Ok(url) => see_other(url.as_str(), vec![cookie(&state, HOSTED_SESSION_COOKIE, "", 0)]),
        Err(_) => see_other("/", Vec::new()),
    }
}

/// Sets the cookie that lets `/auth/{provider}/start` connect `provider` to `caller`'s account
/// (asked for in settings, after the person's proof), for a few minutes.
pub fn connect_cookie(state: &AppState, caller: &Caller, provider: &str) -> HeaderValue {
    let connecting = Connecting {
        sub: caller.sub().to_string(),
        provider: provider.to_string(),
        expires: now() + FLOW_SECONDS,
    };
    cookie(
        state,
        CONNECT_COOKIE,
        &seal(&state.sign_in_marker_key, CONNECT_COOKIE, &connecting),
        FLOW_SECONDS,
    )
}

/// Why a flow stopped short: a refusal the page shows, or an error like any other.
enum Stop {
    Refused(ProviderRefusal, String),
    Error(AppError),
}

impl From<AppError> for Stop {
    fn from(error: AppError) -> Self {
        Self::Error(error)
    }
}

/// The flow did not finish; the person starts again.
fn failed() -> Stop {
    Stop::Refused(ProviderRefusal::Failed, tr("error-provider-failed"))
}

/// The end of a flow, called by `/login/continue` (with its session's access token when it
/// connects a provider): the outcome, and the cookies to set (the flow's are always cleared).
pub async fn finish(
    state: &AppState,
    headers: &HeaderMap,
    access_token: Option<&str>,
    locale: &BrowserLocale,
) -> (Result<ProviderFinish, AppError>, Vec<HeaderValue>) {
    let mut cookies = vec![cookie(state, FLOW_COOKIE, "", 0), cookie(state, ANSWER_COOKIE, "", 0)];
    let result = match finish_flow(state, headers, access_token, locale).await {
        Ok(finished) => Ok(finished),
        Err(Stop::Refused(reason, message)) => Ok(ProviderFinish::Refused { reason, message }),
        Err(Stop::Error(error)) => Err(error),
    };
    if let Ok(ProviderFinish::SignedIn { .. }) = &result {
        cookies.push(cookie(state, HOSTED_SESSION_COOKIE, "1", 3600));
    }
    (result, cookies)
}

async fn finish_flow(
    state: &AppState,
    headers: &HeaderMap,
    access_token: Option<&str>,
    locale: &BrowserLocale,
) -> Result<ProviderFinish, Stop> {
    let federation = state.federation.as_ref().ok_or(AppError::NotFound)?;
    let flow: Flow = cookie_of(headers, FLOW_COOKIE)
        .and_then(|sealed| open(&state.sign_in_marker_key, FLOW_COOKIE, &sealed))
        .filter(|flow: &Flow| flow.expires > now())
        .ok_or_else(failed)?;
    let answer: Answer = cookie_of(headers, ANSWER_COOKIE)
        .and_then(|text| URL_SAFE_NO_PAD.decode(text).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    // The answer must be to this browser's own request: nobody else's code signs it in.
    let state_matches = answer
        .state
        .as_deref()
        .is_some_and(|returned| same_secret(returned, &flow.state));
    let provider = federation.provider(&flow.provider).ok_or_else(failed)?;
    let (Some(code), true, None) = (answer.code.as_deref(), state_matches, answer.error.as_deref()) else {
        audit::failure(Action::ProviderSignIn, Who::Unknown, "state_or_error");
        return Err(failed());
    };
    let origin = app_origin(state, headers).ok_or_else(failed)?;
    let tokens = exchange(state, federation, &origin, code, &flow.verifier).await?;
    let claims = match state.verifier.verify_id(&tokens.id_token).await {
        Ok(claims)
            if claims
                .nonce
                .as_deref()
                .is_some_and(|nonce| same_secret(nonce, &flow.nonce)) =>
        {
            claims
        }
        Err(AppError::Unavailable) => return Err(Stop::Error(AppError::Unavailable)),
        _ => {
            audit::failure(Action::ProviderSignIn, Who::Unknown, "id_token_or_nonce");
            revoke(state, &tokens).await;
            return Err(failed());
        }
    };
    let Some(subject) = claims.identity_at(&provider.name) else {
        revoke(state, &tokens).await;
        return Err(failed());
    };
    // A user Cognito made for this provider's person alone, not an account it is connected to.
    let own_user = claims
        .username
        .eq_ignore_ascii_case(&format!("{}_{subject}", provider.name));
    match flow.connect {
        None => {
            let signed_in = sign_in(state, provider, &claims, own_user, tokens, locale).await?;
            Ok(ProviderFinish::SignedIn {
                signed_in,
                next: flow.next,
                remember: flow.remember,
            })
        }
        // Started from settings, after the account's password: connect, do not sign in.
        Some(sub) => {
            let caller = state.authenticate(access_token.unwrap_or_default()).await?;
            if caller.sub() != sub {
                revoke(state, &tokens).await;
                return Err(Stop::Error(AppError::SessionExpired));
            }
            connect(state, &caller, provider, &claims, own_user, &subject, &tokens).await
        }
    }
}

/// Exchanges the code at the pool's token endpoint, as the app client (its secret in HTTP Basic
/// authentication) with the PKCE verifier. A used, expired or foreign code is refused there.
async fn exchange(
    state: &AppState,
    federation: &Federation,
    origin: &str,
    code: &str,
    verifier: &str,
) -> Result<Tokens, Stop> {
    #[derive(Deserialize)]
    struct Issued {
        access_token: String,
        id_token: String,
        refresh_token: Option<String>,
        expires_in: i32,
    }
    static CLIENT: OnceLock<reqwest::Client> = OnceLock::new();
    let http = CLIENT.get_or_init(|| {
        reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default()
    });
    let client = &state.user_pool.browser;
    let redirect_uri = format!("{origin}/auth/callback");
    let form = [
        ("grant_type", "authorization_code"),
        ("client_id", client.id.as_str()),
        ("code", code),
        ("redirect_uri", redirect_uri.as_str()),
        ("code_verifier", verifier),
    ];
    let response = http
        .post(format!("{}/oauth2/token", federation.hosted_ui))
        .basic_auth(&client.id, client.secret())
        .form(&form)
        .send()
        .await
        .map_err(|_| AppError::Unavailable)?;
    if response.status().is_server_error() {
        return Err(Stop::Error(AppError::Unavailable));
    }
    if !response.status().is_success() {
        audit::failure(Action::ProviderSignIn, Who::Unknown, "code_refused");
        return Err(failed());
    }
    let issued: Issued = response.json().await.map_err(|_| AppError::Unavailable)?;
    Ok(Tokens {
        access_token: issued.access_token,
        id_token: issued.id_token,
        refresh_token: issued.refresh_token,
        expires_in: issued.expires_in,
    })
}

async fn revoke(state: &AppState, tokens: &Tokens) {
    if let Some(refresh_token) = &tokens.refresh_token {
        state.user_pool.revoke(refresh_token).await.ok();
    }
}

async fn sign_in(
    state: &AppState,
    provider: &IdentityProvider,
    claims: &IdClaims,
    own_user: bool,
    tokens: Tokens,
    locale: &BrowserLocale,
) -> Result<SignedIn, Stop> {
    if own_user && state.profiles.get(&claims.sub).await?.is_none() {
        let taken = match claims.email.as_deref() {
            Some(email) => state.user_pool.someone_else_has_email(email, &claims.sub).await?,
            None => false,
        };
        if taken {
            // Undone: nothing of this sign-in stays, and the existing account is not reached.
            revoke(state, &tokens).await;
            with_retries(|| state.user_pool.delete_user(&claims.username)).await?;
            audit::failure(Action::ProviderSignIn, Who::Unknown, "email_taken");
            return Err(Stop::Refused(
                ProviderRefusal::EmailTaken,
                tr_with("error-provider-email-taken", &[("provider", &provider.display_name)]),
            ));
        }
    }
    let signed_in = match sessions::open_session_via(state, tokens, locale, Some(&provider.display_name)).await? {
        Opened::SignedIn(signed_in) => signed_in,
        Opened::TooSoon { .. } => return Err(failed()),
    };
    let _ = audit::record(Action::ProviderSignIn, Who::User(&claims.sub), Ok(()));
    Ok(signed_in)
}

async fn connect(
    state: &AppState,
    caller: &Caller,
    provider: &IdentityProvider,
    claims: &IdClaims,
    own_user: bool,
    subject: &str,
    tokens: &Tokens,
) -> Result<ProviderFinish, Stop> {
    // Only the sign-in's proof was wanted: its tokens go at once.
    revoke(state, tokens).await;
    let connected = ProviderFinish::Connected {
        provider: provider.name.clone(),
    };
    if claims.sub == caller.sub() {
        return Ok(connected);
    }
    let in_use = !own_user || state.profiles.get(&claims.sub).await?.is_some();
    if in_use {
        audit::failure(Action::ProviderConnected, Who::User(caller.sub()), "in_use");
        return Err(Stop::Refused(
            ProviderRefusal::InUse,
            tr_with("error-provider-in-use", &[("provider", &provider.display_name)]),
        ));
    }
    // Cognito links only an identity that has no user of its own: the one it just made goes.
    with_retries(|| state.user_pool.delete_user(&claims.username)).await?;
    let user = state.user_pool.user(caller.sub()).await?;
    state
        .user_pool
        .link_provider(&user.username, &provider.name, subject)
        .await?;
    let connection = crate::model::Connection {
        provider: provider.name.clone(),
        subject: subject.to_string(),
        since: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    };
    state.profiles.record_connection(caller.sub(), &connection).await?;
    activity::note_provider(
        state,
        caller.sub(),
        ActivityKind::ProviderConnected,
        &provider.display_name,
    )
    .await;
    let _ = audit::record(Action::ProviderConnected, Who::User(caller.sub()), Ok(()));
    Ok(connected)
}

/// The provider `name` the pool has, for a change in settings.
pub fn offered<'a>(state: &'a AppState, name: &str) -> Result<&'a IdentityProvider, AppError> {
    state
        .federation
        .as_ref()
        .and_then(|federation| federation.provider(name))
        .ok_or(AppError::NotFound)
}

/// The caller's current password, which connecting or disconnecting a provider asks for.
pub async fn check_password(state: &AppState, caller: &Caller, password: &str) -> Result<(), AppError> {
    let user = sessions::current_user(state, caller).await?;
    super::settings::check_current_password_only(state, &user.username, password).await
}

/// Disconnects `provider` from the caller's account: it no longer signs in to it.
pub async fn disconnect(state: &AppState, caller: &Caller, provider: &IdentityProvider) -> Result<(), AppError> {
    let connection = caller
        .profile
        .connections
        .iter()
        .find(|connection| connection.provider == provider.name)
        .ok_or(AppError::NotFound)?;
    state
        .user_pool
        .unlink_provider(&connection.provider, &connection.subject)
        .await?;
    state.profiles.forget_connection(caller.sub(), connection).await?;
    activity::note_provider(
        state,
        caller.sub(),
        ActivityKind::ProviderDisconnected,
        &provider.display_name,
    )
    .await;
    Ok(())
}

/// How the account signs in: the providers on offer, which are connected, and the one it was
/// made through (then it has no password).
pub fn sign_in_ways(state: &AppState, caller: &Caller, username: &str, identities: &str) -> SignInWays {
    let Some(federation) = &state.federation else {
        return SignInWays::default();
    };
    let made_with = federation.made_with(username, identities);
    SignInWays {
        providers: federation
            .providers
            .iter()
            .map(|provider| ProviderLink {
                name: provider.name.clone(),
                display_name: provider.display_name.clone(),
                connected_since: caller
                    .profile
                    .connections
                    .iter()
                    .find(|connection| connection.provider == provider.name)
                    .map(|connection| connection.since.clone()),
            })
            .collect(),
        made_with: made_with.map(|provider| ProviderLink {
            name: provider.name.clone(),
            display_name: federation.display_name(&provider.name),
            connected_since: None,
        }),
    }
}

/// For an account made through a provider (no password to ask for): a sensitive change needs a
/// sign-in with the provider at most a few minutes old. Refused, it is said where the password
/// would be asked for.
pub fn check_fresh_sign_in(caller: &Caller, ways: &SignInWays) -> Result<(), AppError> {
    let Some(provider) = &ways.made_with else {
        return Ok(());
    };
    if now() - caller.signed_in_at <= FRESH_SIGN_IN_SECONDS {
        return Ok(());
    }
    Err(AppError::invalid(
        Field::CurrentPassword,
        tr_with("error-provider-fresh-sign-in", &[("provider", &provider.display_name)]),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn providers_are_read_as_name_and_display_name() {
        let federation = Federation::parse(
            "https://doorway.auth.eu-west-1.amazoncognito.com/",
            "Google=Google, SignInWithApple=Apple,LocalID",
        )
        .unwrap();
        assert_eq!(federation.hosted_ui, "https://doorway.auth.eu-west-1.amazoncognito.com");
        let names: Vec<_> = federation
            .providers
            .iter()
            .map(|p| (p.name.as_str(), p.display_name.as_str()))
            .collect();
        assert_eq!(
            names,
            [
                ("Google", "Google"),
                ("SignInWithApple", "Apple"),
                ("LocalID", "LocalID")
            ]
        );
        for bad in ["", "Bad_Name=Bad", "Google=Google,Google=Again", "a/b=Slash"] {
            assert!(Federation::parse("https://x", bad).is_err(), "{bad:?}");
        }
        assert!(Federation::parse("ftp://x", "Google").is_err());
    }

    #[test]
    fn an_account_made_through_a_provider_is_known_by_its_user_name_and_identities() {
        let federation = Federation::parse("https://x", "LocalID=Local ID").unwrap();
        let identities = r#"[{"providerName":"LocalID","userId":"abc"}]"#;
        assert!(federation.made_with("LocalID_abc", identities).is_some());
        assert!(federation.made_with("localid_abc", identities).is_some());
        // A password account the provider is connected to keeps its own user name.
        assert!(federation.made_with("8c1f0a6e-uuid", identities).is_none());
        assert!(federation.made_with("LocalID_abc", "").is_none());
    }

    #[test]
    fn a_sealed_flow_opens_only_unchanged_and_for_its_purpose() {
        let key = MarkerKey::random();
        let connecting = Connecting {
            sub: "user".into(),
            provider: "LocalID".into(),
            expires: 1,
        };
        let sealed = seal(&key, CONNECT_COOKIE, &connecting);
        assert!(open::<Connecting>(&key, CONNECT_COOKIE, &sealed).is_some());
        assert!(open::<Connecting>(&key, FLOW_COOKIE, &sealed).is_none());
        assert!(open::<Connecting>(&MarkerKey::random(), CONNECT_COOKIE, &sealed).is_none());
        let (payload, tag) = sealed.split_once('.').unwrap();
        let forged = URL_SAFE_NO_PAD.encode(br#"{"sub":"victim","provider":"LocalID","expires":1}"#);
        assert_ne!(payload, forged);
        assert!(open::<Connecting>(&key, CONNECT_COOKIE, &format!("{forged}.{tag}")).is_none());
    }

    #[test]
    fn the_pkce_challenge_is_rfc_7636_s256() {
        // RFC 7636, appendix B.
        assert_eq!(
            pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn secrets_compare_equal_only_when_equal() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
    }
}
