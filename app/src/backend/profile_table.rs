//! The DynamoDB table that keeps each user's profile, keyed by the Cognito `sub`.
//!
//! Every method takes the `sub` of a verified access token (or of a sign-in Cognito has just
//! answered): nothing here can be pointed at a user by a request field.
use std::collections::HashMap;

use aws_sdk_dynamodb::{
    Client,
    types::{
        AttributeDefinition, AttributeValue, BillingMode, KeySchemaElement, KeyType, ReturnValue, ScalarAttributeType,
        TimeToLiveSpecification,
    },
};

use super::{
    aws_error::app_error,
    device_sessions::{self, DeviceSession},
};
use crate::{
    error::AppError,
    locale::{DEFAULT_LANGUAGE, DEFAULT_TIME_ZONE},
    model::{Connection, Passkey, ProfileFields},
};

#[derive(Clone, Debug)]
pub struct ProfileTable {
    client: Client,
    pub table: String,
}

impl ProfileTable {
    pub fn new(client: Client, table: String) -> Self {
        Self { client, table }
    }

    pub fn sdk(&self) -> &Client {
        &self.client
    }

    /// Creates the table, and the activity and limits tables beside it, unless they exist (local mode
    /// provisions them this way, through the SDK).
    pub async fn ensure_exists(&self) -> Result<(), AppError> {
        match self.client.describe_table().table_name(&self.table).send().await {
            Ok(_) => return self.ensure_side_tables().await,
            Err(e)
                if e.as_service_error()
                    .is_some_and(|e| e.is_resource_not_found_exception()) => {}
            Err(e) => return Err(app_error("DescribeTable", e)),
        }
        let created = self
            .client
            .create_table()
            .table_name(&self.table)
            .billing_mode(BillingMode::PayPerRequest)
            .attribute_definitions(
                AttributeDefinition::builder()
                    .attribute_name("sub")
                    .attribute_type(ScalarAttributeType::S)
                    .build()
                    .map_err(|_| AppError::Internal)?,
            )
            .key_schema(
                KeySchemaElement::builder()
                    .attribute_name("sub")
                    .key_type(KeyType::Hash)
                    .build()
                    .map_err(|_| AppError::Internal)?,
            )
            .send()
            .await;
        match created {
            Ok(_) => tracing::info!(table = %self.table, "created the profile table"),
            // Another process created it between the two calls.
            Err(e) if e.as_service_error().is_some_and(|e| e.is_resource_in_use_exception()) => {}
            Err(e) => return Err(app_error("CreateTable", e)),
        }
        self.ensure_side_tables().await
    }

    /// The tables named after this one: recent activity and the shared rate limits.
    async fn ensure_side_tables(&self) -> Result<(), AppError> {
        self.ensure_activity_table().await?;
        self.ensure_limits_table().await
    }

    /// Creates `table` unless it exists: on demand, string keys (`hash`, and `range` when given),
    /// items expiring by their `expires_at` (TTL). `what` names it in the log.
    pub(super) async fn ensure_expiring_table(
        &self,
        table: &str,
        hash: &str,
        range: Option<&str>,
        what: &'static str,
    ) -> Result<(), AppError> {
        match self.client.describe_table().table_name(table).send().await {
            Ok(_) => return Ok(()),
            Err(e)
                if e.as_service_error()
                    .is_some_and(|e| e.is_resource_not_found_exception()) => {}
            Err(e) => return Err(app_error("DescribeTable", e)),
        }
        let mut create = self
            .client
            .create_table()
            .table_name(table)
            .billing_mode(BillingMode::PayPerRequest);
        for (name, kind) in std::iter::once((hash, KeyType::Hash)).chain(range.map(|range| (range, KeyType::Range))) {
            let key = KeySchemaElement::builder().attribute_name(name).key_type(kind).build();
            let text = AttributeDefinition::builder()
                .attribute_name(name)
                .attribute_type(ScalarAttributeType::S)
                .build();
            create = create
                .key_schema(key.map_err(|_| AppError::Internal)?)
                .attribute_definitions(text.map_err(|_| AppError::Internal)?);
        }
        match create.send().await {
            Ok(_) => tracing::info!(%table, "created the {what} table"),
            // Another process created it between the two calls.
            Err(e) if e.as_service_error().is_some_and(|e| e.is_resource_in_use_exception()) => return Ok(()),
            Err(e) => return Err(app_error("CreateTable", e)),
        }
        let ttl = TimeToLiveSpecification::builder()
            .enabled(true)
            .attribute_name("expires_at")
            .build()
            .map_err(|_| AppError::Internal)?;
        self.client
            .update_time_to_live()
            .table_name(table)
            .time_to_live_specification(ttl)
            .send()
            .await
            .map_err(|e| app_error("UpdateTimeToLive", e))?;
        Ok(())
    }
}

