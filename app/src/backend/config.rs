//! The configuration contract: environment variables read once at start into typed settings.
//!
//! No `COGNITO_USER_POOL_ID` means local mode (embedded emulators); with it, AWS mode. A partial
//! or contradictory set is refused with one line naming the variable to fix.
use std::{fmt, path::PathBuf};

pub const DEFAULT_PROFILE_TABLE: &str = "profiles";
pub const DEFAULT_LOCAL_AWS_DIR: &str = "target/local-aws";
/// The local Cognito keeps a fixed port so the issuer in a stored token still matches after a
/// restart, and a "keep me signed in" session survives `cargo leptos watch` rebuilds.
pub const DEFAULT_LOCAL_COGNITO_PORT: u16 = 9229;
pub const DEFAULT_ACCESS_TOKEN_MINUTES: u32 = 15;
/// How long a refresh token lasts from its sign-in, in days: the browser client's
/// `RefreshTokenValidity` in local mode's seed and in `server/deploy/template.yaml` (a test keeps
/// the template and the seed alike). A constant rather than a `DescribeUserPoolClient` at start:
/// that would be one more administrator permission, and one more way for a start to fail, to learn
/// a number the template fixes anyway. Rotated refresh tokens keep their sign-in's expiry, so this
/// bounds them too. A pool deployed with a longer validity must change it here as well.
pub const REFRESH_TOKEN_DAYS: u32 = 30;
/// Browsers treat `localhost` as a secure context, so passkeys work there over plain HTTP.
pub const DEFAULT_PASSKEY_RP_ID: &str = "localhost";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub mode: Mode,
    pub profile_table: String,
    /// How the server answers HTTP, in either mode.
    pub http: HttpSettings,
    /// The limits in front of Cognito, and whose `X-Forwarded-For` names the client.
    pub rate_limits: RateLimits,
    /// A breached-password range API (`BREACHED_PASSWORDS_RANGE_URL`, e.g.
    /// `https://api.pwnedpasswords.com/range/`): new passwords it lists are refused too.
    pub breached_passwords_range: Option<String>,
}

/// The app's own rate limits, checked before Cognito is called (`server/src/rate_limit.rs`, and
/// per user in `AppState::authenticate`). Each is a GCRA quota: `N` per period means `N` at once,
/// then one more every period/`N`. Each `0` switches that one off; `RATE_LIMITS=off` all of them
/// (for benchmarks). Every server instance counts on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimits {
    /// `false` with `RATE_LIMITS=off`.
    pub enabled: bool,
    /// Unauthenticated server-function calls a minute from one client IP (`RATE_LIMIT_IP_PER_MINUTE`).
    pub ip_per_minute: u32,
    /// Of those, calls that send an email (`sign_up`, `resend_code`, `forgot_password`) a minute
    /// from one client IP (`RATE_LIMIT_IP_SENDS_PER_MINUTE`).
    pub ip_sends_per_minute: u32,
    /// Unauthenticated calls a minute naming one email address, sign-in attempts aside, which
    /// have the quotas below; a browser with a sign-in marker for the address has it on its own
    /// (`RATE_LIMIT_EMAIL_PER_MINUTE`).
    pub email_per_minute: u32,
    /// Sign-in attempts a minute for one email address from all networks together, the ceiling
    /// that stops guessing spread over many networks; also the quota of a browser that signed in
    /// to the account before, on its own (`RATE_LIMIT_SIGN_INS_PER_MINUTE`).
    pub sign_ins_per_minute: u32,
    /// Sign-in attempts an hour for one email address from one client network (an IPv4 /24, an
    /// IPv6 /56) without that browser's sign-in marker (`RATE_LIMIT_NETWORK_SIGN_INS_PER_HOUR`).
    /// Kept below Cognito's lockout (five failures) and refilled more slowly than Cognito forgets
    /// failures (15 quiet minutes), so one network alone can never lock the account.
    pub network_sign_ins_per_hour: u32,
    /// Calls that send an email to one address, an hour (`RATE_LIMIT_SENDS_PER_HOUR`).
    pub sends_per_hour: u32,
    /// Seconds before the sign-up code may be sent again to one address, as the page's
    /// "Send a new code" waits (`RESEND_COOLDOWN_SECONDS`).
    pub resend_cooldown_seconds: u32,
    /// Authenticated calls a minute by one user, known from the verified token's `sub`
    /// (`RATE_LIMIT_USER_PER_MINUTE`).
    pub user_per_minute: u32,
    /// The proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`, CIDRs); none: the
    /// client IP is the socket's and `X-Forwarded-For` is ignored.
    pub trusted_proxies: Vec<ipnet::IpNet>,
}

impl Default for RateLimits {
    fn default() -> Self {
        Self {
            enabled: true,
            ip_per_minute: 30,
            ip_sends_per_minute: 10,
            email_per_minute: 10,
            sign_ins_per_minute: 5,
            network_sign_ins_per_hour: 3,
            sends_per_hour: 10,
            resend_cooldown_seconds: 30,
            user_per_minute: 60,
            trusted_proxies: Vec::new(),
        }
    }
}

impl RateLimits {
    /// No limit at all; the client IP is still found as configured (benchmarks).
    pub fn off() -> Self {
        Self {
            enabled: false,
            ..Self::default()
        }
    }
}

