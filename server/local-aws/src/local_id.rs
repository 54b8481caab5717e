//! Local ID: the OpenID Connect provider local mode runs on a loopback port of its own, so that
//! signing in through another identity provider (Cognito federation) works offline. It has one
//! client, the user pool, and no users: whoever signs in says who they are, and the same email is
//! always the same subject (`local-id.json`), across restarts too.
//!
//! - Authorization code flow only (OpenID Connect Core 1.0 §3.1; RFC 6749 §4.1), with PKCE S256
//!   when the request has a challenge (RFC 7636 §4.6). Bad requests get a plain 400 page, never a
//!   redirect: the redirect URI of a request that failed its checks is not to be trusted (§4.1.2.1).
//! - It keeps no session: every authorization request shows the sign-in page, which trivially
//!   honours `prompt=login` (Core §3.1.2.1) and makes each test's sign-in independent; for the
//!   same reason `prompt=none` is not honoured (the page shows instead of `login_required`).
//! - Codes are single-use and live 5 minutes (RFC 6749 §4.1.2, §10.5); the client authenticates
//!   with `client_secret_post` or `client_secret_basic` (§2.3.1, Core §9).
//! - Claims follow the scopes (Core §5.4): `email` gives `email` and `email_verified`, `profile`
//!   gives `name`, in the ID token (Core §2, signed RS256 with the key of `jwks.json`) and at
//!   `/userinfo` (Core §5.3).
//! - Discovery: OpenID Connect Discovery 1.0 §3.
use std::{
    collections::HashMap,
    net::{Ipv4Addr, SocketAddr},
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{
    Form, Json, Router,
    extract::{Query, State, rejection::FormRejection},
    http::{HeaderMap, StatusCode, header},
    response::{Html, IntoResponse, Response},
    routing::get,
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rsa::{
    RsaPrivateKey,
    pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey, LineEnding},
    traits::PublicKeyParts,
};
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokio::{sync::oneshot, task::JoinHandle};

/// The user pool's client at Local ID.
pub const CLIENT_ID: &str = "doorway-local-pool";
const KEY_FILE: &str = "local-id-key.pem";
const CLIENT_FILE: &str = "local-id-client.json";
const SUBJECTS_FILE: &str = "local-id.json";
const LIFETIME: Duration = Duration::from_secs(300);

/// Local ID serving until `stop` is sent.
pub struct LocalIdServer {
    /// e.g. "http://127.0.0.1:PORT" (no trailing slash); also the `iss` of its ID tokens.
    pub issuer: String,
    /// The user pool's client at Local ID, and its secret (kept in the dir across restarts).
    pub client_id: String,
    pub client_secret: String,
    pub stop: oneshot::Sender<()>,
    pub task: JoinHandle<()>,
}

/// Starts Local ID on 127.0.0.1:`port` (0 = any free port) with its state (signing key, client
/// secret, subjects) in `dir`.
pub async fn start(dir: &Path, port: u16) -> Result<LocalIdServer, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let key_path = dir.join(KEY_FILE);
    let key = tokio::task::spawn_blocking(move || signing_key(&key_path))
        .await
        .map_err(|e| e.to_string())??;
    let client_secret = client_secret(&dir.join(CLIENT_FILE))?;
    let subjects_path = dir.join(SUBJECTS_FILE);
    let subjects = match std::fs::read(&subjects_path) {
        Ok(text) => {
            serde_json::from_slice(&text).map_err(|e| format!("cannot read {}: {e}", subjects_path.display()))?
        }
        Err(_) => HashMap::new(),
    };
    let listener = tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .await
        .map_err(|e| format!("Local ID cannot listen on port {port}: {e}"))?;
    let issuer = format!("http://{}", listener.local_addr().map_err(|e| e.to_string())?);
    let (n, e) = (
        URL_SAFE_NO_PAD.encode(key.n().to_bytes_be()),
        URL_SAFE_NO_PAD.encode(key.e().to_bytes_be()),
    );
    let kid = hex(&Sha256::digest(n.as_bytes())[..8]);
    let pem = key.to_pkcs1_pem(LineEnding::LF).map_err(|e| e.to_string())?;
    let provider = Arc::new(Provider {
        issuer: issuer.clone(),
        client_secret: client_secret.clone(),
        key: jsonwebtoken::EncodingKey::from_rsa_pem(pem.as_bytes()).map_err(|e| e.to_string())?,
        jwk: json!({ "kty": "RSA", "kid": kid, "alg": "RS256", "use": "sig", "n": n, "e": e }),
        kid,
        subjects_path,
        subjects: Mutex::new(subjects),
        codes: Mutex::default(),
        access_tokens: Mutex::default(),
    });
    let router = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/jwks.json", get(jwks))
        .route("/authorize", get(authorize_page).post(authorize))
        .route("/token", axum::routing::post(token))
        .route("/userinfo", get(userinfo).post(userinfo))
        .with_state(provider)
        .layer(axum::middleware::map_response(|mut response: Response| async move {
            let headers = response.headers_mut();
            headers.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                header::HeaderValue::from_static("nosniff"),
            );
            // Every answer is per request: a page with its parameters, a code, tokens, claims.
            headers.insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
            response
        }));
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let stopped = async {
            let _ = stopped.await;
        };
        if let Err(e) = axum::serve(listener, router).with_graceful_shutdown(stopped).await {
            tracing::error!("Local ID stopped: {e}");
        }
    });
    Ok(LocalIdServer {
        issuer,
        client_id: CLIENT_ID.into(),
        client_secret,
        stop,
        task,
    })
}

