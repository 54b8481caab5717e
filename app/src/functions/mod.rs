//! The `#[server]` functions, one module per feature.
pub mod account;
pub mod auth;
pub mod mailbox;
pub mod profile;