/// The rate limits: the defaults, each changed by its own variable, or all off.
fn rate_limits(get: &impl Fn(&str) -> Option<String>) -> Result<RateLimits, ConfigError> {
    let mut limits = RateLimits::default();
    match get("RATE_LIMITS").as_deref() {
        None | Some("on") => {}
        Some("off") => limits.enabled = false,
        Some(other) => return Err(error("RATE_LIMITS", format!("{other:?} is neither on nor off"))),
    }
    let number = |variable: &'static str, max: u32| -> Result<Option<u32>, ConfigError> {
        get(variable)
            .map(|value| {
                value
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n <= max)
                    .ok_or_else(|| error(variable, format!("{value:?} is not a whole number from 0 to {max}")))
            })
            .transpose()
    };
    for (variable, max, field) in [
        ("RATE_LIMIT_IP_PER_MINUTE", 100_000, &mut limits.ip_per_minute),
        (
            "RATE_LIMIT_IP_SENDS_PER_MINUTE",
            100_000,
            &mut limits.ip_sends_per_minute,
        ),
        ("RATE_LIMIT_EMAIL_PER_MINUTE", 100_000, &mut limits.email_per_minute),
        (
            "RATE_LIMIT_SIGN_INS_PER_MINUTE",
            100_000,
            &mut limits.sign_ins_per_minute,
        ),
        (
            "RATE_LIMIT_NETWORK_SIGN_INS_PER_HOUR",
            100_000,
            &mut limits.network_sign_ins_per_hour,
        ),
        ("RATE_LIMIT_SENDS_PER_HOUR", 100_000, &mut limits.sends_per_hour),
        ("RESEND_COOLDOWN_SECONDS", 3_600, &mut limits.resend_cooldown_seconds),
        ("RATE_LIMIT_USER_PER_MINUTE", 100_000, &mut limits.user_per_minute),
    ] {
        if let Some(n) = number(variable, max)? {
            *field = n;
        }
    }
    if let Some(list) = get("TRUSTED_PROXIES") {
        limits.trusted_proxies = list
            .split(',')
            .map(str::trim)
            .filter(|cidr| !cidr.is_empty())
            .map(|cidr| {
                // A bare address is a range of its own.
                let range = cidr
                    .parse::<ipnet::IpNet>()
                    .or_else(|_| cidr.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                    .map_err(|_| {
                        error(
                            "TRUSTED_PROXIES",
                            format!("{cidr:?} is not an IP range like 10.0.0.0/8, nor an address"),
                        )
                    })?;
                // A range that wide holds clients, not only proxies: any of them could write the
                // `X-Forwarded-For` that decides whose quota a request spends.
                let widest = match range {
                    ipnet::IpNet::V4(_) => WIDEST_PROXY_RANGE_V4,
                    ipnet::IpNet::V6(_) => WIDEST_PROXY_RANGE_V6,
                };
                if range.prefix_len() < widest {
                    return Err(error(
                        "TRUSTED_PROXIES",
                        format!("{cidr:?} is wider than /{widest}: name the proxies' own ranges"),
                    ));
                }
                Ok(range)
            })
            .collect::<Result<_, _>>()?;
    }
    Ok(limits)
}

/// The widest `TRUSTED_PROXIES` range: a /8 of IPv4, a /32 of IPv6 (a whole provider's block).
pub const WIDEST_PROXY_RANGE_V4: u8 = 8;
pub const WIDEST_PROXY_RANGE_V6: u8 = 32;

/// How the server answers HTTP, in either mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpSettings {
    /// The address people reach the app at (`PUBLIC_URL`), when it sits behind a proxy or TLS
    /// terminator: an `https://` one turns on Strict-Transport-Security.
    pub public_url: Option<String>,
    /// Requests still unanswered after this long get 408 (`REQUEST_TIMEOUT_SECONDS`).
    pub request_timeout_secs: u64,
}

impl Default for HttpSettings {
    fn default() -> Self {
        Self {
            public_url: None,
            request_timeout_secs: 20,
        }
    }
}

impl HttpSettings {
    /// Browsers are told to come back over HTTPS only when the app is served over it.
    pub fn sends_hsts(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Local(LocalSettings),
    Aws(AwsSettings),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalSettings {
    /// Where the emulators keep their state between runs.
    pub dir: PathBuf,
    /// `0` picks any free port (tests do).
    pub cognito_port: u16,
    /// Lifetime of access and ID tokens; tests shorten it to see refreshes happen.
    pub access_token_minutes: u32,
    /// The limits the local Cognito enforces, shaped like Amazon Cognito's.
    pub limits: LocalLimits,
    /// Whether local mode may listen on an address other than loopback
    /// (`LOCAL_MODE_PUBLIC=yes`): its dev mailbox hands every code to whoever asks.
    pub serve_publicly: bool,
    /// The WebAuthn relying party the local Cognito binds passkeys to (`PASSKEY_RP_ID`): the
    /// domain the app is reached at. Passkeys made for one RP ID never answer for another. In AWS
    /// mode the user pool's own setting (`WebAuthnRelyingPartyID`) decides instead.
    pub passkey_rp_id: String,
}

/// Amazon Cognito's protections against guessing and flooding, as local mode reproduces them:
/// low enough that tests reach them quickly, each `0` to switch it off (`LOCAL_COGNITO_LIMITS=off`
/// switches all off, for benchmarks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalLimits {
    /// Failed password sign-ins in a row before a user is locked out (`LOCAL_COGNITO_LOCKOUT_AFTER`).
    pub lockout_after: u32,
    /// The first lockout, doubling with each further failure up to 15 minutes
    /// (`LOCAL_COGNITO_LOCKOUT_SECONDS`).
    pub lockout_seconds: u64,
    /// Codes emailed to one user per hour, per kind (`LOCAL_COGNITO_CODES_PER_HOUR`).
    pub codes_per_hour: u32,
    /// Wrong codes in a row before the code must be sent again, and wrong authenticator codes
    /// before a sign-in's second step must start again (`LOCAL_COGNITO_CODE_ATTEMPTS`).
    pub code_attempts: u32,
    /// How long the second step of a sign-in stays open; Cognito's three minutes by default
    /// (`LOCAL_COGNITO_CHALLENGE_SECONDS`).
    pub challenge_seconds: u64,
}

impl Default for LocalLimits {
    fn default() -> Self {
        Self {
            lockout_after: 5,
            lockout_seconds: 1,
            codes_per_hour: 5,
            code_attempts: 5,
            challenge_seconds: 180,
        }
    }
}

impl LocalLimits {
    pub const OFF: Self = Self {
        lockout_after: 0,
        lockout_seconds: 0,
        codes_per_hour: 0,
        code_attempts: 0,
        challenge_seconds: 180,
    };
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsSettings {
    pub user_pool_id: String,
    pub client_id: String,
    pub client_secret: Option<String>,
    /// The server-only app client (`COGNITO_SERVER_CLIENT_ID` and `_SECRET`), whose tokens keep
    /// the admin scope; `None`: the server mints with the browser's client.
    pub server_client: Option<super::AppClient>,
    /// `None`: derived from the region and pool once the AWS chain has resolved the region.
    pub issuer: Option<String>,
    /// `None`: derived from the Cognito endpoint or the issuer.
    pub jwks_url: Option<String>,
    /// The key of the sign-in markers (`SIGN_IN_MARKER_KEY`); `None`: one made at start, which
    /// neither survives a restart nor reaches other instances.
    pub sign_in_marker_key: Option<MarkerKey>,
    /// Sign-in through other identity providers (`COGNITO_DOMAIN` and `IDENTITY_PROVIDERS`).
    pub federation: Option<super::federation::Federation>,
}

/// The shortest `SIGN_IN_MARKER_KEY`: 32 characters, as `openssl rand -base64 32` makes (44).
pub const MARKER_KEY_MIN_LEN: usize = 32;

/// The server's key for sign-in markers (`server/src/sign_in_marker.rs`): it signs what a browser
/// keeps after signing in, and checks what the browser brings back. The key itself never leaves
/// this type, not even through `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct MarkerKey(std::sync::Arc<[u8]>);

impl MarkerKey {
    pub fn new(key: &[u8]) -> Self {
        Self(key.into())
    }

