//! Faults on demand: a small HTTP proxy in front of an emulator that forwards every request
//! unchanged, except that operations named in its rule set answer with an AWS-shaped error a
//! chosen number of times, or with the service's answer changed (as AWS answers where the
//! emulator answers otherwise).
//!
//! Cognito and DynamoDB speak the AWS JSON protocol: every request is a `POST /` that names its
//! operation in the `X-Amz-Target` header (`DynamoDB_20120810.DeleteItem`,
//! `AWSCognitoIdentityProviderService.DeleteUser`), and an error is a 4xx or 5xx status with
//! `{"__type": "...", "message": "..."}`. The SDK maps the `__type` onto the service error the
//! app sees, exactly as it would with AWS.
//!
//! Mind the SDK's own retries (standard mode: three attempts for 5xx and throttling errors): a
//! client built with `RetryConfig::disabled()` meets each injected fault once per call, which is
//! what a test of the app's own retries wants.
use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use server::Services;

/// An AWS-shaped error answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub status: u16,
    /// The error code, as `__type` carries it (a namespace prefix `...#` is allowed).
    pub error_type: String,
    /// Forward the request first and answer the error instead of the real answer: the call
    /// took effect, but its caller never learns so (a lost answer).
    pub after_forwarding: bool,
    /// Instead of an error: the real answer, this much later (a slow service).
    pub slow_by: Option<std::time::Duration>,
}

impl Fault {
    pub fn new(status: u16, error_type: &str) -> Self {
        Self {
            status,
            error_type: error_type.to_string(),
            after_forwarding: false,
            slow_by: None,
        }
    }

    /// No error, but the real answer only after `delay`.
    pub fn slow(delay: std::time::Duration) -> Self {
        Self {
            slow_by: Some(delay),
            ..Self::new(200, "")
        }
    }

    /// DynamoDB's own failure (HTTP 500).
    pub fn dynamodb_internal() -> Self {
        Self::new(500, "InternalServerError")
    }

    /// DynamoDB throttling (HTTP 400), as the service names it.
    pub fn dynamodb_throttled() -> Self {
        Self::new(
            400,
            "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
        )
    }

    /// Cognito's own failure (HTTP 500).
    pub fn cognito_internal() -> Self {
        Self::new(500, "InternalErrorException")
    }

    /// Cognito throttling (HTTP 400).
    pub fn cognito_throttled() -> Self {
        Self::new(400, "TooManyRequestsException")
    }

    /// The same fault, answered after the request went through.
    pub fn after_forwarding(self) -> Self {
        Self {
            after_forwarding: true,
            ..self
        }
    }

    fn response(&self, content_type: Option<HeaderValue>) -> Response {
        let body = serde_json::json!({"__type": self.error_type, "message": "injected"}).to_string();
        let status = StatusCode::from_u16(self.status).expect("a valid status");
        let content_type = content_type.unwrap_or(HeaderValue::from_static("application/x-amz-json-1.1"));
        (
            status,
            [
                (header::CONTENT_TYPE, content_type),
                (
                    header::HeaderName::from_static("x-amzn-requestid"),
                    HeaderValue::from_static("injected-fault"),
                ),
            ],
            body,
        )
            .into_response()
    }
}

/// How many times a rule still fails its operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Times {
    Next(u32),
    /// Until the rule is cleared.
    Always,
}

#[derive(Debug)]
struct Rule {
    operation: String,
    times: Times,
    fault: Fault,
}

impl Rule {
    /// The fault to answer now, if this rule names `target` and is not used up.
    fn take(&mut self, target: &str) -> Option<Fault> {
        if !names(&self.operation, target) {
            return None;
        }
        match &mut self.times {
            Times::Always => Some(self.fault.clone()),
            Times::Next(0) => None,
            Times::Next(left) => {
                *left -= 1;
                Some(self.fault.clone())
            }
        }
    }
}

/// Whether `operation` (a full target such as `DynamoDB_20120810.DeleteItem`, or just
/// `DeleteItem`) names the request's `X-Amz-Target`.
fn names(operation: &str, target: &str) -> bool {
    target == operation || target.rsplit_once('.').is_some_and(|(_, name)| name == operation)
}

