//! The profile kept in DynamoDB: read it, save it (refused if another tab saved first), and
//! download everything kept about the account.
//!
//! The user is always the one named by the verified access token; no argument names a user.
use leptos::prelude::*;
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::{
    backend::{
        AppState,
        audit::{self, Action, Who},
        federation, keep_language, respond, sessions, two_step,
    },
    validation::check_profile_fields,
};
use crate::{
    error::AppError,
    model::{Profile, ProfileFields, Saved, Secret},
};

/// The profile, and how the account signs in.
#[server(input = Json, endpoint = "get_profile")]
pub async fn get_profile(access_token: Secret) -> Result<Profile, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let user = sessions::current_user(&state, &caller).await?;
            let two_step = two_step::status(user.authenticator_required, &caller);
            let sign_in_ways = federation::sign_in_ways(&state, &caller, &user.username, user.attribute("identities"));
            let stored = caller.profile;
            Ok(Profile {
                two_step,
                email: user.email_status(stored.pending_email.clone()),
                fields: stored.fields,
                created_at: stored.created_at,
                updated_at: stored.updated_at,
                version: stored.version,
                sign_in_ways,
            })
        }
        .await,
    )
}

/// Saves the fields if nobody saved since `version` was read; otherwise `StaleProfile`, and the
/// stored profile stays exactly as it was.
#[server(input = Json, endpoint = "save_profile")]
pub async fn save_profile(access_token: Secret, fields: ProfileFields, version: u64) -> Result<Saved, AppError> {
    respond(
        async {
            let fields = check_profile_fields(fields)?;
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let saved = async {
                // Cognito also knows of revocations our record does not (a sign-out elsewhere).
                let user = sessions::current_user(&state, &caller).await?;
                let saved = state.profiles.save(caller.sub(), &fields, version).await?;
                keep_language(&fields.language);
                // The emails follow the profile's language (the custom message trigger reads
                // `locale`). The profile is saved either way: a failure here is fixed by the next save.
                if user.attribute("locale") != fields.language
                    && let Err(error) = state
                        .user_pool
                        .admin_update_attribute(&user.username, "locale", &fields.language)
                        .await
                {
                    tracing::warn!(?error, "the account's locale could not follow its profile");
                }
                Ok(saved)
            }
            .await;
            let saved = audit::record(Action::ProfileChange, Who::User(caller.sub()), saved)?;
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
pub async fn export_data(access_token: Secret) -> Result<String, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let user = sessions::current_user(&state, &caller).await?;
            let attributes: serde_json::Map<String, serde_json::Value> = user
                .attributes
                .iter()
                .map(|(name, value)| (name.clone(), value.clone().into()))
                .collect();
            let activity = state.profiles.recent_activity(caller.sub(), 1000).await?;
            let export = serde_json::json!({
                "exported_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "account": { "username": user.username, "attributes": attributes },
                "profile": caller.profile.export(),
                "recent_activity": activity,
            });
            let exported = serde_json::to_string_pretty(&export).map_err(|_| AppError::Internal);
            audit::record(Action::DataExported, Who::User(caller.sub()), exported)
        }
        .await,
    )
}
