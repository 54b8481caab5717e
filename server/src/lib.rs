#![recursion_limit = "512"]
//! The server: turns the configuration into connected AWS clients (embedded emulators in local
//! mode) and serves the Leptos app with them.
#[cfg(feature = "local")]
pub use local_aws as local;
pub mod logging;
pub mod rate_limit;
pub mod server_functions;
pub mod sign_in_marker;

pub use app::backend::token_verifier::TokenSource;
use app::backend::{
    AppClient, AppState, ProfileTable, SharedMailbox, TokenVerifier, UserPool,
    config::{HttpSettings, MarkerKey, Mode, RateLimits, Settings, default_issuer, default_jwks_url},
    federation::{self, Federation},
    password_check::PasswordCheck,
    shared_limits::{LimitStore, SharedLimit},
};
use app::{App, shell};
use aws_config::{BehaviorVersion, SdkConfig};
use axum::{Router, response::Response};
use leptos::prelude::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower::limit::GlobalConcurrencyLimitLayer;
use tower_http::timeout::TimeoutLayer;

/// Requests served at once by one instance; the rest wait in line.
const MAX_REQUESTS_AT_ONCE: usize = 512;

/// The whole HTTP surface: the pages, the server functions and the static files.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let markers = sign_in_marker::Markers::new(state.sign_in_marker_key.clone(), state.http.sends_hsts());
    let limits = rate_limit::Limits::new(&state.rate_limits, markers, Some(&state.limit_store));
    Router::new()
        .leptos_routes_with_context(&state, routes, page_context(&state), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        // Sign-in through another identity provider: plain links and redirects, no page.
        .route("/auth/{provider}/start", axum::routing::get(federation::start))
        .route("/auth/callback", axum::routing::get(federation::callback))
        .route("/auth/logout", axum::routing::get(federation::logout))
        .fallback(static_file_or_not_found)
        // Innermost: the client IP for every request, and the limits before any server function.
        .layer(axum::middleware::from_fn_with_state(limits, rate_limit::limit))
        .layer(axum::middleware::map_response(cache_policy))
        .layer(axum::middleware::from_fn(server_functions::guard))
        // A request still unanswered after the timeout gets 408; past this many at once, the
        // next ones wait their turn rather than crowd the AWS clients.
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            std::time::Duration::from_secs(state.http.request_timeout_secs),
        ))
        .layer(GlobalConcurrencyLimitLayer::new(MAX_REQUESTS_AT_ONCE))
        .layer(axum::middleware::from_fn_with_state(
            state.mailbox.is_some(),
            loopback_names_only_in_local_mode,
        ))
        // Outside everything that answers on its own (the 408 above, the guard's refusals).
        .layer(axum::middleware::map_response_with_state(
            state.http.sends_hsts(),
            security_headers,
        ))
        .with_state(state.clone())
        .merge(probes(state))
}

/// Local mode answers only to the loopback names it is served under. Its dev mailbox shows every
/// code it sends, and a page of another site whose name is made to point at 127.0.0.1 (DNS
/// rebinding) would otherwise be same-origin with it, and read it. `421 Misdirected Request`.
async fn loopback_names_only_in_local_mode(
    axum::extract::State(local_mode): axum::extract::State<bool>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    use axum::{http::StatusCode, response::IntoResponse};
    let host = request
        .headers()
        .get(axum::http::header::HOST)
        .and_then(|value| value.to_str().ok())
        .or_else(|| request.uri().authority().map(|authority| authority.as_str()));
    if local_mode && !host.is_some_and(is_loopback_name) {
        let mut refused = (StatusCode::MISDIRECTED_REQUEST, "local mode answers only at localhost").into_response();
        refused.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("no-store"),
        );
        return refused;
    }
    next.run(request).await
}

/// `localhost`, a name under `.localhost`, a 127.x address or `[::1]`, with or without a port.
fn is_loopback_name(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(bracketed) => bracketed.split_once(']').map_or("", |(name, _port)| name),
        None => host.rsplit_once(':').map_or(host, |(name, _port)| name),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Longest the readiness probe waits on AWS: under the 5 seconds load balancers give a check.
const READINESS_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);