fn signing_key(path: &Path) -> Result<RsaPrivateKey, String> {
    if !path.exists() {
        let key = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).map_err(|e| e.to_string())?;
        let pem = key.to_pkcs1_pem(LineEnding::LF).map_err(|e| e.to_string())?;
        // Another start on the same directory may have written it first: that one counts.
        if let Err(error) = crate::write_private(path, pem.as_bytes())
            && !path.exists()
        {
            return Err(error);
        }
    }
    let pem = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    RsaPrivateKey::from_pkcs1_pem(&pem).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn client_secret(path: &Path) -> Result<String, String> {
    if !path.exists() {
        let text = json!({ "client_id": CLIENT_ID, "client_secret": random_hex(32) }).to_string();
        if let Err(error) = crate::write_private(path, text.as_bytes())
            && !path.exists()
        {
            return Err(error);
        }
    }
    let text = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let value: Value = serde_json::from_slice(&text).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    value["client_secret"]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("{} has no client_secret", path.display()))
}

struct Provider {
    issuer: String,
    client_secret: String,
    key: jsonwebtoken::EncodingKey,
    kid: String,
    jwk: Value,
    subjects_path: PathBuf,
    /// Lowercased email → subject.
    subjects: Mutex<HashMap<String, String>>,
    codes: Mutex<HashMap<String, Grant>>,
    access_tokens: Mutex<HashMap<String, (Instant, Value)>>,
}

struct Grant {
    expires: Instant,
    redirect_uri: String,
    nonce: Option<String>,
    code_challenge: Option<String>,
    /// The scope's claims (Core §5.4), for the ID token and userinfo alike.
    claims: Value,
    auth_time: i64,
}

/// An authorization request, and on POST what the person said.
#[derive(Deserialize, Default)]
#[serde(default)]
struct AuthRequest {
    response_type: Option<String>,
    client_id: Option<String>,
    redirect_uri: Option<String>,
    state: Option<String>,
    nonce: Option<String>,
    scope: Option<String>,
    code_challenge: Option<String>,
    code_challenge_method: Option<String>,
    login_hint: Option<String>,
    email: Option<String>,
    name: Option<String>,
    email_verified: Option<String>,
}

