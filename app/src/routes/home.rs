use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

use crate::{
    APP_NAME,
    components::notice::{Notice, notice_text, query},
    i18n::{island_texts, tr, tr_with},
    session,
};

/// `/`: what the app is, and the way in; signed in, a greeting and the way to the profile.
#[component]
pub fn HomePage() -> impl IntoView {
    let notice = notice_text(query("notice"));
    view! {
        <Title text=tr("home-title") />
        <section class="hero">
            <Notice text=notice />
            <h1>{tr_with("home-heading", &[("app", APP_NAME)])}</h1>
            <p class="lead">{tr("home-lead")}</p>
            {island_texts(&["home-actions-", "nav-"])}
            <HomeActions />
        </section>
    }
}

/// The server renders the way in (most visitors are signed out); a signed-in browser swaps in a
/// greeting once the island runs.
#[island]
fn HomeActions() -> impl IntoView {
    let name = RwSignal::new(None::<String>);
    Effect::new(move |_| name.set(session::stored().map(|s| s.shown_name())));
    move || match name.get() {
        None => Either::Left(view! {
            <div class="actions">
                <a class="button primary" href="/signup">{tr("nav-create-account")}</a>
                <a class="button" href="/login">{tr("nav-sign-in")}</a>
            </div>
        }),
        Some(name) => Either::Right(view! {
            <p class="greeting">{tr_with("home-actions-greeting", &[("name", &name)])}</p>
            <div class="actions">
                <a class="button primary" href="/profile">{tr("home-actions-profile")}</a>
            </div>
        }),
    }
}
