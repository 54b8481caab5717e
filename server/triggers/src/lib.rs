//! The user pool's Lambda triggers. Each handler is a plain function over its typed event, so
//! Lambda (`main.rs`) and local mode's Cognito (in-process, at the moment Cognito would invoke
//! it) run the very same code, and unit tests need neither.
pub mod custom_message;
pub mod pre_token_generation;