impl AuthRequest {
    /// Whether the request is one Local ID answers with its page.
    fn check(&self) -> Result<(), &'static str> {
        if self.client_id.as_deref() != Some(CLIENT_ID) {
            return Err("Unknown client_id.");
        }
        let uri = self.redirect_uri.as_deref().unwrap_or_default();
        let rest = uri.strip_prefix("https://").or_else(|| uri.strip_prefix("http://"));
        let authority = rest.map(|rest| rest.split(['/', '?']).next().unwrap_or_default());
        // Only what a host and port hold (no `user@host`), and no fragment.
        let safe = |a: &str| !a.is_empty() && a.chars().all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
        if !authority.is_some_and(safe) || uri.contains('#') {
            return Err("redirect_uri must be an http(s) URL without a fragment.");
        }
        if self.response_type.as_deref() != Some("code") {
            return Err("response_type must be code.");
        }
        if !self.has_scope("openid") {
            return Err("scope must contain openid.");
        }
        match (self.code_challenge.as_deref(), self.code_challenge_method.as_deref()) {
            (Some(c), Some("S256")) if c.len() == 43 => {}
            (None, None) => {}
            _ => return Err("code_challenge must be an S256 challenge."),
        }
        Ok(())
    }

    fn has_scope(&self, scope: &str) -> bool {
        self.scope.as_deref().unwrap_or_default().split(' ').any(|s| s == scope)
    }

    fn page(&self, error: Option<&str>) -> Response {
        let hidden: String = [
            ("response_type", &self.response_type),
            ("client_id", &self.client_id),
            ("redirect_uri", &self.redirect_uri),
            ("state", &self.state),
            ("nonce", &self.nonce),
            ("scope", &self.scope),
            ("code_challenge", &self.code_challenge),
            ("code_challenge_method", &self.code_challenge_method),
        ]
        .iter()
        .filter_map(|(name, value)| {
            Some(format!(
                r#"<input type="hidden" name="{name}" value="{}">"#,
                escape(value.as_deref()?)
            ))
        })
        .collect();
        let email = escape(self.email.as_deref().or(self.login_hint.as_deref()).unwrap_or_default());
        let name = escape(self.name.as_deref().unwrap_or_default());
        let checked = if self.email.is_some() && self.email_verified.is_none() {
            ""
        } else {
            " checked"
        };
        let (alert, described) = match error {
            Some(e) => (
                format!(r#"<p id="error" role="alert">{}</p>"#, escape(e)),
                r#" aria-describedby="error""#,
            ),
            None => (String::new(), ""),
        };
        let body = format!(
            r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Local ID</title><style>{STYLE}</style></head><body><main><h1>Sign in to Local ID</h1><p>This is local mode's test identity provider: say who you are, and it signs you in as that person.</p><form method="post" action="/authorize">{hidden}<label for="email">Email</label><input id="email" type="email" name="email" autocomplete="email" required value="{email}"{described}>{alert}<label for="name">Name</label><input id="name" type="text" name="name" autocomplete="name" maxlength="64" value="{name}"><label class="check"><input type="checkbox" name="email_verified" value="true"{checked}> Email verified</label><button type="submit">Continue</button></form></main></body></html>"#
        );
        let status = error.map_or(StatusCode::OK, |_| StatusCode::BAD_REQUEST);
        // No `form-action`: browsers check it at every redirect that follows the form, and an
        // OAuth answer goes on through Cognito to the app, origins the page cannot list.
        let csp = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        (status, [(header::CONTENT_SECURITY_POLICY, csp)], Html(body)).into_response()
    }
}

const STYLE: &str = ":root{color-scheme:light dark}body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fff}main{max-width:24rem;margin:auto}label,input,button{display:block;width:100%;box-sizing:border-box}input,button{font:inherit;padding:.5rem;margin:.25rem 0 1rem;border:1px solid #767676;border-radius:4px;color:inherit;background:inherit}.check{display:flex;gap:.5rem;align-items:center;margin-bottom:1rem}.check input{width:auto;margin:0}button{background:#0b57d0;color:#fff;border-color:#0b57d0}:focus-visible{outline:3px solid #e8710a;outline-offset:2px}#error{color:#b3261e}@media(prefers-color-scheme:dark){body{color:#eee;background:#121212}button{background:#8ab4f8;color:#121212}#error{color:#f2b8b5}}";

async fn discovery(State(p): State<Arc<Provider>>) -> Json<Value> {
    let issuer = &p.issuer;
    Json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "userinfo_endpoint": format!("{issuer}/userinfo"),
        "jwks_uri": format!("{issuer}/jwks.json"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "scopes_supported": ["openid", "email", "profile"],
        "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
        "claims_supported": ["iss", "sub", "aud", "iat", "exp", "auth_time", "nonce", "email", "email_verified", "name"],
        "code_challenge_methods_supported": ["S256"],
    }))
}

async fn jwks(State(p): State<Arc<Provider>>) -> Json<Value> {
    Json(json!({ "keys": [p.jwk] }))
}

async fn authorize_page(Query(request): Query<AuthRequest>) -> Response {
    match request.check() {
        Ok(()) => request.page(None),
        Err(error) => bad_request(error),
    }
}

