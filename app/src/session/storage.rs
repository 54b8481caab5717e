//! The session in the browser's storage: one allow-listed key in `localStorage` ("keep me signed
//! in") or `sessionStorage`, the refresh lease between tabs, and this tab's unsaved profile edits.
use gloo_storage::{LocalStorage, SessionStorage, Storage};

use super::{
    PROFILE_DRAFT_KEY, ProfileDraft, REFRESH_LEASE_KEY, Refreshed, SESSION_KEY, SIGNED_IN_PAGES, StoredSession,
    path_with_query,
};
use crate::{
    error::AppError,
    functions::auth::refresh_session,
    model::{BrowserLocale, SignedIn},
};

/// The browser's wall clock, in milliseconds since the epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Whether `session` is still the one stored: not forgotten (a sign-out) or replaced (another
/// sign-in) while a request about it was under way.
pub fn still_current(session: &StoredSession) -> bool {
    load().is_some_and(|stored| stored.refresh_token == session.refresh_token && stored.username == session.username)
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
    let result = refresh_session(refresh_token, session.username.clone()).await;
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
        go(&path_with_query(
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
pub fn locale() -> BrowserLocale {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
    BrowserLocale {
        time_zone: js_sys::Reflect::get(&options, &"timeZone".into())
            .ok()
            .and_then(|v| v.as_string()),
        language: web_sys::window().and_then(|w| w.navigator().language()),
    }
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
