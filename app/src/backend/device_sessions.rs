//! Every signed-in session of an account, as our own record keeps it (`shared/SECURITY.md` 33):
//! the "Devices" of settings. A session is known by hashes of the tokens our server handed out,
//! not by Cognito's claims: a token service whose refreshed tokens carry a fresh `auth_time` and
//! no `origin_jti` still cannot keep a session alive that our record ended. Every sign-in goes
//! through `sessions::open_session_via` and every refresh through `sessions::refresh`, so the
//! record sees every token the browser holds.
//!
//! Kept in the profile item's map `device_sessions` (id → the session as JSON), so the profile
//! read that checks an access token reads them too, and each session is written on its own.
use std::collections::HashMap;

use aws_sdk_dynamodb::types::AttributeValue;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{activity::Origin, aws_error::app_error, profile_table::ProfileTable};
use crate::error::AppError;

/// The profile item's attribute that holds the sessions.
const ATTRIBUTE: &str = "device_sessions";

/// One signed-in browser of an account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceSession {
    /// Ours, random; the key in the item's map.
    #[serde(skip)]
    pub id: String,
    /// The hash of the refresh token the session holds now (rotated at every refresh).
    refresh: String,
    /// The hashes of its newest access tokens: the current one, and the one before, which other
    /// tabs of that browser may use for a moment after a refresh.
    access: Vec<String>,
    pub browser: String,
    pub system: String,
    pub ip: String,
    /// The identity provider it signed in with (its display name); empty for this app's own.
    pub via: String,
    /// Epoch seconds: the sign-in, the newest refresh, and when the refresh token expires.
    pub first_seen: i64,
    pub last_seen: i64,
    pub until: i64,
}

impl DeviceSession {
    /// The session a sign-in just opened, from the request that made it.
    pub fn open(access_token: &str, refresh_token: Option<&str>, via: &str, until: i64) -> Self {
        let origin = Origin::current();
        let now = chrono::Utc::now().timestamp();
        Self {
            id: new_id(),
            refresh: refresh_token.map(token_hash).unwrap_or_default(),
            access: vec![token_hash(access_token)],
            browser: origin.device.browser,
            system: origin.device.system,
            ip: origin.ip,
            via: via.to_string(),
            first_seen: now,
            last_seen: now,
            until,
        }
    }

    /// This session after a refresh that handed out `access_token` (and, with rotation,
    /// `refresh_token`).
    pub fn renewed(&self, access_token: &str, refresh_token: Option<&str>) -> Self {
        let newest = self.access.last().cloned().into_iter();
        Self {
            refresh: refresh_token.map(token_hash).unwrap_or_else(|| self.refresh.clone()),
            access: newest.chain([token_hash(access_token)]).collect(),
            last_seen: chrono::Utc::now().timestamp(),
            ..self.clone()
        }
    }

    pub fn holds_access(&self, access_token_hash: &str) -> bool {
        self.access.iter().any(|hash| hash == access_token_hash)
    }

    pub fn holds_refresh(&self, refresh_token_hash: &str) -> bool {
        !self.refresh.is_empty() && self.refresh == refresh_token_hash
    }

    fn entry(&self) -> AttributeValue {
        AttributeValue::S(serde_json::to_string(self).expect("a session serializes"))
    }
}

/// What the record keeps of a token: enough to recognise it, nothing that works as one.
pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest[..16].iter().map(|byte| format!("{byte:02x}")).collect()
}

fn new_id() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 12];
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The sessions of a profile item, newest first; unreadable entries are left out.
pub fn from_item(item: &HashMap<String, AttributeValue>) -> Vec<DeviceSession> {
    let mut sessions: Vec<DeviceSession> = item
        .get(ATTRIBUTE)
        .and_then(|value| value.as_m().ok())
        .into_iter()
        .flatten()
        .filter_map(|(id, entry)| {
            let mut session: DeviceSession = serde_json::from_str(entry.as_s().ok()?).ok()?;
            session.id = id.clone();
            Some(session)
        })
        .collect();
    sessions.sort_by(|a, b| b.last_seen.cmp(&a.last_seen).then_with(|| a.id.cmp(&b.id)));
    sessions
}