async fn authorize(State(p): State<Arc<Provider>>, Form(request): Form<AuthRequest>) -> Response {
    match request.check() {
        Ok(()) => {}
        Err(error) => return bad_request(error),
    };
    let email = request.email.as_deref().unwrap_or_default().trim().to_string();
    let Some((local, _)) = email.split_once('@').filter(|(l, d)| {
        !l.is_empty()
            && !d.is_empty()
            && !d.contains('@')
            && email.len() <= 254
            && !email.contains(|c: char| c.is_whitespace() || c.is_control())
    }) else {
        return request.page(Some("Enter an email address, like ann@example.com."));
    };
    let name = request.name.as_deref().unwrap_or_default().trim();
    if name.chars().count() > 64 {
        return request.page(Some("Keep the name to 64 characters."));
    }
    let name = if name.is_empty() { local } else { name };
    let sub = match p.subject(&email.to_lowercase()) {
        Ok(sub) => sub,
        Err(error) => {
            tracing::error!("Local ID: {error}");
            return (StatusCode::INTERNAL_SERVER_ERROR, "Local ID cannot keep its subjects.").into_response();
        }
    };
    let mut claims = json!({ "sub": sub });
    if request.has_scope("email") {
        claims["email"] = email.clone().into();
        claims["email_verified"] = request.email_verified.is_some().into();
    }
    if request.has_scope("profile") {
        claims["name"] = name.into();
    }
    let code = random_hex(32);
    let redirect_uri = request.redirect_uri.clone().unwrap_or_default();
    let mut location = format!(
        "{redirect_uri}{}code={code}",
        if redirect_uri.contains('?') { '&' } else { '?' }
    );
    if let Some(state) = &request.state {
        location.push_str(&format!("&state={}", crate::form::encode(state)));
    }
    let grant = Grant {
        expires: Instant::now() + LIFETIME,
        redirect_uri,
        nonce: request.nonce,
        code_challenge: request.code_challenge,
        claims,
        auth_time: chrono::Utc::now().timestamp(),
    };
    let mut codes = p.codes.lock().unwrap();
    codes.retain(|_, grant| grant.expires > Instant::now());
    codes.insert(code, grant);
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

impl Provider {
    fn subject(&self, email: &str) -> Result<String, String> {
        let mut subjects = self.subjects.lock().unwrap();
        if let Some(sub) = subjects.get(email) {
            return Ok(sub.clone());
        }
        let sub = random_hex(16);
        subjects.insert(email.to_string(), sub.clone());
        // A fresh file renamed over the old one; a subject that was not kept is not handed out.
        let fresh = self
            .subjects_path
            .with_extension(format!("json.{}", std::process::id()));
        let _ = std::fs::remove_file(&fresh);
        let saved = crate::write_private(&fresh, &serde_json::to_vec_pretty(&*subjects).unwrap_or_default())
            .and_then(|()| std::fs::rename(&fresh, &self.subjects_path).map_err(|e| e.to_string()));
        if let Err(error) = saved {
            subjects.remove(email);
            return Err(format!("cannot write {SUBJECTS_FILE}: {error}"));
        }
        Ok(sub)
    }
}

#[derive(Deserialize)]
struct TokenRequest {
    grant_type: Option<String>,
    code: Option<String>,
    redirect_uri: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    code_verifier: Option<String>,
}

async fn token(
    State(p): State<Arc<Provider>>,
    headers: HeaderMap,
    form: Result<Form<TokenRequest>, FormRejection>,
) -> Response {
    let Ok(Form(request)) = form else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_request");
    };
    // Single-use whatever the outcome (RFC 6749 §4.1.2).
    let grant = request
        .code
        .as_ref()
        .and_then(|code| p.codes.lock().unwrap().remove(code));
    let basic = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(crate::form::basic_credentials);
    let credentials = match (basic, &request.client_secret) {
        (Some(_), Some(_)) => return oauth_error(StatusCode::BAD_REQUEST, "invalid_request"),
        (Some(basic), None) => basic,
        (None, Some(secret)) => request.client_id.clone().map(|id| (id, secret.clone())),
        (None, None) => None,
    };
    // Digests compared in constant time: neither the secret nor its length leaks through timing.
    let authenticated = credentials.is_some_and(|(id, secret)| {
        let (given, kept) = (
            Sha256::digest(secret.as_bytes()),
            Sha256::digest(p.client_secret.as_bytes()),
        );
        id == CLIENT_ID && given.iter().zip(kept.iter()).fold(0, |diff, (a, b)| diff | (a ^ b)) == 0
    });
    if !authenticated {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client");
    }
    match request.grant_type.as_deref() {
        Some("authorization_code") => {}
        Some(_) => return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type"),
        None => return oauth_error(StatusCode::BAD_REQUEST, "invalid_request"),
    }
    let Some(grant) =
        grant.filter(|g| g.expires > Instant::now() && Some(&g.redirect_uri) == request.redirect_uri.as_ref())
    else {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant");
    };
    if let Some(challenge) = &grant.code_challenge {
        let verifier = request.code_verifier.unwrap_or_default();
        if URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) != *challenge {
            return oauth_error(StatusCode::BAD_REQUEST, "invalid_grant");
        }
    }
    let now = chrono::Utc::now().timestamp();
    let mut claims = grant.claims.clone();
    for (name, value) in [("iss", json!(p.issuer)), ("aud", json!(CLIENT_ID)), ("iat", json!(now))] {
        claims[name] = value;
    }
    claims["exp"] = json!(now + LIFETIME.as_secs() as i64);
    claims["auth_time"] = json!(grant.auth_time);
    if let Some(nonce) = grant.nonce {
        claims["nonce"] = json!(nonce);
    }
    app::backend::token_verifier::use_aws_lc_for_tokens();
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
    header.kid = Some(p.kid.clone());
    let Ok(id_token) = jsonwebtoken::encode(&header, &claims, &p.key) else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "cannot sign").into_response();
    };
    let access_token = random_hex(32);
    let mut access_tokens = p.access_tokens.lock().unwrap();
    access_tokens.retain(|_, (expires, _)| *expires > Instant::now());
    access_tokens.insert(access_token.clone(), (Instant::now() + LIFETIME, grant.claims));
    let body = json!({ "access_token": access_token, "id_token": id_token, "token_type": "Bearer", "expires_in": LIFETIME.as_secs() });
    ([(header::PRAGMA, "no-cache")], Json(body)).into_response()
}

