//! The probes a load balancer or orchestrator asks: `/healthz` (the process answers) and
//! `/readyz` (tokens can be checked and the profile table answers), and what the server does on
//! SIGTERM (finishes what it is answering, then exits).
use std::{process::Command, time::Duration};

use aws_config::retry::RetryConfig;
use server::Services;

use crate::common::{
    PASSWORD, TestApp,
    faults::{Fault, FaultProxy, Times},
    local_settings, spawn_in_aws_mode,
};

/// (status, `Cache-Control`, body) of a GET.
async fn probe(base: &str, path: &str) -> (u16, String, String) {
    let response = reqwest::get(format!("{base}{path}")).await.unwrap();
    let status = response.status().as_u16();
    let cache = response
        .headers()
        .get("cache-control")
        .map(|value| value.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, cache, response.text().await.unwrap())
}

#[tokio::test]
async fn a_running_instance_is_alive_and_ready() {
    let app = TestApp::start().await;
    assert_eq!(
        probe(&app.base, "/healthz").await,
        (200, "no-store".into(), "ok".into())
    );
    assert_eq!(
        probe(&app.base, "/readyz").await,
        (200, "no-store".into(), "ready".into())
    );
    let headers = app.get("/readyz").await;
    assert_eq!(headers.headers()["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn not_ready_while_the_profile_table_does_not_answer() {
    let (app, faults) = TestApp::start_with_faults(RetryConfig::disabled()).await;
    faults
        .dynamodb
        .fail("DescribeTable", Times::Always, Fault::dynamodb_internal());
    // Not ready, and saying nothing of why: no table name, endpoint or error.
    assert_eq!(
        probe(&app.base, "/readyz").await,
        (503, "no-store".into(), "not ready".into())
    );
    assert!(
        faults.dynamodb.injected("DescribeTable") >= 1,
        "the probe asked the table"
    );
    // Still alive: a restart would not bring the table back.
    assert_eq!(probe(&app.base, "/healthz").await.0, 200);

    faults.dynamodb.clear();
    assert_eq!(probe(&app.base, "/readyz").await.0, 200);
}

#[tokio::test]
async fn not_ready_while_the_signing_keys_cannot_be_fetched() {
    let dir = tempfile::tempdir().unwrap();
    let mut backend = Services::connect(&local_settings(dir.path())).await.unwrap();
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    backend.token_source.jwks_url = format!("http://{closed}/.well-known/jwks.json");
    let app = TestApp::serve(backend, dir).await;
    assert_eq!(
        probe(&app.base, "/readyz").await,
        (503, "no-store".into(), "not ready".into())
    );
    assert_eq!(probe(&app.base, "/healthz").await.0, 200);
}

#[tokio::test]
async fn probes_never_spend_anyones_rate_limit() {
    let app = TestApp::start_with(|settings| settings.rate_limits.ip_per_minute = 2).await;
    for _ in 0..10 {
        assert_eq!(probe(&app.base, "/healthz").await.0, 200);
        assert_eq!(probe(&app.base, "/readyz").await.0, 200);
    }
    // The probes' address still has its whole quota for people.
    assert_eq!(app.sign_in("nobody@example.com", PASSWORD).await.0, 401);
    assert_eq!(app.sign_in("nobody@example.com", PASSWORD).await.0, 401);
    assert_eq!(app.sign_in("nobody@example.com", PASSWORD).await.0, 429);
}

#[cfg(unix)]
#[tokio::test]
async fn sigterm_finishes_the_requests_in_flight_then_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let service = Services::connect(&local_settings(dir.path())).await.unwrap();
    let dynamodb = FaultProxy::start(&service.local.as_ref().unwrap().dynamodb_endpoint).await;
    // Its DynamoDB calls go through the proxy.
    let cognito = &service.local.as_ref().unwrap().cognito_endpoint;
    let mut process = spawn_in_aws_mode(&service, cognito, &dynamodb.endpoint, "shutdown-profiles", dir.path());
    let (server, base) = (&mut process.child, process.base.clone());
    let mut started = false;
    for _ in 0..300 {
        if reqwest::get(format!("{base}/healthz")).await.is_ok() {
            started = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(started, "the server did not start");

    // A readiness check that waits a second and a half on DynamoDB is in flight...
    dynamodb.fail("DescribeTable", Times::Always, Fault::slow(Duration::from_millis(1500)));
    let asked_before = dynamodb.seen("DescribeTable");
    let in_flight = tokio::spawn(probe_owned(base.clone()));
    while dynamodb.seen("DescribeTable") == asked_before {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // ...when the orchestrator stops the instance.
    let terminate = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(terminate.success());

    assert_eq!(in_flight.await.unwrap(), (200, "no-store".into(), "ready".into()));
    let mut exit = None;
    for _ in 0..100 {
        exit = server.try_wait().unwrap();
        if exit.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = server.kill();
    let exit = exit.expect("the server exits after its last answer");
    assert!(exit.success(), "a clean exit, not a crash: {exit}");
    assert!(
        reqwest::get(format!("{base}/healthz")).await.is_err(),
        "nothing listens any more"
    );
}

async fn probe_owned(base: String) -> (u16, String, String) {
    probe(&base, "/readyz").await
}
