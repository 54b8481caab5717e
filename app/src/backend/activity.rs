//! Recent activity: the person's own sign-ins (and failed attempts), password, email and two-step
//! changes and sign-outs everywhere, as they see them in settings.
//!
//! Kept in DynamoDB next to the profile, in a table of its own (`{PROFILE_TABLE}-activity`):
//! partition key `sub`, sort key `at` (the time, sortable text, with a random tail so two events
//! in one millisecond both stay), each item expiring after 90 days through the table's TTL
//! attribute `expires_at`. DynamoDB deletes expired items within days, not at once, so reads skip
//! them too. Removed with the account. The device is kept as the browser named itself (`browser`,
//! `system`) and described when read, in the reader's language; `device`, its English description,
//! is what items written before those two have, and what older readers show.
use std::collections::HashMap;

use aws_sdk_dynamodb::types::{AttributeValue, DeleteRequest, WriteRequest};
use rand::Rng;

use super::{AppState, aws_error::app_error, profile_table::ProfileTable, user_pool::ClientIp};
use crate::{
    error::AppError,
    i18n::{catalog, current_language},
    model::{ActivityItem, ActivityKind},
};

/// How long an activity item is kept.
pub const KEEP_DAYS: i64 = 90;
/// How many items the settings page shows.
pub const SHOWN: i32 = 50;

/// When, where and from what a request came: the approximate device and the client IP, read from
/// the request a server function is answering. The time is the request's, not the write's, so an
/// item written after the answer still sits in its place in the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub device: Device,
    pub ip: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

impl Origin {
    pub fn current() -> Self {
        let user_agent = leptos::prelude::use_context::<axum::http::request::Parts>().and_then(|parts| {
            parts
                .headers
                .get(axum::http::header::USER_AGENT)
                .and_then(|value| value.to_str().ok())
                .map(String::from)
        });
        Self {
            device: user_agent.as_deref().map(Device::of).unwrap_or_default(),
            ip: ClientIp::current()
                .map(|ClientIp(ip)| ip.to_string())
                .unwrap_or_default(),
            at: chrono::Utc::now(),
        }
    }
}

/// The approximate device a request came from, as its user agent names it (a maintained parser:
/// `woothee`): the browser with its major version ("Firefox 133") and the system ("Linux"), each
/// empty when it names nothing known.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Device {
    pub browser: String,
    pub system: String,
}

impl Device {
    pub fn of(user_agent: &str) -> Self {
        let Some(parsed) = woothee::parser::Parser::new().parse(user_agent) else {
            return Self::default();
        };
        let known = |text: &str| !text.is_empty() && text != woothee::woothee::VALUE_UNKNOWN;
        let browser = match (known(parsed.name), known(parsed.version)) {
            (true, true) => format!(
                "{} {}",
                parsed.name,
                parsed.version.split('.').next().unwrap_or_default()
            ),
            (true, false) => parsed.name.to_string(),
            _ => String::new(),
        };
        let system = if known(parsed.os) {
            parsed.os.to_string()
        } else {
            String::new()
        };
        Self { browser, system }
    }

    /// "Firefox 133 on Linux", in `language`; the empty text when nothing is known.
    pub fn describe_in(&self, language: &str) -> String {
        match (self.browser.is_empty(), self.system.is_empty()) {
            (false, false) => catalog::render(
                language,
                "message-activity-device",
                &[("browser", &self.browser), ("system", &self.system)],
            ),
            (false, true) => self.browser.clone(),
            (true, false) => self.system.clone(),
            (true, true) => String::new(),
        }
    }
}

/// "Firefox 133 on Linux", from a user agent, in the page's language; the empty text when it
/// names nothing known.
pub fn device_of(user_agent: &str) -> String {
    Device::of(user_agent).describe_in(current_language())
}

/// Notes `kind` for the user `sub`, from the current request. Best effort: the action it records
/// has happened whatever this answers, so a failure is logged, not returned.
pub async fn note(state: &AppState, sub: &str, kind: ActivityKind) {
    note_from(&state.profiles, sub, kind, Origin::current(), "").await;
}

/// [`note`] of a kind about the identity `provider` (its display name).
pub async fn note_provider(state: &AppState, sub: &str, kind: ActivityKind, provider: &str) {
    note_from(&state.profiles, sub, kind, Origin::current(), provider).await;
}

/// [`note`] with the origin read beforehand (for work done after the answer is sent).
pub async fn note_from(profiles: &ProfileTable, sub: &str, kind: ActivityKind, origin: Origin, provider: &str) {
    if let Err(error) = profiles.record_activity(sub, kind, &origin, provider).await {
        tracing::warn!(?error, ?kind, "could not record an activity item");
    }
}

/// [`note`], done after the answer is sent.
pub fn note_after_answer(state: &AppState, sub: &str, kind: ActivityKind, provider: &str) {
    let (profiles, sub, origin, provider) = (
        state.profiles.clone(),
        sub.to_string(),
        Origin::current(),
        provider.to_string(),
    );
    tokio::spawn(async move { note_from(&profiles, &sub, kind, origin, &provider).await });
}

/// Notes `kind` for the account of `email`, if it has one (a failed sign-in, a password reset),
/// after the answer is sent: looking the account up must not change how long the answer takes,
/// or the time would tell whether the address has an account.
pub fn note_for_email(state: &AppState, email: &str, kind: ActivityKind) {
    let (state, email, origin) = (state.clone(), email.to_string(), Origin::current());
    tokio::spawn(async move {
        if let Ok((sub, _)) = state.user_pool.admin_user(&email).await {
            note_from(&state.profiles, &sub, kind, origin, "").await;
        }
    });
}

impl ProfileTable {
    /// The activity table's name: the profile table's, with `-activity`.
    pub fn activity_table(&self) -> String {
        format!("{}-activity", self.table)
    }

