//! Doorway: sign-up and sign-in on Amazon Cognito, rendered on the server and hydrated as islands.
//!
//! Layers, each importing only from those below it:
//! - `routes/` one module per page, and `components/` the pieces several pages share (the
//!   interactive ones are islands); `session/` the session the browser keeps;
//! - `functions/` the `#[server]` functions, thin adapters over `backend/`;
//! - `backend/` (server only) the AWS service wrappers and the services built on them;
//! - `error`, `validation` and `locale`; at the bottom `model/`, the types that cross layers.
#![recursion_limit = "512"]

#[cfg(feature = "ssr")]
pub mod backend;
pub mod components;
pub mod error;
pub mod functions;
pub mod i18n;
pub mod locale;
pub mod model;
pub mod routes;
pub mod session;
pub mod validation;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::{
    SsrMode, StaticSegment,
    components::{Route, Router, Routes},
};

use components::shell::{Footer, Header};
use routes::{
    dev_mailbox::DevMailboxPage,
    forgot_password::ForgotPasswordPage,
    home::HomePage,
    login::{LoginPage, provider_return::ProviderReturnPage},
    not_found::NotFound,
    profile::ProfilePage,
    reset_password::ResetPasswordPage,
    settings::SettingsPage,
    signup::SignUpPage,
    verify::VerifyPage,
};

pub const APP_NAME: &str = "Doorway";

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    backend::send_content_security_policy();
    #[cfg(feature = "ssr")]
    let language = backend::send_page_language();
    #[cfg(not(feature = "ssr"))]
    let language = "en";
    let direction = if i18n::is_right_to_left(language) { "rtl" } else { "ltr" };
    view! {
        <!DOCTYPE html>
        <html lang=language dir=direction>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="stylesheet" id="leptos" href="/pkg/doorway.css" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <IslandScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// What Leptos' `HydrationScripts` (islands mode) sends, less its `<link rel="preload">` of the
/// wasm and `modulepreload` of its JS, and starting only after the first paint: the page is
/// complete as rendered, so nothing it paints waits for the wasm. With the preloads, the browser
/// fetched the wasm alongside the CSS, and Lighthouse's simulated (mobile) largest contentful
/// paint counted its download: 3.5 s instead of about 1 s. The lazily loaded islands' chunks are
/// fetched when their island hydrates (the split manifest is not provided, so no preload of them
/// is added to the head either).
#[component]
fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    /// Leptos 0.8.23's `island_script.js`, except that it waits for the first paint (an animation
    /// frame, then a task) before the idle moment in which it imports the JS and the wasm, and
    /// that it first gathers the islands' texts (`i18n::island_texts`) where the wasm reads them. Without
    /// `hash-files`: with it, the file names would come from the hash file, as there.
    const SCRIPT: &str = r#"((root, pkg, js, wasm) => {
const STACK = [];
async function traverse(node, mod) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const tag = node.tagName.toLowerCase();
  if (tag === "leptos-island") await hydrateIsland(node, node.dataset.component || null, mod);
  if (tag === "leptos-children") STACK.push(node.$$on_hydrate);
  for (const child of node.children) await traverse(child, mod);
  if (tag === "leptos-children") STACK.pop();
}
async function hydrateIsland(el, id, mod) {
  const island = mod[id];
  if (!island) return console.warn(`Could not find WASM function for the island ${id}.`);
  const children = STACK[STACK.length - 1];
  if (children) children();
  const result = island(el);
  if (result && result.then) await result;
}
let started = false;
const start = () => !started && (started = true) && import(`${root}/${pkg}/${js}.js`).then((mod) => {
  window.doorwayTexts = Object.assign({}, ...Array.from(document.querySelectorAll("template[data-texts]"), (t) => JSON.parse(t.dataset.texts)));
  mod.default({ module_or_path: `${root}/${pkg}/${wasm}.wasm` }).then(() => {
    mod.hydrate();
    traverse(document.body, mod);
  });
  window.__hydrateIsland = (el, id) => hydrateIsland(el, id, mod);
});
requestAnimationFrame(() => setTimeout(() =>
  "requestIdleCallback" in window ? requestIdleCallback(start, { timeout: 100 }) : start()));
setTimeout(start, 1000); // a tab opened in the background paints no frame until it is shown

})"#;
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let output_name = options.output_name.to_string();
    // As `HydrationScripts` names the wasm (cargo-leptos sets LEPTOS_OUTPUT_NAME when it builds).
    let wasm_name = if option_env!("LEPTOS_OUTPUT_NAME").is_none() {
        format!("{output_name}_bg")
    } else {
        output_name.clone()
    };
    let pkg_path = options.site_pkg_dir.to_string();
    view! {
        <script type="module" nonce=leptos::nonce::use_nonce()>
            {format!("{SCRIPT}(\"\", {pkg_path:?}, {output_name:?}, {wasm_name:?});")}
        </script>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Title formatter=|page: String| format!("{page} · {APP_NAME}") />
        <Router>
            <Header />
            <main id="main" class="page">
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=HomePage />
                    <Route path=StaticSegment("signup") view=SignUpPage />
                    <Route path=StaticSegment("verify") view=VerifyPage />
                    <Route path=StaticSegment("login") view=LoginPage />
                    <Route path=(StaticSegment("login"), StaticSegment("continue")) view=ProviderReturnPage />
                    <Route path=StaticSegment("forgot-password") view=ForgotPasswordPage />
                    <Route path=StaticSegment("reset-password") view=ResetPasswordPage />
                    <Route path=StaticSegment("profile") view=ProfilePage />
                    <Route path=StaticSegment("settings") view=SettingsPage />
                    <Route
                        path=(StaticSegment("dev"), StaticSegment("mailbox"))
                        view=DevMailboxPage
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
