//! The types that cross layers: what server functions take and answer, what the browser keeps
//! and what the backend stores. The bottom of the app: nothing here imports any other module of
//! the app, so every layer above may use it.
mod account;
mod locale;
mod mail;
mod profile;
mod tokens;

pub use account::{Account, EmailStatus, SignedIn};
pub use locale::BrowserLocale;
pub use mail::{MailMessage, MailPurpose};
pub use profile::{Profile, ProfileFields, Saved};
pub use tokens::Tokens;
