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
    dev_mailbox::DevMailboxPage, forgot_password::ForgotPasswordPage, home::HomePage, login::LoginPage,
    not_found::NotFound, profile::ProfilePage, reset_password::ResetPasswordPage, settings::SettingsPage,
    signup::SignUpPage, verify::VerifyPage,
};

pub const APP_NAME: &str = "Doorway";

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    backend::send_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <link rel="stylesheet" id="leptos" href="/pkg/doorway.css" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
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
