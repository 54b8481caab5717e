use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

use crate::{
    APP_NAME,
    components::notice::{Notice, notice_text, query},
    session,
};

/// `/`: what the app is, and the way in; signed in, a greeting and the way to the profile.
#[component]
pub fn HomePage() -> impl IntoView {
    let notice = notice_text(query("notice")).map(String::from);
    view! {
        <Title text="Welcome" />
        <section class="hero">
            <Notice text=notice />
            <h1>{format!("Welcome to {APP_NAME}")}</h1>
            <p class="lead">
                "One account for everything here: create it with your email, confirm it with a code, "
                "and keep your profile in one place."
            </p>
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
                <a class="button primary" href="/signup">"Create account"</a>
                <a class="button" href="/login">"Sign in"</a>
            </div>
        }),
        Some(name) => Either::Right(view! {
            <p class="greeting">{format!("Hello, {name}!")}</p>
            <div class="actions">
                <a class="button primary" href="/profile">"Go to your profile"</a>
            </div>
        }),
    }
}
