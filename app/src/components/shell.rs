use leptos::{either::EitherOf3, prelude::*};

use crate::{
    APP_NAME,
    session::{self, SessionStatus},
};

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

/// The header's account area, on every page: it keeps the session alive (refreshing the access
/// token before it expires, one tab at a time), follows sign-outs from other tabs, and marks the
/// page as hydrated once it runs in the browser.
#[island]
pub fn SessionNav() -> impl IntoView {
    let state = RwSignal::new(SessionStatus::Unknown);
    Effect::new(move |_| {
        session::keep_alive(state);
        mark_hydrated();
    });

    let sign_out = move |_| session::sign_out(state);

    view! {
        <nav class="session-nav" aria-label="Account">
            {move || match state.get() {
                // `Either` rather than `into_any`: type erasure would ship both hydration paths.
                SessionStatus::Unknown => EitherOf3::A(view! { <span class="muted" aria-hidden="true"></span> }),
                SessionStatus::SignedOut => EitherOf3::B(view! {
                    <a href="/login">"Sign in"</a>
                    <a class="button primary small" href="/signup">"Create account"</a>
                }),
                SessionStatus::SignedIn(session) => EitherOf3::C(view! {
                    <a class="name" href="/profile" title=session.email.clone()>{session.shown_name()}</a>
                    <button type="button" class="small" on:click=sign_out>"Sign out"</button>
                }),
            }}
        </nav>
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