    /// A fresh key of 32 random bytes.
    pub fn random() -> Self {
        use rand::RngCore;
        let mut key = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut key);
        Self::new(&key)
    }

    fn mac(&self, message: &[u8]) -> hmac::Hmac<sha2::Sha256> {
        use hmac::Mac;
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(message);
        mac
    }

    /// HMAC-SHA256 of `message` under the key.
    pub fn sign(&self, message: &[u8]) -> [u8; 32] {
        use hmac::Mac;
        self.mac(message).finalize().into_bytes().into()
    }

    /// Whether `tag` is the start of `message`'s HMAC, compared in constant time so that a
    /// forger learns nothing from how long a refusal takes.
    pub fn verify(&self, message: &[u8], tag: &[u8]) -> bool {
        use hmac::Mac;
        // Whole tags only: a truncated one would take fewer guesses to forge.
        tag.len() >= 16 && self.mac(message).verify_truncated_left(tag).is_ok()
    }
}

impl fmt::Debug for MarkerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MarkerKey(…)")
    }
}

fn check_client_id(variable: &'static str, id: &str) -> Result<(), ConfigError> {
    let looks_right = id.len() <= 128 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '+');
    looks_right
        .then_some(())
        .ok_or_else(|| error(variable, "is not a Cognito app client id"))
}

/// A configuration the server cannot start with. Its `Display` is the one line the operator sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub variable: &'static str,
    pub problem: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "configuration error: {}: {}", self.variable, self.problem)
    }
}

impl std::error::Error for ConfigError {}

fn error(variable: &'static str, problem: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        problem: problem.into(),
    }
}

/// A relying party ID is a domain: browsers refuse passkeys for an IP address, a scheme or a port.
fn passkey_rp_id(get: &impl Fn(&str) -> Option<String>) -> Result<String, ConfigError> {
    let Some(value) = get("PASSKEY_RP_ID") else {
        return Ok(DEFAULT_PASSKEY_RP_ID.to_string());
    };
    let id = value.to_ascii_lowercase();
    let bare = id.trim_start_matches('[').trim_end_matches(']');
    if bare.parse::<std::net::IpAddr>().is_ok() {
        return Err(error(
            "PASSKEY_RP_ID",
            format!("{value:?} is an IP address; passkeys need a domain such as localhost or id.example.com"),
        ));
    }
    let is_domain = id.len() <= 253
        && id.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    if !is_domain {
        return Err(error(
            "PASSKEY_RP_ID",
            format!("{value:?} is not a domain such as localhost or id.example.com (no scheme, port or path)"),
        ));
    }
    Ok(id)
}

const LOCAL_LIMIT_VARIABLES: [&str; 6] = [
    "LOCAL_COGNITO_LIMITS",
    "LOCAL_COGNITO_LOCKOUT_AFTER",
    "LOCAL_COGNITO_LOCKOUT_SECONDS",
    "LOCAL_COGNITO_CODES_PER_HOUR",
    "LOCAL_COGNITO_CODE_ATTEMPTS",
    "LOCAL_COGNITO_CHALLENGE_SECONDS",
];

/// The local Cognito's limits: the defaults, each changed by its own variable, or all off.
fn local_limits(get: &impl Fn(&str) -> Option<String>) -> Result<LocalLimits, ConfigError> {
    let mut limits = match get("LOCAL_COGNITO_LIMITS").as_deref() {
        None | Some("on") => LocalLimits::default(),
        Some("off") => return Ok(LocalLimits::OFF),
        Some(other) => {
            return Err(error(
                "LOCAL_COGNITO_LIMITS",
                format!("{other:?} is neither on nor off"),
            ));
        }
    };
    let number = |variable: &'static str| -> Result<Option<u64>, ConfigError> {
        get(variable)
            .map(|value| {
                value
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n <= 100_000)
                    .ok_or_else(|| error(variable, format!("{value:?} is not a whole number from 0 to 100000")))
            })
            .transpose()
    };
    if let Some(n) = number("LOCAL_COGNITO_LOCKOUT_AFTER")? {
        limits.lockout_after = n as u32;
    }
    if let Some(n) = number("LOCAL_COGNITO_LOCKOUT_SECONDS")? {
        limits.lockout_seconds = n;
    }
    if let Some(n) = number("LOCAL_COGNITO_CODES_PER_HOUR")? {
        limits.codes_per_hour = n as u32;
    }
    if let Some(n) = number("LOCAL_COGNITO_CODE_ATTEMPTS")? {
        limits.code_attempts = n as u32;
    }
    if let Some(n) = number("LOCAL_COGNITO_CHALLENGE_SECONDS")? {
        limits.challenge_seconds = n;
    }
    Ok(limits)
}

