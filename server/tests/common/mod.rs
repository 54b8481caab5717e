//! A running app per test: embedded emulators on their own ports and data directory, and the
//! real router served on a free loopback port, called over HTTP like a browser would.
//!
//! Server functions are called with their generated argument structs (`SignIn { .. }`), so a
//! renamed function or argument is a compile error here, and answers come back typed:
//! `(HTTP status, Result<output, AppError>)`. Only tests that must send what the app itself
//! never would (unknown fields, another content type) post raw bodies ([`TestApp::call_raw`],
//! [`TestApp::post_as`]).
#![allow(dead_code)]

pub mod authenticator;
pub mod captured_log;
pub mod faults;
pub mod totp;

use app::{
    backend::config::{LocalSettings, Mode, Settings},
    error::{AppError, Field},
    functions::{
        auth::{ConfirmSignUp, RefreshSession, SignIn, SignUp},
        profile::GetProfile,
        settings::{ChangeEmail, ChangePassword, DeleteAccount},
    },
    model::{MailPurpose, SignedIn},
};
use leptos::prelude::LeptosOptions;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;
use server::Services;
use server_fn::ServerFn;

pub const PASSWORD: &str = "correct horse battery staple";

/// What a server function answered: the HTTP status, and its output or its typed error.
pub type Answer<T> = (u16, Result<T, AppError>);

/// The error code Cognito answered an SDK call with (`"none"` for no service error).
pub fn code_of<E: aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata>(
    error: &aws_sdk_cognitoidentityprovider::error::SdkError<E>,
) -> String {
    error
        .as_service_error()
        .and_then(|e| e.code())
        .unwrap_or("none")
        .to_string()
}

/// Local mode with its state in `dir` and a free port for the embedded Cognito.
pub fn local_settings(dir: &std::path::Path) -> Settings {
    use_one_signing_key();
    Settings {
        mode: Mode::Local(LocalSettings {
            dir: dir.to_path_buf(),
            cognito_port: 0,
            access_token_minutes: 15,
            // Cognito's protections as local mode has them by default.
            limits: Default::default(),
            serve_publicly: false,
            passkey_rp_id: "localhost".into(),
        }),
        profile_table: "profiles".into(),
        http: Default::default(),
        // The app's own limits as they are by default: the tests never reach them.
        rate_limits: Default::default(),
        breached_passwords_range: None,
    }
}

/// Calls the server function `F` of the app at `base` with `args`, as the app's own client
/// would (a JSON body), and decodes the answer: the output on a 2xx status, else the error.
pub async fn call_at<F>(http: &reqwest::Client, base: &str, args: F) -> Answer<F::Output>
where
    F: ServerFn<Error = AppError> + Serialize,
    F::Output: DeserializeOwned,
{
    let body = serde_json::to_string(&args).expect("arguments serialize");
    decode::<F>(post(http, base, F::PATH, "application/json", body).await).await
}

/// Calls the server function `F` of the app at `base` as [`TestApp::call_from`] does: from
/// `client` behind a proxy (`X-Forwarded-For`), without cookies; with the `Retry-After` seconds.
pub async fn call_from_at<F>(http: &reqwest::Client, base: &str, client: &str, args: F) -> ClientAnswer<F::Output>
where
    F: ServerFn<Error = AppError> + Serialize,
    F::Output: DeserializeOwned,
{
    call_from_browser_at(http, base, client, None, args).await.0
}

/// Calls the server function `F` of the app at `base` from `client` behind a proxy, from a
/// browser that sends the sign-in `marker` (`name=value`) it holds: the answer with its
/// `Retry-After` seconds, and the marker the answer sets.
async fn call_from_browser_at<F>(
    http: &reqwest::Client,
    base: &str,
    client: &str,
    marker: Option<&str>,
    args: F,
) -> (ClientAnswer<F::Output>, Option<String>)
where
    F: ServerFn<Error = AppError> + Serialize,
    F::Output: DeserializeOwned,
{
    let mut request = http
        .post(format!("{base}{}", F::PATH))
        .header("content-type", "application/json")
        .header("x-forwarded-for", client)
        .body(serde_json::to_string(&args).expect("arguments serialize"));
    if let Some(marker) = marker {
        request = request.header("cookie", marker);
    }
    let response = request.send().await.unwrap();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|value| value.to_str().unwrap().parse().expect("Retry-After in whole seconds"));
    let marker = marker_set_by(&response);
    let (status, answer) = decode::<F>(response).await;
    ((status, retry_after, answer), marker)
}