/// The probes of load balancers and orchestrators. Outside the request queue, the timeout and
/// the rate limits: an instance busy with its 512 requests is still alive, and a probe every few
/// seconds from one address must never use up anyone's quota. They answer one word, nothing of
/// the configuration.
fn probes(state: AppState) -> Router {
    use axum::routing::get;
    Router::new()
        .route(
            "/healthz",
            get(|| async { probe_answer(axum::http::StatusCode::OK, "ok") }),
        )
        .route("/readyz", get(readiness))
        .layer(axum::middleware::map_response_with_state(
            state.http.sends_hsts(),
            security_headers,
        ))
        .with_state(state)
}

/// Ready for people: access tokens can be checked (signing keys cached or fetchable) and the
/// profile table answers. Until then, 503, and a load balancer sends nobody here.
async fn readiness(axum::extract::State(state): axum::extract::State<AppState>) -> Response {
    let checks = async { tokio::join!(state.verifier.keys_ready(), state.profiles.is_reachable()) };
    match tokio::time::timeout(READINESS_TIMEOUT, checks).await {
        Ok((true, true)) => probe_answer(axum::http::StatusCode::OK, "ready"),
        _ => probe_answer(axum::http::StatusCode::SERVICE_UNAVAILABLE, "not ready"),
    }
}

fn probe_answer(status: axum::http::StatusCode, word: &'static str) -> Response {
    use axum::{http::header, response::IntoResponse};
    (status, [(header::CACHE_CONTROL, "no-store")], word).into_response()
}

/// Files under the site root (the wasm, its JS, the CSS, the favicon), answered from the brotli
/// or gzip copy a `--precompress` build leaves beside each file when the browser accepts it, with
/// `Last-Modified` and `304 Not Modified` for revalidation; anything else is the app's 404 page.
async fn static_file_or_not_found(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
) -> Response {
    use axum::http::{Method, StatusCode};
    use tower::ServiceExt;
    use tower_http::services::ServeDir;

    if matches!(*request.method(), Method::GET | Method::HEAD) {
        let (parts, body) = request.into_parts();
        let probe = axum::extract::Request::from_parts(parts.clone(), axum::body::Body::empty());
        let files = ServeDir::new(&*state.leptos_options.site_root)
            .precompressed_br()
            .precompressed_gzip()
            .append_index_html_on_directories(false);
        if let Ok(response) = files.oneshot(probe).await
            && matches!(
                response.status(),
                StatusCode::OK | StatusCode::NOT_MODIFIED | StatusCode::PARTIAL_CONTENT
            )
        {
            return response.map(axum::body::Body::new);
        }
        let request = axum::extract::Request::from_parts(parts, body);
        return not_found(state, request).await;
    }
    not_found(state, request).await
}

async fn not_found(state: AppState, request: axum::extract::Request) -> Response {
    let uri = request.uri().clone();
    let handler = leptos_axum::file_and_error_handler_with_context::<AppState, _>(page_context(&state), shell);
    handler(uri, axum::extract::State(state), request).await
}

/// What every page and server function has in context besides the state: in local mode, the
/// pseudo-language, which developers check their pages in (nobody else is offered it).
fn page_context(state: &AppState) -> impl Fn() + Clone + Send + 'static {
    let local_mode = state.mailbox.is_some();
    // The links of `/login` and the names settings show.
    let offered = state.federation.as_ref().map(|federation| {
        app::model::OfferedProviders(
            federation
                .providers
                .iter()
                .map(|provider| (provider.name.clone(), provider.display_name.clone()))
                .collect(),
        )
    });
    move || {
        if local_mode {
            leptos::prelude::provide_context(app::i18n::PseudoLanguageOffered);
        }
        if let Some(offered) = &offered {
            leptos::prelude::provide_context(offered.clone());
        }
    }
}