impl Settings {
    /// The relying party passkeys belong to in local mode (`PASSKEY_RP_ID`); `None` in AWS mode,
    /// where the user pool's `WebAuthnRelyingPartyID` decides.
    pub fn passkey_rp_id(&self) -> Option<&str> {
        match &self.mode {
            Mode::Local(local) => Some(&local.passkey_rp_id),
            Mode::Aws(_) => None,
        }
    }

    /// Reads the process environment (after `.env`, which the server loads first).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup`; an empty value counts as unset.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());

        let request_timeout_secs = match get("REQUEST_TIMEOUT_SECONDS") {
            Some(value) => value.parse().ok().filter(|s| (1..=300).contains(s)).ok_or_else(|| {
                error(
                    "REQUEST_TIMEOUT_SECONDS",
                    format!("{value:?} is not a whole number from 1 to 300"),
                )
            })?,
            None => HttpSettings::default().request_timeout_secs,
        };
        let public_url = match get("PUBLIC_URL") {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                Some(url.trim_end_matches('/').to_string())
            }
            Some(url) => {
                return Err(error(
                    "PUBLIC_URL",
                    format!("{url:?} does not start with https:// or http://"),
                ));
            }
            None => None,
        };
        let rate_limits = rate_limits(&get)?;
        let breached_passwords_range = match get("BREACHED_PASSWORDS_RANGE_URL") {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => Some(url),
            Some(url) => {
                return Err(error(
                    "BREACHED_PASSWORDS_RANGE_URL",
                    format!("{url:?} does not start with https:// or http://"),
                ));
            }
            None => None,
        };
        let profile_table = match get("PROFILE_TABLE") {
            Some(table) => {
                check_table_name(&table)?;
                table
            }
            None => DEFAULT_PROFILE_TABLE.to_string(),
        };

        let Some(user_pool_id) = get("COGNITO_USER_POOL_ID") else {
            for variable in [
                "COGNITO_CLIENT_ID",
                "COGNITO_CLIENT_SECRET",
                "COGNITO_SERVER_CLIENT_ID",
                "COGNITO_SERVER_CLIENT_SECRET",
                "COGNITO_ISSUER",
                "COGNITO_JWKS_URL",
                "SIGN_IN_MARKER_KEY",
                "COGNITO_DOMAIN",
                "IDENTITY_PROVIDERS",
            ] {
                if get(variable).is_some() {
                    return Err(error(
                        variable,
                        "is set but COGNITO_USER_POOL_ID is not; set COGNITO_USER_POOL_ID for AWS mode, \
                         or unset this variable for local mode",
                    ));
                }
            }
            let cognito_port = match get("LOCAL_COGNITO_PORT") {
                Some(port) => port
                    .parse()
                    .map_err(|_| error("LOCAL_COGNITO_PORT", format!("{port:?} is not a port number")))?,
                None => DEFAULT_LOCAL_COGNITO_PORT,
            };
            let access_token_minutes = match get("LOCAL_ACCESS_TOKEN_MINUTES") {
                Some(minutes) => minutes.parse().ok().filter(|m| (5..=1440).contains(m)).ok_or_else(|| {
                    error(
                        "LOCAL_ACCESS_TOKEN_MINUTES",
                        format!("{minutes:?} is not a whole number from 5 to 1440"),
                    )
                })?,
                None => DEFAULT_ACCESS_TOKEN_MINUTES,
            };
            let dir = PathBuf::from(get("LOCAL_AWS_DIR").unwrap_or_else(|| DEFAULT_LOCAL_AWS_DIR.into()));
            let local = LocalSettings {
                dir,
                cognito_port,
                access_token_minutes,
                limits: local_limits(&get)?,
                serve_publicly: match get("LOCAL_MODE_PUBLIC").as_deref() {
                    None | Some("no") => false,
                    Some("yes") => true,
                    Some(other) => {
                        return Err(error("LOCAL_MODE_PUBLIC", format!("{other:?} is neither yes nor no")));
                    }
                },
                passkey_rp_id: passkey_rp_id(&get)?,
            };
            return Ok(Self {
                mode: Mode::Local(local),
                profile_table,
                http: HttpSettings {
                    public_url,
                    request_timeout_secs,
                },
                rate_limits,
                breached_passwords_range,
            });
        };

        for variable in [
            "LOCAL_AWS_DIR",
            "LOCAL_COGNITO_PORT",
            "LOCAL_ACCESS_TOKEN_MINUTES",
            "LOCAL_MODE_PUBLIC",
            "PASSKEY_RP_ID",
        ]
        .into_iter()
        .chain(LOCAL_LIMIT_VARIABLES)
        {
            if get(variable).is_some() {
                return Err(error(
                    variable,
                    "only applies to local mode, but COGNITO_USER_POOL_ID selects AWS mode; unset one of them",
                ));
            }
        }
        check_user_pool_id(&user_pool_id)?;
        let client_id = get("COGNITO_CLIENT_ID")
            .ok_or_else(|| error("COGNITO_CLIENT_ID", "is required when COGNITO_USER_POOL_ID is set"))?;
        check_client_id("COGNITO_CLIENT_ID", &client_id)?;
        let server_client = match (get("COGNITO_SERVER_CLIENT_ID"), get("COGNITO_SERVER_CLIENT_SECRET")) {
            (None, None) => None,
            (Some(id), Some(secret)) => {
                check_client_id("COGNITO_SERVER_CLIENT_ID", &id)?;
                if id == client_id {
                    return Err(error(
                        "COGNITO_SERVER_CLIENT_ID",
                        "names the browser's app client (COGNITO_CLIENT_ID); give the server-only client's id",
                    ));
                }
                Some(super::AppClient::new(id, Some(secret)))
            }
            (Some(_), None) => {
                return Err(error(
                    "COGNITO_SERVER_CLIENT_SECRET",
                    "is required with COGNITO_SERVER_CLIENT_ID (the server-only client has a secret)",
                ));
            }
            (None, Some(_)) => {
                return Err(error(
                    "COGNITO_SERVER_CLIENT_ID",
                    "is required with COGNITO_SERVER_CLIENT_SECRET",
                ));
            }
        };
        let issuer = get("COGNITO_ISSUER")
            .map(|url| check_url("COGNITO_ISSUER", url))
            .transpose()?;
        let jwks_url = get("COGNITO_JWKS_URL")
            .map(|url| check_url("COGNITO_JWKS_URL", url))
            .transpose()?;
        let sign_in_marker_key = get("SIGN_IN_MARKER_KEY")
            .map(|key| {
                if key.len() < MARKER_KEY_MIN_LEN {
                    return Err(error(
                        "SIGN_IN_MARKER_KEY",
                        format!(
                            "is {} characters long, fewer than {MARKER_KEY_MIN_LEN}; make one with `openssl rand -base64 32`",
                            key.len()
                        ),
                    ));
                }
                Ok(MarkerKey::new(key.as_bytes()))
            })
            .transpose()?;
        let federation = match (get("COGNITO_DOMAIN"), get("IDENTITY_PROVIDERS")) {
            (None, None) => None,
            (Some(domain), Some(providers)) => {
                if public_url.is_none() {
                    return Err(error(
                        "PUBLIC_URL",
                        "is required with IDENTITY_PROVIDERS: the pool sends people back to {PUBLIC_URL}/auth/callback",
                    ));
                }
                Some(
                    super::federation::Federation::parse(&domain, &providers)
                        .map_err(|why| error("IDENTITY_PROVIDERS", why))?,
                )
            }
            (None, Some(_)) => {
                return Err(error(
                    "COGNITO_DOMAIN",
                    "is required with IDENTITY_PROVIDERS (the pool's domain, the stack output CognitoDomain)",
                ));
            }
            (Some(_), None) => {
                return Err(error(
                    "IDENTITY_PROVIDERS",
                    "is required with COGNITO_DOMAIN (the stack output IdentityProviders)",
                ));
            }
        };
        Ok(Self {
            mode: Mode::Aws(AwsSettings {
                federation,
                user_pool_id,
                client_id,
                client_secret: get("COGNITO_CLIENT_SECRET"),
                server_client,
                issuer,
                jwks_url,
                sign_in_marker_key,
            }),
            profile_table,
            http: HttpSettings {
                public_url,
                request_timeout_secs,
            },
            rate_limits,
            breached_passwords_range,
        })
    }
}

