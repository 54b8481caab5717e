use leptos::{either::EitherOf3, prelude::*};

use crate::{APP_NAME, session::StoredSession};

/// The top bar on every page: the app name, and the visitor's way in or their account.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href="/">{APP_NAME}</a>
            <SessionNav />
        </header>
    }
}

/// What the header knows about the session. The server renders `Unknown` (tokens live in the
/// browser), so nothing wrong flashes before the island has read them.
#[derive(Clone, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum NavState {
    Unknown,
    SignedOut,
    SignedIn(StoredSession),
}

/// The header's account area, on every page: it keeps the session alive (refreshing the access
/// token before it expires, one tab at a time), follows sign-outs from other tabs, and marks the
/// page as hydrated once it runs in the browser.
#[island]
pub fn SessionNav() -> impl IntoView {
    let state = RwSignal::new(NavState::Unknown);
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        keeper::start(state);
        mark_hydrated();
    });

    let sign_out = move |_| {
        #[cfg(feature = "hydrate")]
        keeper::sign_out(state);
    };

    view! {
        <nav class="session-nav" aria-label="Account">
            {move || match state.get() {
                // `Either` rather than `into_any`: type erasure would ship both hydration paths.
                NavState::Unknown => EitherOf3::A(view! { <span class="muted" aria-hidden="true"></span> }),
                NavState::SignedOut => EitherOf3::B(view! {
                    <a href="/login">"Sign in"</a>
                    <a class="button primary small" href="/signup">"Create account"</a>
                }),
                NavState::SignedIn(session) => EitherOf3::C(view! {
                    <a class="name" href="/profile" title=session.email.clone()>{session.shown_name()}</a>
                    <button type="button" class="small" on:click=sign_out>"Sign out"</button>
                }),
            }}
        </nav>
    }
}

#[cfg(feature = "hydrate")]
mod keeper {
    //! The browser side of the session: validation on load, timed refresh, cross-tab sign-out.
    use std::time::Duration;

    use leptos::{prelude::*, task::spawn_local};
    use wasm_bindgen::{JsCast, closure::Closure};

    use super::NavState;
    use crate::{
        error::AppError,
        functions::auth::{current_account, sign_out as revoke},
        session::{REFRESH_MARGIN_MS, Refreshed, SESSION_KEY, browser},
    };

    pub fn start(state: RwSignal<NavState>) {
        follow_other_tabs(state);
        reload_when_restored_from_history();
        let Some(session) = browser::load() else {
            return state.set(NavState::SignedOut);
        };
        state.set(NavState::SignedIn(session.clone()));
        spawn_local(async move {
            // Make sure the session still stands (it may have been revoked elsewhere).
            let session = match current_account(session.access_token.clone()).await {
                Err(AppError::SessionExpired) => match browser::refresh(session.clone()).await {
                    Refreshed::Renewed(session) => session,
                    Refreshed::Ended => return end(state),
                    Refreshed::NotNow => session,
                },
                // Unless a sign-out happened while the answer was on its way.
                Ok(_) if !browser::still_current(&session) => return,
                Ok(account) => {
                    let mut session = session;
                    session.display_name = account.display_name;
                    session.email = account.email;
                    browser::save(&session, browser::is_remembered());
                    session
                }
                // Offline or the service is down: keep the session as it is.
                Err(_) => session,
            };
            state.set(NavState::SignedIn(session));
            schedule_refresh(state);
        });
    }

    fn end(state: RwSignal<NavState>) {
        state.set(NavState::SignedOut);
        browser::end_session();
    }

    fn schedule_refresh(state: RwSignal<NavState>) {
        let Some(session) = browser::load() else { return };
        let delay = (session.expires_at_ms - REFRESH_MARGIN_MS - browser::now_ms()).max(0);
        set_timeout(
            move || {
                // Another tab may have refreshed meanwhile: read the stored session again.
                let Some(current) = browser::load() else {
                    return state.set(NavState::SignedOut);
                };
                if current.expires_at_ms - REFRESH_MARGIN_MS > browser::now_ms() {
                    return schedule_refresh(state);
                }
                spawn_local(async move {
                    match browser::refresh(current).await {
                        Refreshed::Renewed(renewed) => {
                            state.set(NavState::SignedIn(renewed));
                            schedule_refresh(state);
                        }
                        Refreshed::Ended => end(state),
                        // Offline, an outage, or another tab still at it: look again shortly.
                        Refreshed::NotNow => set_timeout(move || schedule_refresh(state), Duration::from_secs(5)),
                    }
                });
            },
            Duration::from_millis(delay.unsigned_abs()),
        );
    }

    /// A sign-out in another tab (the stored session disappears) signs this tab out too. A page
    /// of signed-in data is loaded again when its person signs out or another signs in, so
    /// nobody else's data stays on screen and no save lands in another person's profile.
    fn follow_other_tabs(state: RwSignal<NavState>) {
        let Some(window) = web_sys::window() else { return };
        let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if event.key().as_deref() != Some(SESSION_KEY) && event.key().is_some() {
                return;
            }
            let stored = browser::load();
            let shown = state.with_untracked(|state| match state {
                NavState::SignedIn(session) => Some(session.username.clone()),
                _ => None,
            });
            let person_changed = stored.as_ref().map(|s| &s.username) != shown.as_ref();
            match stored {
                Some(session) => state.set(NavState::SignedIn(session)),
                None => state.set(NavState::SignedOut),
            }
            if person_changed && browser::on_signed_in_page() {
                browser::go(&browser::current_path());
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

    /// Forgets the tokens at once (works offline), then asks Cognito to revoke the refresh token
    /// and returns home; offline, the page stays where it is, signed out.
    pub fn sign_out(state: RwSignal<NavState>) {
        let session = browser::load();
        browser::clear();
        state.set(NavState::SignedOut);
        spawn_local(async move {
            let revoked = match session.and_then(|s| s.refresh_token) {
                Some(refresh_token) => revoke(refresh_token).await,
                None => Ok(()),
            };
            if revoked != Err(AppError::Network) {
                browser::go("/");
            }
        });
    }
}

/// Sets `data-hydrated` on `<body>`, so tests and styles can tell when the islands are live.
fn mark_hydrated() {
    #[cfg(feature = "hydrate")]
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.dataset().set("hydrated", "true");
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{APP_NAME}" · accounts on Amazon Cognito"</p>
        </footer>
    }
}
