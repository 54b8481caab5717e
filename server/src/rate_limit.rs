//! Rate limits in front of Cognito: every unauthenticated server function is counted per client
//! IP and, when its body names an email address, per email, before it runs. Over a limit the
//! answer is `429` with `Retry-After` (seconds) and `AppError::TooManyAttempts`, and Cognito is
//! not called. Authenticated calls are counted per user in `AppState::authenticate`.
//!
//! Nobody can lock a person out with these quotas. Sign-in attempts for an email are counted per
//! client network (an IPv4 /24, an IPv6 /56): a stranger's burst spends their network's share
//! only, small enough that Cognito's own lockout (five failures, forgiven after 15 quiet minutes)
//! is out of their reach. A looser ceiling for the email from all networks together stops
//! guessing spread over many. A browser that signed in to the account before carries a signed
//! marker (`sign_in_marker.rs`) and is counted on its own, so neither a network's spent share nor
//! a spent ceiling keeps it out. The other calls naming an email are counted per email, or per
//! email and marker for such a browser; sign-in attempts are left out of that count, so no other
//! call a stranger makes can spend a sign-in.
//!
//! The quotas are GCRAs configured by the `RATE_LIMIT_*` variables
//! (`app::backend::config::RateLimits`). The per-IP ones live in this process (`governor`,
//! `app::backend::state::KeyedLimit`), a cheap first line; every quota that names an email, an
//! account or a user lives in the limits table every instance shares
//! (`app::backend::shared_limits`), so N instances allow what one would and a restart forgets no
//! count.
//!
//! The client IP is the socket's (`ConnectInfo<SocketAddr>`: serve the router with
//! `into_make_service_with_connect_info::<SocketAddr>()`), unless the socket is a proxy named in
//! `TRUSTED_PROXIES`: then it is the right-most `X-Forwarded-For` address that is not itself a
//! trusted proxy. Every request carries it on as a [`ClientIp`] extension (Cognito's threat
//! protection is told it, `UserContextData`).
use std::{
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
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
        shared_limits::{LimitStore, SharedLimit},
        state::KeyedLimit,
        user_pool::ClientIp,
    },
    error::AppError,
    functions::{
        auth::{ConfirmSignUp, ForgotPassword, RefreshSession, ResendCode, ResetPassword, SignIn, SignOut, SignUp},
        federation::FinishProviderSignIn,
        mailbox::ReadMailbox,
        passwordless::{SendSignInCode, SignInWithCode, SignInWithPasskey, StartPasskeySignIn},
        two_step::{SignInCode, SignInRecoveryCode},
    },
    model::{SignInStep, SignedIn},
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

use crate::sign_in_marker::{self, MarkerId, Markers};

/// The largest body read to find the email address: far above any form of the app.
const MAX_BODY: usize = 64 * 1024;

/// What an unauthenticated server function is, for the limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// A guess (a password, a recovery code, an emailed code, a passkey's answer): counted with
    /// the sign-in quotas instead of the per-email one.
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

    /// Whether its answer may be a finished sign-in, which earns the browser a marker: a guess
    /// that was right, or a sign-up confirmed with the password typed at sign-up.
    fn may_sign_in(self) -> bool {
        matches!(self, Self::SignIn | Self::SecondStep | Self::NamesEmail)
    }
}

/// The unauthenticated server functions, by path. Every other server function takes an access
/// token and is limited per user.
fn unauthenticated() -> [(&'static str, Call); 16] {
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
        // The end of a sign-in through another provider: Cognito checks the code it spends.
        (FinishProviderSignIn::PATH, Call::NoEmail),
    ]
}

/// How the limits count a request to `path`: `None` for pages, files and authenticated calls.
pub fn classify(path: &str) -> Option<Call> {
    // The redirects of a sign-in through another provider (`/auth/…`): per IP, as each one
    // makes a flow, or sends Cognito a code.
    if path.starts_with("/auth/") {
        return Some(Call::NoEmail);
    }
    unauthenticated()
        .into_iter()
        .find_map(|(known, call)| (known == path).then_some(call))
}