/// Cognito pool ids are `<region>_<id>`, e.g. `eu-west-1_AbCdEf123`.
fn check_user_pool_id(id: &str) -> Result<(), ConfigError> {
    let valid = id.split_once('_').is_some_and(|(region, rest)| {
        !region.is_empty()
            && region
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !rest.is_empty()
            && rest.chars().all(|c| c.is_ascii_alphanumeric())
    });
    if valid {
        Ok(())
    } else {
        Err(error(
            "COGNITO_USER_POOL_ID",
            format!("{id:?} is not a user pool id like eu-west-1_AbCdEf123"),
        ))
    }
}

fn check_table_name(name: &str) -> Result<(), ConfigError> {
    let valid = (3..=255).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    if valid {
        Ok(())
    } else {
        Err(error("PROFILE_TABLE", format!("{name:?} is not a DynamoDB table name")))
    }
}

fn check_url(variable: &'static str, url: String) -> Result<String, ConfigError> {
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(url.trim_end_matches('/').to_string())
    } else {
        Err(error(variable, format!("{url:?} is not an http(s) URL")))
    }
}

/// The issuer Cognito writes into its tokens when none is configured.
pub fn default_issuer(region: &str, user_pool_id: &str) -> String {
    format!("https://cognito-idp.{region}.amazonaws.com/{user_pool_id}")
}

