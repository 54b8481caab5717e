//! One module per page, named after its path.
pub mod dev_mailbox;
pub mod home;
pub mod not_found;
