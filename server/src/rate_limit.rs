//! Rate limits in front of Cognito: every unauthenticated server function is counted per client
//! IP and, when its body names an email address, per email, before it runs. Over a limit the
//! answer is `429` with `Retry-After` (seconds) and `AppError::TooManyAttempts`, and Cognito is
//! not called. Authenticated calls are counted per user in `AppState::authenticate`.
//!
//! The quotas are `governor`'s GCRA (`app::backend::state::KeyedLimit`), configured by the
//! `RATE_LIMIT_*` variables (`app::backend::config::RateLimits`). They live in this process: with
//! several instances, each counts on its own (an edge limit, such as a WAF rate rule, is the
//! shared one).
//!
//! The client IP is the socket's (`ConnectInfo<SocketAddr>`: serve the router with
//! `into_make_service_with_connect_info::<SocketAddr>()`), unless the socket is a proxy named in
//! `TRUSTED_PROXIES`: then it is the right-most `X-Forwarded-For` address that is not itself a
//! trusted proxy. Every request carries it on as a [`ClientIp`] extension (Cognito's threat
//! protection is told it, `UserContextData`).
use std::{
    net::{IpAddr, Ipv6Addr, SocketAddr},
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use app::{
    backend::{
        audit::{self, Action, Who},
        config::RateLimits,
        state::KeyedLimit,
        user_pool::ClientIp,
    },
    error::AppError,
    functions::{
        auth::{ConfirmSignUp, ForgotPassword, RefreshSession, ResendCode, ResetPassword, SignIn, SignOut, SignUp},
        mailbox::ReadMailbox,
        passwordless::{SendSignInCode, SignInWithCode, SignInWithPasskey, StartPasskeySignIn},
        two_step::{SignInCode, SignInRecoveryCode},
    },
};
use axum::{
    body::Body,
    extract::{ConnectInfo, Request, State},
    http::{HeaderMap, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use ipnet::IpNet;
use server_fn::{ServerFn, error::FromServerFnError};

/// The largest body read to find the email address: far above any form of the app.
const MAX_BODY: usize = 64 * 1024;

/// What an unauthenticated server function is, for the limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// A password guess: counted per email with the sign-in quota too.
    SignIn,
    /// The second step of a sign-in: a guess counted like a password's, for the user the
    /// challenge is for (the `username` Cognito named in it, which it checks against the session),
    /// not for an email the body may name at will.
    SecondStep,
    /// Sends an email (`sign_up`, `forgot_password`): the stricter send quotas too.
    SendsEmail,
    /// Sends the sign-up code again: the send quotas and the resend cooldown.
    ResendCode,
    /// Names an email but sends nothing (`confirm_sign_up`, `reset_password`).
    NamesEmail,
    /// No email in its body (`refresh_session`, `sign_out`, `read_mailbox`): per IP only.
    NoEmail,
}

impl Call {
    fn is_a_guess(self) -> bool {
        matches!(self, Self::SignIn | Self::SecondStep)
    }

    fn sends_email(self) -> bool {
        matches!(self, Self::SendsEmail | Self::ResendCode)
    }
}

/// The unauthenticated server functions, by path. Every other server function takes an access
/// token and is limited per user.
fn unauthenticated() -> [(&'static str, Call); 15] {
    [
        (SignUp::PATH, Call::SendsEmail),
        (ConfirmSignUp::PATH, Call::NamesEmail),
        (ResendCode::PATH, Call::ResendCode),
        (SignIn::PATH, Call::SignIn),
        // The second step of a sign-in guesses a code: the same quotas as a password.
        (SignInCode::PATH, Call::SecondStep),
        (SignInRecoveryCode::PATH, Call::SignIn),
        (RefreshSession::PATH, Call::NoEmail),
        (SignOut::PATH, Call::NoEmail),
        (ForgotPassword::PATH, Call::SendsEmail),
        (ResetPassword::PATH, Call::NamesEmail),
        (ReadMailbox::PATH, Call::NoEmail),
        // Signing in without a password: a code is an email sent, and each answer is a guess
        // (a passkey challenge only names the address).
        (SendSignInCode::PATH, Call::SendsEmail),
        (SignInWithCode::PATH, Call::SignIn),
        (StartPasskeySignIn::PATH, Call::NamesEmail),
        (SignInWithPasskey::PATH, Call::SignIn),
    ]
}

/// How the limits count a request to `path`: `None` for pages, files and authenticated calls.
pub fn classify(path: &str) -> Option<Call> {
    unauthenticated()
        .into_iter()
        .find_map(|(known, call)| (known == path).then_some(call))
}

/// The quotas, shared by every request this router answers.
pub struct Limits {
    enabled: bool,
    trusted_proxies: Vec<IpNet>,
    /// Set once the log has said that `X-Forwarded-For` came from a peer not trusted.
    told_of_untrusted_forwarding: AtomicBool,
    per_ip: KeyedLimit<IpAddr>,
    sends_per_ip: KeyedLimit<IpAddr>,
    per_email: KeyedLimit<String>,
    sign_ins_per_email: KeyedLimit<String>,
    sends_per_email: KeyedLimit<String>,
    resend_cooldown: KeyedLimit<String>,
}

impl Limits {
    pub fn new(config: &RateLimits) -> Arc<Self> {
        let on = |calls: u32| if config.enabled { calls } else { 0 };
        Arc::new(Self {
            enabled: config.enabled,
            trusted_proxies: config.trusted_proxies.clone(),
            told_of_untrusted_forwarding: AtomicBool::new(false),
            per_ip: KeyedLimit::per_minute(on(config.ip_per_minute)),
            sends_per_ip: KeyedLimit::per_minute(on(config.ip_sends_per_minute)),
            per_email: KeyedLimit::per_minute(on(config.email_per_minute)),
            sign_ins_per_email: KeyedLimit::per_minute(on(config.sign_ins_per_minute)),
            sends_per_email: KeyedLimit::new(on(config.sends_per_hour), Duration::from_secs(3600)),
            resend_cooldown: KeyedLimit::new(
                on(config.resend_cooldown_seconds.min(1)),
                Duration::from_secs(config.resend_cooldown_seconds.into()),
            ),
        })
    }

    /// Takes one call from each quota that applies, stopping at the first that is used up.
    /// `email` is the account the call is for: its email, or for a second step its user.
    fn check(&self, call: Call, ip: IpAddr, email: Option<&String>) -> Result<(), (&'static str, u64)> {
        let key = limit_key(ip);
        let named = |limit: &'static str| move |retry_after| (limit, retry_after);
        self.per_ip.check(&key).map_err(named("per IP"))?;
        if call.sends_email() {
            self.sends_per_ip.check(&key).map_err(named("emails per IP"))?;
        }
        let Some(email) = email else {
            return Ok(());
        };
        self.per_email.check(email).map_err(named("per email"))?;
        if call.is_a_guess() {
            self.sign_ins_per_email
                .check(email)
                .map_err(named("sign-ins per email"))?;
        }
        if call.sends_email() {
            self.sends_per_email.check(email).map_err(named("emails per address"))?;
        }
        if call == Call::ResendCode {
            self.resend_cooldown.check(email).map_err(named("resend cooldown"))?;
        }
        Ok(())
    }
}

/// The middleware: finds the client IP, hands it on, and counts the unauthenticated calls.
pub async fn limit(State(limits): State<Arc<Limits>>, mut request: Request, next: Next) -> Response {
    let socket = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(address)| address.ip());
    let client = socket.map(|socket| client_ip(socket, request.headers(), &limits.trusted_proxies));
    if let Some(socket) = socket
        && request.headers().contains_key("x-forwarded-for")
        && !is_trusted(&limits.trusted_proxies, &socket.to_canonical())
        && !limits.told_of_untrusted_forwarding.swap(true, Ordering::Relaxed)
    {
        // Once: behind a proxy that is not named, every client shares the proxy's quotas.
        tracing::warn!(
            peer = %socket,
            "X-Forwarded-For came from a peer not in TRUSTED_PROXIES and was ignored; if the app is behind a proxy, set TRUSTED_PROXIES to its range"
        );
    }
    if let Some(ip) = client {
        request.extensions_mut().insert(ClientIp(ip));
    }
    let call = match classify(request.uri().path()) {
        Some(call) if limits.enabled => call,
        _ => return next.run(request).await,
    };
    // Without a socket address (a router driven without connect info) every caller shares one quota.
    let ip = client.unwrap_or(IpAddr::V6(Ipv6Addr::UNSPECIFIED));
    let mut account = None;
    if call != Call::NoEmail {
        let (parts, body) = request.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
            return refusal(StatusCode::PAYLOAD_TOO_LARGE, AppError::Unreadable, None);
        };
        account = account_in(call, &bytes);
        request = Request::from_parts(parts, Body::from(bytes));
    }
    if let Err((which, retry_after)) = limits.check(call, ip, account.as_ref()) {
        let who = match (call, account.as_deref()) {
            (Call::SecondStep, _) | (_, None) => Who::Unknown,
            (_, Some(email)) => Who::Email(email),
        };
        audit::event(Action::RateLimited, who, Some(which), Some(ip));
        return refusal(
            StatusCode::TOO_MANY_REQUESTS,
            AppError::TooManyAttempts { retry_after },
            Some(retry_after),
        );
    }
    next.run(request).await
}

fn refusal(status: StatusCode, error: AppError, retry_after: Option<u64>) -> Response {
    let mut response = (status, [(header::CONTENT_TYPE, "application/json")], error.ser()).into_response();
    if let Some(seconds) = retry_after {
        response.headers_mut().insert(header::RETRY_AFTER, seconds.into());
    }
    response
}

/// The account a server function's JSON object (the guard takes no other body) is for, as the
/// function itself will read it: the email (trimmed, lower-cased), or for a second step the
/// challenge's user name, kept apart from any email. Nothing when the body names none or an
/// invalid one (the function refuses those itself).
fn account_in(call: Call, body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    if call == Call::SecondStep {
        let user = value.get("username")?.as_str()?;
        return (!user.is_empty() && user.len() <= 256).then(|| format!("user {user}"));
    }
    app::validation::check_email(value.get("email")?.as_str()?).ok()
}

/// The client: the socket's address, or, when the socket is a trusted proxy, the right-most
/// `X-Forwarded-For` address that is not a trusted proxy too (what a client writes itself is
/// further left, never believed). An unreadable entry stops the walk at the last proxy.
pub fn client_ip(socket: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let mut client = socket.to_canonical();
    if !is_trusted(trusted, &client) {
        return client;
    }
    let forwarded: Vec<String> = headers
        .get_all("x-forwarded-for")
        .iter()
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
        .collect();
    let hops = forwarded.iter().flat_map(|value| value.split(',')).map(str::trim);
    for hop in hops.collect::<Vec<_>>().into_iter().rev() {
        let Some(ip) = parse_hop(hop) else {
            break;
        };
        client = ip.to_canonical();
        if !is_trusted(trusted, &client) {
            break;
        }
    }
    client
}

fn is_trusted(trusted: &[IpNet], ip: &IpAddr) -> bool {
    trusted.iter().any(|range| range.contains(ip))
}

/// `203.0.113.7`, `2001:db8::1`, or either with a port (`203.0.113.7:5000`, `[2001:db8::1]:5000`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|address| address.ip()))
}