    /// Creates the activity table with its TTL unless it exists (local mode provisions this way).
    pub async fn ensure_activity_table(&self) -> Result<(), AppError> {
        self.ensure_expiring_table(&self.activity_table(), "sub", Some("at"), "activity")
            .await
    }

    pub async fn record_activity(
        &self,
        sub: &str,
        kind: ActivityKind,
        origin: &Origin,
        provider: &str,
    ) -> Result<(), AppError> {
        let now = origin.at;
        let at = format!(
            "{}#{:04x}",
            now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            rand::rngs::OsRng.gen_range(0..0x10000)
        );
        let expires_at = (now + chrono::Duration::days(KEEP_DAYS)).timestamp();
        self.sdk()
            .put_item()
            .table_name(self.activity_table())
            .item("sub", AttributeValue::S(sub.to_string()))
            .item("at", AttributeValue::S(at))
            .item("kind", AttributeValue::S(kind.name().to_string()))
            .item("device", AttributeValue::S(origin.device.describe_in("en")))
            .item("browser", AttributeValue::S(origin.device.browser.clone()))
            .item("system", AttributeValue::S(origin.device.system.clone()))
            .item("ip", AttributeValue::S(origin.ip.clone()))
            .item("provider", AttributeValue::S(provider.to_string()))
            .item("expires_at", AttributeValue::N(expires_at.to_string()))
            .send()
            .await
            .map_err(|e| app_error("PutItem(activity)", e))?;
        Ok(())
    }

    /// The newest items of `sub` (at most `limit`), newest first, none past its expiry.
    pub async fn recent_activity(&self, sub: &str, limit: i32) -> Result<Vec<ActivityItem>, AppError> {
        let now = chrono::Utc::now().timestamp();
        let answer = self
            .activity_of(sub)
            .scan_index_forward(false)
            .limit(limit)
            .send()
            .await
            .map_err(|e| app_error("Query(activity)", e))?;
        Ok(answer
            .items()
            .iter()
            .filter_map(|item| activity_item(item, now))
            .collect())
    }

    /// A query of the items of `sub`.
    fn activity_of(&self, sub: &str) -> aws_sdk_dynamodb::operation::query::builders::QueryFluentBuilder {
        self.sdk()
            .query()
            .table_name(self.activity_table())
            .key_condition_expression("#sub = :sub")
            .expression_attribute_names("#sub", "sub")
            .expression_attribute_values(":sub", AttributeValue::S(sub.to_string()))
    }

    /// Deletes every activity item of `sub` (the account is going).
    pub async fn delete_activity(&self, sub: &str) -> Result<(), AppError> {
        loop {
            let answer = self
                .activity_of(sub)
                .projection_expression("#sub, #at")
                .expression_attribute_names("#at", "at")
                .limit(25)
                .send()
                .await
                .map_err(|e| app_error("Query(activity)", e))?;
            if answer.items().is_empty() {
                return Ok(());
            }
            let deletes = answer
                .items()
                .iter()
                .filter_map(|item| {
                    let key = DeleteRequest::builder().set_key(Some(item.clone())).build().ok()?;
                    Some(WriteRequest::builder().delete_request(key).build())
                })
                .collect();
            self.sdk()
                .batch_write_item()
                .request_items(self.activity_table(), deletes)
                .send()
                .await
                .map_err(|e| app_error("BatchWriteItem(activity)", e))?;
        }
    }
}

fn activity_item(item: &HashMap<String, AttributeValue>, now: i64) -> Option<ActivityItem> {
    let text = |name: &str| item.get(name).and_then(|v| v.as_s().ok()).cloned();
    let expires_at: i64 = item.get("expires_at")?.as_n().ok()?.parse().ok()?;
    if expires_at <= now {
        return None;
    }
    let at = text("at")?;
    Some(ActivityItem {
        at: at.split('#').next().unwrap_or_default().to_string(),
        kind: ActivityKind::from_name(&text("kind")?)?,
        device: match (text("browser"), text("system")) {
            // Written before the device was kept in parts: its English description.
            (None, None) => text("device").unwrap_or_default(),
            (browser, system) => Device {
                browser: browser.unwrap_or_default(),
                system: system.unwrap_or_default(),
            }
            .describe_in(current_language()),
        },
        ip: text("ip").unwrap_or_default(),
        provider: text("provider").unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_are_named_by_browser_and_system() {
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
        assert_eq!(device_of(firefox), "Firefox 133 on Linux");
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        assert_eq!(device_of(iphone), "Safari 17 on iPhone");
        assert_eq!(device_of(""), "");
    }

    #[test]
    fn a_device_is_described_when_read_and_older_items_keep_their_description() {
        let item = |attributes: &[(&str, &str)]| {
            let mut item: HashMap<String, AttributeValue> = [
                ("at", "2026-01-01T00:00:00.000Z#00ff"),
                ("kind", "sign_in"),
                ("ip", "192.0.2.1"),
            ]
            .iter()
            .chain(attributes)
            .map(|(name, value)| (name.to_string(), AttributeValue::S(value.to_string())))
            .collect();
            item.insert("expires_at".into(), AttributeValue::N("2000000000".into()));
            activity_item(&item, 0).unwrap().device
        };
        let parts = [
            ("device", "Firefox 133 on Linux"),
            ("browser", "Firefox 133"),
            ("system", "Linux"),
        ];
        assert_eq!(item(&parts), "Firefox 133 on Linux");
        assert_eq!(item(&[("browser", "Firefox 133"), ("system", "")]), "Firefox 133");
        assert_eq!(item(&[("device", "Safari 17 on iPhone")]), "Safari 17 on iPhone");
        assert_eq!(item(&[]), "");
    }
}