async fn userinfo(State(p): State<Arc<Provider>>, headers: HeaderMap) -> Response {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok()?.strip_prefix("Bearer "));
    let claims = token.and_then(|token| {
        let access_tokens = p.access_tokens.lock().unwrap();
        access_tokens
            .get(token.trim())
            .filter(|(expires, _)| *expires > Instant::now())
            .map(|(_, claims)| claims.clone())
    });
    match claims {
        Some(claims) => Json(claims).into_response(),
        // RFC 6750 §3.
        None => (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, r#"Bearer error="invalid_token""#)],
        )
            .into_response(),
    }
}

fn oauth_error(status: StatusCode, error: &str) -> Response {
    let mut response = (status, Json(json!({ "error": error }))).into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            header::HeaderValue::from_static(r#"Basic realm="Local ID""#),
        );
    }
    response
}

fn bad_request(error: &str) -> Response {
    let body = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local ID</title></head><body><h1>Bad request</h1><p>{}</p></body></html>"#,
        escape(error)
    );
    (
        StatusCode::BAD_REQUEST,
        [(
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; frame-ancestors 'none'",
        )],
        Html(body),
    )
        .into_response()
}

fn escape(text: &str) -> String {
    text.chars().fold(String::with_capacity(text.len()), |mut out, c| {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
        out
    })
}

