//! The messages Cognito would have e-mailed, as local mode shows them on `/dev/mailbox`.
use std::{future::Future, pin::Pin, sync::Arc};

use crate::model::MailMessage;

/// A source of "sent" messages; only local mode has one, so with real AWS the page is a 404.
pub trait Mailbox: Send + Sync {
    /// Every message still on record, newest first.
    fn messages(&self) -> Pin<Box<dyn Future<Output = Vec<MailMessage>> + Send + '_>>;
}

pub type SharedMailbox = Arc<dyn Mailbox>;
