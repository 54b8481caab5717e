//! The dev mailbox of local mode.
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::backend::{AppState, respond};
use crate::{error::AppError, model::MailMessage};

/// The local mailbox, newest first; `NotFound` when the app runs against real AWS.
#[server(input = server_fn::codec::Json, endpoint = "dev/mailbox")]
pub async fn read_mailbox() -> Result<Vec<MailMessage>, AppError> {
    respond(
        async {
            let mailbox = AppState::current()?.mailbox.ok_or(AppError::NotFound)?;
            Ok(mailbox.messages().await)
        }
        .await,
    )
}