impl ProfileTable {
    /// Adds `session`, and forgets `expired` ones (their refresh tokens no longer work).
    pub async fn record_device_session(
        &self,
        sub: &str,
        session: &DeviceSession,
        expired: &[&DeviceSession],
    ) -> Result<(), AppError> {
        let mut names = HashMap::from([
            ("#sub".to_string(), "sub".to_string()),
            ("#sessions".to_string(), ATTRIBUTE.to_string()),
            ("#id".to_string(), session.id.clone()),
        ]);
        let mut removals = Vec::new();
        for (i, old) in expired.iter().enumerate() {
            names.insert(format!("#old{i}"), old.id.clone());
            removals.push(format!("#sessions.#old{i}"));
        }
        let remove = if removals.is_empty() {
            String::new()
        } else {
            format!(" REMOVE {}", removals.join(", "))
        };
        let added = self
            .sdk()
            .update_item()
            .table_name(&self.table)
            .key("sub", AttributeValue::S(sub.to_string()))
            .update_expression(format!("SET #sessions.#id = :session{remove}"))
            .condition_expression("attribute_exists(#sub) AND attribute_exists(#sessions)")
            .set_expression_attribute_names(Some(names))
            .expression_attribute_values(":session", session.entry())
            .send()
            .await;
        if added.is_ok() {
            return Ok(());
        }
        // An item from before sessions were kept has no map yet: make it with this session in
        // it (only if still missing, so a session another sign-in just added stays).
        self.sdk()
            .update_item()
            .table_name(&self.table)
            .key("sub", AttributeValue::S(sub.to_string()))
            .update_expression("SET #sessions = :sessions")
            .condition_expression("attribute_exists(#sub) AND attribute_not_exists(#sessions)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#sessions", ATTRIBUTE)
            .expression_attribute_values(
                ":sessions",
                AttributeValue::M(HashMap::from([(session.id.clone(), session.entry())])),
            )
            .send()
            .await
            .map_err(|e| app_error("UpdateItem(record session)", e))
            .map_err(|error| match error {
                // The item is gone (deleted meanwhile) or the map appeared since: either way
                // this sign-in is not recorded, so it is not honoured.
                AppError::StaleProfile => AppError::SessionExpired,
                other => other,
            })?;
        Ok(())
    }

    /// Replaces `old` with `new` (a refresh), unless the session changed or ended meanwhile:
    /// `false` then.
    pub async fn renew_device_session(
        &self,
        sub: &str,
        old: &DeviceSession,
        new: &DeviceSession,
    ) -> Result<bool, AppError> {
        let renewed = self
            .sdk()
            .update_item()
            .table_name(&self.table)
            .key("sub", AttributeValue::S(sub.to_string()))
            .update_expression("SET #sessions.#id = :new")
            .condition_expression("#sessions.#id = :old")
            .expression_attribute_names("#sessions", ATTRIBUTE)
            .expression_attribute_names("#id", &old.id)
            .expression_attribute_values(":new", new.entry())
            .expression_attribute_values(":old", old.entry())
            .send()
            .await
            .map_err(|e| app_error("UpdateItem(renew session)", e));
        match renewed {
            Ok(_) => Ok(true),
            Err(AppError::StaleProfile) => Ok(false),
            Err(error) => Err(error),
        }
    }

    /// Ends the session `id` (a device signed out, here or from another one).
    pub async fn end_device_session(&self, sub: &str, id: &str) -> Result<(), AppError> {
        self.sdk()
            .update_item()
            .table_name(&self.table)
            .key("sub", AttributeValue::S(sub.to_string()))
            .update_expression("REMOVE #sessions.#id")
            .condition_expression("attribute_exists(#sub)")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_names("#sessions", ATTRIBUTE)
            .expression_attribute_names("#id", id)
            .send()
            .await
            .map_err(|e| app_error("UpdateItem(end session)", e))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> DeviceSession {
        DeviceSession {
            id: "a1".into(),
            refresh: token_hash("refresh-1"),
            access: vec![token_hash("access-1")],
            browser: "Firefox 133".into(),
            system: "Linux".into(),
            ip: "192.0.2.1".into(),
            via: String::new(),
            first_seen: 1,
            last_seen: 1,
            until: 100,
        }
    }

    #[test]
    fn a_refresh_keeps_the_access_token_before_and_moves_the_refresh_token_on() {
        let renewed = session().renewed("access-2", Some("refresh-2"));
        assert!(
            renewed.holds_access(&token_hash("access-1")),
            "other tabs may still use it"
        );
        assert!(renewed.holds_access(&token_hash("access-2")));
        assert!(renewed.holds_refresh(&token_hash("refresh-2")));
        assert!(
            !renewed.holds_refresh(&token_hash("refresh-1")),
            "a rotated refresh token is spent"
        );
        let again = renewed.renewed("access-3", None);
        assert!(!again.holds_access(&token_hash("access-1")), "two back is too old");
        assert!(
            again.holds_refresh(&token_hash("refresh-2")),
            "without rotation it stays"
        );
    }

    #[test]
    fn the_record_keeps_no_token_only_hashes() {
        let entry = serde_json::to_string(&session()).unwrap();
        assert!(!entry.contains("refresh-1") && !entry.contains("access-1"));
        assert!(!entry.contains("a1"), "the id is the map's key");
    }

    #[test]
    fn sessions_are_read_newest_first_with_their_ids() {
        let older = session();
        let newer = DeviceSession {
            id: "b2".into(),
            last_seen: 50,
            ..session()
        };
        let item = HashMap::from([(
            ATTRIBUTE.to_string(),
            AttributeValue::M(HashMap::from([
                ("a1".to_string(), older.entry()),
                ("b2".to_string(), newer.entry()),
                ("junk".to_string(), AttributeValue::S("{".into())),
            ])),
        )]);
        let read = from_item(&item);
        assert_eq!(read, vec![newer, older]);
    }
}