fn random_hex(len: usize) -> String {
    use rand::RngCore;
    let mut bytes = vec![0u8; len];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const APP: &str = "http://app.test/oauth2/idpresponse";
    const HOSTILE: &str = r#""><script>alert(1)</script>"#;

    fn request(extra: &[(&str, &str)]) -> HashMap<String, String> {
        let base = [
            ("response_type", "code"),
            ("client_id", CLIENT_ID),
            ("redirect_uri", APP),
        ];
        let base = base
            .iter()
            .chain(&[("scope", "openid email profile"), ("state", "s1"), ("nonce", "n1")]);
        base.chain(extra).map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn code_in(location: &str) -> String {
        let query = location.split_once("code=").unwrap().1;
        query.split('&').next().unwrap().to_string()
    }

    struct Local {
        server: LocalIdServer,
        http: reqwest::Client,
    }

    impl Local {
        async fn start(dir: &Path) -> Self {
            let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none());
            Self {
                server: start(dir, 0).await.unwrap(),
                http: http.build().unwrap(),
            }
        }

        async fn get(&self, path: &str, bearer: &str) -> (u16, Value) {
            let response = self
                .http
                .get(format!("{}{path}", self.server.issuer))
                .bearer_auth(bearer);
            let response = response.send().await.unwrap();
            (response.status().as_u16(), response.json().await.unwrap_or_default())
        }

        /// Signs in as `email`: where Local ID sends the browser.
        async fn sign_in(&self, email: &str, extra: &[(&str, &str)]) -> String {
            let mut form = request(&[("email", email), ("email_verified", "true")]);
            form.extend(request(extra));
            let post = self.http.post(format!("{}/authorize", self.server.issuer)).form(&form);
            let response = post.send().await.unwrap();
            assert_eq!(response.status(), StatusCode::SEE_OTHER);
            response.headers()[header::LOCATION].to_str().unwrap().to_string()
        }

        /// `client_secret_post` unless `extra` empties `client_secret`: then `client_secret_basic`.
        async fn exchange(&self, code: &str, extra: &[(&str, &str)]) -> (u16, Value) {
            let secret = self.server.client_secret.as_str();
            let mut form = request(&[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("client_secret", secret),
            ]);
            form.extend(request(extra));
            form.retain(|_, v| !v.is_empty());
            let mut post = self.http.post(format!("{}/token", self.server.issuer));
            if !form.contains_key("client_secret") {
                post = post.basic_auth(CLIENT_ID, Some(secret));
            }
            let response = post.form(&form).send().await.unwrap();
            (response.status().as_u16(), response.json().await.unwrap())
        }

        /// The ID token's claims, once its signature, issuer and audience check out against the JWKS.
        async fn id_claims(&self, tokens: &Value) -> Value {
            let id_token = tokens["id_token"].as_str().unwrap();
            let jwks = self.get("/jwks.json", "").await.1;
            let jwk = &jwks["keys"][0];
            assert_eq!(
                jsonwebtoken::decode_header(id_token).unwrap().kid.as_deref(),
                jwk["kid"].as_str()
            );
            let key =
                jsonwebtoken::DecodingKey::from_rsa_components(jwk["n"].as_str().unwrap(), jwk["e"].as_str().unwrap());
            let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
            validation.set_audience(&[CLIENT_ID]);
            validation.set_issuer(&[&self.server.issuer]);
            jsonwebtoken::decode::<Value>(id_token, &key.unwrap(), &validation)
                .unwrap()
                .claims
        }
    }

    #[tokio::test]
    async fn the_page_names_its_fields_escapes_what_it_echoes_and_refuses_bad_requests() {
        let dir = tempfile::tempdir().unwrap();
        let local = Local::start(dir.path()).await;
        let url = format!("{}/authorize", local.server.issuer);
        let hostile = request(&[("state", HOSTILE), ("login_hint", HOSTILE)]);
        let page = local.http.get(&url).query(&hostile).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        let csp = page.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.starts_with("default-src 'none';"), "{csp}");
        assert_eq!(page.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(page.headers()[header::CACHE_CONTROL], "no-store");
        let html = page.text().await.unwrap();
        let names = [
            r#"<html lang="en">"#,
            "<title>Local ID</title>",
            "<h1>Sign in to Local ID</h1>",
        ];
        let fields = [
            r#"for="email">Email</label>"#,
            r#"for="name">Name</label>"#,
            "checked> Email verified</label>",
        ];
        for name in names
            .iter()
            .chain(&fields)
            .chain(&[r#"<button type="submit">Continue</button>"#])
        {
            assert!(html.contains(name), "{name}");
        }
        assert!(!html.contains("<script>"));
        assert_eq!(
            html.matches(r#"value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;""#)
                .count(),
            2
        );
        let bad = [
            ("client_id", "other"),
            ("scope", "email"),
            ("redirect_uri", "javascript:alert(1)"),
        ];
        for (name, value) in bad
            .into_iter()
            .chain([("response_type", "token"), ("code_challenge_method", "plain")])
        {
            let response = local
                .http
                .get(&url)
                .query(&request(&[(name, value)]))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{name}={value}");
            assert!(response.headers().get(header::LOCATION).is_none());
        }
        let response = local
            .http
            .post(&url)
            .form(&request(&[("email", "nobody")]))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(response.text().await.unwrap().contains(r#"role="alert""#));
    }

    #[tokio::test]
    async fn a_code_exchanges_once_for_tokens_that_verify_against_the_jwks() {
        let dir = tempfile::tempdir().unwrap();
        let local = Local::start(dir.path()).await;
        let odd = [("redirect_uri", "http://app.test/cb?x=1"), ("state", "a b&c")];
        let location = local.sign_in("Ann@Example.com", &odd).await;
        assert_eq!(
            location,
            format!("http://app.test/cb?x=1&code={}&state=a+b%26c", code_in(&location))
        );
        let (status, error) = local.exchange(&code_in(&location), &[]).await;
        assert_eq!(
            (status, &error["error"]),
            (400, &json!("invalid_grant")),
            "another redirect_uri"
        );

        let code = code_in(&local.sign_in("Ann@Example.com", &[("name", "")]).await);
        let (status, tokens) = local.exchange(&code, &[]).await;
        assert_eq!(
            (status, &tokens["token_type"], &tokens["expires_in"]),
            (200, &json!("Bearer"), &json!(300))
        );
        let claims = local.id_claims(&tokens).await;
        assert_eq!(
            (&claims["nonce"], &claims["email"]),
            (&json!("n1"), &json!("Ann@Example.com"))
        );
        assert_eq!(
            (&claims["email_verified"], &claims["name"]),
            (&json!(true), &json!("Ann"))
        );
        assert_eq!(claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(), 300);
        assert_eq!(
            local.exchange(&code, &[]).await,
            (400, json!({ "error": "invalid_grant" }))
        );

        let info = local.get("/userinfo", tokens["access_token"].as_str().unwrap()).await;
        let expected =
            json!({ "sub": claims["sub"], "email": "Ann@Example.com", "email_verified": true, "name": "Ann" });
        assert_eq!(info, (200, expected));
        assert_eq!(local.get("/userinfo", "forged").await.0, 401);
        let discovery = local.get("/.well-known/openid-configuration", "").await.1;
        assert_eq!(discovery["issuer"], local.server.issuer);
        assert_eq!(discovery["token_endpoint"], format!("{}/token", local.server.issuer));
    }

    #[tokio::test]
    async fn the_client_and_the_pkce_verifier_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        let local = Local::start(dir.path()).await;
        let code = code_in(&local.sign_in("ann@example.com", &[]).await);
        let wrong_secret = local.exchange(&code, &[("client_secret", "wrong")]).await;
        assert_eq!(wrong_secret, (401, json!({ "error": "invalid_client" })));
        assert_eq!(
            local.exchange(&code, &[]).await.1["error"],
            "invalid_grant",
            "a failed exchange spends the code"
        );
        let code = code_in(&local.sign_in("ann@example.com", &[]).await);
        let password = local.exchange(&code, &[("grant_type", "password")]).await;
        assert_eq!(password.1["error"], "unsupported_grant_type");

        let verifier = "v".repeat(50);
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        let pkce = [
            ("code_challenge", challenge.as_str()),
            ("code_challenge_method", "S256"),
        ];
        let code = code_in(&local.sign_in("ann@example.com", &pkce).await);
        let wrong = local.exchange(&code, &[("code_verifier", &"w".repeat(50))]).await;
        assert_eq!(wrong.1["error"], "invalid_grant");
        let code = code_in(&local.sign_in("ann@example.com", &pkce).await);
        let basic = local
            .exchange(&code, &[("code_verifier", &verifier), ("client_secret", "")])
            .await;
        assert_eq!(basic.0, 200, "client_secret_basic with the right verifier: {basic:?}");
    }

    #[tokio::test]
    async fn the_same_email_is_the_same_person_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let sub = async |local: &Local, email: &str| {
            let code = code_in(&local.sign_in(email, &[]).await);
            local.id_claims(&local.exchange(&code, &[]).await.1).await["sub"].clone()
        };
        let first = Local::start(dir.path()).await;
        let ann = sub(&first, "Ann@Example.com").await;
        assert_eq!(ann.as_str().unwrap().len(), 32);
        let _ = first.server.stop.send(());
        first.server.task.await.unwrap();
        let second = Local::start(dir.path()).await;
        assert_eq!(second.server.client_secret, first.server.client_secret);
        assert_eq!(sub(&second, "ann@example.com").await, ann);
        assert_ne!(sub(&second, "bob@example.com").await, ann);
        #[cfg(unix)]
        for file in [KEY_FILE, CLIENT_FILE, SUBJECTS_FILE] {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(file)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{file}");
        }
    }
}
