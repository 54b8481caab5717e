//! The refresh keeper: checks the stored session on load (or the one another tab hands over),
//! refreshes the access token before it expires (one tab at a time), and follows sign-outs,
//! refreshes and sign-ins from other tabs.
use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::{JsCast, closure::Closure};

use super::{REFRESH_MARGIN_MS, Refreshed, SESSION_KEY, SessionStatus, StoredSession, storage, tabs};
use crate::{
    error::AppError,
    functions::auth::{current_account, sign_out as revoke},
};

pub fn start(state: RwSignal<SessionStatus>) {
    follow_other_tabs(state);
    reload_when_restored_from_history();
    spawn_local(async move {
        let Some(session) = tabs::load_or_ask_other_tabs().await else {
            return state.set(SessionStatus::SignedOut);
        };
        state.set(SessionStatus::SignedIn(session.clone()));
        // Make sure the session still stands (it may have been revoked elsewhere).
        let session = match current_account(session.access_token.clone().into()).await {
            Err(AppError::SessionExpired) => match storage::refresh(session.clone()).await {
                Refreshed::Renewed(session) => session,
                Refreshed::Ended => return end(state, &session),
                Refreshed::NotNow => session,
            },
            // Unless a sign-out happened while the answer was on its way.
            Ok(_) if !storage::still_current(&session) => return,
            // Only the names change: another tab may have refreshed meanwhile, and its rotated
            // refresh token is the only one that still works.
            Ok(account) => match storage::load() {
                Some(mut stored) => {
                    stored.display_name = account.display_name;
                    stored.email = account.email;
                    storage::save(&stored, storage::is_remembered());
                    stored
                }
                None => return,
            },
            // Offline or the service is down: keep the session as it is.
            Err(_) => session,
        };
        state.set(SessionStatus::SignedIn(session));
        schedule_refresh(state);
    });
}

fn end(state: RwSignal<SessionStatus>, ended: &StoredSession) {
    if storage::end_session(ended) {
        state.set(SessionStatus::SignedOut);
    }
}

fn schedule_refresh(state: RwSignal<SessionStatus>) {
    let Some(session) = storage::load() else { return };
    let delay = (session.expires_at_ms - REFRESH_MARGIN_MS - storage::now_ms()).max(0);
    set_timeout(
        move || {
            // Another tab may have refreshed meanwhile: read the stored session again.
            let Some(current) = storage::load() else {
                return state.set(SessionStatus::SignedOut);
            };
            if current.expires_at_ms - REFRESH_MARGIN_MS > storage::now_ms() {
                return schedule_refresh(state);
            }
            spawn_local(async move {
                match storage::refresh(current.clone()).await {
                    Refreshed::Renewed(renewed) => {
                        state.set(SessionStatus::SignedIn(renewed));
                        schedule_refresh(state);
                    }
                    Refreshed::Ended => end(state, &current),
                    // Offline, an outage, or another tab still at it: look again shortly.
                    Refreshed::NotNow => set_timeout(move || schedule_refresh(state), Duration::from_secs(5)),
                }
            });
        },
        Duration::from_millis(delay.unsigned_abs()),
    );
}

/// A sign-out in another tab (the stored session disappears) signs this tab out too, and its
/// refreshes and sign-ins show here. A page of signed-in data is loaded again when its person
/// signs out or another signs in, so nobody else's data stays on screen and no save lands in
/// another person's profile. A kept session's changes arrive as `storage` events; those of one
/// not kept, through `tabs`, as the same event.
fn follow_other_tabs(state: RwSignal<SessionStatus>) {
    tabs::listen();
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
        if event.key().as_deref() != Some(SESSION_KEY) && event.key().is_some() {
            return;
        }
        let stored = storage::load();
        let shown = state.with_untracked(|state| match state {
            SessionStatus::SignedIn(session) => Some(session.username.clone()),
            _ => None,
        });
        let person_changed = stored.as_ref().map(|s| &s.username) != shown.as_ref();
        match stored {
            Some(session) => state.set(SessionStatus::SignedIn(session)),
            None => state.set(SessionStatus::SignedOut),
        }
        if person_changed && storage::on_signed_in_page() {
            storage::go(&storage::current_path());
        }
    });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// "Back" may show a page from the browser's memory as it was left (a form still "Signing
/// in…", a profile after signing out): load it afresh instead.
fn reload_when_restored_from_history() {
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn(web_sys::PageTransitionEvent)>::new(|event: web_sys::PageTransitionEvent| {
        if event.persisted()
            && let Some(window) = web_sys::window()
        {
            let _ = window.location().reload();
        }
    });
    let _ = window.add_event_listener_with_callback("pageshow", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Forgets the tokens at once (works offline), then asks the server to end the session (our
/// record refuses its access tokens, Cognito revokes the refresh token) and returns home;
/// offline, the page stays where it is, signed out.
pub fn sign_out(state: RwSignal<SessionStatus>) {
    let session = storage::load();
    storage::begin_sign_out();
    storage::clear();
    state.set(SessionStatus::SignedOut);
    spawn_local(async move {
        let revoked = match session {
            Some(session) => {
                let refresh_token = session.refresh_token.unwrap_or_default();
                revoke(session.access_token.into(), refresh_token.into()).await
            }
            None => Ok(()),
        };
        if revoked != Err(AppError::Network) {
            storage::go_home_after_sign_out();
        }
    });
}
