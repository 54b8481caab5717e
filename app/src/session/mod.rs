//! The session the browser keeps: Cognito's tokens, as server functions hand them over, stored
//! under one allow-listed key in `localStorage` ("keep me signed in") or `sessionStorage`.
//!
//! This file holds the types and the logic both builds share. The browser's part lives in
//! `storage` (reading and writing the session), `tabs` (handing the session to new tabs and
//! telling the others of its changes) and `keeper` (timed refresh); the server never sees tokens,
//! so its build swaps them for do-nothing stand-ins, in one place below.
use serde::{Deserialize, Serialize};

use crate::{
    error::AppError,
    model::{BrowserLocale, ProfileFields, Secret, SignedIn},
};

#[cfg(feature = "hydrate")]
mod keeper;
pub mod passkeys;
#[cfg(not(feature = "hydrate"))]
mod stand_in;
#[cfg(feature = "hydrate")]
mod storage;
#[cfg(feature = "hydrate")]
mod tabs;
#[cfg(not(feature = "hydrate"))]
use stand_in::{keeper, storage, tabs};

/// The only keys the app writes to browser storage.
pub const SESSION_KEY: &str = "doorway.session";
/// A short lease so that, of several open tabs, one refreshes the tokens at a time (in browsers
/// without Web Locks; the others hold `REFRESH_LOCK`).
pub const REFRESH_LEASE_KEY: &str = "doorway.refresh-lease";
/// Unsaved profile edits (no tokens), per tab in `sessionStorage`: a session that ends while
/// someone edits sends them to sign in, and their edits must be there when they come back.
pub const PROFILE_DRAFT_KEY: &str = "doorway.profile-draft";

/// The Web Lock a tab holds while it refreshes the tokens.
pub const REFRESH_LOCK: &str = "doorway.refresh";
/// The `BroadcastChannel` the tabs of one browser share the session on (nothing is stored).
pub const SESSION_CHANNEL: &str = "doorway.session";

/// Refresh this long before the access token expires.
pub const REFRESH_MARGIN_MS: i64 = 60_000;

/// The pages that show a signed-in person's data: when the session ends there, they leave for
/// the sign-in page (elsewhere the header simply shows the visitor as signed out).
pub const SIGNED_IN_PAGES: [&str; 2] = ["/profile", "/settings"];

/// What became of an attempt to renew the access token.
#[derive(Debug, Clone, PartialEq)]
pub enum Refreshed {
    Renewed(StoredSession),
    /// The refresh token no longer counts, or the session was forgotten meanwhile.
    Ended,
    /// No answer that says anything about the session (offline, an outage, another tab that
    /// took too long): try again later, keeping the session.
    NotNow,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredSession {
    pub access_token: String,
    /// Replaced at every refresh where the pool rotates refresh tokens.
    pub refresh_token: Option<String>,
    /// Names the sign-in this session comes from, the same across refreshes (the refresh token
    /// changes): made by this browser at sign-in. Empty in a session stored before there was one.
    #[serde(default)]
    pub sign_in_id: String,
    /// Milliseconds since the epoch (browser clock) when the access token expires. Whole
    /// numbers: float formatting would add kilobytes to the wasm.
    pub expires_at_ms: i64,
    pub email: String,
    pub display_name: String,
    pub username: String,
}

impl StoredSession {
    /// How the app addresses the person: their display name, else their email.
    pub fn shown_name(&self) -> String {
        if self.display_name.is_empty() {
            self.email.clone()
        } else {
            self.display_name.clone()
        }
    }
}

/// Profile edits not saved yet, with whose they are and the version they started from: they come
/// back only to the same person, and only while nobody has saved the profile since.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileDraft {
    pub owner: String,
    pub base_version: u64,
    pub fields: ProfileFields,
}

/// What the header knows about the session. The server renders `Unknown` (tokens live in the
/// browser), so nothing wrong flashes before the island has read them.
#[derive(Clone, PartialEq)]
pub enum SessionStatus {
    Unknown,
    SignedOut,
    SignedIn(StoredSession),
}

// Tokens never reach a log, not even through `{:?}`.
impl std::fmt::Debug for StoredSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredSession")
            .field("expires_at_ms", &self.expires_at_ms)
            .finish_non_exhaustive()
    }
}

/// The stored session, if this browser has one (never on the server: tokens live in the browser).
pub fn stored() -> Option<StoredSession> {
    storage::load()
}

