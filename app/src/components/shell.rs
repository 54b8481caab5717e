use leptos::{either::EitherOf3, prelude::*};

use leptos_router::hooks::use_query_map;

use crate::{
    APP_NAME,
    i18n::{current_language, island_texts, page_languages, tr},
    session::{self, SessionStatus},
};

/// The top bar on every page: the app name, and the visitor's way in or their account.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{tr("shell-skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href="/" translate="no">{APP_NAME}</a>
            {island_texts(&["nav-"])}
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
        <nav class="session-nav" aria-label=tr("nav-account")>
            {move || match state.get() {
                // `Either` rather than `into_any`: type erasure would ship both hydration paths.
                SessionStatus::Unknown => EitherOf3::A(session_unknown()),
                SessionStatus::SignedOut => EitherOf3::B(view! {
                    <a href="/login">{tr("nav-sign-in")}</a>
                    <a class="button primary small" href="/signup">{tr("nav-create-account")}</a>
                }),
                SessionStatus::SignedIn(session) => EitherOf3::C(view! {
                    <a class="name" href="/profile" title=session.email.clone() translate="no">{session.shown_name()}</a>
                    <button type="button" class="small" on:click=sign_out>{tr("nav-sign-out")}</button>
                }),
            }}
        </nav>
    }
}

/// Until the session is known (another tab may hand one over) the signed-out links' room is kept,
/// unseen: where they wrap under the app's name (French on a phone) their arrival would push the
/// page down under the reader's finger. Only the server renders it: the browser hydrates the
/// unknown state but never renders it again, so the wasm carries none of this.
#[cfg(not(feature = "hydrate"))]
fn session_unknown() -> impl IntoView {
    view! {
        <span class="pending" aria-hidden="true">
            <span>{tr("nav-sign-in")}</span>
            <span class="button primary small">{tr("nav-create-account")}</span>
        </span>
    }
}

#[cfg(feature = "hydrate")]
fn session_unknown() -> impl IntoView {
    view! { <span class="pending" aria-hidden="true"></span> }
}

/// Sets `data-hydrated` on `<body>`, so tests and styles can tell when the islands are live.
fn mark_hydrated() {
    #[cfg(feature = "hydrate")]
    if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
        let _ = body.dataset().set("hydrated", "true");
    }
}

/// The foot of every page, with the language picker: a plain form that reloads the page with
/// `?lang=` (the server keeps the choice in a cookie), so it works before and without the wasm.
#[component]
pub fn Footer() -> impl IntoView {
    let current = current_language();
    // The page's other query parameters (`?email=` …) travel along, as the form replaces them.
    let kept: Vec<(String, String)> = use_query_map().with_untracked(|query| {
        query
            .into_iter()
            .filter(|(name, _)| *name != "lang")
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    });
    view! {
        <footer class="site-footer">
            <p><span translate="no">{APP_NAME}</span>" · "{tr("footer-about")}</p>
            <form class="language-picker" method="get">
                {kept
                    .into_iter()
                    .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
                    .collect_view()}
                <label for="page-language">{tr("footer-language")}</label>
                <select id="page-language" name="lang">
                    {page_languages()
                        .map(|(tag, name)| {
                            view! {
                                <option value=tag lang=tag selected=tag == current>
                                    {name}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <button type="submit" class="small">{tr("footer-change")}</button>
            </form>
        </footer>
    }
}