#[derive(Default)]
struct Log {
    /// Requests seen per operation name, faulted or not.
    seen: HashMap<String, u32>,
    /// Faults answered per operation name.
    injected: HashMap<String, u32>,
    /// The body of the last request per operation name.
    last_body: HashMap<String, serde_json::Value>,
}

/// Changes the service's JSON answer to an operation.
type Rewrite = Box<dyn Fn(&mut serde_json::Value) + Send>;

struct Shared {
    upstream: String,
    http: reqwest::Client,
    rules: Mutex<Vec<Rule>>,
    /// Operation, and how to change its next answer; each serves once, in the order added.
    rewrites: Mutex<Vec<(String, Rewrite)>>,
    log: Mutex<Log>,
}

/// The proxy: listens on a free loopback port ([`FaultProxy::endpoint`]) until dropped.
pub struct FaultProxy {
    pub endpoint: String,
    shared: Arc<Shared>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FaultProxy {
    /// A proxy for the service at `upstream` (`http://127.0.0.1:port`), with no rule yet.
    pub async fn start(upstream: &str) -> Self {
        let shared = Arc::new(Shared {
            upstream: upstream.trim_end_matches('/').to_string(),
            http: reqwest::Client::builder().no_proxy().build().unwrap(),
            rules: Mutex::new(Vec::new()),
            rewrites: Mutex::new(Vec::new()),
            log: Mutex::new(Log::default()),
        });
        let router = axum::Router::new().fallback(handle).with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        Self { endpoint, shared, task }
    }

    /// From now on, the next `times` requests for `operation` get `fault` instead of the
    /// service's answer. Rules apply in the order they were added.
    pub fn fail(&self, operation: &str, times: Times, fault: Fault) {
        self.shared.rules.lock().unwrap().push(Rule {
            operation: operation.to_string(),
            times,
            fault,
        });
    }

    /// The next answer to `operation` that is not a fault goes back changed by `change`.
    pub fn rewrite_next(&self, operation: &str, change: impl Fn(&mut serde_json::Value) + Send + 'static) {
        self.shared
            .rewrites
            .lock()
            .unwrap()
            .push((operation.to_string(), Box::new(change)));
    }

    /// Takes every rule away: requests go through again.
    pub fn clear(&self) {
        self.shared.rules.lock().unwrap().clear();
    }

    /// How many requests for `operation` (its short name, `DeleteItem`) reached the proxy.
    pub fn seen(&self, operation: &str) -> u32 {
        self.shared
            .log
            .lock()
            .unwrap()
            .seen
            .get(operation)
            .copied()
            .unwrap_or(0)
    }

    /// The JSON body of the last request for `operation`, as the app's SDK sent it.
    pub fn last_body(&self, operation: &str) -> Option<serde_json::Value> {
        self.shared.log.lock().unwrap().last_body.get(operation).cloned()
    }

    /// How many of them were answered with a fault.
    pub fn injected(&self, operation: &str) -> u32 {
        self.shared
            .log
            .lock()
            .unwrap()
            .injected
            .get(operation)
            .copied()
            .unwrap_or(0)
    }
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap_or_default();
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
    let request = Request::from_parts(parts, Body::from(body));
    // The shared rate limits' table is asked on every call: its calls pass untouched and
    // uncounted, so a rule or a count names the profile's calls alone (`shared_limits.rs` tests
    // that table's outage).
    if json["TableName"]
        .as_str()
        .is_some_and(|table| table.ends_with("-limits"))
    {
        return forward(&shared, request).await;
    }
    let target = request
        .headers()
        .get("x-amz-target")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let operation = target
        .rsplit_once('.')
        .map_or(target.as_str(), |(_, name)| name)
        .to_string();
    let fault = shared
        .rules
        .lock()
        .unwrap()
        .iter_mut()
        .find_map(|rule| rule.take(&target));
    {
        let mut log = shared.log.lock().unwrap();
        *log.seen.entry(operation.clone()).or_default() += 1;
        log.last_body.insert(operation.clone(), json);
        if fault.is_some() {
            *log.injected.entry(operation.clone()).or_default() += 1;
        }
    }
    let content_type = request.headers().get(header::CONTENT_TYPE).cloned();
    match fault {
        Some(Fault {
            slow_by: Some(delay), ..
        }) => {
            tokio::time::sleep(delay).await;
            forward(&shared, request).await
        }
        Some(fault) if !fault.after_forwarding => fault.response(content_type),
        Some(fault) => {
            let _ = forward(&shared, request).await;
            fault.response(content_type)
        }
        None => {
            let rewrite = {
                let mut rewrites = shared.rewrites.lock().unwrap();
                let next = rewrites.iter().position(|(operation, _)| names(operation, &target));
                next.map(|at| rewrites.remove(at).1)
            };
            let response = forward(&shared, request).await;
            match rewrite {
                Some(change) => rewritten(response, change).await,
                None => response,
            }
        }
    }
}

/// `response` with its JSON body changed by `change`.
async fn rewritten(response: Response, change: Rewrite) -> Response {
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap_or_default();
    let mut json = serde_json::from_slice(&body).unwrap_or_default();
    change(&mut json);
    Response::from_parts(parts, Body::from(json.to_string()))
}

/// Sends the request on to the service as it came (the `Host` header too: the request is signed
/// for it), and its answer back as it came.
async fn forward(shared: &Shared, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => return (StatusCode::BAD_REQUEST, error.to_string()).into_response(),
    };
    let path = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let upstream = shared
        .http
        .request(parts.method, format!("{}{path}", shared.upstream))
        .headers(without_framing(parts.headers))
        .body(body)
        .send()
        .await;
    let upstream = match upstream {
        Ok(upstream) => upstream,
        Err(error) => return (StatusCode::BAD_GATEWAY, error.to_string()).into_response(),
    };
    let status = upstream.status();
    let headers = without_framing(upstream.headers().clone());
    let body = match upstream.bytes().await {
        Ok(body) => body,
        Err(error) => return (StatusCode::BAD_GATEWAY, error.to_string()).into_response(),
    };
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    response
}