async fn post(http: &reqwest::Client, base: &str, path: &str, content_type: &str, body: String) -> reqwest::Response {
    http.post(format!("{base}{path}"))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

/// The newest code the emulator "sent" to `email` for `purpose`, waiting a little for codes
/// sent in the background. The one way tests read the mailbox for a code.
pub async fn newest_code(backend: &Services, email: &str, purpose: MailPurpose) -> String {
    let mailbox = backend.mailbox.as_ref().expect("local mode has a mailbox");
    for _ in 0..50 {
        // Newest first: the first match is the latest code.
        let messages = mailbox.messages().await;
        if let Some(message) = messages.into_iter().find(|m| m.to == email && m.purpose == purpose) {
            return message.code;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no {purpose:?} code was sent to {email}");
}

pub struct TestApp {
    pub base: String,
    pub backend: Services,
    http: reqwest::Client,
    /// The sign-in marker this test's browser keeps (`name=value`), as [`TestApp::call`] is sent.
    marker: std::sync::Mutex<Option<String>>,
    _dir: tempfile::TempDir,
}

/// What a call from a chosen client answered: the HTTP status, the `Retry-After` seconds, and the
/// output or the error.
pub type ClientAnswer<T> = (u16, Option<u64>, Result<T, AppError>);

/// The sign-in marker a response sets, as the `name=value` a browser sends back.
fn marker_set_by(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| value.starts_with(&format!("{}=", server::sign_in_marker::COOKIE_NAME)))
        .and_then(|value| value.split(';').next())
        .map(str::to_string)
}

/// Decodes a server function's answer: the output on a 2xx status, else the error.
async fn decode<F>(response: reqwest::Response) -> (u16, Result<F::Output, AppError>)
where
    F: ServerFn,
    F::Output: DeserializeOwned,
{
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let answer = if (200..300).contains(&status) {
        Ok(serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: a {status} answer that is not its output ({e}): {text}", F::PATH)))
    } else {
        Err(serde_json::from_str::<AppError>(&text)
            .unwrap_or_else(|e| panic!("{}: a {status} answer that is not an AppError ({e}): {text}", F::PATH)))
    };
    (status, answer)
}

impl TestApp {
    pub async fn start() -> Self {
        let (backend, dir) = Self::local_backend().await;
        Self::serve(backend, dir).await
    }

    /// Local mode with the app's Cognito and DynamoDB clients going through fault-injecting
    /// proxies (`faults`), with the SDK's own retries set by `retry`.
    pub async fn start_with_faults(retry: aws_config::retry::RetryConfig) -> (Self, faults::Faults) {
        let (mut backend, dir) = Self::local_backend().await;
        let faults = faults::Faults::install(&mut backend, retry).await;
        (Self::serve(backend, dir).await, faults)
    }

    /// Local mode with Cognito's protections at `limits` in place of the defaults.
    pub async fn start_with_limits(limits: app::backend::config::LocalLimits) -> Self {
        Self::start_with(|settings| {
            if let Mode::Local(local) = &mut settings.mode {
                local.limits = limits;
            }
        })
        .await
    }

    /// Local mode with the settings `change` makes (rate limits, say).
    pub async fn start_with(change: impl FnOnce(&mut Settings)) -> Self {
        let _ = tracing_subscriber::fmt().with_test_writer().try_init();
        let dir = tempfile::tempdir().unwrap();
        let mut settings = local_settings(dir.path());
        change(&mut settings);
        let backend = Services::connect(&settings).await.unwrap();
        Self::serve(backend, dir).await
    }

    async fn local_backend() -> (Services, tempfile::TempDir) {
        // What the server logs shows beside a failing test's output.
        let _ = tracing_subscriber::fmt().with_test_writer().try_init();
        let dir = tempfile::tempdir().unwrap();
        let backend = Services::connect(&local_settings(dir.path())).await.unwrap();
        (backend, dir)
    }

    pub async fn serve(backend: Services, dir: tempfile::TempDir) -> Self {
        let options = LeptosOptions::builder().output_name("doorway").build();
        let router = server::router(backend.app_state(options));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        // The pool's client sends people back to this app after a provider's sign-in.
        backend.allow_app_at(listener.local_addr().unwrap()).await.unwrap();
        // With the socket address, as the server serves: the rate limits count by it.
        let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });
        Self {
            base,
            backend,
            http: reqwest::Client::new(),
            marker: Default::default(),
            _dir: dir,
        }
    }

    /// Calls a server function with its arguments, as this test's browser: it keeps the sign-in
    /// marker a sign-in sets and sends it back, as a browser keeps the cookie.
    /// (HTTP status, output or error).
    pub async fn call<F>(&self, args: F) -> Answer<F::Output>
    where
        F: ServerFn<Error = AppError> + Serialize,
        F::Output: DeserializeOwned,
    {
        let marker = self.marker();
        let mut request = self
            .http
            .post(format!("{}{}", self.base, F::PATH))
            .header("content-type", "application/json")
            .body(serde_json::to_string(&args).expect("arguments serialize"));
        if let Some(marker) = marker {
            request = request.header("cookie", marker);
        }
        let response = request.send().await.unwrap();
        if let Some(renewed) = marker_set_by(&response) {
            *self.marker.lock().unwrap() = Some(renewed);
        }
        decode::<F>(response).await
    }

    /// The sign-in marker this test's browser holds (`name=value`), from its sign-ins through
    /// [`TestApp::call`].
    pub fn marker(&self) -> Option<String> {
        self.marker.lock().unwrap().clone()
    }

    /// Calls a server function as another client would, without cookies, through a proxy that
    /// says the request came from `client` (`X-Forwarded-For`, believed only when 127.0.0.1 is a
    /// trusted proxy), and returns the `Retry-After` header too.
    pub async fn call_from<F>(&self, client: &str, args: F) -> ClientAnswer<F::Output>
    where
        F: ServerFn<Error = AppError> + Serialize,
        F::Output: DeserializeOwned,
    {
        self.call_from_browser(client, None, args).await.0
    }

    /// Calls a server function as `call_from` does, from a browser that sends the sign-in
    /// `marker` (`name=value`) it holds; also the marker the answer sets.
    pub async fn call_from_browser<F>(
        &self,
        client: &str,
        marker: Option<&str>,
        args: F,
    ) -> (ClientAnswer<F::Output>, Option<String>)
    where
        F: ServerFn<Error = AppError> + Serialize,
        F::Output: DeserializeOwned,
    {
        call_from_browser_at(&self.http, &self.base, client, marker, args).await
    }

    /// Posts a hand-made JSON body to the server function `F`, for bodies its argument struct
    /// cannot express (unknown fields): (HTTP status, JSON answer, or the text when not JSON).
    pub async fn call_raw<F: ServerFn>(&self, body: Value) -> (u16, Value) {
        let response = post(&self.http, &self.base, F::PATH, "application/json", body.to_string()).await;
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    /// Posts `body` to the server function `F` as `content_type`, as a form on another site could.
    pub async fn post_as<F: ServerFn>(&self, content_type: &str, body: &str) -> reqwest::Response {
        self.post_to(F::PATH, content_type, body).await
    }

    /// Posts `body` to any path as `content_type`.
    pub async fn post_to(&self, path: &str, content_type: &str, body: &str) -> reqwest::Response {
        post(&self.http, &self.base, path, content_type, body.to_string()).await
    }

    /// A GET of `path` that names the server `host` (`Host`), as a browser does after following
    /// a name that points here.
    pub async fn get_as_host(&self, path: &str, host: &str) -> reqwest::Response {
        let url = format!("{}{path}", self.base);
        self.http.get(url).header("host", host).send().await.unwrap()
    }

    /// A JSON POST of `body` to `path` that names the server `host` (`Host`).
    pub async fn post_as_host(&self, path: &str, host: &str, body: &str) -> reqwest::Response {
        let url = format!("{}{path}", self.base);
        let request = self
            .http
            .post(url)
            .header("host", host)
            .header("content-type", "application/json");
        request.body(body.to_string()).send().await.unwrap()
    }

    /// A plain GET of `path`, as a browser's first request for a page or file.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http.get(format!("{}{path}", self.base)).send().await.unwrap()
    }

    /// The newest code sent to `email` for `purpose` ([`newest_code`]).
    pub async fn code(&self, email: &str, purpose: MailPurpose) -> String {
        newest_code(&self.backend, email, purpose).await
    }

    pub async fn sign_up(&self, email: &str, password: &str, display_name: &str) -> Answer<()> {
        self.call(SignUp {
            email: email.into(),
            password: password.into(),
            display_name: display_name.into(),
        })
        .await
    }

    /// Confirms a sign-up with its code only (no password: nobody is signed in).
    pub async fn confirm(&self, email: &str, code: &str) -> Answer<Option<SignedIn>> {
        self.call(ConfirmSignUp {
            email: email.into(),
            code: code.into(),
            password: None,
            time_zone: None,
            language: None,
        })
        .await
    }

    /// A password sign-in without browser hints, of an account without two-step sign-in.
    pub async fn sign_in(&self, email: &str, password: &str) -> Answer<SignedIn> {
        let (status, step) = self.call(sign_in_args(email, password)).await;
        (
            status,
            step.map(|step| step.into_signed_in().expect("no second step for this account")),
        )
    }

    /// The profile `token` reads (the read must succeed).
    pub async fn profile(&self, token: &str) -> app::model::Profile {
        let (status, profile) = self
            .call(GetProfile {
                access_token: token.into(),
            })
            .await;
        assert_eq!(status, 200, "{profile:?}");
        profile.unwrap()
    }

    /// A confirmed account, signed in.
    pub async fn confirmed_account(&self, email: &str, name: &str) -> SignedIn {
        assert_eq!(self.sign_up(email, PASSWORD, name).await, (200, Ok(())));
        let code = self.code(email, MailPurpose::SignUp).await;
        assert_eq!(self.confirm(email, &code).await, (200, Ok(None)));
        let (status, signed_in) = self.sign_in(email, PASSWORD).await;
        assert_eq!(status, 200, "{signed_in:?}");
        signed_in.unwrap()
    }

    /// The status of reading the profile with `token`: whether the session still counts.
    pub async fn profile_status(&self, token: &str) -> u16 {
        let get = GetProfile {
            access_token: token.into(),
        };
        self.call(get).await.0
    }

    /// The status of refreshing a sign-in's session.
    pub async fn refresh_status(&self, signed_in: &SignedIn) -> u16 {
        let refresh = RefreshSession {
            refresh_token: signed_in.tokens.refresh_token.clone().expect("a refresh token").into(),
            username: signed_in.username.clone(),
        };
        self.call(refresh).await.0
    }

    /// How many users the Cognito pool holds.
    pub async fn cognito_users(&self) -> usize {
        let pool = &self.backend.user_pool;
        let users = pool
            .sdk()
            .list_users()
            .user_pool_id(&pool.pool_id)
            .send()
            .await
            .unwrap();
        users.users().len()
    }

    /// The user id a (valid) access token carries.
    pub async fn sub(&self, access_token: &str) -> String {
        self.backend
            .token_verifier()
            .verify_access(access_token)
            .await
            .expect("a valid token")
            .sub
    }

    /// Every item in the profile table.
    pub async fn profile_items(
        &self,
    ) -> Vec<std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
        let profiles = &self.backend.profiles;
        let scan = profiles.sdk().scan().table_name(&profiles.table).send().await.unwrap();
        scan.items.unwrap_or_default()
    }

    /// A sign-in as the server mints one at a proof (the server-only client, whose access tokens
    /// keep the admin scope): what a self-service call to Cognito needs.
    pub async fn minted(&self, email: &str) -> app::model::Tokens {
        match self
            .backend
            .user_pool
            .mint_with_password(email, PASSWORD)
            .await
            .unwrap()
        {
            app::backend::user_pool::PasswordChecked::SignedIn(tokens) => tokens,
            other => panic!("no tokens for {email}: {other:?}"),
        }
    }

    /// Cognito's own answer to an access token: `GetUser` with it, straight at the embedded
    /// Cognito, or the error code it refuses the token with.
    pub async fn cognito_takes(&self, access_token: &str) -> Result<(), String> {
        self.backend
            .user_pool
            .sdk()
            .get_user()
            .access_token(access_token)
            .send()
            .await
            .map(drop)
            .map_err(|error| code_of(&error))
    }

    /// The server's own state, to check what our server (not Cognito) decides about a token.
    pub fn state(&self) -> app::backend::AppState {
        self.backend
            .app_state(LeptosOptions::builder().output_name("doorway").build())
    }
}

