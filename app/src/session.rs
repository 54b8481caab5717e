//! The session the browser keeps: Cognito's tokens, as server functions hand them over, stored
//! under one allow-listed key in `localStorage` ("keep me signed in") or `sessionStorage`.
use serde::{Deserialize, Serialize};

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tokens {
    pub access_token: String,
    pub id_token: String,
    pub refresh_token: Option<String>,
    /// Seconds the access token stays valid.
    pub expires_in: i32,
}

// Tokens never reach a log, not even through `{:?}`.
impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokens")
            .field("expires_in", &self.expires_in)
            .finish_non_exhaustive()
    }
}

/// The only keys the app writes to browser storage.
pub const SESSION_KEY: &str = "doorway.session";
/// A short lease so that, of several open tabs, one refreshes the tokens at a time.
pub const REFRESH_LEASE_KEY: &str = "doorway.refresh-lease";
/// Unsaved profile edits (no tokens), per tab in `sessionStorage`: a session that ends while
/// someone edits sends them to sign in, and their edits must be there when they come back.
pub const PROFILE_DRAFT_KEY: &str = "doorway.profile-draft";

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
    pub refresh_token: Option<String>,
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
    pub fields: crate::functions::profile::ProfileFields,
}

impl std::fmt::Debug for StoredSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredSession")
            .field("expires_at_ms", &self.expires_at_ms)
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "hydrate")]
pub mod browser {
    use gloo_storage::{LocalStorage, SessionStorage, Storage};

    use super::*;
    use crate::functions::auth::SignedIn;

    /// The browser's wall clock, in milliseconds since the epoch.
    pub fn now_ms() -> i64 {
        js_sys::Date::now() as i64
    }

    /// Whether `session` is still the one stored: not forgotten (a sign-out) or replaced (another
    /// sign-in) while a request about it was under way.
    pub fn still_current(session: &StoredSession) -> bool {
        load()
            .is_some_and(|stored| stored.refresh_token == session.refresh_token && stored.username == session.username)
    }

    /// Where the current session lives: `true` for `localStorage` (kept across browser restarts).
    pub fn is_remembered() -> bool {
        LocalStorage::get::<StoredSession>(SESSION_KEY).is_ok()
    }

    pub fn load() -> Option<StoredSession> {
        LocalStorage::get(SESSION_KEY)
            .or_else(|_| SessionStorage::get(SESSION_KEY))
            .ok()
    }

    pub fn save(session: &StoredSession, remember: bool) {
        if remember {
            SessionStorage::delete(SESSION_KEY);
            let _ = LocalStorage::set(SESSION_KEY, session);
        } else {
            LocalStorage::delete(SESSION_KEY);
            let _ = SessionStorage::set(SESSION_KEY, session);
        }
    }

    pub fn start(signed_in: SignedIn, remember: bool) {
        let session = StoredSession {
            expires_at_ms: now_ms() + i64::from(signed_in.tokens.expires_in) * 1000,
            access_token: signed_in.tokens.access_token,
            refresh_token: signed_in.tokens.refresh_token,
            email: signed_in.email,
            display_name: signed_in.display_name,
            username: signed_in.username,
        };
        save(&session, remember);
    }

    /// Forgets the session everywhere in this browser, and this tab's unsaved edits with it (the
    /// person chose to leave); works offline.
    pub fn clear() {
        forget_tokens();
        SessionStorage::delete(PROFILE_DRAFT_KEY);
    }

    fn forget_tokens() {
        LocalStorage::delete(SESSION_KEY);
        SessionStorage::delete(SESSION_KEY);
        LocalStorage::delete(REFRESH_LEASE_KEY);
    }

    pub fn keep_draft(draft: Option<&ProfileDraft>) {
        match draft {
            Some(draft) => {
                let _ = SessionStorage::set(PROFILE_DRAFT_KEY, draft);
            }
            None => SessionStorage::delete(PROFILE_DRAFT_KEY),
        }
    }

    pub fn take_draft() -> Option<ProfileDraft> {
        let draft = SessionStorage::get(PROFILE_DRAFT_KEY).ok();
        SessionStorage::delete(PROFILE_DRAFT_KEY);
        draft
    }

    /// Takes the refresh lease unless another tab took it in the last 10 seconds.
    pub fn take_refresh_lease() -> bool {
        let now = now_ms();
        match LocalStorage::get::<i64>(REFRESH_LEASE_KEY) {
            Ok(taken_at) if now - taken_at < 10_000 => false,
            _ => LocalStorage::set(REFRESH_LEASE_KEY, now).is_ok(),
        }
    }

    pub fn release_refresh_lease() {
        LocalStorage::delete(REFRESH_LEASE_KEY);
    }