/// The quotas, shared by every request this router answers. The per-IP ones are counted in this
/// process, a cheap first line; the per-email and per-account ones in the limits table every
/// instance shares (`app::backend::shared_limits`).
pub struct Limits {
    enabled: bool,
    trusted_proxies: Vec<IpNet>,
    /// Set once the log has said that `X-Forwarded-For` came from a peer not trusted.
    told_of_untrusted_forwarding: AtomicBool,
    markers: Markers,
    per_ip: KeyedLimit<IpAddr>,
    sends_per_ip: KeyedLimit<IpAddr>,
    per_email: SharedLimit,
    per_email_in_marked_browser: SharedLimit,
    sign_ins_per_email_and_network: SharedLimit,
    sign_ins_per_email: SharedLimit,
    sign_ins_in_marked_browser: SharedLimit,
    sends_per_email: SharedLimit,
    resend_cooldown: SharedLimit,
}

impl Limits {
    /// `store: None` counts everything in this process.
    pub fn new(config: &RateLimits, markers: Markers, store: Option<&LimitStore>) -> Arc<Self> {
        let on = |calls: u32| if config.enabled { calls } else { 0 };
        let hour = Duration::from_secs(3600);
        let shared = |name, calls, period| SharedLimit::new(store, name, on(calls), period);
        let per_minute = |name, calls| shared(name, calls, Duration::from_secs(60));
        Arc::new(Self {
            enabled: config.enabled,
            trusted_proxies: config.trusted_proxies.clone(),
            told_of_untrusted_forwarding: AtomicBool::new(false),
            markers,
            per_ip: KeyedLimit::per_minute(on(config.ip_per_minute)),
            sends_per_ip: KeyedLimit::per_minute(on(config.ip_sends_per_minute)),
            per_email: per_minute("per email", config.email_per_minute),
            // The owner's browser gets what the email gets from everyone.
            per_email_in_marked_browser: per_minute("per email per marked browser", config.email_per_minute),
            sign_ins_per_email_and_network: shared(
                "sign-ins per email and network",
                config.network_sign_ins_per_hour,
                hour,
            ),
            sign_ins_per_email: per_minute("sign-ins per email", config.sign_ins_per_minute),
            sign_ins_in_marked_browser: per_minute("sign-ins per marked browser", config.sign_ins_per_minute),
            sends_per_email: shared("emails per address", config.sends_per_hour, hour),
            resend_cooldown: shared(
                "resend cooldown",
                config.resend_cooldown_seconds.min(1),
                Duration::from_secs(config.resend_cooldown_seconds.into()),
            ),
        })
    }

