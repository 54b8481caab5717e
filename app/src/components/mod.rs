//! Pieces used by several pages.
pub mod built_later;
pub mod device_list;
pub mod form;
pub mod notice;
pub mod recent_activity;
pub mod shell;
pub mod signed_in;
pub mod verify_step;