/// The page local mode's passkeys are made for (its relying party is `localhost`).
pub const PASSKEY_ORIGIN: &str = "http://localhost:3000";

/// Adds a passkey made by `authenticator` to the signed-in account, proving it with the password.
pub async fn add_passkey(app: &TestApp, signed_in: &SignedIn, authenticator: &mut authenticator::SoftAuthenticator) {
    let token = access_token(signed_in);
    let (status, options) = app
        .call(app::functions::passwordless::PasskeyCreationOptions {
            access_token: token.as_str().into(),
            proof: app::model::Proof::Password(PASSWORD.into()),
        })
        .await;
    assert_eq!(status, 200, "{options:?}");
    let credential = authenticator.register(&options.unwrap(), PASSKEY_ORIGIN);
    let added = app
        .call(app::functions::passwordless::AddPasskey {
            access_token: token.as_str().into(),
            credential,
        })
        .await;
    assert_eq!(added, (200, Ok(())));
}

/// The access token of a sign-in.
pub fn access_token(signed_in: &SignedIn) -> String {
    signed_in.tokens.access_token.clone()
}

/// The `sub` of a sign-in's user.
pub fn sub_of(signed_in: &SignedIn) -> String {
    app::backend::user_pool::id_token_identity(&signed_in.tokens.id_token)
        .unwrap()
        .sub
}