/// A profile item as stored, with the bookkeeping the user never edits directly.
/// What [`ProfileTable::create_once`] changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrote {
    Nothing,
    Created,
    /// Took away the mark of a deletion that seemed to have stopped half-way.
    Unmarked,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredProfile {
    pub sub: String,
    pub fields: ProfileFields,
    pub created_at: String,
    pub updated_at: String,
    /// Bumped by every save; a save must name the version it started from.
    pub version: u64,
    /// Access tokens descending from a sign-in at or before this second (epoch seconds) are
    /// refused, refreshed ones included.
    pub tokens_revoked_through: i64,
    /// Sessions signed out one by one (each device's "Sign out"), by the id their access tokens
    /// carry, with the epoch second after which none of those tokens is valid anyway.
    pub ended_sessions: Vec<EndedSession>,
    /// The address an email change waits to have verified.
    pub pending_email: Option<String>,
    /// When two-step sign-in was turned on (RFC 3339), and the device name given then.
    pub two_step_since: Option<String>,
    pub two_step_device: Option<String>,
    /// The recovery codes not spent yet, as Argon2id hashes (PHC strings).
    pub recovery_codes: Vec<String>,
    /// Set while the account is being deleted: no token is honoured any more.
    pub deleting: bool,
    /// The passkeys added through our own proven flow: only these sign in.
    pub passkeys: Vec<Passkey>,
    /// The identity providers connected to the account in settings.
    pub connections: Vec<Connection>,
    /// Every signed-in session, newest first (`device_sessions`).
    pub device_sessions: Vec<DeviceSession>,
    /// The changes the server began and holds a minted sign-in for (`minted::hold`).
    held: Vec<(Holding, Held)>,
}

/// A change that spans requests, for which the server holds a minted sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holding {
    /// An authenticator app being set up: its secret shown, its first code not yet entered.
    Authenticator,
    /// A passkey being registered: options given, the browser's credential not yet back.
    Passkey,
    /// A new email address waiting for the code sent to it.
    EmailChange,
}

impl Holding {
    const ALL: [Self; 3] = [Self::Authenticator, Self::Passkey, Self::EmailChange];

    fn attribute(self) -> &'static str {
        match self {
            Self::Authenticator => "held_authenticator",
            Self::Passkey => "held_passkey",
            Self::EmailChange => "held_email_change",
        }
    }
}

/// A minted sign-in held for a change, stored as `"{until}|{session}|{refresh token}"`.
#[derive(Clone, PartialEq, Eq)]
pub struct Held {
    pub refresh_token: String,
    /// Cognito's session for the change, when it has one (`AssociateSoftwareToken`'s).
    pub session: String,
    /// Epoch seconds after which the change has to begin again.
    pub until: i64,
}

/// The refresh token and session stay out of debug output.
impl std::fmt::Debug for Held {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Held")
            .field("until", &self.until)
            .finish_non_exhaustive()
    }
}

impl Held {
    fn to_entry(&self) -> String {
        format!("{}|{}|{}", self.until, self.session, self.refresh_token)
    }

    fn from_entry(entry: &str) -> Option<Self> {
        let mut parts = entry.splitn(3, '|');
        let until = parts.next()?.parse().ok()?;
        let session = parts.next()?.to_string();
        let refresh_token = parts.next()?.to_string();
        Some(Self {
            refresh_token,
            session,
            until,
        })
    }
}

