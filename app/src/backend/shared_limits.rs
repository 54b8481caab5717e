//! Rate limits every instance shares: the per-email, per-account and per-user quotas and the
//! resend cooldown are counted in one DynamoDB table (`{PROFILE_TABLE}-limits`), so N instances
//! behind a load balancer allow what one would, and a restart forgets no count.
//!
//! Each quota is a GCRA, as `governor` keeps it in memory (`n` calls a `period`, all `n` at once
//! if need be, then one more every `period / n`): an item per key holds its theoretical arrival
//! time `tat` (epoch milliseconds). A call is allowed when `max(tat, now) + interval` stays within
//! `now + n × interval`, and the item moves on by one interval in the same conditional
//! `UpdateItem` that checks it, so two instances racing for the last call cannot both have it.
//! A check takes one write: an idle key's restart, or a busy key's increment, chosen by the `tat`
//! this process last saw for the key. When another instance moved the key in between, the write
//! refused by its condition returns the item and a second one follows. A `tat` already seen too
//! far ahead refuses without a write at all (it only ever grows). `expires_at` lets DynamoDB's TTL
//! delete the items of keys whose quota is full again; an item it has not yet deleted counts as
//! full, as its `tat` has passed.
//!
//! When the table cannot be reached (an outage, a timeout, a missing table, no permission), each
//! quota falls back to a count in this process and the log says so once: limits never fail open,
//! and a store that is down never locks anyone out. The table is tried again a few seconds later.
//!
//! Keys are stored as a SHA-256 of the quota's name and the key, so the table holds no email
//! address.
use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use aws_sdk_dynamodb::{
    Client,
    error::SdkError,
    operation::update_item::{UpdateItemError, builders::UpdateItemFluentBuilder},
    types::{AttributeValue, ReturnValue, ReturnValuesOnConditionCheckFailure},
};
use sha2::{Digest, Sha256};

use super::{ProfileTable, state::KeyedLimit};
use crate::error::AppError;

/// Longest a check waits for the table before it counts in this process instead: a sign-in never
/// waits on a slow store for long.
const STORE_TIMEOUT: Duration = Duration::from_millis(500);
/// After a failure, how long every check counts in this process before the table is tried again:
/// an outage costs one timeout every few seconds, not one per call.
const RETRY_STORE_AFTER: Duration = Duration::from_secs(5);
/// Writes one check may take when other instances move the same key in between; past them the
/// key is under such a flood that refusing is right.
const MOST_RACES: usize = 4;
/// Busy keys whose last `tat` a process keeps as a hint; past it, the hints start again.
const HINTS_KEPT: usize = 10_000;

/// The limits table and whether it answers lately, shared by every quota of the process.
#[derive(Clone, Debug)]
pub struct LimitStore {
    client: Client,
    table: String,
    /// Epoch milliseconds until which the table is taken to be down; 0 while it answers.
    down_until: Arc<AtomicU64>,
    /// The `tat` this process last wrote or saw per stored key, while it lies ahead: which write
    /// to try first (a busy key's increment, an idle key's restart), so a check takes one write
    /// when no other instance moved the key in between. Only a hint: every write checks the
    /// item itself.
    last_seen: Arc<Mutex<HashMap<String, u64>>>,
}

impl LimitStore {
    /// The limits table beside `profiles` (`{PROFILE_TABLE}-limits`), through the same client.
    pub fn beside(profiles: &ProfileTable) -> Self {
        Self {
            client: profiles.sdk().clone(),
            table: profiles.limits_table(),
            down_until: Arc::new(AtomicU64::new(0)),
            last_seen: Default::default(),
        }
    }

    fn hint(&self, key: &str, now: u64) -> Option<u64> {
        let seen = self.last_seen.lock().ok()?;
        seen.get(key).copied().filter(|tat| *tat > now)
    }

    fn remember(&self, key: &str, tat: u64, now: u64) {
        let Ok(mut seen) = self.last_seen.lock() else {
            return;
        };
        // Keys whose quota is full again are forgotten, the rest bounded by the busy keys.
        if seen.len() >= HINTS_KEPT {
            seen.retain(|_, tat| *tat > now);
            if seen.len() >= HINTS_KEPT {
                seen.clear();
            }
        }
        seen.insert(key.to_string(), tat);
    }

    fn is_down(&self, now: u64) -> bool {
        now < self.down_until.load(Ordering::Relaxed)
    }

    fn failed(&self, now: u64, why: &str) {
        let until = now + RETRY_STORE_AFTER.as_millis() as u64;
        if self.down_until.swap(until, Ordering::Relaxed) == 0 {
            tracing::warn!(
                table = %self.table,
                error = why,
                "the rate-limits table cannot be reached: each instance counts the per-email and per-user limits on its own until it answers"
            );
        }
    }

    fn answered(&self) {
        if self.down_until.swap(0, Ordering::Relaxed) != 0 {
            tracing::info!(table = %self.table, "the rate-limits table answers again: the limits are shared once more");
        }
    }

