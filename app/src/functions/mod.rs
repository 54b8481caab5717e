//! The `#[server]` functions, one module per feature.
pub mod mailbox;
