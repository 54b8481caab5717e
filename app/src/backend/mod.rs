//! Server-only code: configuration, the AWS service wrappers and the state server functions use.
pub mod aws_error;
pub mod config;
pub mod mailbox;
pub mod profiles;
pub mod state;
pub mod tokens;
pub mod user_pool;

pub use config::Settings;
pub use mailbox::{Mailbox, SharedMailbox};
pub use profiles::ProfileTable;
pub use state::{AppState, Caller};
pub use tokens::TokenVerifier;
pub use user_pool::UserPool;

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

/// With a token in hand, "not authorized" means the session ended, not a wrong password.
pub fn session_error(error: AppError) -> AppError {
    match error {
        AppError::WrongCredentials | AppError::NotConfirmed => AppError::SessionExpired,
        other => other,
    }
}
