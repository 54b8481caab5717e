//! The session in the browser's storage: one allow-listed key in `localStorage` ("keep me signed
//! in") or `sessionStorage`, one refresh at a time between tabs, and this tab's unsaved profile
//! edits. Every change to the session is told to the other tabs (`tabs`).
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

use super::{
    PROFILE_DRAFT_KEY, ProfileDraft, REFRESH_LEASE_KEY, REFRESH_LOCK, Refreshed, SESSION_KEY, SIGNED_IN_PAGES,
    StoredSession, path_with_query, tabs,
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
    load().is_some_and(|stored| is_same_sign_in(&stored, session))
}

fn is_same_sign_in(one: &StoredSession, other: &StoredSession) -> bool {
    one.sign_in_id == other.sign_in_id && one.username == other.username
}

/// An id for a new sign-in, unique in this browser: its time and a random number (it only tells
/// this browser's sign-ins apart, so it need not be unguessable).
fn new_sign_in_id() -> String {
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("{:x}-{random:x}", now_ms())
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

/// Stores `session` and tells the other tabs, unless nothing changed.
pub fn save(session: &StoredSession, remember: bool) {
    if load().as_ref() == Some(session) && is_remembered() == remember {
        return;
    }
    write(session, remember);
    tabs::tell_changed(session, remember);
}

/// Stores `session` in this tab only (the other tabs' copies are theirs to change).
pub fn write(session: &StoredSession, remember: bool) {
    if remember {
        SessionStorage::delete(SESSION_KEY);
        let _ = LocalStorage::set(SESSION_KEY, session);
    } else {
        LocalStorage::delete(SESSION_KEY);
        let _ = SessionStorage::set(SESSION_KEY, session);
    }
}

pub fn start(signed_in: SignedIn, remember: bool) {
    // A sign-in after a sign-out that could not reach the server (offline) goes on as usual.
    SIGNING_OUT.store(false, std::sync::atomic::Ordering::SeqCst);
    let session = StoredSession {
        expires_at_ms: now_ms() + i64::from(signed_in.tokens.expires_in) * 1000,
        access_token: signed_in.tokens.access_token,
        refresh_token: signed_in.tokens.refresh_token,
        sign_in_id: new_sign_in_id(),
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
    forget_here();
    tabs::tell_signed_out();
}

/// Forgets the tokens in this tab only.
pub fn forget_here() {
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
    if SIGNING_OUT.load(Ordering::SeqCst) {
        return;
    }
    let now = now_ms();
    if now - LEFT_AT_MS.swap(now, Ordering::SeqCst) < 3_000 {
        return;
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(path);
    }
}

/// Set once this tab signs out: it goes home when the server has ended the session, and nothing
/// may send it elsewhere first (a signed-in part still loading would send it to sign in).
static SIGNING_OUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// From now on this tab only goes home after signing out ([`go_home_after_sign_out`]).
pub fn begin_sign_out() {
    SIGNING_OUT.store(true, std::sync::atomic::Ordering::SeqCst);
}

/// Home, by way of the server, which first ends the pool's own session when this browser signed
/// in through another identity provider (so the next "Continue with" asks the provider again).
pub fn go_home_after_sign_out() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign("/auth/logout");
    }
}

/// Replaces the stored session and tells this tab's header, as another tab's would be.
pub fn replace(session: &StoredSession) {
    save(session, is_remembered());
    notify_this_tab();
}

/// Tells this tab's header that the stored session changed, as a `storage` event from another
/// tab does.
pub fn notify_this_tab() {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(SESSION_KEY));
    if let (Some(window), Ok(event)) = (
        web_sys::window(),
        web_sys::StorageEvent::new_with_event_init_dict("storage", &init),
    ) {
        let _ = window.dispatch_event(&event);
    }
}

/// A new access token from the refresh token, one refresh at a time across tabs: the others wait
/// their turn, then take the tokens it brought.
pub async fn refresh(session: StoredSession) -> Refreshed {
    if session.refresh_token.is_none() {
        return Refreshed::Ended;
    }
    let release_lock = match lock_manager() {
        Some(locks) => match take_refresh_lock(&locks).await {
            Some(release) => Some(release),
            None => return Refreshed::NotNow,
        },
        None => {
            if let Some(outcome) = wait_for_refresh_lease(&session).await {
                return outcome;
            }
            None
        }
    };
    let refreshed = refresh_unless_done(session).await;
    match release_lock {
        Some(release) => pass_lock_on(release),
        None => release_refresh_lease(),
    }
    refreshed
}

/// Releases the refresh lock a moment after the refresh: a session not kept reaches the other
/// tabs as a message, which must land before the next tab's turn, when it looks for new tokens.
fn pass_lock_on(release: js_sys::Function) {
    const LANDING_MS: i32 = 100;
    let later = web_sys::window().and_then(|window| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&release, LANDING_MS)
            .ok()
    });
    if later.is_none() {
        let _ = release.call0(&JsValue::UNDEFINED);
    }
}

