//! A running app per test: embedded emulators on their own ports and data directory, and the
//! real router served on a free loopback port, called over HTTP like a browser would.
#![allow(dead_code)]

use app::{
    backend::config::{LocalSettings, Mode, Settings},
    functions::mailbox::MailPurpose,
};
use leptos::prelude::LeptosOptions;
use serde_json::{Value, json};
use server::Backend;

pub const PASSWORD: &str = "correct horse battery staple";

/// Local mode with its state in `dir` and a free port for the embedded Cognito.
pub fn local_settings(dir: &std::path::Path) -> Settings {
    Settings {
        mode: Mode::Local(LocalSettings {
            dir: dir.to_path_buf(),
            cognito_port: 0,
            access_token_minutes: 15,
        }),
        profile_table: "profiles".into(),
    }
}

/// Calls the server function `function` of the app at `base` with a JSON body: (HTTP status,
/// JSON answer, or the text when it is not JSON).
pub async fn call_at(http: &reqwest::Client, base: &str, function: &str, body: Value) -> (u16, Value) {
    let response = http
        .post(format!("{base}/api/{function}"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
}

pub struct TestApp {
    pub base: String,
    pub backend: Backend,
    http: reqwest::Client,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn start() -> Self {
        // What the server logs shows beside a failing test's output.
        let _ = tracing_subscriber::fmt().with_test_writer().try_init();
        let dir = tempfile::tempdir().unwrap();
        let backend = Backend::connect(&local_settings(dir.path())).await.unwrap();
        Self::serve(backend, dir).await
    }

    pub async fn serve(backend: Backend, dir: tempfile::TempDir) -> Self {
        let options = LeptosOptions::builder().output_name("doorway").build();
        let router = server::router(backend.app_state(options));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        Self {
            base,
            backend,
            http: reqwest::Client::new(),
            _dir: dir,
        }
    }

    /// Calls a server function with a JSON body: (HTTP status, JSON answer).
    pub async fn call(&self, function: &str, body: Value) -> (u16, Value) {
        call_at(&self.http, &self.base, function, body).await
    }

    /// A plain GET of `path`, as a browser's first request for a page or file.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http.get(format!("{}{path}", self.base)).send().await.unwrap()
    }

    /// Posts `body` to a server function as `content_type`, as a form on another site could.
    pub async fn post_as(&self, function: &str, content_type: &str, body: &str) -> reqwest::Response {
        self.http
            .post(format!("{}/api/{function}", self.base))
            .header("content-type", content_type)
            .body(body.to_string())
            .send()
            .await
            .unwrap()
    }

    /// The newest code sent to `email` for `purpose`, waiting a little for codes sent in the
    /// background.
    pub async fn code(&self, email: &str, purpose: MailPurpose) -> String {
        for _ in 0..50 {
            let messages = self.backend.mailbox.as_ref().unwrap().messages().await;
            if let Some(message) = messages.into_iter().find(|m| m.to == email && m.purpose == purpose) {
                return message.code;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("no {purpose:?} code was sent to {email}");
    }

    /// A confirmed account, signed in: the `sign_in` answer.
    pub async fn confirmed_account(&self, email: &str, name: &str) -> Value {
        let (status, _) = self
            .call(
                "sign_up",
                json!({"email": email, "password": PASSWORD, "display_name": name}),
            )
            .await;
        assert_eq!(status, 200);
        let code = self.code(email, MailPurpose::SignUp).await;
        assert_eq!(
            self.call("confirm_sign_up", json!({"email": email, "code": code}))
                .await
                .0,
            200
        );
        let (status, signed_in) = self
            .call("sign_in", json!({"email": email, "password": PASSWORD}))
            .await;
        assert_eq!(status, 200, "{signed_in}");
        signed_in
    }
}

/// The access token of a `sign_in` answer.
pub fn access_token(signed_in: &Value) -> String {
    signed_in["tokens"]["access_token"].as_str().unwrap().to_string()
}

impl TestApp {
    /// The user id a (valid) access token carries.
    pub async fn sub(&self, access_token: &str) -> String {
        self.backend
            .token_verifier()
            .verify_access(access_token)
            .await
            .expect("a valid token")
            .sub
    }

    /// Every item in the profile table.
    pub async fn profile_items(
        &self,
    ) -> Vec<std::collections::HashMap<String, aws_sdk_dynamodb::types::AttributeValue>> {
        let profiles = &self.backend.profiles;
        let scan = profiles.sdk().scan().table_name(&profiles.table).send().await.unwrap();
        scan.items.unwrap_or_default()
    }

    /// The server's own state, to check what our server (not Cognito) decides about a token.
    pub fn state(&self) -> app::backend::AppState {
        self.backend
            .app_state(LeptosOptions::builder().output_name("doorway").build())
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> (u16, Value) {
        self.call("sign_in", json!({"email": email, "password": password}))
            .await
    }
}
