use leptos::prelude::*;

use crate::APP_NAME;

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

/// The header's account links. An island: it is the one part of the shell that knows, in the
/// browser, whether someone is signed in, and it marks the page as hydrated once it runs there.
#[island]
pub fn SessionNav() -> impl IntoView {
    Effect::new(move |_| mark_hydrated());
    view! {
        <nav class="session-nav" aria-label="Account">
            <a href="/login">"Sign in"</a>
            <a class="button primary small" href="/signup">"Create account"</a>
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