/// Where the pool's signing keys are published: beside a redirected endpoint, else under the issuer.
pub fn default_jwks_url(cognito_endpoint: Option<&str>, issuer: &str, user_pool_id: &str) -> String {
    match cognito_endpoint {
        Some(endpoint) => format!(
            "{}/{user_pool_id}/.well-known/jwks.json",
            endpoint.trim_end_matches('/')
        ),
        None => format!("{issuer}/.well-known/jwks.json"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        Settings::from_lookup(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn nothing_set_is_local_mode_with_defaults() {
        let s = settings(&[]).unwrap();
        assert_eq!(
            s.mode,
            Mode::Local(LocalSettings {
                dir: DEFAULT_LOCAL_AWS_DIR.into(),
                cognito_port: DEFAULT_LOCAL_COGNITO_PORT,
                access_token_minutes: DEFAULT_ACCESS_TOKEN_MINUTES,
                limits: LocalLimits::default(),
                serve_publicly: false,
                passkey_rp_id: DEFAULT_PASSKEY_RP_ID.into(),
            })
        );
        assert_eq!(s.profile_table, "profiles");
    }

    #[test]
    fn local_mode_takes_its_directory_and_port() {
        let s = settings(&[
            ("LOCAL_AWS_DIR", "/tmp/x"),
            ("LOCAL_COGNITO_PORT", "0"),
            ("LOCAL_ACCESS_TOKEN_MINUTES", "5"),
            ("PROFILE_TABLE", "people"),
        ])
        .unwrap();
        assert_eq!(
            s.mode,
            Mode::Local(LocalSettings {
                dir: "/tmp/x".into(),
                cognito_port: 0,
                access_token_minutes: 5,
                limits: LocalLimits::default(),
                serve_publicly: false,
                passkey_rp_id: DEFAULT_PASSKEY_RP_ID.into(),
            })
        );
        assert_eq!(s.profile_table, "people");
    }

    #[test]
    fn aws_mode_reads_every_variable() {
        let s = settings(&[
            ("COGNITO_USER_POOL_ID", "eu-west-1_AbC123"),
            ("COGNITO_CLIENT_ID", "abc123"),
            ("COGNITO_CLIENT_SECRET", "s3cret"),
            ("COGNITO_ISSUER", "https://issuer.example/pool/"),
            ("COGNITO_JWKS_URL", "http://127.0.0.1:9/keys"),
            ("SIGN_IN_MARKER_KEY", MARKER_KEY),
            ("PUBLIC_URL", "https://id.example.com"),
            ("COGNITO_DOMAIN", "https://doorway.auth.eu-west-1.amazoncognito.com"),
            ("IDENTITY_PROVIDERS", "Google=Google,Acme=Acme SSO"),
        ])
        .unwrap();
        assert_eq!(
            s.mode,
            Mode::Aws(AwsSettings {
                user_pool_id: "eu-west-1_AbC123".into(),
                client_id: "abc123".into(),
                client_secret: Some("s3cret".into()),
                server_client: None,
                issuer: Some("https://issuer.example/pool".into()),
                jwks_url: Some("http://127.0.0.1:9/keys".into()),
                sign_in_marker_key: Some(MarkerKey::new(MARKER_KEY.as_bytes())),
                federation: Some(
                    crate::backend::federation::Federation::parse(
                        "https://doorway.auth.eu-west-1.amazoncognito.com",
                        "Google=Google,Acme=Acme SSO"
                    )
                    .unwrap()
                ),
            })
        );
    }

    #[test]
    fn identity_providers_come_with_the_pools_domain_and_the_public_url() {
        let aws = |extra: &[(&'static str, &'static str)]| {
            let mut variables = vec![
                ("COGNITO_USER_POOL_ID", "eu-west-1_AbC123"),
                ("COGNITO_CLIENT_ID", "abc"),
            ];
            variables.extend_from_slice(extra);
            settings(&variables)
        };
        let domain = ("COGNITO_DOMAIN", "https://doorway.auth.eu-west-1.amazoncognito.com");
        let providers = ("IDENTITY_PROVIDERS", "Google=Google");
        let public = ("PUBLIC_URL", "https://id.example.com");
        assert!(aws(&[domain, providers, public]).is_ok());
        assert_eq!(aws(&[domain, providers]).unwrap_err().variable, "PUBLIC_URL");
        assert_eq!(aws(&[providers, public]).unwrap_err().variable, "COGNITO_DOMAIN");
        assert_eq!(aws(&[domain, public]).unwrap_err().variable, "IDENTITY_PROVIDERS");
        let bad = aws(&[domain, ("IDENTITY_PROVIDERS", "Bad_Name"), public]).unwrap_err();
        assert_eq!(bad.variable, "IDENTITY_PROVIDERS");
        // Local mode has its own provider (Local ID).
        assert_eq!(settings(&[providers]).unwrap_err().variable, "IDENTITY_PROVIDERS");
    }

    const MARKER_KEY: &str = "q8ZcV1o3m2RkYd7sTnH0bWfXeJ4uLgPa9iKyN6CrQvE=";

    #[test]
    fn the_marker_key_is_long_enough_aws_only_and_never_printed() {
        let aws = |key: &str| {
            settings(&[
                ("COGNITO_USER_POOL_ID", "eu-west-1_AbC123"),
                ("COGNITO_CLIENT_ID", "abc"),
                ("SIGN_IN_MARKER_KEY", key),
            ])
        };
        let short = aws("too short").unwrap_err();
        assert_eq!(short.variable, "SIGN_IN_MARKER_KEY");
        assert!(!short.to_string().contains("too short"), "{short}");
        let Mode::Aws(configured) = aws(MARKER_KEY).unwrap().mode else {
            panic!("AWS mode expected")
        };
        assert!(!format!("{configured:?}").contains(MARKER_KEY));
        let unset = settings(&[
            ("COGNITO_USER_POOL_ID", "eu-west-1_AbC123"),
            ("COGNITO_CLIENT_ID", "abc"),
        ]);
        assert!(matches!(
            unset.unwrap().mode,
            Mode::Aws(AwsSettings {
                sign_in_marker_key: None,
                ..
            })
        ));
        // Local mode keeps its own key under LOCAL_AWS_DIR.
        let local = settings(&[("SIGN_IN_MARKER_KEY", MARKER_KEY)]).unwrap_err();
        assert_eq!(local.variable, "SIGN_IN_MARKER_KEY");
    }

    #[test]
    fn a_marker_key_signs_and_checks_in_constant_time_and_a_truncated_tag_still_counts() {
        let key = MarkerKey::new(MARKER_KEY.as_bytes());
        let tag = key.sign(b"ada@example.com");
        assert!(key.verify(b"ada@example.com", &tag));
        assert!(key.verify(b"ada@example.com", &tag[..16]));
        assert!(!key.verify(b"bob@example.com", &tag[..16]));
        assert!(!key.verify(b"ada@example.com", &[]));
        assert!(!MarkerKey::random().verify(b"ada@example.com", &tag[..16]));
        assert_ne!(MarkerKey::random(), MarkerKey::random());
    }

    #[test]
    fn empty_values_count_as_unset() {
        let s = settings(&[("COGNITO_USER_POOL_ID", " "), ("COGNITO_CLIENT_ID", "")]).unwrap();
        assert!(matches!(s.mode, Mode::Local(_)));
    }

    #[test]
    fn a_pool_without_a_client_names_the_client_variable() {
        let e = settings(&[("COGNITO_USER_POOL_ID", "eu-west-1_AbC123")]).unwrap_err();
        assert_eq!(e.variable, "COGNITO_CLIENT_ID");
        assert!(e.to_string().starts_with("configuration error: COGNITO_CLIENT_ID"));
        assert!(!e.to_string().contains('\n'));
    }

    #[test]
    fn aws_only_variables_without_a_pool_are_contradictory() {
        for variable in [
            "COGNITO_CLIENT_ID",
            "COGNITO_CLIENT_SECRET",
            "COGNITO_ISSUER",
            "COGNITO_JWKS_URL",
            "SIGN_IN_MARKER_KEY",
        ] {
            let e = settings(&[(variable, "https://x")]).unwrap_err();
            assert_eq!(e.variable, variable);
        }
    }

    #[test]
    fn local_only_variables_in_aws_mode_are_contradictory() {
        let e = settings(&[
            ("COGNITO_USER_POOL_ID", "eu-west-1_AbC123"),
            ("COGNITO_CLIENT_ID", "abc"),
            ("LOCAL_AWS_DIR", "/tmp"),
        ])
        .unwrap_err();
        assert_eq!(e.variable, "LOCAL_AWS_DIR");
    }

    #[test]
    fn malformed_values_name_their_variable() {
        let cases: [(&[(&str, &str)], &str); 6] = [
            (&[("LOCAL_ACCESS_TOKEN_MINUTES", "1")], "LOCAL_ACCESS_TOKEN_MINUTES"),
            (
                &[("COGNITO_USER_POOL_ID", "nopool"), ("COGNITO_CLIENT_ID", "a")],
                "COGNITO_USER_POOL_ID",
            ),
            (
                &[("COGNITO_USER_POOL_ID", "eu-west-1_A"), ("COGNITO_CLIENT_ID", "a b")],
                "COGNITO_CLIENT_ID",
            ),
            (
                &[
                    ("COGNITO_USER_POOL_ID", "eu-west-1_A"),
                    ("COGNITO_CLIENT_ID", "a"),
                    ("COGNITO_ISSUER", "ftp://x"),
                ],
                "COGNITO_ISSUER",
            ),
            (&[("PROFILE_TABLE", "a b")], "PROFILE_TABLE"),
            (&[("LOCAL_COGNITO_PORT", "99999")], "LOCAL_COGNITO_PORT"),
        ];
        for (vars, variable) in cases {
            assert_eq!(settings(vars).unwrap_err().variable, variable);
        }
    }

    #[test]
    fn default_issuer_and_jwks_follow_the_contract() {
        let issuer = default_issuer("eu-west-1", "eu-west-1_A");
        assert_eq!(issuer, "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_A");
        assert_eq!(
            default_jwks_url(None, &issuer, "eu-west-1_A"),
            format!("{issuer}/.well-known/jwks.json")
        );
        assert_eq!(
            default_jwks_url(Some("http://127.0.0.1:9229/"), &issuer, "eu-west-1_A"),
            "http://127.0.0.1:9229/eu-west-1_A/.well-known/jwks.json"
        );
    }

    #[test]
    fn local_limits_come_from_their_variables_or_are_all_off() {
        let local = |pairs: &[(&str, &str)]| match settings(pairs).unwrap().mode {
            Mode::Local(local) => local.limits,
            Mode::Aws(_) => panic!("local mode expected"),
        };
        assert_eq!(local(&[]), LocalLimits::default());
        assert_eq!(local(&[("LOCAL_COGNITO_LIMITS", "off")]), LocalLimits::OFF);
        let changed = local(&[
            ("LOCAL_COGNITO_LOCKOUT_AFTER", "2"),
            ("LOCAL_COGNITO_CODES_PER_HOUR", "0"),
        ]);
        assert_eq!((changed.lockout_after, changed.codes_per_hour), (2, 0));
        let refused = Settings::from_lookup(|name| (name == "LOCAL_COGNITO_CODE_ATTEMPTS").then(|| "many".into()));
        assert_eq!(refused.unwrap_err().variable, "LOCAL_COGNITO_CODE_ATTEMPTS");
    }

    #[test]
    fn a_public_local_mode_and_the_public_url_are_explicit() {
        let local = |pairs: &[(&str, &str)]| match settings(pairs).unwrap().mode {
            Mode::Local(local) => local.serve_publicly,
            Mode::Aws(_) => panic!("local mode expected"),
        };
        assert!(!local(&[]));
        assert!(local(&[("LOCAL_MODE_PUBLIC", "yes")]));
        assert_eq!(
            settings(&[("LOCAL_MODE_PUBLIC", "1")]).unwrap_err().variable,
            "LOCAL_MODE_PUBLIC"
        );
        let public = settings(&[("PUBLIC_URL", "https://id.example.com/")]).unwrap();
        assert_eq!(public.http.public_url.as_deref(), Some("https://id.example.com"));
        assert!(public.http.sends_hsts());
        assert_eq!(
            settings(&[("REQUEST_TIMEOUT_SECONDS", "0")]).unwrap_err().variable,
            "REQUEST_TIMEOUT_SECONDS"
        );
        assert_eq!(
            settings(&[("PUBLIC_URL", "id.example.com")]).unwrap_err().variable,
            "PUBLIC_URL"
        );
    }

    #[test]
    fn the_passkey_relying_party_is_a_domain_and_local_only() {
        let rp_id = |pairs: &[(&str, &str)]| settings(pairs).map(|s| s.passkey_rp_id().map(String::from));
        assert_eq!(rp_id(&[]).unwrap().as_deref(), Some("localhost"));
        assert_eq!(
            rp_id(&[("PASSKEY_RP_ID", "ID.Example.com")]).unwrap().as_deref(),
            Some("id.example.com")
        );
        for refused in [
            "127.0.0.1",
            "::1",
            "[::1]",
            "https://id.example.com",
            "localhost:3000",
            "a..b",
            "-x.com",
        ] {
            let e = rp_id(&[("PASSKEY_RP_ID", refused)]).unwrap_err();
            assert_eq!(e.variable, "PASSKEY_RP_ID", "{refused}");
            assert!(!e.to_string().contains('\n'));
        }
        assert!(
            rp_id(&[("PASSKEY_RP_ID", "10.0.0.7")])
                .unwrap_err()
                .problem
                .contains("IP address")
        );
        let aws = settings(&[
            ("COGNITO_USER_POOL_ID", "eu-west-1_AbC123"),
            ("COGNITO_CLIENT_ID", "abc"),
            ("PASSKEY_RP_ID", "id.example.com"),
        ]);
        assert_eq!(aws.unwrap_err().variable, "PASSKEY_RP_ID");
        let aws = settings(&[
            ("COGNITO_USER_POOL_ID", "eu-west-1_AbC123"),
            ("COGNITO_CLIENT_ID", "abc"),
        ]);
        assert_eq!(aws.unwrap().passkey_rp_id(), None);
    }

    #[test]
    fn rate_limits_default_to_safe_values_in_both_modes() {
        let defaults = settings(&[]).unwrap().rate_limits;
        assert_eq!(defaults, RateLimits::default());
        assert!(defaults.enabled && defaults.trusted_proxies.is_empty());
        // The floor the security requirements set: 30 calls a minute per IP, 5 sign-ins per email.
        assert!((1..=30).contains(&defaults.ip_per_minute));
        assert!((1..=5).contains(&defaults.sign_ins_per_minute));
        // One network alone never locks an account in Cognito: fewer attempts than its lockout
        // takes (five failures), refilled more slowly than it forgets them (15 quiet minutes).
        let cognito_lockout_after = LocalLimits::default().lockout_after;
        assert!(defaults.network_sign_ins_per_hour < cognito_lockout_after);
        assert!(60 / defaults.network_sign_ins_per_hour > 15);
        // One network's burst is smaller than the ceiling's: it cannot spend the ceiling alone.
        assert!(defaults.network_sign_ins_per_hour < defaults.sign_ins_per_minute);
        assert!(defaults.ip_sends_per_minute < defaults.ip_per_minute);
        assert_eq!(defaults.resend_cooldown_seconds, 30);
        let aws = settings(&[
            ("COGNITO_USER_POOL_ID", "eu-west-1_AbC123"),
            ("COGNITO_CLIENT_ID", "abc"),
            ("RATE_LIMIT_SIGN_INS_PER_MINUTE", "3"),
        ])
        .unwrap();
        assert_eq!(aws.rate_limits.sign_ins_per_minute, 3);
    }

    #[test]
    fn rate_limits_come_from_their_variables_or_are_all_off() {
        let limits = |pairs: &[(&str, &str)]| settings(pairs).unwrap().rate_limits;
        assert!(!limits(&[("RATE_LIMITS", "off")]).enabled);
        let changed = limits(&[
            ("RATE_LIMIT_IP_PER_MINUTE", "600"),
            ("RATE_LIMIT_IP_SENDS_PER_MINUTE", "100"),
            ("RATE_LIMIT_EMAIL_PER_MINUTE", "7"),
            ("RATE_LIMIT_SIGN_INS_PER_MINUTE", "0"),
            ("RATE_LIMIT_NETWORK_SIGN_INS_PER_HOUR", "2"),
            ("RATE_LIMIT_SENDS_PER_HOUR", "4"),
            ("RESEND_COOLDOWN_SECONDS", "60"),
            ("RATE_LIMIT_USER_PER_MINUTE", "120"),
        ]);
        assert_eq!(
            changed,
            RateLimits {
                enabled: true,
                ip_per_minute: 600,
                ip_sends_per_minute: 100,
                email_per_minute: 7,
                sign_ins_per_minute: 0,
                network_sign_ins_per_hour: 2,
                sends_per_hour: 4,
                resend_cooldown_seconds: 60,
                user_per_minute: 120,
                trusted_proxies: Vec::new(),
            }
        );
        let proxies = limits(&[("TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.7 ,fd00:1::/32")]).trusted_proxies;
        let proxies: Vec<String> = proxies.iter().map(ToString::to_string).collect();
        assert_eq!(proxies, ["10.0.0.0/8", "192.168.1.7/32", "fd00:1::/32"]);
    }

    #[test]
    fn malformed_rate_limits_name_their_variable_in_one_line() {
        for (variable, value) in [
            ("RATE_LIMITS", "no"),
            ("RATE_LIMIT_IP_PER_MINUTE", "-1"),
            ("RATE_LIMIT_IP_SENDS_PER_MINUTE", "lots"),
            ("RATE_LIMIT_EMAIL_PER_MINUTE", "1.5"),
            ("RATE_LIMIT_SIGN_INS_PER_MINUTE", "100001"),
            ("RATE_LIMIT_NETWORK_SIGN_INS_PER_HOUR", "some"),
            ("RATE_LIMIT_SENDS_PER_HOUR", "x"),
            ("RESEND_COOLDOWN_SECONDS", "3601"),
            ("RATE_LIMIT_USER_PER_MINUTE", "many"),
            ("TRUSTED_PROXIES", "10.0.0.0/8,proxy.internal"),
            ("TRUSTED_PROXIES", "10.0.0.0/33"),
            // Ranges that hold clients: anyone there could choose whose quota to spend.
            ("TRUSTED_PROXIES", "0.0.0.0/0"),
            ("TRUSTED_PROXIES", "10.0.0.0/8, 0.0.0.0/1"),
            ("TRUSTED_PROXIES", "10.0.0.0/7"),
            ("TRUSTED_PROXIES", "::/0"),
            ("TRUSTED_PROXIES", "2001:db8::/31"),
        ] {
            let e = settings(&[(variable, value)]).unwrap_err();
            assert_eq!(e.variable, variable, "{value}");
            assert!(!e.to_string().contains('\n'));
        }
    }
}