    /// Leaves for `path`. The first decision to leave wins: several islands may decide at once
    /// (the header finding the session ended, the page finding no session), and the first one
    /// carries the reason. A few seconds later (a page restored by "Back") `go` works again.
    pub fn go(path: &str) {
        use std::sync::atomic::{AtomicI64, Ordering};
        static LEFT_AT_MS: AtomicI64 = AtomicI64::new(i64::MIN / 2);
        let now = now_ms();
        if now - LEFT_AT_MS.swap(now, Ordering::SeqCst) < 3_000 {
            return;
        }
        if let Some(window) = web_sys::window() {
            let _ = window.location().assign(path);
        }
    }

    /// Replaces the stored session and tells this tab's header, as another tab's would be.
    pub fn replace(session: &StoredSession) {
        save(session, is_remembered());
        let init = web_sys::StorageEventInit::new();
        init.set_key(Some(SESSION_KEY));
        if let (Some(window), Ok(event)) = (
            web_sys::window(),
            web_sys::StorageEvent::new_with_event_init_dict("storage", &init),
        ) {
            let _ = window.dispatch_event(&event);
        }
    }

    /// A new access token from the refresh token. If another tab (or another part of this page)
    /// is refreshing already, waits for its result instead of refreshing twice.
    pub async fn refresh(session: StoredSession) -> Refreshed {
        use crate::error::AppError;
        let Some(refresh_token) = session.refresh_token.clone() else {
            return Refreshed::Ended;
        };
        let mut waited = 0;
        while !take_refresh_lease() {
            // A session kept in `localStorage` shows the other tab's result here; one kept per tab
            // in `sessionStorage` does not, so this tab refreshes once the lease is free.
            if waited == 20 {
                return Refreshed::NotNow;
            }
            sleep_ms(500).await;
            waited += 1;
            match load() {
                Some(stored) if stored.access_token != session.access_token => return Refreshed::Renewed(stored),
                Some(_) => {}
                None => return Refreshed::Ended,
            }
        }
        let result = crate::functions::auth::refresh_session(refresh_token, session.username.clone()).await;
        release_refresh_lease();
        match result {
            // Signed out (or in as someone else) while the request was under way: that wins.
            _ if !still_current(&session) => Refreshed::Ended,
            Ok(tokens) => {
                let renewed = StoredSession {
                    access_token: tokens.access_token,
                    expires_at_ms: now_ms() + i64::from(tokens.expires_in) * 1000,
                    ..session
                };
                save(&renewed, is_remembered());
                Refreshed::Renewed(renewed)
            }
            Err(AppError::SessionExpired | AppError::WrongCredentials) => Refreshed::Ended,
            Err(_) => Refreshed::NotNow,
        }
    }

    async fn sleep_ms(ms: i32) {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    /// The session has ended for good: forget it (unsaved edits stay). A page of signed-in data
    /// leaves for the sign-in page, which brings the person back; any other page carries on with
    /// the visitor signed out, keeping what they were typing.
    pub fn end_session() {
        forget_tokens();
        if on_signed_in_page() {
            go(&super::path_with_query(
                "/login",
                &[("notice", "expired"), ("next", &current_path())],
            ));
        }
    }

    pub fn on_signed_in_page() -> bool {
        let path = web_sys::window().and_then(|w| w.location().pathname().ok());
        path.is_some_and(|path| SIGNED_IN_PAGES.contains(&path.as_str()))
    }

    /// The browser's time zone and language, for the defaults of a new profile.
    pub fn locale() -> (Option<String>, Option<String>) {
        let options =
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
        let time_zone = js_sys::Reflect::get(&options, &"timeZone".into())
            .ok()
            .and_then(|v| v.as_string());
        let language = web_sys::window().and_then(|w| w.navigator().language());
        (time_zone, language)
    }

    /// The path and query of this page.
    pub fn current_path() -> String {
        let location = web_sys::window().map(|w| w.location());
        let part = |get: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
            location.as_ref().and_then(|l| get(l).ok()).unwrap_or_default()
        };
        match part(web_sys::Location::pathname) {
            path if path.is_empty() => "/".into(),
            path => path + &part(web_sys::Location::search),
        }
    }
}

/// The stored session, if this browser has one (never on the server: tokens live in the browser).
pub fn stored() -> Option<StoredSession> {
    #[cfg(feature = "hydrate")]
    return browser::load();
    #[cfg(not(feature = "hydrate"))]
    None
}

/// Changes the stored session in place (a new display name or email) and updates the header.
pub fn update_stored(change: impl FnOnce(&mut StoredSession)) {
    if let Some(mut session) = stored() {
        change(&mut session);
        #[cfg(feature = "hydrate")]
        browser::replace(&session);
    }
}

