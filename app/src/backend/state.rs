use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;

use super::{ProfileTable, SharedMailbox, TokenVerifier, UserPool};

/// Everything a request handler or server function needs, built once at start.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub user_pool: UserPool,
    pub profiles: ProfileTable,
    pub tokens: TokenVerifier,
    /// Present in local mode only.
    pub mailbox: Option<SharedMailbox>,
}

impl AppState {
    /// The state provided to the current request (every route and server function has it).
    pub fn current() -> Result<Self, crate::error::AppError> {
        leptos::prelude::use_context::<Self>().ok_or(crate::error::AppError::Internal)
    }
}
