//! AWS mode against another Cognito- and DynamoDB-compatible service, reached only through the
//! variables the README documents: the server binary runs as its own process, with no emulator
//! inside, pointed at emulators this test runs. The profile table does not exist beforehand.
use std::{
    process::{Child, Command, Stdio},
    time::Duration,
};

use app::functions::mailbox::MailPurpose;
use serde_json::{Value, json};
use server::{Backend, local};

use crate::common::{call_at, local_settings};

/// The server binary in AWS mode; stopped when dropped.
struct AwsModeServer {
    child: Child,
    base: String,
}

impl Drop for AwsModeServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_in_aws_mode(service: &Backend, cognito: &str, dynamodb: &str) -> AwsModeServer {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_server"))
        .current_dir(dir.path())
        .env_clear()
        .envs([
            ("COGNITO_USER_POOL_ID", local::USER_POOL_ID),
            ("COGNITO_CLIENT_ID", local::CLIENT_ID),
            ("COGNITO_ISSUER", service.tokens.issuer.as_str()),
            ("PROFILE_TABLE", "aws-mode-profiles"),
            ("AWS_REGION", local::REGION),
            ("AWS_ACCESS_KEY_ID", "test"),
            ("AWS_SECRET_ACCESS_KEY", "test"),
            ("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", cognito),
            ("AWS_ENDPOINT_URL_DYNAMODB", dynamodb),
            ("LEPTOS_OUTPUT_NAME", "doorway"),
            ("LEPTOS_SITE_ADDR", &format!("127.0.0.1:{port}")),
            ("RUST_LOG", "warn"),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let server = AwsModeServer {
        child,
        base: format!("http://127.0.0.1:{port}"),
    };
    for _ in 0..300 {
        if reqwest::get(&server.base).await.is_ok() {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server in AWS mode did not start");
}

async fn call(server: &AwsModeServer, function: &str, body: Value) -> (u16, Value) {
    call_at(&reqwest::Client::new(), &server.base, function, body).await
}

#[tokio::test]
async fn the_same_build_works_against_another_service_named_by_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let service = Backend::connect(&local_settings(dir.path())).await.unwrap();
    let emulators = service.local.as_ref().unwrap();
    let server = start_in_aws_mode(&service, &emulators.cognito_endpoint, &emulators.dynamodb_endpoint).await;

    let email = "elsewhere@example.com";
    let password = "correct horse battery staple";
    let (status, _) = call(
        &server,
        "sign_up",
        json!({"email": email, "password": password, "display_name": "Elsewhere"}),
    )
    .await;
    assert_eq!(status, 200);
    let code = service
        .mailbox
        .as_ref()
        .unwrap()
        .messages()
        .await
        .into_iter()
        .find(|m| m.to == email && m.purpose == MailPurpose::SignUp)
        .expect("the service sent a code")
        .code;
    assert_eq!(
        call(&server, "confirm_sign_up", json!({"email": email, "code": code}))
            .await
            .0,
        200
    );
    let (status, signed_in) = call(&server, "sign_in", json!({"email": email, "password": password})).await;
    assert_eq!(status, 200, "{signed_in}");

    // The profile lives in the table the server made on the service at start.
    let (status, profile) = call(
        &server,
        "get_profile",
        json!({"access_token": signed_in["tokens"]["access_token"]}),
    )
    .await;
    assert_eq!(status, 200, "{profile}");
    assert_eq!(profile["fields"]["display_name"], "Elsewhere");
    let items = service
        .profiles
        .sdk()
        .scan()
        .table_name("aws-mode-profiles")
        .send()
        .await
        .unwrap();
    assert_eq!(items.count(), 1);

    // Only local mode has a mailbox.
    let mailbox = reqwest::get(format!("{}/dev/mailbox", server.base)).await.unwrap();
    assert_eq!(mailbox.status().as_u16(), 404);
    assert_eq!(call(&server, "dev/mailbox", json!({})).await.0, 404);
}
