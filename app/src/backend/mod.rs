//! Server-only code: configuration, the AWS service wrappers and the state server functions use.
pub mod aws_error;
pub mod config;
pub mod mailbox;
pub mod profiles;
pub mod state;
pub mod user_pool;

pub use config::Settings;
pub use mailbox::{Mailbox, SharedMailbox};
pub use profiles::ProfileTable;
pub use state::AppState;
pub use user_pool::UserPool;