/// A session ended by its own sign-out, as kept in the item's `ended_sessions` string set:
/// `"{until}/{session}"`, so entries are added atomically and pruned by their text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndedSession {
    pub session: String,
    pub until: i64,
}

impl EndedSession {
    fn to_entry(&self) -> String {
        format!("{}/{}", self.until, self.session)
    }

    fn from_entry(entry: &str) -> Option<Self> {
        let (until, session) = entry.split_once('/')?;
        Some(Self {
            session: session.to_string(),
            until: until.parse().ok()?,
        })
    }
}

impl StoredProfile {
    /// A profile as its first write leaves it, at `now`: nothing revoked, ended or pending.
    pub fn new(sub: String, fields: ProfileFields, now: String) -> Self {
        Self {
            sub,
            fields,
            created_at: now.clone(),
            updated_at: now,
            version: 1,
            tokens_revoked_through: 0,
            ended_sessions: Vec::new(),
            pending_email: None,
            two_step_since: None,
            two_step_device: None,
            recovery_codes: Vec::new(),
            deleting: false,
            passkeys: Vec::new(),
            connections: Vec::new(),
            device_sessions: Vec::new(),
            held: Vec::new(),
        }
    }

    /// The minted sign-in held for the change `holding`, if one is under way.
    pub fn held(&self, holding: Holding) -> Option<&Held> {
        self.held.iter().find(|(h, _)| *h == holding).map(|(_, held)| held)
    }

    /// Whether `credential_id` is a passkey added through our proven flow.
    pub fn has_passkey(&self, credential_id: &str) -> bool {
        self.passkeys.iter().any(|passkey| passkey.id == credential_id)
    }

    /// Whether an access token from the sign-in `session` at `signed_in_at` (epoch seconds) may
    /// still be honoured.
    pub fn honours(&self, session: &str, signed_in_at: i64) -> bool {
        !self.deleting
            && signed_in_at > self.tokens_revoked_through
            && !self.ended_sessions.iter().any(|ended| ended.session == session)
    }

    /// The item as the user may download it.
    pub fn export(&self) -> serde_json::Value {
        serde_json::json!({
            "sub": self.sub,
            "display_name": self.fields.display_name,
            "bio": self.fields.bio,
            "time_zone": self.fields.time_zone,
            "language": self.fields.language,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "version": self.version,
            "pending_email": self.pending_email,
            "two_step_since": self.two_step_since,
            "two_step_device": self.two_step_device,
            "recovery_codes_left": self.recovery_codes.len(),
            "connected_providers": self.connections.iter().map(|connection| serde_json::json!({
                "provider": connection.provider,
                "since": connection.since,
            })).collect::<Vec<_>>(),
            "signed_in_devices": self.device_sessions.iter().map(|session| serde_json::json!({
                "browser": session.browser,
                "system": session.system,
                "ip_address": session.ip,
                "signed_in_with": session.via,
                "first_seen": session.first_seen,
                "last_seen": session.last_seen,
            })).collect::<Vec<_>>(),
        })
    }

