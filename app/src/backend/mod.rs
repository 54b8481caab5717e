//! Server-only code (feature `ssr`): configuration, the AWS service wrappers, the services the
//! server functions call, and the state they share. It imports only the layers below it:
//! `model`, `error`, `validation` and `locale`.
pub mod activity;
pub mod audit;
pub mod aws_error;
pub mod challenge_handle;
pub mod config;
pub mod device_sessions;
pub mod federation;
pub mod mailbox;
pub mod minted;
pub mod password_check;
pub mod passwordless;
pub mod profile_table;
pub mod retry;
pub mod sessions;
pub mod settings;
pub mod shared_limits;
pub mod sign_up;
pub mod state;
pub mod token_verifier;
pub mod two_step;
pub mod user_pool;

pub use config::Settings;
pub use mailbox::{Mailbox, SharedMailbox};
pub use profile_table::ProfileTable;
pub use state::{AppState, Caller};
pub use token_verifier::TokenVerifier;
pub use user_pool::{AppClient, UserPool};

use crate::error::AppError;

/// Answers a server function's error with the error's own HTTP status, never a generic 500.
pub fn respond<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    if let Err(error) = &result
        && let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>()
        && let Ok(status) = axum::http::StatusCode::from_u16(error.status())
    {
        response.set_status(status);
    }
    result
}

/// The page's language: worked out from the request once and kept for every text on the page,
/// announced in `Content-Language`, and kept in the language cookie when the address chose it
/// (`?lang=`, as the footer's picker and the links in emails send it).
pub fn send_page_language() -> &'static str {
    use crate::i18n::negotiate::{current_language, query_language, supported};
    use axum::http::{HeaderValue, header};
    let language = current_language();
    let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() else {
        return language;
    };
    response.insert_header(header::CONTENT_LANGUAGE, HeaderValue::from_static(language));
    let chosen = leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|parts| query_language(parts.uri.query()))
        .and_then(|tag| supported(&tag));
    if let Some(chosen) = chosen {
        keep_language(chosen);
    }
    language
}

/// Keeps `language` in the language cookie for the pages from now on, when pages can be read
/// in it (the profile may hold a language the pages do not offer yet).
pub fn keep_language(language: &str) {
    use crate::i18n::negotiate::{language_cookie, supported};
    let (Some(response), Some(language)) = (
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
        supported(language),
    ) else {
        return;
    };
    let secure = AppState::current().is_ok_and(|state| state.http.sends_hsts());
    response.append_header(axum::http::header::SET_COOKIE, language_cookie(language, secure));
}

/// At a sign-in: the profile's language becomes the pages', unless this browser picked one.
pub fn keep_profile_language(language: &str) {
    use crate::i18n::{LANGUAGE_COOKIE, negotiate::cookie};
    let picked = leptos::prelude::use_context::<axum::http::request::Parts>()
        .and_then(|parts| cookie(&parts.headers, LANGUAGE_COOKIE))
        .is_some();
    if !picked {
        keep_language(language);
    }
}

/// Sends the page's Content-Security-Policy: scripts only with this response's nonce (and what
/// those load), compiled wasm, everything else from our own origin, no plugins, no `<base>`, no
/// framing by other sites.
pub fn send_content_security_policy() {
    use axum::http::{HeaderValue, header};
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        leptos::prelude::use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    // `cargo leptos watch` reloads the page over a websocket of its own.
    let live_reload = if std::env::var_os("LEPTOS_WATCH").is_some() {
        " ws: wss:"
    } else {
        ""
    };
    // Everything else only from our own origin: an injected script could not send the stored
    // tokens anywhere else, nor a form post them elsewhere.
    let policy = format!(
        "default-src 'self'; script-src 'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'; \
         connect-src 'self'{live_reload}; img-src 'self' data:; form-action 'self'; object-src 'none'; \
         base-uri 'none'; frame-ancestors 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

/// With a token in hand, "not authorized" means the session ended, not a wrong password.
pub fn session_error(error: AppError) -> AppError {
    match error {
        AppError::WrongCredentials | AppError::NotConfirmed => AppError::SessionExpired,
        other => other,
    }
}