    /// A conditional write of `key` at `now` (`:now`) that answers the `tat` it wrote, or the
    /// item as it was when its condition failed.
    fn write(&self, key: &AttributeValue, now: u64) -> UpdateItemFluentBuilder {
        self.client
            .update_item()
            .table_name(&self.table)
            .key("key", key.clone())
            .expression_attribute_values(":now", number(now))
            .return_values(ReturnValue::UpdatedNew)
            .return_values_on_condition_check_failure(ReturnValuesOnConditionCheckFailure::AllOld)
    }

    /// One GCRA step for `key` in the table: `Ok(Ok(()))` allowed, `Ok(Err(seconds))` refused,
    /// `Err` when the table did not answer.
    async fn take(&self, key: &str, quota: Gcra, now: u64) -> Result<Result<(), u64>, String> {
        let stored_key = key;
        let key = AttributeValue::S(key.to_string());
        let mut known_tat = self.hint(stored_key, now);
        for _ in 0..MOST_RACES {
            let answer = match known_tat {
                // Unknown or passed: the quota is full, and this call starts it again.
                None => {
                    self.write(&key, now)
                        .update_expression("SET tat = :next, expires_at = :expires")
                        .condition_expression("attribute_not_exists(tat) OR tat <= :now")
                        .expression_attribute_values(":next", number(now + quota.interval))
                        .expression_attribute_values(":expires", number(expiry(now + quota.interval)))
                        .send()
                        .await
                }
                Some(tat) => {
                    if let Some(retry_after) = quota.refusal(tat, now) {
                        self.remember(stored_key, tat, now);
                        return Ok(Err(retry_after));
                    }
                    self.write(&key, now)
                        .update_expression("SET tat = tat + :interval, expires_at = :expires")
                        .condition_expression("tat > :now AND tat <= :ceiling")
                        .expression_attribute_values(":interval", number(quota.interval))
                        .expression_attribute_values(":ceiling", number(now + quota.tolerance()))
                        .expression_attribute_values(":expires", number(expiry(now + quota.span())))
                        .send()
                        .await
                }
            };
            match answer {
                Ok(written) => {
                    if let Some(tat) = written
                        .attributes()
                        .and_then(|item| item.get("tat"))
                        .and_then(|tat| tat.as_n().ok())
                        .and_then(|tat| tat.parse().ok())
                    {
                        self.remember(stored_key, tat, now);
                    }
                    return Ok(Ok(()));
                }
                Err(error) => {
                    // The condition failed: the item as it is now says which case this is.
                    let tat = conditional_failure_tat(error)?;
                    known_tat = tat.filter(|tat| *tat > now);
                }
            }
        }
        Ok(Err(1))
    }
}

/// The item's `tat` out of a failed condition (`None`: no item, or one without it), or the
/// error's description when the table itself failed.
fn conditional_failure_tat<R: std::fmt::Debug>(error: SdkError<UpdateItemError, R>) -> Result<Option<u64>, String> {
    match error {
        SdkError::ServiceError(service) => match service.into_err() {
            UpdateItemError::ConditionalCheckFailedException(failed) => Ok(failed
                .item()
                .and_then(|item| item.get("tat"))
                .and_then(|tat| tat.as_n().ok())
                .and_then(|tat| tat.parse().ok())),
            other => Err(aws_sdk_dynamodb::error::ProvideErrorMetadata::code(&other)
                .unwrap_or("unknown service error")
                .to_string()),
        },
        other => Err(other.to_string()),
    }
}

fn number(value: u64) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

/// The TTL attribute (epoch seconds) of an item whose `tat` is at most `tat_ms`.
fn expiry(tat_ms: u64) -> u64 {
    tat_ms.div_ceil(1000) + 1
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_millis() as u64)
}

/// A quota's GCRA parameters, in milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Gcra {
    /// `period / calls`: how far one call moves the theoretical arrival time.
    interval: u64,
    calls: u64,
}

impl Gcra {
    fn new(calls: u32, period: Duration) -> Option<Self> {
        (calls > 0).then(|| Self {
            interval: (period.as_millis() as u64 / u64::from(calls)).max(1),
            calls: calls.into(),
        })
    }

    /// How far ahead of now `tat` may be for one more call to fit: `(calls - 1) × interval`.
    fn tolerance(self) -> u64 {
        self.interval * (self.calls - 1)
    }

    /// The whole period: the furthest ahead `tat` ever gets.
    fn span(self) -> u64 {
        self.interval * self.calls
    }

    /// `None` when one more call fits at `now` with the item at `tat`; else the whole seconds
    /// (at least 1) until it does.
    fn refusal(self, tat: u64, now: u64) -> Option<u64> {
        let opens_at = tat.saturating_sub(self.tolerance());
        (opens_at > now).then(|| (opens_at - now).div_ceil(1000).max(1))
    }
}