/// `navigator.locks`, where the browser has Web Locks (not yet a stable binding of `web_sys`).
fn lock_manager() -> Option<JsValue> {
    let locks = js_sys::Reflect::get(&web_sys::window()?.navigator(), &"locks".into()).ok()?;
    locks.is_object().then_some(locks)
}

/// Waits for this tab's turn at `navigator.locks.request(REFRESH_LOCK, …)` and returns what
/// releases it: the browser queues the tabs and passes the lock on when its holder releases it,
/// or closes. `None` if the browser refuses the request.
async fn take_refresh_lock(locks: &JsValue) -> Option<js_sys::Function> {
    let (mut take_turn, mut release) = (None, None);
    let granted = js_sys::Promise::new(&mut |resolve, _| take_turn = Some(resolve));
    // The browser holds the lock for us until the promise our callback returns settles.
    let held = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
    let on_grant = Closure::once_into_js(move |_lock: JsValue| {
        if let Some(take_turn) = take_turn {
            let _ = take_turn.call0(&JsValue::UNDEFINED);
        }
        held
    });
    let requested = js_sys::Reflect::get(locks, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call2(locks, &REFRESH_LOCK.into(), &on_grant)
        .ok()?;
    // A request the browser refuses rejects instead of granting.
    let turn = js_sys::Promise::race(&js_sys::Array::of2(&granted, &requested));
    wasm_bindgen_futures::JsFuture::from(turn).await.ok()?;
    release
}

/// Without Web Locks: waits for the lease in `localStorage` that tabs respect for 10 seconds.
/// `None` once this tab holds it; else what became of the other tab's refresh.
async fn wait_for_refresh_lease(session: &StoredSession) -> Option<Refreshed> {
    let mut waited = 0;
    while !take_refresh_lease() {
        if waited == 20 {
            return Some(Refreshed::NotNow);
        }
        sleep_ms(500).await;
        waited += 1;
        // The other tab's result shows here: in the shared `localStorage`, or, for a session not
        // kept, through its announcement.
        match load() {
            Some(stored) if stored.access_token != session.access_token => return Some(Refreshed::Renewed(stored)),
            Some(_) => {}
            None => return Some(Refreshed::Ended),
        }
    }
    None
}

/// Renews `session`'s access token, unless another tab did while this one waited its turn.
async fn refresh_unless_done(session: StoredSession) -> Refreshed {
    match load() {
        Some(stored) if is_same_sign_in(&stored, &session) && stored.access_token != session.access_token => {
            return Refreshed::Renewed(stored);
        }
        Some(stored) if is_same_sign_in(&stored, &session) => {}
        // Signed out, or in as someone else, meanwhile.
        _ => return Refreshed::Ended,
    }
    let Some(refresh_token) = session.refresh_token.clone() else {
        return Refreshed::Ended;
    };
    let result = refresh_session(refresh_token.into(), session.username.clone()).await;
    match result {
        // Signed out (or in as someone else) while the request was under way: that wins.
        _ if !still_current(&session) => Refreshed::Ended,
        Ok(tokens) => {
            let renewed = StoredSession {
                access_token: tokens.access_token,
                // A rotated refresh token replaces the one sent, which works no more.
                refresh_token: tokens.refresh_token.or_else(|| session.refresh_token.clone()),
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

/// `ended` has ended for good: forget it (unsaved edits stay), in every tab. A page of signed-in
/// data leaves for the sign-in page, which brings the person back; any other page carries on
/// with the visitor signed out, keeping what they were typing. A sign-in that took its place
/// meanwhile stands (this tab already follows it): `false` then.
pub fn end_session(ended: &StoredSession) -> bool {
    if load().is_some_and(|stored| !is_same_sign_in(&stored, ended)) {
        return false;
    }
    forget_tokens();
    if on_signed_in_page() {
        go(&path_with_query(
            "/login",
            &[("notice", "expired"), ("next", &current_path())],
        ));
    }
    true
}

pub fn on_signed_in_page() -> bool {
    let path = web_sys::window().and_then(|w| w.location().pathname().ok());
    path.is_some_and(|path| SIGNED_IN_PAGES.contains(&path.as_str()))
}

/// The browser's time zone and the page's language, for the defaults of a new profile: the
/// language the person reads the app in (picked, or the browser's own first choice the app has),
/// which a first save then keeps rather than switching the pages to `navigator.language`.
pub fn locale() -> BrowserLocale {
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new()).resolved_options();
    BrowserLocale {
        time_zone: js_sys::Reflect::get(&options, &"timeZone".into())
            .ok()
            .and_then(|v| v.as_string()),
        language: Some(crate::i18n::current_language().to_string()),
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
