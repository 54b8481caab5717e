//! The `#[server]` functions, one module per feature: thin adapters that validate the input,
//! authenticate the caller, call one `backend` service and answer with a typed error. No module
//! here imports another.
pub mod auth;
pub mod federation;
pub mod mailbox;
pub mod passwordless;
pub mod profile;
pub mod settings;
pub mod two_step;
