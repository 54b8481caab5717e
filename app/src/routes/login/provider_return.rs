//! `/login/continue`: where a sign-in through another identity provider lands (from
//! `/auth/callback`, which keeps Cognito's answer in a cookie). One call finishes it: signed in
//! and on to the page that asked, the provider connected and back to settings, or why not.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{FORM_TEXTS, island_texts, tr};

#[component]
pub fn ProviderReturnPage() -> impl IntoView {
    view! {
        <Title text=tr("login-continue-title") />
        <section class="card narrow">
            <h1>{tr("login-continue-title")}</h1>
            {island_texts(&[FORM_TEXTS, &["login-continue-"]].concat())}
            <ProviderReturn />
            <p class="links"><a href="/login">{tr("login-continue-back")}</a></p>
        </section>
    }
}

/// Finishes the flow once the page is up. Its own chunk: only this page needs it.
#[island(lazy)]
fn ProviderReturn() -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| leptos::task::spawn_local(finish(failed)));
    view! {
        <p class="notice" role="status">{move || failed.with(Option::is_none).then(|| tr("login-continue-working"))}</p>
        <p class="alert" role="alert">{move || failed.get()}</p>
    }
}

#[cfg(feature = "hydrate")]
async fn finish(failed: RwSignal<Option<String>>) {
    use crate::{
        functions::federation::finish_provider_sign_in,
        model::{BrowserLocale, ProviderFinish},
        session::{go, keep_and_go, locale, path_with_query, stored},
    };
    // A connection is made for the account signed in here.
    let access_token = stored().map(|session| session.access_token.into());
    let BrowserLocale { time_zone, language } = locale();
    match finish_provider_sign_in(access_token, time_zone, language).await {
        Ok(ProviderFinish::SignedIn {
            signed_in,
            next,
            remember,
        }) => keep_and_go(signed_in, remember, &next),
        Ok(ProviderFinish::Connected { provider }) => go(&path_with_query(
            "/settings",
            &[("notice", "connected"), ("provider", &provider)],
        )),
        Ok(ProviderFinish::Refused { message, .. }) => failed.set(Some(message)),
        Err(error) => failed.set(Some(error.to_string())),
    }
}
