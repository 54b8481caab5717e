//! The quotas every instance shares (`app::backend::shared_limits`), counted in the embedded
//! DynamoDB's limits table. Each `LimitStore` stands for one instance: its own view of whether the
//! table answers, its own fallback counts, one table between them.
use std::time::Duration;

use app::backend::shared_limits::{LimitStore, SharedLimit};
use server::Services;

use crate::common::{captured_log::capture_this_thread, local_settings};

async fn emulators() -> (Services, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let services = Services::connect(&local_settings(dir.path())).await.unwrap();
    (services, dir)
}

fn instances(services: &Services, n: usize) -> Vec<LimitStore> {
    (0..n).map(|_| LimitStore::beside(&services.profiles)).collect()
}

#[tokio::test]
async fn instances_and_restarts_draw_on_one_count() {
    let (services, _dir) = emulators().await;
    let [a, b] = <[LimitStore; 2]>::try_from(instances(&services, 2)).unwrap();
    let on = |store| SharedLimit::per_minute(Some(store), "sign-ins per email", 3);
    assert_eq!(on(&a).check("ada@example.com").await, Ok(()));
    assert_eq!(on(&b).check("ada@example.com").await, Ok(()));
    assert_eq!(on(&a).check("ada@example.com").await, Ok(()));
    // Three calls between the two: the next, on either, waits a third of the minute at most.
    for store in [&a, &b] {
        let retry_after = on(store).check("ada@example.com").await.unwrap_err();
        assert!((1..=20).contains(&retry_after), "{retry_after}");
    }
    // A restarted instance starts with nothing in memory, and the table still says no.
    let restarted = LimitStore::beside(&services.profiles);
    assert!(on(&restarted).check("ada@example.com").await.is_err());
    // Other keys and other quotas count apart.
    assert_eq!(on(&restarted).check("bob@example.com").await, Ok(()));
    let other_quota = SharedLimit::per_minute(Some(&a), "per email", 1);
    assert_eq!(other_quota.check("ada@example.com").await, Ok(()));

    // A cooldown: one call, then the whole period to wait, on any instance.
    let cooldown = |store| SharedLimit::new(Some(store), "resend cooldown", 1, Duration::from_secs(30));
    assert_eq!(cooldown(&a).check("ada@example.com").await, Ok(()));
    let retry_after = cooldown(&b).check("ada@example.com").await.unwrap_err();
    assert!((29..=30).contains(&retry_after), "{retry_after}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn racing_instances_never_share_out_more_than_the_quota() {
    let (services, _dir) = emulators().await;
    let mut calls = tokio::task::JoinSet::new();
    for store in instances(&services, 8) {
        for _ in 0..5 {
            let limit = SharedLimit::per_minute(Some(&store), "sign-ins per email", 5);
            calls.spawn(async move { limit.check("ada@example.com").await });
        }
    }
    let allowed = calls.join_all().await.into_iter().filter(Result::is_ok).count();
    assert_eq!(allowed, 5, "40 calls at once from 8 instances, a quota of 5");
}

#[tokio::test]
async fn without_the_table_each_instance_counts_on_its_own_and_says_so() {
    let (services, _dir) = emulators().await;
    let [a, b] = <[LimitStore; 2]>::try_from(instances(&services, 2)).unwrap();
    let (log, _guard) = capture_this_thread("warn");
    services
        .profiles
        .sdk()
        .delete_table()
        .table_name(services.profiles.limits_table())
        .send()
        .await
        .unwrap();
    // Never open: each instance still refuses past the quota, counted in its own memory.
    for store in [&a, &b] {
        let limit = SharedLimit::per_minute(Some(store), "sign-ins per email", 2);
        assert_eq!(limit.check("ada@example.com").await, Ok(()));
        assert_eq!(limit.check("ada@example.com").await, Ok(()));
        assert!(limit.check("ada@example.com").await.is_err());
    }
    let said = log.text().matches("rate-limits table cannot be reached").count();
    assert_eq!(said, 2, "once per instance, not once per call: {}", log.text());
}
