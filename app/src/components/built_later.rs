//! Parts of a page that only ever appear in the browser, after some step of the person's (a
//! second sign-in step, a settings section): their code comes in a wasm chunk of its own
//! (`#[lazy]`) and they are built there rather than hydrated. The server never renders them, so
//! the hydration code Leptos would otherwise compile for them, and the code itself, would be dead
//! weight in the wasm every first visit loads.
#[cfg(feature = "hydrate")]
use leptos::prelude::*;

/// Builds `view` at the end of `parent`, owned by `owner` (the part of the page that asked for
/// it): its reactive parts go when that part goes.
#[cfg(feature = "hydrate")]
pub fn build_into<V: IntoView + 'static>(parent: web_sys::Element, owner: Option<Owner>, view: impl FnOnce() -> V) {
    use leptos::tachys::view::{Mountable, Render};
    let build = move || {
        let mut content = view().into_view().build();
        content.mount(&parent, None);
        // Its reactive parts live as long as the owner's state does.
        StoredValue::new_local(content);
    };
    match owner {
        Some(owner) => owner.with(build),
        None => build(),
    }
}
