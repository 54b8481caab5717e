use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::tr;

/// Any path no page claims: a real 404 with a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=tr("not-found-heading") />
        <section class="card narrow">
            <h1>{tr("not-found-heading")}</h1>
            <p>{tr("not-found-text")}</p>
            <p><a href="/">{tr("not-found-home")}</a></p>
        </section>
    }
}
