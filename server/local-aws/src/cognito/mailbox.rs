//! The dev mailbox's messages: the codes the Cognito emulator holds, as Cognito would have sent
//! them (worded by the pool's custom message trigger, in each account's language), and the
//! sign-in codes its layer sends itself.
use std::{future::Future, pin::Pin, sync::Arc};

use ::triggers::custom_message::Purpose;
use app::{
    backend::Mailbox,
    model::{MailMessage, MailPurpose},
};
use chrono::{DateTime, Utc};
use cognitox::storage::Storage;

use super::{Fidelity, USER_POOL_ID, fidelity::triggers::custom_message, pool_id};

/// Reads the codes the Cognito emulator holds, as the messages Cognito would have sent.
pub(crate) struct EmulatorMailbox {
    pub storage: Storage,
    pub fidelity: Arc<Fidelity>,
    /// Where the emails' links point: the app's public address, or none (links relative to the
    /// mailbox page, which the app serves).
    pub public_url: String,
}

/// One code sent: when, to whom, why, and the attributes of the account it was sent for.
struct Sent {
    at: DateTime<Utc>,
    to: String,
    purpose: MailPurpose,
    code: String,
    attributes: Vec<(String, String)>,
}

impl Mailbox for EmulatorMailbox {
    fn messages(&self) -> Pin<Box<dyn Future<Output = Vec<MailMessage>> + Send + '_>> {
        Box::pin(async move {
            let pool = pool_id();
            let users = self.storage.list_users(&pool).await;
            let mut sent = Vec::new();
            for user in &users {
                let to = user.email.clone().unwrap_or_else(|| user.username.clone());
                let attributes = attributes_of(user);
                if let Some(code) = self.storage.get_confirmation_code(&user.id).await {
                    // The emulator keeps codes for 24 hours: that gives the time they were sent.
                    // A sign-up code is stamped with the very instant the user was created.
                    let at = code.expires_at - chrono::Duration::hours(24);
                    let purpose = match code.attribute_name.as_deref() {
                        Some(_) => MailPurpose::EmailChange,
                        None if at == user.creation_date => MailPurpose::SignUp,
                        None => MailPurpose::Resend,
                    };
                    let to = match purpose {
                        MailPurpose::EmailChange => {
                            self.fidelity.pending_email(&user.id.to_string()).unwrap_or(to.clone())
                        }
                        _ => to.clone(),
                    };
                    let attributes = attributes.clone();
                    sent.push(Sent {
                        at,
                        to,
                        purpose,
                        code: code.code,
                        attributes,
                    });
                }
                if let Some(code) = self.storage.get_password_reset_code(&user.id).await {
                    // Reset codes are kept for one hour.
                    let at = code.expires_at - chrono::Duration::hours(1);
                    let purpose = MailPurpose::PasswordReset;
                    sent.push(Sent {
                        at,
                        to,
                        purpose,
                        code: code.code,
                        attributes,
                    });
                }
            }
            // Passwordless sign-in codes, which the local Cognito's layer sends itself.
            for (to, code, at) in self.fidelity.sign_in_codes() {
                let user = users.iter().find(|user| user.email.as_deref() == Some(to.as_str()));
                let attributes = user.map(attributes_of).unwrap_or_default();
                let purpose = MailPurpose::SignInCode;
                sent.push(Sent {
                    at,
                    to,
                    purpose,
                    code,
                    attributes,
                });
            }
            sent.sort_by_key(|sent| std::cmp::Reverse(sent.at));
            sent.into_iter().map(|sent| self.as_sent_by_cognito(sent)).collect()
        })
    }
}

/// A user's attributes as the trigger's event lists them (those with a value).
fn attributes_of(user: &cognitox::types::User) -> Vec<(String, String)> {
    let attributes = user.attributes.iter();
    attributes
        .filter_map(|attribute| Some((attribute.name.clone(), attribute.value.clone()?)))
        .collect()
}

impl EmulatorMailbox {
    /// The message as Cognito sends it: worded by the custom message trigger.
    fn as_sent_by_cognito(&self, sent: Sent) -> MailMessage {
        let purpose = match sent.purpose {
            MailPurpose::SignUp => Purpose::SignUp,
            MailPurpose::Resend => Purpose::Resend,
            MailPurpose::PasswordReset => Purpose::PasswordReset,
            MailPurpose::EmailChange => Purpose::EmailChange,
            MailPurpose::SignInCode => Purpose::SignInCode,
        };
        let email = custom_message(
            USER_POOL_ID,
            purpose,
            &sent.attributes,
            &sent.code,
            Some(&self.public_url),
        );
        MailMessage {
            to: sent.to,
            purpose: sent.purpose,
            code: sent.code,
            sent_at: sent.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            subject: email.subject,
            html: email.html,
        }
    }
}
