//! What pages read from their address: query parameters, and notices left by name.
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::tr;

/// A query parameter of the current page, if present.
pub fn query(name: &'static str) -> Option<String> {
    use_query_map()
        .with_untracked(|q| q.get(name))
        .filter(|v| !v.is_empty())
}

/// The short notices other pages leave for the next one, by name (`?notice=verified`, …), so no
/// free text ever travels through a URL.
pub fn notice_text(name: Option<String>) -> Option<String> {
    let key = match name?.as_str() {
        "verified" => "notice-verified",
        "reset" => "notice-reset",
        "expired" => "notice-expired",
        "signin" => "notice-signin",
        "resent" => "notice-resent",
        "everywhere" => "notice-everywhere",
        "deleted" => "notice-deleted",
        "two-step-lifted" => "notice-two-step-lifted",
        _ => return None,
    };
    Some(tr(key))
}

/// A notice shown at the top of a form, announced politely.
#[component]
pub fn Notice(text: Option<String>) -> impl IntoView {
    text.map(|text| view! { <p class="notice" role="status">{text}</p> })
}