    fn from_item(item: &HashMap<String, AttributeValue>) -> Result<Self, AppError> {
        let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned();
        let number = |name: &str| {
            item.get(name)
                .and_then(|v| v.as_n().ok())
                .and_then(|n| n.parse::<i64>().ok())
        };
        let required = |name: &str| {
            text(name).ok_or_else(|| {
                tracing::error!(attribute = name, "profile item lacks an attribute");
                AppError::Internal
            })
        };
        Ok(Self {
            sub: required("sub")?,
            fields: ProfileFields {
                display_name: required("display_name")?,
                bio: text("bio").unwrap_or_default(),
                time_zone: text("time_zone").unwrap_or_else(|| DEFAULT_TIME_ZONE.into()),
                language: text("language").unwrap_or_else(|| DEFAULT_LANGUAGE.into()),
            },
            created_at: required("created_at")?,
            updated_at: required("updated_at")?,
            version: number("version").unwrap_or(0).max(0).unsigned_abs(),
            tokens_revoked_through: number("tokens_revoked_through").unwrap_or(0),
            ended_sessions: item
                .get("ended_sessions")
                .and_then(|v| v.as_ss().ok())
                .map(|entries| entries.iter().filter_map(|e| EndedSession::from_entry(e)).collect())
                .unwrap_or_default(),
            pending_email: text("pending_email"),
            two_step_since: text("two_step_since"),
            two_step_device: text("two_step_device"),
            recovery_codes: item
                .get("recovery_codes")
                .and_then(|v| v.as_ss().ok())
                .cloned()
                .unwrap_or_default(),
            deleting: item
                .get("deleting")
                .and_then(|v| v.as_bool().ok())
                .copied()
                .unwrap_or(false),
            connections: from_json_set(item, "connections"),
            passkeys: from_json_set(item, "passkeys"),
            device_sessions: device_sessions::from_item(item),
            held: Holding::ALL
                .into_iter()
                .filter_map(|holding| Some((holding, Held::from_entry(&text(holding.attribute())?)?)))
                .collect(),
        })
    }
}

/// Now, as the RFC 3339 text stored in `created_at` and `updated_at`.
fn timestamp() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The entries of the string set `name`, each read as JSON; unreadable ones are left out.
fn from_json_set<T: serde::de::DeserializeOwned>(item: &HashMap<String, AttributeValue>, name: &str) -> Vec<T> {
    item.get(name)
        .and_then(|v| v.as_ss().ok())
        .map(|entries| entries.iter().filter_map(|e| serde_json::from_str(e).ok()).collect())
        .unwrap_or_default()
}

fn s(value: &str) -> AttributeValue {
    AttributeValue::S(value.to_string())
}

fn n(value: impl ToString) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

