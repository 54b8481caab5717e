//! The `#[server]` functions, one module per feature.
pub mod auth;
pub mod mailbox;
