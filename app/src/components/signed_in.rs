//! Pieces of the signed-in pages: loading what needs the session, and saving a file.
use std::future::Future;

use leptos::{prelude::*, task::spawn_local};

use crate::{error::AppError, model::Secret, session};

/// Data a signed-in page shows, as it arrives in the browser (the server has no tokens, so it
/// renders `Loading`).
#[derive(Clone, PartialEq)]
pub enum Loaded<T> {
    Loading,
    Ready(T),
    Failed(String),
}

/// Loads `call`'s answer once the page runs in the browser; a signed-out visitor is sent to
/// sign in and brought back to this page (`with_access_token` decides, once another tab had its
/// chance to hand over a session).
pub fn load_signed_in<T, Fut>(call: fn(Secret) -> Fut) -> RwSignal<Loaded<T>>
where
    T: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, AppError>> + 'static,
{
    let loaded = RwSignal::new(Loaded::Loading);
    Effect::new(move |_| {
        spawn_local(async move {
            match session::with_access_token(call).await {
                Ok(value) => loaded.set(Loaded::Ready(value)),
                // The sign-in page is already on its way.
                Err(AppError::SessionExpired) => {}
                Err(error) => loaded.set(Loaded::Failed(error.to_string())),
            }
        });
    });
    loaded
}

/// The neutral placeholder a signed-in page shows while its data loads.
#[component]
pub fn LoadingNote(#[prop(into)] text: String) -> impl IntoView {
    view! { <p class="muted loading" role="status">{text}</p> }
}

/// Hands `contents` to the browser as a downloaded file.
pub fn save_file(name: &str, contents: &str) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&contents.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("application/json");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        let link = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("a").ok())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let Some(link) = link {
            link.set_href(&url);
            link.set_download(name);
            link.click();
        }
        // Some browsers start the download only after `click` returns.
        set_timeout(
            move || {
                let _ = web_sys::Url::revoke_object_url(&url);
            },
            std::time::Duration::from_secs(30),
        );
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (name, contents);
}