    /// Takes one call from each quota that applies, stopping at the first that is used up.
    /// `account` is the account the call is for: its email, or for a second step its user.
    /// `marker` is the browser's marker entry for that account, when it carries a valid one.
    async fn check(
        &self,
        call: Call,
        ip: IpAddr,
        account: Option<&str>,
        marker: Option<MarkerId>,
    ) -> Result<(), (&'static str, u64)> {
        let named = |limit: &'static str| move |retry_after| (limit, retry_after);
        let key = limit_key(ip);
        self.per_ip.check(&key).map_err(named("per IP"))?;
        if call.sends_email() {
            self.sends_per_ip.check(&key).map_err(named("emails per IP"))?;
        }
        let Some(account) = account else {
            return Ok(());
        };
        // An account never holds a line break: the pairs below cannot run into each other.
        let with_marker = |marker: MarkerId| {
            let hex: String = marker.iter().map(|byte| format!("{byte:02x}")).collect();
            format!("{account}\n{hex}")
        };
        match (call.is_a_guess(), marker) {
            (true, Some(marker)) => self
                .sign_ins_in_marked_browser
                .check(&with_marker(marker))
                .await
                .map_err(named("sign-ins per marked browser"))?,
            (true, None) => {
                // The network's share first: a burst it refuses spends nothing of the ceiling.
                self.sign_ins_per_email_and_network
                    .check(&format!("{account}\n{}", network_key(ip)))
                    .await
                    .map_err(named("sign-ins per email and network"))?;
                self.sign_ins_per_email
                    .check(account)
                    .await
                    .map_err(named("sign-ins per email"))?;
            }
            (false, Some(marker)) => self
                .per_email_in_marked_browser
                .check(&with_marker(marker))
                .await
                .map_err(named("per email per marked browser"))?,
            (false, None) => self.per_email.check(account).await.map_err(named("per email"))?,
        }
        if call.sends_email() {
            self.sends_per_email
                .check(account)
                .await
                .map_err(named("emails per address"))?;
        }
        if call == Call::ResendCode {
            self.resend_cooldown
                .check(account)
                .await
                .map_err(named("resend cooldown"))?;
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
    let now = sign_in_marker::now();
    let marker = account
        .as_deref()
        .and_then(|account| limits.markers.vouching_for(request.headers(), account, now));
    if let Err((which, retry_after)) = limits.check(call, ip, account.as_deref(), marker).await {
        let who = match (call, account.as_deref()) {
            (Call::SecondStep, _) | (_, None) => Who::Unknown,
            (_, Some(email)) => Who::Email(email),
        };
        audit::event(Action::RateLimited, who, Some(which), Some(ip));
        let language = app::i18n::negotiate::from_headers(request.headers());
        return refusal(
            StatusCode::TOO_MANY_REQUESTS,
            AppError::too_many_attempts_in(retry_after, language),
            Some(retry_after),
        );
    }
    if !call.may_sign_in() {
        return next.run(request).await;
    }
    let cookies = request.headers().clone();
    let response = next.run(request).await;
    mark_a_finished_sign_in(&limits.markers, &cookies, response, now).await
}

/// A finished sign-in's answer, with the marker that says this browser signed in to the account
/// (its email, and its user name for a later second step). Any other answer goes out as it is.
async fn mark_a_finished_sign_in(markers: &Markers, request: &HeaderMap, response: Response, now: u64) -> Response {
    if response.status() != StatusCode::OK {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    // The app's own answer, a few kilobytes at most.
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return refusal(StatusCode::INTERNAL_SERVER_ERROR, AppError::Internal, None);
    };
    if let Some(signed_in) = signed_in(&bytes)
        && let Ok(email) = app::validation::check_email(&signed_in.email)
    {
        let accounts = [email, user_key(&signed_in.username)];
        let cookie = markers.after_sign_in(request, &accounts, now);
        parts.headers.append(header::SET_COOKIE, cookie);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The session a server function's answer hands over, if it is one: a sign-in's `SignInStep`
/// without a second step, a `SignedIn`, or a confirmation's `Option<SignedIn>`.
fn signed_in(answer: &[u8]) -> Option<SignedIn> {
    serde_json::from_slice::<SignedIn>(answer)
        .ok()
        .or_else(|| serde_json::from_slice::<SignInStep>(answer).ok()?.into_signed_in())
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
        return (!user.is_empty() && user.len() <= 256).then(|| user_key(user));
    }
    app::validation::check_email(value.get("email")?.as_str()?).ok()
}

/// The account key of a Cognito user name, apart from every email (it has a space, no email does).
fn user_key(user: &str) -> String {
    format!("user {user}")
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

/// The prefix of an IPv4 client network, for sign-ins: a /24.
const NETWORK_PREFIX_V4: u8 = 24;
/// The prefix of an IPv6 client network, for sign-ins: a /56, what an ISP gives one customer.
const NETWORK_PREFIX_V6: u8 = 56;

/// The client network an address belongs to, for the sign-in quota per email and network. Wider
/// than one address, so that a stranger moving between the addresses of one network (a hosting
/// provider's /24, a customer's /56) stays in one share; narrow enough that the owner on their
/// own connection has another.
fn network_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V4(v4) => IpAddr::V4(Ipv4Addr::from(u32::from(v4) & (u32::MAX << (32 - NETWORK_PREFIX_V4)))),
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(
            u128::from(v6) & (u128::MAX << (128 - NETWORK_PREFIX_V6)),
        )),
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

    fn limits_with(config: &RateLimits) -> Arc<Limits> {
        let key = app::backend::config::MarkerKey::new(b"a key of at least thirty-two bytes, for tests");
        Limits::new(config, Markers::new(key, false), None)
    }

    #[tokio::test]
    async fn quotas_apply_by_kind_of_call() {
        let config = RateLimits {
            ip_per_minute: 100,
            sign_ins_per_minute: 2,
            ..RateLimits::default()
        };
        let limits = limits_with(&config);
        let email = "ada@example.com";
        let from = |n: u8| IpAddr::from([198, 51, n, 1]);
        assert!(limits.check(Call::SignIn, from(1), Some(email), None).await.is_ok());
        assert!(limits.check(Call::SignIn, from(2), Some(email), None).await.is_ok());
        let (which, _) = limits
            .check(Call::SignIn, from(3), Some(email), None)
            .await
            .unwrap_err();
        assert_eq!(which, "sign-ins per email");
        // Confirming is not a sign-in: the same email may still do that.
        assert!(limits.check(Call::NamesEmail, from(3), Some(email), None).await.is_ok());
        assert!(limits.check(Call::ResendCode, from(4), Some(email), None).await.is_ok());
        let (which, retry_after) = limits
            .check(Call::ResendCode, from(5), Some(email), None)
            .await
            .unwrap_err();
        assert_eq!(which, "resend cooldown");
        assert!((29..=30).contains(&retry_after));
        let off = limits_with(&RateLimits::off());
        for _ in 0..100 {
            assert!(off.check(Call::SignIn, from(1), Some(email), None).await.is_ok());
        }
    }

    #[tokio::test]
    async fn sign_ins_from_one_network_spend_only_its_share_and_a_marked_browser_counts_alone() {
        let config = RateLimits {
            ip_per_minute: 100,
            network_sign_ins_per_hour: 3,
            sign_ins_per_minute: 5,
            ..RateLimits::default()
        };
        let limits = limits_with(&config);
        let email = "ada@example.com";
        let stranger = |n: u8| IpAddr::from([203, 0, 113, n]);
        for n in 1..=3 {
            assert!(limits.check(Call::SignIn, stranger(n), Some(email), None).await.is_ok());
        }
        // Another address of the same /24 is the same network.
        let (which, retry_after) = limits
            .check(Call::SignIn, stranger(99), Some(email), None)
            .await
            .unwrap_err();
        assert_eq!(which, "sign-ins per email and network");
        assert!((1100..=1200).contains(&retry_after), "{retry_after}");
        // Refused by its network's share, the burst spent nothing of the ceiling: two are left.
        assert!(
            limits
                .check(Call::SignIn, IpAddr::from([198, 51, 100, 7]), Some(email), None)
                .await
                .is_ok()
        );
        assert!(
            limits
                .check(Call::SignIn, IpAddr::from([192, 0, 2, 7]), Some(email), None)
                .await
                .is_ok()
        );
        let (which, _) = limits
            .check(Call::SignIn, IpAddr::from([100, 64, 0, 1]), Some(email), None)
            .await
            .unwrap_err();
        assert_eq!(which, "sign-ins per email");
        // The owner's browser, with its marker, on the stranger's network: a quota of its own.
        let marker = [7u8; 16];
        assert!(
            limits
                .check(Call::SignIn, stranger(4), Some(email), Some(marker))
                .await
                .is_ok()
        );
        // Other calls naming the email are counted apart from its sign-ins.
        assert!(
            limits
                .check(Call::NamesEmail, stranger(5), Some(email), None)
                .await
                .is_ok()
        );
    }

    #[test]
    fn sign_in_networks_are_a_v4_24_and_a_v6_56() {
        assert_eq!(network_key(ip("203.0.113.9")), ip("203.0.113.0"));
        assert_eq!(network_key(ip("203.0.113.250")), ip("203.0.113.0"));
        assert_ne!(network_key(ip("203.0.114.9")), ip("203.0.113.0"));
        assert_eq!(network_key(ip("::ffff:203.0.113.9")), ip("203.0.113.0"));
        assert_eq!(network_key(ip("2001:db8:1:2ff:aaaa::1")), ip("2001:db8:1:200::"));
        assert_eq!(network_key(ip("2001:db8:1:200::9")), ip("2001:db8:1:200::"));
        assert_ne!(network_key(ip("2001:db8:1:300::1")), ip("2001:db8:1:200::"));
    }

    #[test]
    fn only_a_finished_sign_in_is_a_session_handed_over() {
        let signed_in = SignedIn {
            tokens: app::model::Tokens {
                access_token: "a".into(),
                id_token: "i".into(),
                refresh_token: None,
                expires_in: 900,
            },
            email: "ada@example.com".into(),
            display_name: "Ada".into(),
            username: "1f9c".into(),
        };
        let json = |value: serde_json::Value| value.to_string().into_bytes();
        for answer in [
            json(serde_json::json!(signed_in)),
            json(serde_json::json!(Some(signed_in.clone()))),
            json(serde_json::json!(SignInStep::SignedIn(signed_in.clone()))),
        ] {
            assert_eq!(super::signed_in(&answer).as_ref(), Some(&signed_in));
        }
        let second_step = SignInStep::CodeNeeded(app::model::SecondStep {
            session: "s".into(),
            username: "1f9c".into(),
        });
        for answer in [json(serde_json::json!(second_step)), b"null".to_vec(), b"{}".to_vec()] {
            assert_eq!(super::signed_in(&answer), None);
        }
    }
}