/// The headers minus those about one connection's framing, which each hop sets for itself.
fn without_framing(mut headers: HeaderMap) -> HeaderMap {
    for name in [
        header::CONNECTION,
        header::CONTENT_LENGTH,
        header::TRANSFER_ENCODING,
        header::TE,
        header::TRAILER,
        header::UPGRADE,
        header::HeaderName::from_static("keep-alive"),
        header::PROXY_AUTHORIZATION,
    ] {
        headers.remove(name);
    }
    headers
}

/// A fault proxy in front of each emulator of a local-mode backend.
pub struct Faults {
    pub cognito: FaultProxy,
    pub dynamodb: FaultProxy,
}

impl Faults {
    /// Puts a proxy in front of each of `backend`'s emulators and rebuilds its Cognito and
    /// DynamoDB clients to go through them, with the SDK's retries set by `retry`. Token
    /// signing keys are still fetched from the emulator itself.
    pub async fn install(backend: &mut Services, retry: aws_config::retry::RetryConfig) -> Self {
        use app::backend::{ProfileTable, UserPool};
        use server::local::USER_POOL_ID;

        let local = backend.local.as_ref().expect("local mode");
        let faults = Self {
            cognito: FaultProxy::start(&local.cognito_endpoint).await,
            dynamodb: FaultProxy::start(&local.dynamodb_endpoint).await,
        };
        let sdk = local.sdk_config().to_builder().retry_config(retry).build();
        let passkey_rp_id = backend.user_pool.passkey_rp_id.clone();
        backend.user_pool = UserPool::new(
            server::cognito_client(&sdk, &faults.cognito.endpoint),
            USER_POOL_ID.to_string(),
            local.browser_client.clone(),
            Some(local.server_client.clone()),
        );
        backend.user_pool.passkey_rp_id = passkey_rp_id;
        backend.profiles = ProfileTable::new(
            server::dynamodb_client(&sdk, &faults.dynamodb.endpoint),
            backend.profiles.table.clone(),
        );
        faults
    }
}