/// One quota, shared through the limits table: `calls` a `period` per key. Zero calls, no limit.
/// Clones share the store and the fallback counts.
#[derive(Clone)]
pub struct SharedLimit {
    /// Part of every stored key: two quotas never share an item.
    name: &'static str,
    quota: Option<Gcra>,
    store: Option<LimitStore>,
    /// The same quota in this process, for when the store cannot be reached.
    fallback: KeyedLimit<String>,
}

impl SharedLimit {
    /// `store: None` counts in this process only (a router without a table, unit tests).
    pub fn new(store: Option<&LimitStore>, name: &'static str, calls: u32, period: Duration) -> Self {
        Self {
            name,
            quota: Gcra::new(calls, period),
            store: store.cloned(),
            fallback: KeyedLimit::new(calls, period),
        }
    }

    pub fn per_minute(store: Option<&LimitStore>, name: &'static str, calls: u32) -> Self {
        Self::new(store, name, calls, Duration::from_secs(60))
    }

    /// Takes one call from `key`'s quota, or says in how many whole seconds (at least 1) the
    /// next one is allowed.
    pub async fn check(&self, key: &str) -> Result<(), u64> {
        let Some(quota) = self.quota else {
            return Ok(());
        };
        let Some(store) = &self.store else {
            return self.fallback.check(&key.to_string());
        };
        let now = now_ms();
        if store.is_down(now) {
            return self.fallback.check(&key.to_string());
        }
        let stored_key = self.stored_key(key);
        match tokio::time::timeout(STORE_TIMEOUT, store.take(&stored_key, quota, now)).await {
            Ok(Ok(decision)) => {
                store.answered();
                decision
            }
            Ok(Err(why)) => {
                store.failed(now, &why);
                self.fallback.check(&key.to_string())
            }
            Err(_) => {
                store.failed(now, "no answer within the timeout");
                self.fallback.check(&key.to_string())
            }
        }
    }

    fn stored_key(&self, key: &str) -> String {
        let digest = Sha256::new()
            .chain_update(self.name.as_bytes())
            .chain_update([0])
            .chain_update(key.as_bytes())
            .finalize();
        digest.iter().map(|byte| format!("{byte:02x}")).collect()
    }
}

impl ProfileTable {
    /// The rate-limits table's name: the profile table's, with `-limits`.
    pub fn limits_table(&self) -> String {
        format!("{}-limits", self.table)
    }

    /// Creates the limits table with its TTL unless it exists (local mode provisions this way).
    pub async fn ensure_limits_table(&self) -> Result<(), AppError> {
        self.ensure_expiring_table(&self.limits_table(), "key", None, "rate-limits")
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quota_allows_its_burst_then_one_call_an_interval() {
        let quota = Gcra::new(5, Duration::from_secs(60)).unwrap();
        assert_eq!(quota.interval, 12_000);
        let now = 1_000_000;
        // Five calls at once move `tat` four intervals past the first call's.
        let mut tat = now;
        for _ in 0..5 {
            assert_eq!(quota.refusal(tat, now), None);
            tat = tat.max(now) + quota.interval;
        }
        // The sixth waits one interval, counted in whole seconds.
        assert_eq!(quota.refusal(tat, now), Some(12));
        assert_eq!(quota.refusal(tat, now + 11_500), Some(1));
        assert_eq!(quota.refusal(tat, now + 12_000), None);
        assert_eq!(quota.span(), 60_000);
    }

    #[test]
    fn a_cooldown_allows_one_call_a_period() {
        let cooldown = Gcra::new(1, Duration::from_secs(30)).unwrap();
        assert_eq!(cooldown.tolerance(), 0);
        let now = 5_000_000;
        assert_eq!(cooldown.refusal(now + 30_000, now), Some(30));
        assert_eq!(cooldown.refusal(now + 30_000, now + 29_999), Some(1));
        assert_eq!(cooldown.refusal(now + 30_000, now + 30_000), None);
        assert_eq!(Gcra::new(0, Duration::from_secs(30)), None);
    }

    #[test]
    fn stored_keys_name_neither_the_address_nor_collide_across_quotas() {
        let a = SharedLimit::per_minute(None, "per email", 1);
        let b = SharedLimit::per_minute(None, "emails per address", 1);
        let key = a.stored_key("ada@example.com");
        assert!(!key.contains("ada"));
        assert_eq!(key.len(), 64);
        assert_ne!(key, b.stored_key("ada@example.com"));
        assert_eq!(key, a.stored_key("ada@example.com"));
    }

    #[tokio::test]
    async fn without_a_store_the_quota_is_counted_in_the_process() {
        let limit = SharedLimit::per_minute(None, "per user", 2);
        assert_eq!(limit.check("a").await, Ok(()));
        assert_eq!(limit.clone().check("a").await, Ok(()));
        assert!(limit.check("a").await.is_err());
        assert_eq!(limit.check("b").await, Ok(()));
        let off = SharedLimit::per_minute(None, "per user", 0);
        for _ in 0..10 {
            assert_eq!(off.check("a").await, Ok(()));
        }
    }
}
