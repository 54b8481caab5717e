//! What pages read from their address: query parameters, and notices left by name.
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// A query parameter of the current page, if present.
pub fn query(name: &'static str) -> Option<String> {
    use_query_map()
        .with_untracked(|q| q.get(name))
        .filter(|v| !v.is_empty())
}

/// The short notices other pages leave for the next one, by name (`?notice=verified`, …), so no
/// free text ever travels through a URL.
pub fn notice_text(name: Option<String>) -> Option<&'static str> {
    Some(match name?.as_str() {
        "verified" => "Your email is confirmed. Please sign in.",
        "reset" => "Your password was changed. Sign in with the new one.",
        "expired" => "Your session has ended. Please sign in again.",
        "signin" => "Please sign in to continue.",
        "resent" => "This email isn't confirmed yet. We sent you a new code.",
        "everywhere" => "You're signed out on every device.",
        "deleted" => "Your account and profile are deleted.",
        "two-step-lifted" => {
            "You signed in with a recovery code, so two-step sign-in is off. Set it up again with your new phone below."
        }
        _ => return None,
    })
}

/// A notice shown at the top of a form, announced politely.
#[component]
pub fn Notice(text: Option<String>) -> impl IntoView {
    text.map(|text| view! { <p class="notice" role="status">{text}</p> })
}
