//! One module per page, named after its path; pieces shared by pages live in `components`.
pub mod dev_mailbox;
pub mod forgot_password;
pub mod home;
pub mod login;
pub mod not_found;
pub mod profile;
pub mod reset_password;
pub mod settings;
pub mod signup;
pub mod verify;
