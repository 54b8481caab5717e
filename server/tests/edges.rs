//! The edges of the HTTP surface: what a request to a server function may be, how long it may
//! take, and the headers every answer carries.
use std::time::{Duration, Instant};

use app::functions::{auth::SignIn, mailbox::ReadMailbox};
use server::Services;
use server_fn::ServerFn;

use crate::common::{
    PASSWORD, TestApp,
    faults::{Fault, Faults, Times},
    local_settings,
};

#[tokio::test]
async fn a_request_naming_an_argument_the_function_lacks_is_refused() {
    let app = TestApp::start().await;
    app.confirmed_account("strict@example.com", "S").await;
    let body = |extra: bool| {
        let mut body = serde_json::json!({"email": "strict@example.com", "password": PASSWORD});
        if extra {
            body["is_admin"] = true.into();
        }
        body
    };
    assert_eq!(app.call_raw::<SignIn>(body(true)).await.0, 400);
    assert_eq!(app.call_raw::<SignIn>(body(false)).await.0, 200);
    assert_eq!(
        app.call_raw::<ReadMailbox>(serde_json::json!({"all": true})).await.0,
        400
    );
}

/// Arguments by position (a JSON array) would decode as well as by name, past every check that
/// reads names (the unknown-argument check above, the per-email rate limits): only one JSON
/// object is taken, for every server function.
#[tokio::test]
async fn arguments_that_are_not_one_json_object_are_refused() {
    let app = TestApp::start().await;
    app.confirmed_account("array@example.com", "A").await;
    let by_position = serde_json::json!(["array@example.com", PASSWORD, null, null]);
    assert_eq!(app.call_raw::<SignIn>(by_position).await.0, 400);
    for path in server::server_functions::server_function_paths() {
        for body in ["[]", "null", "\"x\"", "7"] {
            let response = app.post_to(path, "application/json", body).await;
            assert_eq!(response.status().as_u16(), 400, "{path} {body}");
        }
    }
    let by_name = serde_json::json!({"email": "array@example.com", "password": PASSWORD});
    assert_eq!(app.call_raw::<SignIn>(by_name).await.0, 200);
}

#[tokio::test]
async fn an_oversized_body_is_refused_before_the_function_runs() {
    let app = TestApp::start().await;
    let huge = format!(
        r#"{{"email":"big@example.com","password":"{}"}}"#,
        "x".repeat(server::server_functions::MAX_BODY_BYTES)
    );
    let response = app.post_as::<SignIn>("application/json", &huge).await;
    assert_eq!(response.status().as_u16(), 413);
}

#[tokio::test]
async fn a_request_the_services_take_too_long_over_is_cut_by_the_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let mut backend = Services::connect(&local_settings(dir.path())).await.unwrap();
    let faults = Faults::install(&mut backend, aws_config::retry::RetryConfig::disabled()).await;
    backend.http.request_timeout_secs = 1;
    let app = TestApp::serve(backend, dir).await;
    faults
        .cognito
        .fail("InitiateAuth", Times::Always, Fault::slow(Duration::from_secs(5)));
    let started = Instant::now();
    let body = serde_json::json!({"email": "slow@example.com", "password": PASSWORD});
    let answer = app.post_as::<SignIn>("application/json", &body.to_string()).await;
    assert_eq!(answer.status().as_u16(), 408);
    assert!(started.elapsed() < Duration::from_secs(4), "{:?}", started.elapsed());
    // Answered by the timeout, not the app, and still with the headers of every answer.
    for header in [
        "content-security-policy",
        "x-frame-options",
        "x-content-type-options",
        "referrer-policy",
    ] {
        assert!(answer.headers().contains_key(header), "{header} missing from the 408");
    }
}

/// A page elsewhere whose name is made to point at 127.0.0.1 (DNS rebinding) is same-origin with
/// whatever answers there under that name: local mode, whose mailbox shows every code, answers
/// only under loopback names.
#[tokio::test]
async fn local_mode_answers_only_under_a_loopback_name() {
    let app = TestApp::start().await;
    let port = app.base.rsplit(':').next().unwrap().to_string();
    for host in ["rebind.example.com", "192.168.1.20", "localhost.example.net"] {
        let host = format!("{host}:{port}");
        let page = app.get_as_host("/dev/mailbox", &host).await;
        assert_eq!(page.status().as_u16(), 421, "{host}");
        assert!(page.headers().contains_key("x-frame-options"), "{host}");
        let call = app.post_as_host(ReadMailbox::PATH, &host, "{}").await;
        assert_eq!(call.status().as_u16(), 421, "{host}");
    }
    for host in ["localhost", "127.0.0.1", "app.localhost", "[::1]"] {
        let host = format!("{host}:{port}");
        assert_eq!(
            app.get_as_host("/dev/mailbox", &host).await.status().as_u16(),
            200,
            "{host}"
        );
        assert_eq!(
            app.post_as_host(ReadMailbox::PATH, &host, "{}").await.status().as_u16(),
            200,
            "{host}"
        );
    }
}

#[tokio::test]
async fn pages_allow_only_our_own_origin_and_https_deployments_send_hsts() {
    let app = TestApp::start().await;
    let page = app.get("/login").await;
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_string();
    for directive in [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
    ] {
        assert!(csp.contains(directive), "{directive} missing from {csp}");
    }
    assert!(page.headers().get("strict-transport-security").is_none());

    let dir = tempfile::tempdir().unwrap();
    let mut backend = Services::connect(&local_settings(dir.path())).await.unwrap();
    backend.http.public_url = Some("https://id.example.com".into());
    let behind_tls = TestApp::serve(backend, dir).await;
    for path in ["/login", "/no-such-page"] {
        let response = behind_tls.get(path).await;
        let hsts = response.headers()["strict-transport-security"].to_str().unwrap();
        assert!(hsts.starts_with("max-age="), "{path}: {hsts}");
    }
}
