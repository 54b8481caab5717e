//! AWS mode against another Cognito- and DynamoDB-compatible service, reached only through the
//! variables the README documents: the server binary runs as its own process, with no emulator
//! inside, pointed at emulators this test runs. The profile table does not exist beforehand.
use std::{path::Path, time::Duration};

use app::{
    error::AppError,
    functions::{
        auth::{ConfirmSignUp, SignIn, SignUp},
        mailbox::ReadMailbox,
        profile::GetProfile,
    },
    model::MailPurpose,
};
use serde::{Serialize, de::DeserializeOwned};
use server::Services;
use server_fn::ServerFn;

use crate::common::{Answer, ServerProcess, call_at, local_settings, newest_code, spawn_in_aws_mode};

/// The server binary in AWS mode, once it answers; stopped when dropped.
async fn start_in_aws_mode(service: &Services, cognito: &str, dynamodb: &str, dir: &Path) -> ServerProcess {
    let server = spawn_in_aws_mode(service, cognito, dynamodb, "aws-mode-profiles", dir);
    for _ in 0..300 {
        if reqwest::get(&server.base).await.is_ok() {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server in AWS mode did not start");
}

async fn call<F>(server: &ServerProcess, args: F) -> Answer<F::Output>
where
    F: ServerFn<Error = AppError> + Serialize,
    F::Output: DeserializeOwned,
{
    call_at(&reqwest::Client::new(), &server.base, args).await
}

#[tokio::test]
async fn the_same_build_works_against_another_service_named_by_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let service = Services::connect(&local_settings(dir.path())).await.unwrap();
    let emulators = service.local.as_ref().unwrap();
    let server = start_in_aws_mode(
        &service,
        &emulators.cognito_endpoint,
        &emulators.dynamodb_endpoint,
        dir.path(),
    )
    .await;

    let email = "elsewhere@example.com";
    let password = "correct horse battery staple";
    let sign_up = SignUp {
        email: email.into(),
        password: password.into(),
        display_name: "Elsewhere".into(),
    };
    assert_eq!(call(&server, sign_up).await, (200, Ok(())));
    // The service sent the code.
    let code = newest_code(&service, email, MailPurpose::SignUp).await;
    let confirm = ConfirmSignUp {
        email: email.into(),
        code: code.into(),
        password: None,
        time_zone: None,
        language: None,
    };
    assert_eq!(call(&server, confirm).await.0, 200);
    let sign_in = SignIn {
        email: email.into(),
        password: password.into(),
        time_zone: None,
        language: None,
    };
    let (status, signed_in) = call(&server, sign_in).await;
    assert_eq!(status, 200, "{signed_in:?}");

    // The profile lives in the table the server made on the service at start.
    let get_profile = GetProfile {
        access_token: signed_in.unwrap().into_signed_in().unwrap().tokens.access_token.into(),
    };
    let (status, profile) = call(&server, get_profile).await;
    assert_eq!(status, 200, "{profile:?}");
    assert_eq!(profile.unwrap().fields.display_name, "Elsewhere");
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
    assert_eq!(call(&server, ReadMailbox {}).await, (404, Err(AppError::NotFound)));
}
