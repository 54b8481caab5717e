//! The profile kept in DynamoDB: read it, save it (refused if another tab saved first), and
//! download everything kept about the account.
//!
//! The user is always the one named by the verified access token; no argument names a user.
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::backend::{AppState, respond, session_error, user_pool::CognitoUser};
use crate::{
    error::AppError,
    validation::{check_bio, check_display_name, check_language, check_time_zone},
};

/// What a person edits on `/profile`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileFields {
    pub display_name: String,
    pub bio: String,
    /// An IANA name from [`crate::locale::TIME_ZONES`].
    pub time_zone: String,
    /// A code from [`crate::locale::LANGUAGES`].
    pub language: String,
}

impl ProfileFields {
    /// The same rules in the browser (instant feedback) and on the server (the rules that count).
    pub fn checked(self) -> Result<Self, AppError> {
        Ok(Self {
            display_name: check_display_name(&self.display_name)?,
            bio: check_bio(&self.bio)?,
            time_zone: check_time_zone(&self.time_zone)?,
            language: check_language(&self.language)?,
        })
    }
}

/// The sign-in email as Cognito has it, and an email change waiting for its code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailStatus {
    pub email: String,
    pub verified: bool,
    pub pending: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub email: EmailStatus,
    pub fields: ProfileFields,
    pub created_at: String,
    pub updated_at: String,
    /// The version this copy was read at; a save must send it back.
    pub version: u64,
}

/// A save's outcome: the version to base the next save on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub updated_at: String,
    pub version: u64,
}

#[server(input = Json, endpoint = "get_profile")]
pub async fn get_profile(access_token: String) -> Result<Profile, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(&access_token).await?;
            let user = state.user_pool.user(&access_token).await.map_err(session_error)?;
            let stored = caller.profile;
            Ok(Profile {
                email: email_status(&user, stored.pending_email.clone()),
                fields: stored.fields,
                created_at: stored.created_at,
                updated_at: stored.updated_at,
                version: stored.version,
            })
        }
        .await,
    )
}

/// Saves the fields if nobody saved since `version` was read; otherwise `StaleProfile`, and the
/// stored profile stays exactly as it was.
#[server(input = Json, endpoint = "save_profile")]
pub async fn save_profile(access_token: String, fields: ProfileFields, version: u64) -> Result<Saved, AppError> {
    respond(
        async {
            let fields = fields.checked()?;
            let state = AppState::current()?;
            let caller = state.authenticate(&access_token).await?;
            // Cognito also knows of revocations our record does not (a sign-out elsewhere).
            state.user_pool.user(&access_token).await.map_err(session_error)?;
            let saved = state.profiles.save(caller.sub(), &fields, version).await?;
            Ok(Saved {
                updated_at: saved.updated_at,
                version: saved.version,
            })
        }
        .await,
    )
}

/// Everything kept about the account, as pretty-printed JSON: Cognito's attributes and the
/// profile item.
#[server(input = Json, endpoint = "export_data")]
pub async fn export_data(access_token: String) -> Result<String, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(&access_token).await?;
            let user = state.user_pool.user(&access_token).await.map_err(session_error)?;
            let attributes: serde_json::Map<String, serde_json::Value> = user
                .attributes
                .iter()
                .map(|(name, value)| (name.clone(), value.clone().into()))
                .collect();
            let export = serde_json::json!({
                "exported_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "account": { "username": user.username, "attributes": attributes },
                "profile": caller.profile.export(),
            });
            serde_json::to_string_pretty(&export).map_err(|_| AppError::Internal)
        }
        .await,
    )
}

#[cfg(feature = "ssr")]
pub(crate) fn email_status(user: &CognitoUser, pending: Option<String>) -> EmailStatus {
    EmailStatus {
        email: user.email().to_string(),
        verified: user.email_verified(),
        // Once Cognito holds the new address as verified, nothing is pending any more.
        pending: pending.filter(|address| address != user.email() || !user.email_verified()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> ProfileFields {
        ProfileFields {
            display_name: " Ada ".into(),
            bio: "Counts things.".into(),
            time_zone: "Europe/London".into(),
            language: "en".into(),
        }
    }

    #[test]
    fn fields_are_checked_and_trimmed_like_everywhere_else() {
        assert_eq!(fields().checked().unwrap().display_name, "Ada");
        let bad_zone = ProfileFields {
            time_zone: "Nowhere".into(),
            ..fields()
        };
        assert_eq!(
            bad_zone.checked().unwrap_err().field(),
            Some(crate::error::Field::TimeZone)
        );
    }

    #[test]
    fn unknown_fields_are_refused() {
        let json = r#"{"display_name":"A","bio":"","time_zone":"UTC","language":"en","sub":"someone-else"}"#;
        assert!(serde_json::from_str::<ProfileFields>(json).is_err());
    }
}