/// The field an `Invalid` answer names.
pub fn invalid_field<T>(answer: &Answer<T>) -> Option<Field> {
    match answer {
        (_, Err(AppError::Invalid { field, .. })) => Some(*field),
        _ => None,
    }
}

pub fn delete_account(token: &str, password: &str, confirmation: &str) -> DeleteAccount {
    DeleteAccount {
        access_token: token.into(),
        current_password: password.into(),
        confirmation: confirmation.into(),
    }
}

pub fn change_password(token: &str, current: &str, new: &str) -> ChangePassword {
    ChangePassword {
        access_token: token.into(),
        current_password: current.into(),
        new_password: new.into(),
    }
}

pub fn change_email(token: &str, new_email: &str, password: &str) -> ChangeEmail {
    ChangeEmail {
        access_token: token.into(),
        new_email: new_email.into(),
        current_password: password.into(),
        code: None,
    }
}

/// One token-signing key for every embedded Cognito in this test process, set before the first
/// starts: the emulator reads its key once per process, and the local layer re-signs tokens with
/// the same key (as `server/src/main.rs` arranges for the server).
pub fn use_one_signing_key() {
    static KEY_DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    KEY_DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        server::local::prepare_signing_key(dir.path()).unwrap();
        dir
    });
}

/// The arguments of a password sign-in without the browser's locale.
pub fn sign_in_args(email: &str, password: &str) -> SignIn {
    SignIn {
        email: email.into(),
        password: password.into(),
        time_zone: None,
        language: None,
    }
}