/// How long browsers may keep what we send. Files whose names carry a content hash (a build with
/// cargo-leptos's `hash-files`) never change: a year, immutable.
/// Other static files may be kept but are revalidated each time (`no-cache`; a `304` costs no
/// body). Pages are never stored: each carries its own CSP nonce. Server functions say `no-store`
/// themselves (`server_functions_take_json_only`).
async fn cache_policy(request_path: axum::http::Uri, mut response: Response) -> Response {
    use axum::http::{HeaderValue, header};
    let path = request_path.path();
    let headers = response.headers_mut();
    if path.starts_with("/api/") || headers.contains_key(header::CACHE_CONTROL) {
        return response;
    }
    let is_page = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    let policy = if is_page {
        "no-store"
    } else if path.starts_with("/pkg/") && has_content_hash(path) {
        "public, max-age=31536000, immutable"
    } else {
        "public, no-cache"
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    if !is_page {
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}

/// Whether a file name carries a content hash, as cargo-leptos's `hash-files` names them: a
/// dot-separated part of 22 base64url characters, an MD5 of the content (`doorway.<hash>.wasm`).
/// Nothing else counts: the wasm-split chunks' numbers (`split_…_loader_1146….wasm`) name the
/// split point, not the content, and `__wasm_split.______________________.js` is a placeholder.
fn has_content_hash(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let mut parts = name.split('.');
    parts.next(); // the stem
    parts.any(|part| {
        part.len() == 22
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            && part.bytes().any(|b| b.is_ascii_alphanumeric())
    })
}

/// What every answer carries, pages, files and 404s alike: no other site may frame our pages
/// (a sign-in form under someone else's overlay), no plugins, no `<base>` rewriting, no MIME
/// sniffing, and no address of ours sent on to other sites. Pages come with their own policy,
/// which also names the scripts they may run (`app::backend::send_content_security_policy`).
async fn security_headers(axum::extract::State(hsts): axum::extract::State<bool>, mut response: Response) -> Response {
    use axum::http::{HeaderValue, header};
    let headers = response.headers_mut();
    if hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'"),
        );
    }
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// What a build without the `local` feature (the production build) says when started without
/// AWS configuration: it has no emulators to fall back on.
#[cfg(not(feature = "local"))]
pub const NO_LOCAL_MODE: &str = "configuration error: COGNITO_USER_POOL_ID: this build has no local mode \
     (built without the `local` feature); set COGNITO_USER_POOL_ID and COGNITO_CLIENT_ID";

/// The AWS side of the app, connected and ready, plus what keeps local emulators running.
pub struct Services {
    pub user_pool: UserPool,
    pub profiles: ProfileTable,
    pub token_source: TokenSource,
    pub mailbox: Option<SharedMailbox>,
    /// Dropping it stops the embedded emulators (local mode only).
    #[cfg(feature = "local")]
    pub local: Option<local::LocalAws>,
    /// The rate limits the app's state and router are built with.
    pub rate_limits: RateLimits,
    /// How the server answers HTTP.
    pub http: HttpSettings,
    /// The key of the sign-in markers (`sign_in_marker`).
    pub sign_in_marker_key: MarkerKey,
    /// Sign-in through other identity providers (local mode: Local ID).
    pub federation: Option<Federation>,
    /// Which new passwords are refused.
    pub password_check: PasswordCheck,
}

/// Says at start when what the browser holds would work without our server: the server still
/// works, but the browser's access tokens can call Cognito's self-service operations directly.
async fn warn_of_tokens_cognito_honours(user_pool: &UserPool) {
    match user_pool.has_pre_token_trigger().await {
        Ok(true) => {}
        Ok(false) => tracing::warn!(
            "the user pool has no pre token generation trigger (server/triggers, deployed by \
             server/deploy/template.yaml): the browser's access tokens keep the \
             aws.cognito.signin.user.admin scope and can call Cognito directly"
        ),
        Err(error) => tracing::warn!(
            ?error,
            "could not read the user pool's triggers (cognito-idp:DescribeUserPool); if it has no \
             pre token generation trigger, the browser's access tokens can call Cognito directly"
        ),
    }
    if user_pool.server.is_none() {
        tracing::warn!(
            "no server-only app client (COGNITO_SERVER_CLIENT_ID): the server mints with the browser's \
             client, whose tokens a pool with the trigger leaves without the scope the changes need"
        );
    }
}

impl Services {
    /// Local mode: the pool's client sends people back to the app at `addr` (under both loopback
    /// names, and at `PUBLIC_URL`), as the template's callback and sign-out URLs do on AWS.
    pub async fn allow_app_at(&self, addr: std::net::SocketAddr) -> Result<(), String> {
        #[cfg(feature = "local")]
        if let Some(local) = &self.local {
            let port = addr.port();
            let loopback = [format!("http://127.0.0.1:{port}"), format!("http://localhost:{port}")];
            for origin in loopback.into_iter().chain(self.http.public_url.clone()) {
                local.allow_app_at(&origin).await?;
            }
        }
        let _ = addr;
        Ok(())
    }

    /// Connects to AWS, or starts and provisions the embedded emulators in local mode.
    pub async fn connect(settings: &Settings) -> Result<Self, String> {
        match &settings.mode {
            Mode::Aws(aws) => {
                let sdk = aws_config::load_defaults(BehaviorVersion::latest()).await;
                let region = sdk
                    .region()
                    .map(|r| r.to_string())
                    .ok_or("configuration error: AWS_REGION: no region found in the AWS chain; set AWS_REGION")?;
                let user_pool = UserPool::new(
                    aws_sdk_cognitoidentityprovider::Client::new(&sdk),
                    aws.user_pool_id.clone(),
                    AppClient::new(&aws.client_id, aws.client_secret.clone()),
                    aws.server_client.clone(),
                );
                let profiles = ProfileTable::new(aws_sdk_dynamodb::Client::new(&sdk), settings.profile_table.clone());
                // A fresh account (or another DynamoDB-compatible service) may have no table yet:
                // make it, as local mode does. Credentials without the right to look or create
                // are fine too: the table is then taken to exist.
                if let Err(error) = profiles.ensure_exists().await {
                    tracing::warn!(table = %settings.profile_table, %error, "could not make sure the profile table exists (PROFILE_TABLE; partition key `sub`, a string)");
                }
                let issuer = aws
                    .issuer
                    .clone()
                    .unwrap_or_else(|| default_issuer(&region, &aws.user_pool_id));
                let jwks_url = aws.jwks_url.clone().unwrap_or_else(|| {
                    default_jwks_url(cognito_endpoint_override().as_deref(), &issuer, &aws.user_pool_id)
                });
                tracing::info!(mode = "aws", %region, user_pool = %aws.user_pool_id, table = %settings.profile_table, "connected to AWS");
                warn_of_tokens_cognito_honours(&user_pool).await;
                let sign_in_marker_key = aws.sign_in_marker_key.clone().unwrap_or_else(|| {
                    tracing::warn!(
                        "SIGN_IN_MARKER_KEY is not set: sign-in markers are signed with a key made at start, so they do not survive a restart and other instances refuse them"
                    );
                    MarkerKey::random()
                });
                Ok(Self {
                    user_pool,
                    profiles,
                    token_source: TokenSource { issuer, jwks_url },
                    mailbox: None,
                    #[cfg(feature = "local")]
                    local: None,
                    rate_limits: settings.rate_limits.clone(),
                    http: settings.http.clone(),
                    sign_in_marker_key,
                    federation: aws.federation.clone(),
                    password_check: PasswordCheck::new(settings.breached_passwords_range.clone()),
                })
            }
            #[cfg(feature = "local")]
            Mode::Local(local_settings) => {
                let local = local::LocalAws::start(local_settings).await?;
                let sdk = local.sdk_config();
                let mut user_pool = UserPool::new(
                    cognito_client(&sdk, &local.cognito_endpoint),
                    local::USER_POOL_ID.to_string(),
                    local.browser_client.clone(),
                    Some(local.server_client.clone()),
                );
                user_pool.passkey_rp_id = Some(local_settings.passkey_rp_id.clone());
                let profiles = ProfileTable::new(
                    dynamodb_client(&sdk, &local.dynamodb_endpoint),
                    settings.profile_table.clone(),
                );
                profiles
                    .ensure_exists()
                    .await
                    .map_err(|e| format!("could not create the local profile table: {e}"))?;
                local.write_instances_env(&settings.profile_table)?;
                tracing::info!(
                    mode = "local",
                    state = %local.dir.display(),
                    cognito = %local.cognito_endpoint,
                    dynamodb = %local.dynamodb_endpoint,
                    "embedded Cognito and DynamoDB emulators are running; codes appear on /dev/mailbox"
                );
                Ok(Self {
                    user_pool,
                    profiles,
                    token_source: local.token_source(),
                    mailbox: Some(local.mailbox(settings.http.public_url.as_deref())),
                    sign_in_marker_key: local.sign_in_marker_key.clone(),
                    federation: Some(Federation {
                        hosted_ui: local.hosted_ui.clone(),
                        providers: vec![app::backend::federation::IdentityProvider {
                            name: local::LOCAL_ID_PROVIDER.to_string(),
                            display_name: "Local ID".to_string(),
                        }],
                    }),
                    local: Some(local),
                    rate_limits: settings.rate_limits.clone(),
                    http: settings.http.clone(),
                    password_check: PasswordCheck::new(settings.breached_passwords_range.clone()),
                })
            }
            #[cfg(not(feature = "local"))]
            Mode::Local(_) => Err(NO_LOCAL_MODE.to_string()),
        }
    }

    /// The access-token verifier for this pool, fetching keys from its JWKS location.
    pub fn token_verifier(&self) -> TokenVerifier {
        let source = app::backend::token_verifier::HttpJwks::new(self.token_source.jwks_url.clone());
        TokenVerifier::new(
            self.token_source.issuer.clone(),
            self.user_pool.browser.id.clone(),
            Box::new(source),
        )
    }

    pub fn app_state(&self, leptos_options: LeptosOptions) -> AppState {
        let limit_store = LimitStore::beside(&self.profiles);
        let on = |calls: u32| if self.rate_limits.enabled { calls } else { 0 };
        AppState {
            leptos_options,
            user_pool: self.user_pool.clone(),
            profiles: self.profiles.clone(),
            verifier: self.token_verifier(),
            mailbox: self.mailbox.clone(),
            http: self.http.clone(),
            sign_up_pace: Default::default(),
            rate_limits: self.rate_limits.clone(),
            user_calls: SharedLimit::per_minute(
                Some(&limit_store),
                "calls per user",
                on(self.rate_limits.user_per_minute),
            ),
            limit_store,
            sign_in_marker_key: self.sign_in_marker_key.clone(),
            federation: self.federation.clone(),
            password_check: self.password_check.clone(),
        }
    }
}

/// The Cognito endpoint the SDK was redirected to, if any (for the default JWKS location).
fn cognito_endpoint_override() -> Option<String> {
    ["AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_ENDPOINT_URL"]
        .into_iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
}

pub fn cognito_client(sdk: &SdkConfig, endpoint: &str) -> aws_sdk_cognitoidentityprovider::Client {
    let config = aws_sdk_cognitoidentityprovider::config::Builder::from(sdk)
        .endpoint_url(endpoint)
        .build();
    aws_sdk_cognitoidentityprovider::Client::from_conf(config)
}

pub fn dynamodb_client(sdk: &SdkConfig, endpoint: &str) -> aws_sdk_dynamodb::Client {
    let config = aws_sdk_dynamodb::config::Builder::from(sdk)
        .endpoint_url(endpoint)
        .build();
    aws_sdk_dynamodb::Client::from_conf(config)
}

#[cfg(test)]
mod tests {
    use super::{has_content_hash, is_loopback_name};

    #[test]
    fn only_loopback_names_are_local() {
        for host in [
            "localhost",
            "localhost:3000",
            "LOCALHOST.",
            "app.localhost:3000",
            "127.0.0.1:3000",
            "127.1.2.3",
            "[::1]:3000",
            "[::1]",
        ] {
            assert!(is_loopback_name(host), "{host}");
        }
        for host in [
            "rebind.example.com:3000",
            "localhost.example.com",
            "10.0.0.1:3000",
            "[2001:db8::1]:3000",
            "0.0.0.0:3000",
            "",
            "[::1",
        ] {
            assert!(!is_loopback_name(host), "{host}");
        }
    }

    #[test]
    fn only_content_hashed_file_names_are_kept_for_a_year() {
        assert!(has_content_hash("/pkg/doorway.Xb3kQ9_-tZ0aLm4PqRs7uw.wasm"));
        assert!(has_content_hash("/pkg/doorway.Xb3kQ9_-tZ0aLm4PqRs7uw.js"));
        assert!(!has_content_hash("/pkg/doorway.wasm"));
        assert!(!has_content_hash("/pkg/__wasm_split.______________________.js"));
        assert!(!has_content_hash(
            "/pkg/split_account_settings_loader_11462063364353992460.wasm"
        ));
        assert!(!has_content_hash("/pkg/chunk_3.wasm"));
    }
}