/// Keeps this tab's unsaved profile edits, or forgets them (`None`).
pub fn keep_profile_draft(draft: Option<&ProfileDraft>) {
    #[cfg(feature = "hydrate")]
    browser::keep_draft(draft);
    #[cfg(not(feature = "hydrate"))]
    let _ = draft;
}

/// This tab's unsaved profile edits, if they belong to `owner` and still start from `version`;
/// taken out of storage either way.
pub fn take_profile_draft(owner: &str, version: u64) -> Option<crate::functions::profile::ProfileFields> {
    #[cfg(feature = "hydrate")]
    return browser::take_draft()
        .filter(|draft| draft.owner == owner && draft.base_version == version)
        .map(|draft| draft.fields);
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (owner, version);
        None
    }
}

/// The browser's time zone and language (none on the server).
pub fn locale() -> (Option<String>, Option<String>) {
    #[cfg(feature = "hydrate")]
    return browser::locale();
    #[cfg(not(feature = "hydrate"))]
    (None, None)
}

/// Sends a signed-out visitor to sign in, to come back to `path` afterwards.
pub fn require_sign_in(path: &str) -> bool {
    let signed_in = stored().is_some();
    if !signed_in {
        go(&path_with_query("/login", &[("next", path)]));
    }
    signed_in
}

/// Forgets the session in this browser (works offline) and goes to `path`.
pub fn forget_and_go(path: &str) {
    #[cfg(feature = "hydrate")]
    browser::clear();
    go(path);
}

/// Calls a protected server function with the stored access token, refreshing it once if the
/// server says the session ended. A session that really ended leads to the sign-in page, which
/// brings the person back here.
pub async fn with_access_token<T, Fut>(call: impl Fn(String) -> Fut) -> Result<T, crate::error::AppError>
where
    Fut: std::future::Future<Output = Result<T, crate::error::AppError>>,
{
    use crate::error::AppError;
    let Some(session) = stored() else {
        return Err(AppError::SessionExpired);
    };
    let result = call(session.access_token.clone()).await;
    #[cfg(feature = "hydrate")]
    if matches!(result, Err(AppError::SessionExpired)) {
        let result = match browser::refresh(session).await {
            Refreshed::Renewed(renewed) => call(renewed.access_token).await,
            Refreshed::Ended => result,
            // The session may well stand; what was typed stays, to be sent again.
            Refreshed::NotNow => return Err(AppError::Unavailable),
        };
        if matches!(result, Err(AppError::SessionExpired)) {
            browser::end_session();
        }
        return result;
    }
    result
}

/// Goes to `path` with a full page load (the app is server-rendered; islands hydrate on each
/// page). Island event handlers only ever run in the browser, so the server build does nothing.
pub fn go(path: &str) {
    #[cfg(feature = "hydrate")]
    browser::go(path);
    #[cfg(not(feature = "hydrate"))]
    let _ = path;
}

/// Keeps a fresh sign-in in this browser ("remember": across browser restarts), then goes on.
pub fn keep_and_go(signed_in: crate::functions::auth::SignedIn, remember: bool, path: &str) {
    #[cfg(feature = "hydrate")]
    browser::start(signed_in, remember);
    #[cfg(not(feature = "hydrate"))]
    let _ = (signed_in, remember);
    go(path);
}

/// Replaces this browser's session with a fresh sign-in, kept where the old one was.
pub fn restart(signed_in: crate::functions::auth::SignedIn) {
    #[cfg(feature = "hydrate")]
    browser::start(signed_in, browser::is_remembered());
    #[cfg(not(feature = "hydrate"))]
    let _ = signed_in;
}

/// Only same-site paths are followed after sign-in, so a crafted link cannot send people away.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        // Browsers drop tabs and line breaks from addresses, so `/\t/evil` would become `//evil`.
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            path.to_string()
        }
        _ => "/".to_string(),
    }
}

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
    fn only_same_site_paths_are_followed() {
        assert_eq!(safe_next(Some("/profile")), "/profile");
        for hostile in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "profile",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil.example",
        ] {
            assert_eq!(safe_next(Some(hostile)), "/", "{hostile}");
        }
        assert_eq!(safe_next(None), "/");
    }

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

    #[test]
    fn debug_output_hides_tokens() {
        let tokens = Tokens {
            access_token: "eyJsecret".into(),
            id_token: "eyJid".into(),
            refresh_token: Some("refresh".into()),
            expires_in: 900,
        };
        assert!(!format!("{tokens:?}").contains("eyJ"));
    }
}