impl TestApp {
    /// Calls a server function as a browser with this `User-Agent` would.
    pub async fn call_with_user_agent<F>(&self, user_agent: &str, args: F) -> Answer<F::Output>
    where
        F: ServerFn<Error = AppError> + Serialize,
        F::Output: DeserializeOwned,
    {
        let http = reqwest::Client::builder().user_agent(user_agent).build().unwrap();
        call_at(&http, &self.base, args).await
    }
}

/// The server binary as a process of its own in AWS mode (no emulator inside), pointed at
/// `cognito` and `dynamodb` by the variables the README documents and listening on a free port
/// (returned as its base address). `dir` is its working directory, where no `.env` is.
pub fn spawn_in_aws_mode(
    service: &Services,
    cognito: &str,
    dynamodb: &str,
    table: &str,
    dir: &std::path::Path,
) -> ServerProcess {
    spawn_in_aws_mode_with(service, cognito, dynamodb, table, dir, &AwsModeExtras::default())
}

/// A server process of its own ([`spawn_in_aws_mode`]), killed when dropped.
pub struct ServerProcess {
    pub child: std::process::Child,
    /// Where it listens: `http://127.0.0.1:{port}`.
    pub base: String,
    /// The file its output goes to, when it is kept (`AwsModeExtras::output`).
    pub log: Option<std::path::PathBuf>,
}

