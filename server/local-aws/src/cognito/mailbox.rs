//! The dev mailbox's messages: the codes the Cognito emulator holds, as Cognito would have sent
//! them, and the sign-in codes its layer sends itself.
use std::{future::Future, pin::Pin, sync::Arc};

use app::{
    backend::Mailbox,
    model::{MailMessage, MailPurpose},
};
use cognitox::storage::Storage;

use super::{Fidelity, pool_id};

/// Reads the codes the Cognito emulator holds, as the messages Cognito would have sent.
pub(crate) struct EmulatorMailbox {
    pub storage: Storage,
    pub fidelity: Arc<Fidelity>,
}

impl Mailbox for EmulatorMailbox {
    fn messages(&self) -> Pin<Box<dyn Future<Output = Vec<MailMessage>> + Send + '_>> {
        Box::pin(async move {
            let pool = pool_id();
            let mut messages = Vec::new();
            for user in self.storage.list_users(&pool).await {
                let to = user.email.clone().unwrap_or_else(|| user.username.clone());
                if let Some(code) = self.storage.get_confirmation_code(&user.id).await {
                    // The emulator keeps codes for 24 hours: that gives the time they were sent.
                    // A sign-up code is stamped with the very instant the user was created.
                    let sent = code.expires_at - chrono::Duration::hours(24);
                    let purpose = match code.attribute_name.as_deref() {
                        Some(_) => MailPurpose::EmailChange,
                        None if sent == user.creation_date => MailPurpose::SignUp,
                        None => MailPurpose::Resend,
                    };
                    let to = match purpose {
                        MailPurpose::EmailChange => {
                            self.fidelity.pending_email(&user.id.to_string()).unwrap_or(to.clone())
                        }
                        _ => to.clone(),
                    };
                    messages.push((
                        sent,
                        MailMessage {
                            to,
                            purpose,
                            code: code.code,
                            sent_at: String::new(),
                        },
                    ));
                }
                if let Some(code) = self.storage.get_password_reset_code(&user.id).await {
                    // Reset codes are kept for one hour.
                    let sent = code.expires_at - chrono::Duration::hours(1);
                    messages.push((
                        sent,
                        MailMessage {
                            to,
                            purpose: MailPurpose::PasswordReset,
                            code: code.code,
                            sent_at: String::new(),
                        },
                    ));
                }
            }
            // Passwordless sign-in codes, which the local Cognito's layer sends itself.
            for (to, code, sent) in self.fidelity.sign_in_codes() {
                messages.push((
                    sent,
                    MailMessage {
                        to,
                        purpose: MailPurpose::SignInCode,
                        code,
                        sent_at: String::new(),
                    },
                ));
            }
            messages.sort_by_key(|(sent, _)| std::cmp::Reverse(*sent));
            messages
                .into_iter()
                .map(|(sent, message)| MailMessage {
                    sent_at: sent.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    ..message
                })
                .collect()
        })
    }
}
