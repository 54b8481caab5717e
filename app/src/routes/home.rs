use leptos::prelude::*;
use leptos_meta::Title;

use crate::APP_NAME;

/// `/`: what the app is, and the way in.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text="Welcome" />
        <section class="hero">
            <h1>{format!("Welcome to {APP_NAME}")}</h1>
            <p class="lead">
                "One account for everything here: create it with your email, confirm it with a code, "
                "and keep your profile in one place."
            </p>
            <div class="actions">
                <a class="button primary" href="/signup">"Create account"</a>
                <a class="button" href="/login">"Sign in"</a>
            </div>
        </section>
    }
}