impl ServerProcess {
    /// What it has written so far (nothing when its output is not kept).
    pub fn log(&self) -> String {
        self.log
            .as_ref()
            .and_then(|path| std::fs::read_to_string(path).ok())
            .unwrap_or_default()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What [`spawn_in_aws_mode_with`] adds to an AWS-mode server process.
#[derive(Debug, Default, Clone)]
pub struct AwsModeExtras {
    /// More environment, after (and so over) the defaults: `TRUSTED_PROXIES`, `RATE_LIMIT_*`, ...
    pub env: Vec<(String, String)>,
    /// A file for what the process writes, its log (standard output) and standard error both;
    /// `None`: its log is dropped and standard error is the test's.
    pub output: Option<std::path::PathBuf>,
}

/// [`spawn_in_aws_mode`] with more environment and the process's output in a file. The
/// variables come from the `instances.env` local mode writes for other instances (its pool,
/// clients, secrets, issuer and marker key), with the endpoints and the table replaced by these.
pub fn spawn_in_aws_mode_with(
    service: &Services,
    cognito: &str,
    dynamodb: &str,
    table: &str,
    dir: &std::path::Path,
    extras: &AwsModeExtras,
) -> ServerProcess {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let local = service.local.as_ref().expect("local emulators");
    let mut env = instances_env(&local.dir);
    env.extend(
        [
            ("PROFILE_TABLE", table),
            ("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", cognito),
            ("AWS_ENDPOINT_URL_DYNAMODB", dynamodb),
            ("LEPTOS_OUTPUT_NAME", "doorway"),
            ("LEPTOS_SITE_ADDR", &format!("127.0.0.1:{port}")),
            ("RUST_LOG", "warn"),
        ]
        .map(|(name, value)| (name.to_string(), value.to_string())),
    );
    env.extend(extras.env.iter().cloned());
    let (stdout, stderr) = match &extras.output {
        Some(path) => {
            let file = std::fs::File::create(path).unwrap();
            (file.try_clone().unwrap().into(), file.into())
        }
        None => (std::process::Stdio::null(), std::process::Stdio::inherit()),
    };
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .current_dir(dir)
        .env_clear()
        .envs(env)
        .stdout(stdout)
        .stderr(stderr)
        .spawn()
        .unwrap();
    ServerProcess {
        child,
        base: format!("http://127.0.0.1:{port}"),
        log: extras.output.clone(),
    }
}

/// The `NAME=value` lines of the `instances.env` local mode keeps in `dir` for AWS-mode
/// instances pointed at its emulators.
pub fn instances_env(dir: &std::path::Path) -> Vec<(String, String)> {
    let path = dir.join("instances.env");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (name, value) = line.split_once('=').unwrap_or_else(|| panic!("not NAME=value: {line}"));
            (name.to_string(), value.to_string())
        })
        .collect()
}