/// Changes the stored session in place (a new display name or email) and updates the header.
pub fn update_stored(change: impl FnOnce(&mut StoredSession)) {
    if let Some(mut session) = stored() {
        change(&mut session);
        storage::replace(&session);
    }
}

/// Keeps this tab's unsaved profile edits, or forgets them (`None`).
pub fn keep_profile_draft(draft: Option<&ProfileDraft>) {
    storage::keep_draft(draft);
}

/// This tab's unsaved profile edits, if they belong to `owner` and still start from `version`;
/// taken out of storage either way.
pub fn take_profile_draft(owner: &str, version: u64) -> Option<ProfileFields> {
    storage::take_draft()
        .filter(|draft| draft.owner == owner && draft.base_version == version)
        .map(|draft| draft.fields)
}

/// The browser's time zone and language (none on the server).
pub fn locale() -> BrowserLocale {
    storage::locale()
}

/// Forgets the session in this browser (works offline) and goes to `path`.
pub fn forget_and_go(path: &str) {
    storage::clear();
    go(path);
}

/// Calls a protected server function with the stored access token (or the one another tab hands
/// over), refreshing it once if the server says the session ended. A session that really ended,
/// or none at all, leads to the sign-in page, which brings the person back here.
pub async fn with_access_token<T, Fut>(call: impl Fn(Secret) -> Fut) -> Result<T, AppError>
where
    Fut: std::future::Future<Output = Result<T, AppError>>,
{
    let Some(session) = session_or_sign_in().await else {
        return Err(AppError::SessionExpired);
    };
    let result = call(session.access_token.clone().into()).await;
    if !matches!(result, Err(AppError::SessionExpired)) {
        return result;
    }
    let result = match storage::refresh(session.clone()).await {
        Refreshed::Renewed(renewed) => call(renewed.access_token.into()).await,
        Refreshed::Ended => result,
        // The session may well stand; what was typed stays, to be sent again.
        Refreshed::NotNow => return Err(AppError::Unavailable),
    };
    if matches!(result, Err(AppError::SessionExpired)) {
        storage::end_session(&session);
    }
    result
}

/// The session to call with, once other tabs had the chance to hand it over; without one, the
/// visitor goes to sign in. (Not generic, so that it is not copied into every caller.)
async fn session_or_sign_in() -> Option<StoredSession> {
    let session = tabs::load_or_ask_other_tabs().await;
    if session.is_none() {
        // Signed out: sign in, then come back here.
        go(&path_with_query("/login", &[("next", &storage::current_path())]));
    }
    session
}

/// Goes to `path` with a full page load (the app is server-rendered; islands hydrate on each
/// page).
pub fn go(path: &str) {
    storage::go(path);
}

/// Keeps a fresh sign-in in this browser ("remember": across browser restarts), then goes on.
pub fn keep_and_go(signed_in: SignedIn, remember: bool, path: &str) {
    storage::start(signed_in, remember);
    go(path);
}

/// Replaces this browser's session with a fresh sign-in, kept where the old one was.
pub fn restart(signed_in: SignedIn) {
    storage::start(signed_in, storage::is_remembered());
}

/// Keeps the session shown in `status` alive for as long as the page is open: checks it on load,
/// refreshes it before it expires and follows other tabs (see `keeper`).
pub fn keep_alive(status: leptos::prelude::RwSignal<SessionStatus>) {
    keeper::start(status);
}

/// Signs out: forgets the tokens at once (works offline), then revokes the refresh token.
pub fn sign_out(status: leptos::prelude::RwSignal<SessionStatus>) {
    keeper::sign_out(status);
}

pub use crate::validation::safe_next;

/// Builds `path?key=value&…` with each value percent-encoded.
pub fn path_with_query(path: &str, params: &[(&str, &str)]) -> String {
    let mut url = path.to_string();
    for (i, (key, value)) in params.iter().enumerate() {
        url.push(if i == 0 { '?' } else { '&' });
        url.push_str(key);
        url.push('=');
        for byte in value.bytes() {
            if byte.is_ascii_alphanumeric() || b"-_.~@".contains(&byte) {
                url.push(byte as char);
            } else {
                url.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(
            path_with_query("/verify", &[("email", "a+b@x.io")]),
            "/verify?email=a%2Bb@x.io"
        );
        assert_eq!(
            path_with_query("/login", &[("next", "/a?b=c"), ("x", "1")]),
            "/login?next=%2Fa%3Fb%3Dc&x=1"
        );
    }
}
