//! Pieces shared by several pages.
pub mod account;
pub mod form;
pub mod shell;
