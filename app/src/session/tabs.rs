//! The other tabs of this browser, over one `BroadcastChannel`. A session not kept lives in each
//! tab's `sessionStorage`, which no other tab can read and which fires no `storage` event: so a
//! new tab asks the open ones for it, and every change to the session (a refresh, a sign-out, a
//! sign-in as someone else) is announced to all of them, kept or not. Nothing of it is written
//! anywhere that outlives the browser: the last tab to close takes a session not kept with it.
use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue, closure::Closure};

use super::{SESSION_CHANNEL, StoredSession, storage};

/// How long a new tab waits for an open one to hand over the session. Open tabs answer within a
/// few milliseconds; silence means no tab has a session to give.
const HAND_OVER_WAIT_MS: i32 = 250;

// What one tab tells the others: a word, then for some the session as stored (JSON). Plain
// words rather than a serialized enum: the wasm already carries the session's JSON code.
/// From a tab that has no session (yet).
const WHO_HAS_THE_SESSION: &str = "who-has-the-session";
/// The answer of a tab holding a session not kept; only a tab without a session takes it.
const HAND_OVER: &str = "hand-over";
/// The session as it is now (refreshed, renamed, or someone else's after a new sign-in), not kept.
const CHANGED: &str = "changed";
/// The same, for a session kept in `localStorage`.
const CHANGED_KEPT: &str = "changed-kept";
const SIGNED_OUT: &str = "signed-out";

thread_local! {
    static CHANNEL: Option<web_sys::BroadcastChannel> = open();
    /// Settles once an open tab handed over its session or the wait is over; `None` until asked.
    static ASKED: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    /// Settles `ASKED`; present only while the question waits for an answer.
    static SETTLE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Joins the conversation, so that this tab answers new tabs and follows the others' changes.
pub fn listen() {
    CHANNEL.with(|_| ());
}

/// The stored session, or else the one an open tab hands over (in time for the signed-in page
/// and the header to decide whether the visitor is signed in). Asks once per page.
pub async fn load_or_ask_other_tabs() -> Option<StoredSession> {
    if let Some(session) = storage::load() {
        return Some(session);
    }
    let settled = ASKED.with_borrow_mut(|asked| asked.get_or_insert_with(ask).clone());
    let _ = wasm_bindgen_futures::JsFuture::from(settled).await;
    // Settled by the timeout, perhaps: from now on, changes are followed, not waited for.
    SETTLE.take();
    storage::load()
}

pub fn tell_changed(session: &StoredSession, kept: bool) {
    post(if kept { CHANGED_KEPT } else { CHANGED }, Some(session));
}

pub fn tell_signed_out() {
    post(SIGNED_OUT, None);
}

fn ask() -> js_sys::Promise {
    js_sys::Promise::new(&mut |settle, _| {
        let window = web_sys::window();
        match window.filter(|_| CHANNEL.with(Option::is_some)) {
            Some(window) => {
                post(WHO_HAS_THE_SESSION, None);
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&settle, HAND_OVER_WAIT_MS);
                SETTLE.set(Some(settle));
            }
            // A browser without `BroadcastChannel` has no tab to ask.
            None => {
                let _ = settle.call0(&JsValue::UNDEFINED);
            }
        }
    })
}

fn open() -> Option<web_sys::BroadcastChannel> {
    let channel = web_sys::BroadcastChannel::new(SESSION_CHANNEL).ok()?;
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
        if let Some(text) = event.data().as_string() {
            receive(&text);
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    Some(channel)
}

fn post(word: &str, session: Option<&StoredSession>) {
    let mut text = word.to_string();
    if let Some(json) = session.and_then(|session| serde_json::to_string(session).ok()) {
        text.push(' ');
        text.push_str(&json);
    }
    CHANNEL.with(|channel| {
        if let Some(channel) = channel {
            let _ = channel.post_message(&text.into());
        }
    });
}

fn receive(text: &str) {
    let (word, json) = text.split_once(' ').unwrap_or((text, ""));
    let session = serde_json::from_str::<StoredSession>(json).ok();
    match (word, session) {
        (WHO_HAS_THE_SESSION, _) => {
            // A kept session is in `localStorage`, where the new tab finds it itself.
            if let Some(session) = storage::load().filter(|_| !storage::is_remembered()) {
                post(HAND_OVER, Some(&session));
            }
        }
        (HAND_OVER, Some(session)) if storage::load().is_none() => {
            storage::write(&session, false);
            follow_change();
        }
        (CHANGED | CHANGED_KEPT, Some(session)) => {
            storage::write(&session, word == CHANGED_KEPT);
            follow_change();
        }
        (SIGNED_OUT, _) => {
            storage::forget_here();
            follow_change();
        }
        _ => {}
    }
}

/// A page still waiting for a hand-over reads the session once the wait settles; any other page
/// follows the change as it follows another tab's `localStorage` (header, signed-in page).
fn follow_change() {
    match SETTLE.take() {
        Some(settle) => {
            let _ = settle.call0(&JsValue::UNDEFINED);
        }
        None => storage::notify_this_tab(),
    }
}