impl ProfileTable {
    /// The item for `sub`, read consistently (a save just made elsewhere is seen).
    pub async fn get(&self, sub: &str) -> Result<Option<StoredProfile>, AppError> {
        let output = self
            .client
            .get_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| app_error("GetItem", e))?;
        output.item.as_ref().map(StoredProfile::from_item).transpose()
    }

    /// Creates the profile unless it exists (a conditional put, so two first sign-ins at once
    /// make one item), and returns what is stored and what this call wrote. A sign-in proves the
    /// user still exists, so a deletion that stopped half-way no longer blocks them.
    pub async fn create_once(&self, sub: &str, fields: ProfileFields) -> Result<(StoredProfile, Wrote), AppError> {
        let now = timestamp();
        let put = self
            .client
            .put_item()
            .table_name(&self.table)
            .item("sub", s(sub))
            .item("display_name", s(&fields.display_name))
            .item("bio", s(&fields.bio))
            .item("time_zone", s(&fields.time_zone))
            .item("language", s(&fields.language))
            .item("created_at", s(&now))
            .item("updated_at", s(&now))
            .item("version", n(1))
            .item("device_sessions", AttributeValue::M(HashMap::new()))
            .condition_expression("attribute_not_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .send()
            .await;
        match put.map_err(|e| app_error("PutItem", e)) {
            Ok(_) => {
                tracing::info!("created a profile");
                let created = StoredProfile::new(sub.to_string(), fields, now);
                Ok((created, Wrote::Created))
            }
            Err(AppError::StaleProfile) => {
                let stored = self.get(sub).await?.ok_or(AppError::Internal)?;
                if stored.deleting {
                    self.set_deleting(sub, false).await?;
                    let unmarked = StoredProfile {
                        deleting: false,
                        ..stored
                    };
                    return Ok((unmarked, Wrote::Unmarked));
                }
                Ok((stored, Wrote::Nothing))
            }
            Err(error) => Err(error),
        }
    }

    /// Takes back what [`Self::create_once`] wrote, for a sign-in that turned out not to count.
    pub async fn undo(&self, sub: &str, wrote: Wrote) -> Result<(), AppError> {
        match wrote {
            Wrote::Nothing => Ok(()),
            Wrote::Created => self.delete(sub).await,
            Wrote::Unmarked => self.set_deleting(sub, true).await,
        }
    }

    /// Saves the user's fields if the stored version is still `expected_version`; a save based
    /// on an older copy is refused with `StaleProfile` and changes nothing.
    pub async fn save(
        &self,
        sub: &str,
        fields: &ProfileFields,
        expected_version: u64,
    ) -> Result<StoredProfile, AppError> {
        let output = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .update_expression(
                "SET #name = :name, #bio = :bio, #zone = :zone, #lang = :lang, #updated = :updated, #version = #version + :one",
            )
            .condition_expression("attribute_exists(#sub) AND #version = :expected AND attribute_not_exists(#deleting)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#name", "display_name")
            .expression_attribute_names("#bio", "bio")
            .expression_attribute_names("#zone", "time_zone")
            .expression_attribute_names("#lang", "language")
            .expression_attribute_names("#updated", "updated_at")
            .expression_attribute_names("#version", "version")
            .expression_attribute_names("#deleting", "deleting")
            .expression_attribute_values(":name", s(&fields.display_name))
            .expression_attribute_values(":bio", s(&fields.bio))
            .expression_attribute_values(":zone", s(&fields.time_zone))
            .expression_attribute_values(":lang", s(&fields.language))
            .expression_attribute_values(":updated", s(&timestamp()))
            .expression_attribute_values(":one", n(1))
            .expression_attribute_values(":expected", n(expected_version))
            .return_values(ReturnValue::AllNew)
            .send()
            .await
            .map_err(|e| app_error("UpdateItem(save)", e))?;
        StoredProfile::from_item(output.attributes.as_ref().ok_or(AppError::Internal)?)
    }

    /// From now on, refuse every access token issued up to and including `through`, and end
    /// every session our record has (which holds whatever the tokens' claims say), in one write.
    pub async fn revoke_tokens_through(&self, sub: &str, through: i64) -> Result<(), AppError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .update_expression("SET #through = :through, #sessions = :none")
            .condition_expression("attribute_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#through", "tokens_revoked_through")
            .expression_attribute_names("#sessions", "device_sessions")
            .expression_attribute_values(":through", n(through))
            .expression_attribute_values(":none", AttributeValue::M(HashMap::new()))
            .send()
            .await
            .map_err(|e| missing_profile(app_error("UpdateItem(revoke)", e)))?;
        Ok(())
    }

    /// From now on, refuse one session (until `ended.until`, when none of its tokens can be valid
    /// any more), and forget the ended sessions whose tokens have all expired. Adding to a set is
    /// atomic, so two devices signing out at once both stay ended; the update answers the whole
    /// set, so the expired entries are known without reading the item first.
    pub async fn end_session(&self, sub: &str, ended: &EndedSession) -> Result<(), AppError> {
        let updated = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .update_expression("ADD #ended :ended")
            .condition_expression("attribute_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#ended", "ended_sessions")
            .expression_attribute_values(":ended", AttributeValue::Ss(vec![ended.to_entry()]))
            .return_values(ReturnValue::UpdatedNew)
            .send()
            .await
            .map_err(|e| missing_profile(app_error("UpdateItem(end session)", e)))?;
        let now = chrono::Utc::now().timestamp();
        let expired: Vec<String> = updated
            .attributes()
            .and_then(|item| item.get("ended_sessions"))
            .and_then(|set| set.as_ss().ok())
            .into_iter()
            .flatten()
            .filter(|entry| EndedSession::from_entry(entry).is_some_and(|e| e.until < now))
            .cloned()
            .collect();
        if !expired.is_empty() {
            // Tidying only: a leftover entry refuses nothing that is still valid.
            let _ = self
                .client
                .update_item()
                .table_name(&self.table)
                .key("sub", s(sub))
                .update_expression("DELETE #ended :expired")
                .condition_expression("attribute_exists(#sub)")
                .expression_attribute_names("#sub", "sub")
                .expression_attribute_names("#ended", "ended_sessions")
                .expression_attribute_values(":expired", AttributeValue::Ss(expired))
                .send()
                .await;
        }
        Ok(())
    }

    /// Records two-step sign-in as turned on at `since` with `device`, and its recovery codes'
    /// hashes (replacing any earlier set).
    pub async fn set_two_step(&self, sub: &str, since: &str, device: &str, hashes: &[String]) -> Result<(), AppError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .update_expression("SET #since = :since, #device = :device, #codes = :codes")
            .condition_expression("attribute_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#since", "two_step_since")
            .expression_attribute_names("#device", "two_step_device")
            .expression_attribute_names("#codes", "recovery_codes")
            .expression_attribute_values(":since", s(since))
            .expression_attribute_values(":device", s(device))
            .expression_attribute_values(":codes", AttributeValue::Ss(hashes.to_vec()))
            .send()
            .await
            .map_err(|e| missing_profile(app_error("UpdateItem(two-step on)", e)))?;
        Ok(())
    }

    /// Forgets two-step sign-in: its date, device and recovery codes.
    pub async fn clear_two_step(&self, sub: &str) -> Result<(), AppError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .update_expression("REMOVE #since, #device, #codes")
            .condition_expression("attribute_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#since", "two_step_since")
            .expression_attribute_names("#device", "two_step_device")
            .expression_attribute_names("#codes", "recovery_codes")
            .send()
            .await
            .map_err(|e| missing_profile(app_error("UpdateItem(two-step off)", e)))?;
        Ok(())
    }

    /// Replaces the recovery codes' hashes with a new set's.
    pub async fn replace_recovery_codes(&self, sub: &str, hashes: &[String]) -> Result<(), AppError> {
        self.set_on_existing(
            sub,
            "recovery_codes",
            AttributeValue::Ss(hashes.to_vec()),
            "UpdateItem(recovery codes)",
        )
        .await
    }

    /// Spends the recovery code with the stored hash `hash`: true if this call took it out of the
    /// set, false if it was not there (spent already, by this request or a racing one).
    pub async fn spend_recovery_code(&self, sub: &str, hash: &str) -> Result<bool, AppError> {
        let spent = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .update_expression("DELETE #codes :code")
            .condition_expression("contains(#codes, :hash)")
            .expression_attribute_names("#codes", "recovery_codes")
            .expression_attribute_values(":code", AttributeValue::Ss(vec![hash.to_string()]))
            .expression_attribute_values(":hash", s(hash))
            .send()
            .await;
        match spent {
            Ok(_) => Ok(true),
            Err(error) => match app_error("UpdateItem(spend recovery code)", error) {
                AppError::StaleProfile => Ok(false),
                other => Err(other),
            },
        }
    }

    /// Remembers (or forgets) the address an email change is waiting to have verified.
    pub async fn set_pending_email(&self, sub: &str, email: Option<&str>) -> Result<(), AppError> {
        match email {
            Some(email) => {
                self.set_on_existing(sub, "pending_email", s(email), "UpdateItem(pending email)")
                    .await
            }
            None => self.remove(sub, "pending_email").await,
        }
    }

    /// Holds `held` for the change `holding` (or, with `None`, forgets it), and answers what was
    /// held before, so that the caller can revoke it.
    pub async fn hold(&self, sub: &str, holding: Holding, held: Option<&Held>) -> Result<Option<Held>, AppError> {
        let request = self
            .client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .condition_expression("attribute_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#held", holding.attribute())
            .return_values(ReturnValue::UpdatedOld);
        let request = match held {
            Some(held) => request
                .update_expression("SET #held = :held")
                .expression_attribute_values(":held", s(&held.to_entry())),
            None => request.update_expression("REMOVE #held"),
        };
        let output = request
            .send()
            .await
            .map_err(|e| missing_profile(app_error("UpdateItem(hold)", e)))?;
        Ok(output
            .attributes()
            .and_then(|item| item.get(holding.attribute()))
            .and_then(|value| value.as_s().ok())
            .and_then(|entry| Held::from_entry(entry)))
    }

    /// Records a passkey added through our proven flow.
    pub async fn record_passkey(&self, sub: &str, passkey: &Passkey) -> Result<(), AppError> {
        self.json_set(sub, "ADD", "passkeys", passkey, "UpdateItem(record passkey)")
            .await
    }

    /// Forgets a removed passkey: it no longer signs in.
    pub async fn forget_passkey(&self, sub: &str, passkey: &Passkey) -> Result<(), AppError> {
        self.json_set(sub, "DELETE", "passkeys", passkey, "UpdateItem(forget passkey)")
            .await
    }

    /// Records an identity provider connected to the account.
    pub async fn record_connection(&self, sub: &str, connection: &Connection) -> Result<(), AppError> {
        self.json_set(sub, "ADD", "connections", connection, "UpdateItem(record connection)")
            .await
    }

    /// Forgets a disconnected identity provider.
    pub async fn forget_connection(&self, sub: &str, connection: &Connection) -> Result<(), AppError> {
        self.json_set(
            sub,
            "DELETE",
            "connections",
            connection,
            "UpdateItem(forget connection)",
        )
        .await
    }

    /// Adds `entry` to (or deletes it from) the string set `set`, as JSON.
    async fn json_set(
        &self,
        sub: &str,
        verb: &str,
        set: &str,
        entry: &impl serde::Serialize,
        operation: &'static str,
    ) -> Result<(), AppError> {
        let entry = serde_json::to_string(entry).map_err(|_| AppError::Internal)?;
        self.client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .update_expression(format!("{verb} #set :entry"))
            .condition_expression("attribute_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#set", set)
            .expression_attribute_values(":entry", AttributeValue::Ss(vec![entry]))
            .send()
            .await
            .map_err(|e| missing_profile(app_error(operation, e)))?;
        Ok(())
    }

    /// Marks the profile as being deleted (every token refused), or takes the mark away.
    pub async fn set_deleting(&self, sub: &str, deleting: bool) -> Result<(), AppError> {
        if deleting {
            self.set_on_existing(sub, "deleting", AttributeValue::Bool(true), "UpdateItem(deleting)")
                .await
        } else {
            self.remove(sub, "deleting").await
        }
    }

    pub async fn delete(&self, sub: &str) -> Result<(), AppError> {
        self.client
            .delete_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .send()
            .await
            .map_err(|e| app_error("DeleteItem", e))?;
        Ok(())
    }

    /// Sets one bookkeeping attribute, never creating an item (a deleted profile stays deleted).
    async fn set_on_existing(
        &self,
        sub: &str,
        attribute: &str,
        value: AttributeValue,
        operation: &'static str,
    ) -> Result<(), AppError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .update_expression("SET #attribute = :value")
            .condition_expression("attribute_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#attribute", attribute)
            .expression_attribute_values(":value", value)
            .send()
            .await
            .map_err(|e| missing_profile(app_error(operation, e)))?;
        Ok(())
    }

    async fn remove(&self, sub: &str, attribute: &str) -> Result<(), AppError> {
        self.client
            .update_item()
            .table_name(&self.table)
            .key("sub", s(sub))
            .update_expression("REMOVE #attribute")
            .condition_expression("attribute_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#attribute", attribute)
            .send()
            .await
            .map_err(|e| missing_profile(app_error("UpdateItem(remove)", e)))?;
        Ok(())
    }
}

/// A failed `attribute_exists(sub)` condition means the profile (and so the account) is gone.
fn missing_profile(error: AppError) -> AppError {
    match error {
        AppError::StaleProfile => AppError::SessionExpired,
        other => other,
    }
}

impl ProfileTable {
    /// Whether the table answers and can serve items (for the readiness probe): one
    /// `DescribeTable`, which reads no item and costs no read capacity.
    pub async fn is_reachable(&self) -> bool {
        use aws_sdk_dynamodb::types::TableStatus;
        match self.client.describe_table().table_name(&self.table).send().await {
            Ok(answer) => answer
                .table()
                .and_then(|table| table.table_status())
                .is_some_and(|status| matches!(status, TableStatus::Active | TableStatus::Updating)),
            Err(error) => {
                // Logged there, without anything of the request.
                let _ = app_error("DescribeTable", error);
                false
            }
        }
    }
}
