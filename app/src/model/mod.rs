//! The types that cross layers: what server functions take and answer, what the browser keeps
//! and what the backend stores. The bottom of the app: nothing here imports any other module of
//! the app, so every layer above may use it.
mod account;
mod activity;
mod devices;
mod federation;
mod locale;
mod mail;
mod passkeys;
mod profile;
mod secret;
mod tokens;
mod two_step;

pub use account::{Account, EmailStatus, SignedIn};
pub use activity::{ActivityItem, ActivityKind};
pub use devices::SignedInDevice;
pub use federation::{Connection, OfferedProviders, ProviderFinish, ProviderLink, ProviderRefusal, SignInWays};
pub use locale::BrowserLocale;
pub use mail::{MailMessage, MailPurpose};
pub use passkeys::{CodeSent, Passkey, PasskeyChallenge, Proof, SignInMethod};
pub use profile::{Profile, ProfileFields, Saved};
pub use secret::Secret;
pub use tokens::Tokens;
pub use two_step::{AuthenticatorSetup, QrCode, RecoveryCodes, SecondStep, SignInStep, TwoStepStatus};