/// The key an address is counted under: IPv4 addresses each on their own, IPv6 by their /64
/// (one subscriber's network: its 2^64 addresses would otherwise each get a fresh quota).
fn limit_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !u128::from(u64::MAX))),
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn ranges(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|range| range.parse().unwrap()).collect()
    }

    #[test]
    fn without_trusted_proxies_the_socket_is_the_client() {
        let headers = forwarded(&["198.51.100.1"]);
        assert_eq!(client_ip(ip("203.0.113.9"), &headers, &[]), ip("203.0.113.9"));
        // A proxy that is not trusted is a client like any other.
        let trusted = ranges(&["10.0.0.0/8"]);
        assert_eq!(client_ip(ip("192.168.0.1"), &headers, &trusted), ip("192.168.0.1"));
    }

    #[test]
    fn behind_trusted_proxies_the_right_most_untrusted_hop_is_the_client() {
        let trusted = ranges(&["10.0.0.0/8", "127.0.0.1/32"]);
        // The client wrote a forged first entry; the proxies appended what they saw.
        let headers = forwarded(&["1.1.1.1, 198.51.100.7", "10.1.2.3"]);
        assert_eq!(client_ip(ip("127.0.0.1"), &headers, &trusted), ip("198.51.100.7"));
        // Every hop a proxy: the left-most one.
        let headers = forwarded(&["10.0.0.5, 10.0.0.6"]);
        assert_eq!(client_ip(ip("10.0.0.1"), &headers, &trusted), ip("10.0.0.5"));
        // Nothing forwarded: the proxy itself.
        assert_eq!(client_ip(ip("10.0.0.1"), &HeaderMap::new(), &trusted), ip("10.0.0.1"));
        // An unreadable entry stops the walk at the last proxy.
        let headers = forwarded(&["198.51.100.7, garbage, 10.0.0.9"]);
        assert_eq!(client_ip(ip("10.0.0.1"), &headers, &trusted), ip("10.0.0.9"));
        // Ports and IPv4-mapped IPv6 are understood.
        let headers = forwarded(&["[2001:db8::1]:4711, 198.51.100.8:5000"]);
        assert_eq!(
            client_ip(ip("::ffff:127.0.0.1"), &headers, &trusted),
            ip("198.51.100.8")
        );
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        assert_eq!(limit_key(ip("2001:db8:1:2:aaaa::1")), ip("2001:db8:1:2::"));
        assert_eq!(limit_key(ip("2001:db8:1:2:bbbb::9")), ip("2001:db8:1:2::"));
        assert_eq!(limit_key(ip("203.0.113.9")), ip("203.0.113.9"));
    }

    #[test]
    fn the_account_is_read_as_the_functions_read_it() {
        let email_in = |body: &[u8]| account_in(Call::SignIn, body);
        assert_eq!(
            email_in(br#"{"email":"  Ada@Example.COM ","password":"x"}"#).as_deref(),
            Some("ada@example.com")
        );
        assert_eq!(email_in(br#"{"email":"not an address"}"#), None);
        assert_eq!(email_in(b"not json"), None);
        // A second step counts for the challenge's user, whatever email the body names beside it.
        let second_step = br#"{"email":"victim@example.com","username":"1f9c-user","session":"s","code":"123456"}"#;
        assert_eq!(
            account_in(Call::SecondStep, second_step).as_deref(),
            Some("user 1f9c-user")
        );
        assert_eq!(account_in(Call::SecondStep, br#"{"email":"victim@example.com"}"#), None);
    }

    #[test]
    fn quotas_apply_by_kind_of_call() {
        let config = RateLimits {
            ip_per_minute: 100,
            sign_ins_per_minute: 2,
            ..RateLimits::default()
        };
        let limits = Limits::new(&config);
        let email = "ada@example.com".to_string();
        let from = |n: u8| IpAddr::from([198, 51, 100, n]);
        assert!(limits.check(Call::SignIn, from(1), Some(&email)).is_ok());
        assert!(limits.check(Call::SignIn, from(2), Some(&email)).is_ok());
        let (which, _) = limits.check(Call::SignIn, from(3), Some(&email)).unwrap_err();
        assert_eq!(which, "sign-ins per email");
        // Confirming is not a sign-in: the same email may still do that.
        assert!(limits.check(Call::NamesEmail, from(3), Some(&email)).is_ok());
        assert!(limits.check(Call::ResendCode, from(4), Some(&email)).is_ok());
        let (which, retry_after) = limits.check(Call::ResendCode, from(5), Some(&email)).unwrap_err();
        assert_eq!(which, "resend cooldown");
        assert!((29..=30).contains(&retry_after));
        let off = Limits::new(&RateLimits::off());
        assert!((0..100).all(|_| off.check(Call::SignIn, from(1), Some(&email)).is_ok()));
    }
}
