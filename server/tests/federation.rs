//! Sign-in through another identity provider, end to end through real redirects across three
//! origins: the app, local mode's Cognito (its hosted endpoints) and Local ID, the embedded
//! OpenID Connect provider. A test browser follows each redirect by hand and keeps each origin's
//! cookies, so a test can change what an attacker could (a parameter on the way, a replayed
//! answer) and see the app refuse it.
use std::collections::HashMap;

use app::{
    error::AppError,
    functions::federation::{DisconnectProvider, FinishProviderSignIn, StartConnecting},
    model::{ProviderFinish, ProviderRefusal, SignedIn},
};
use reqwest::{StatusCode, Url, header};
use server_fn::ServerFn;

use crate::common::{PASSWORD, TestApp, access_token, delete_account, sub_of};

/// Who says they are signing in at Local ID.
struct Person<'a> {
    email: &'a str,
    name: &'a str,
}

/// A browser: its cookies by origin (`scheme://host:port`).
#[derive(Clone, Default)]
struct Browser {
    cookies: HashMap<String, HashMap<String, String>>,
}

/// How a walk from `/auth/{provider}/start` went, up to the app's `/login/continue`.
struct Walk {
    /// Every address visited, in order.
    visited: Vec<Url>,
}

impl Walk {
    fn went_to_local_id(&self) -> bool {
        self.visited.iter().any(|url| url.path() == "/authorize")
    }
}

fn origin(url: &Url) -> String {
    url.origin().ascii_serialization()
}

impl Browser {
    fn client() -> reqwest::Client {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    fn cookie_header(&self, url: &Url) -> Option<String> {
        let jar = self.cookies.get(&origin(url))?;
        (!jar.is_empty()).then(|| {
            jar.iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect::<Vec<_>>()
                .join("; ")
        })
    }

    fn keep_cookies(&mut self, url: &Url, response: &reqwest::Response) {
        let jar = self.cookies.entry(origin(url)).or_default();
        for value in response.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap();
            let (pair, attributes) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || attributes.contains("Max-Age=0") {
                jar.remove(name.trim());
            } else {
                jar.insert(name.trim().to_string(), value.to_string());
            }
        }
    }

    async fn get(&mut self, url: &Url) -> reqwest::Response {
        let mut request = Self::client().get(url.clone());
        if let Some(cookies) = self.cookie_header(url) {
            request = request.header(header::COOKIE, cookies);
        }
        let response = request.send().await.unwrap();
        self.keep_cookies(url, &response);
        response
    }

    async fn post_form(&mut self, url: &Url, form: &[(String, String)]) -> reqwest::Response {
        let mut request = Self::client().post(url.clone()).form(form);
        if let Some(cookies) = self.cookie_header(url) {
            request = request.header(header::COOKIE, cookies);
        }
        let response = request.send().await.unwrap();
        self.keep_cookies(url, &response);
        response
    }

    /// Follows redirects from `url` until a page answers: (the page's address, its response).
    async fn follow(&mut self, mut url: Url, visited: &mut Vec<Url>) -> (Url, reqwest::Response) {
        for _ in 0..10 {
            visited.push(url.clone());
            let response = self.get(&url).await;
            if !response.status().is_redirection() {
                return (url, response);
            }
            let location = response.headers()[header::LOCATION].to_str().unwrap().to_string();
            url = url.join(&location).unwrap();
        }
        panic!("too many redirects");
    }

    /// From the app's "Continue with Local ID" link to `/login/continue`, saying who `person` is
    /// at Local ID when it asks. `tamper` may change the pool's authorize address on the way, as
    /// someone in the middle could.
    async fn continue_with_local_id(
        &mut self,
        app: &TestApp,
        query: &str,
        person: &Person<'_>,
        tamper: impl FnOnce(&mut Url),
    ) -> Walk {
        let mut visited = Vec::new();
        let start = Url::parse(&format!("{}/auth/LocalID/start{query}", app.base)).unwrap();
        visited.push(start.clone());
        let response = self.get(&start).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let mut authorize = start
            .join(response.headers()[header::LOCATION].to_str().unwrap())
            .unwrap();
        assert_eq!(
            authorize.path(),
            "/oauth2/authorize",
            "the app sends people to the pool"
        );
        tamper(&mut authorize);
        let (page, response) = self.follow(authorize, &mut visited).await;
        if page.path() == "/authorize" {
            // Local ID's page: the developer says who they are.
            assert_eq!(response.status(), StatusCode::OK);
            let html = response.text().await.unwrap();
            for name in ["Email", "Name", "Email verified", "Continue"] {
                assert!(html.contains(name), "Local ID's page shows {name}");
            }
            let mut form: Vec<(String, String)> = page.query_pairs().map(|(k, v)| (k.into(), v.into())).collect();
            form.extend([
                ("email".to_string(), person.email.to_string()),
                ("name".to_string(), person.name.to_string()),
                ("email_verified".to_string(), "on".to_string()),
            ]);
            let posted = self.post_form(&page, &form).await;
            assert!(posted.status().is_redirection(), "Local ID answers with a redirect");
            let next = page.join(posted.headers()[header::LOCATION].to_str().unwrap()).unwrap();
            let (end, _) = self.follow(next, &mut visited).await;
            assert_eq!(end.path(), "/login/continue");
        } else {
            assert_eq!(page.path(), "/login/continue", "back at the app without Local ID");
        }
        Walk { visited }
    }

    /// The call `/login/continue` makes, with this browser's cookies.
    async fn finish(&mut self, app: &TestApp, access_token: Option<&str>) -> Result<ProviderFinish, AppError> {
        let url = Url::parse(&format!("{}{}", app.base, FinishProviderSignIn::PATH)).unwrap();
        let body = serde_json::json!({ "access_token": access_token, "time_zone": null, "language": "en" });
        self.post_json(&url, body).await
    }

    async fn post_json<T: serde::de::DeserializeOwned>(
        &mut self,
        url: &Url,
        body: serde_json::Value,
    ) -> Result<T, AppError> {
        let mut request = Self::client()
            .post(url.clone())
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.to_string());
        if let Some(cookies) = self.cookie_header(url) {
            request = request.header(header::COOKIE, cookies);
        }
        let response = request.send().await.unwrap();
        self.keep_cookies(url, &response);
        let ok = response.status().is_success();
        let text = response.text().await.unwrap();
        if ok {
            Ok(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")))
        } else {
            Err(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}")))
        }
    }

    /// A whole sign-in through Local ID, which must succeed.
    async fn sign_in_with_local_id(&mut self, app: &TestApp, person: &Person<'_>) -> SignedIn {
        self.continue_with_local_id(app, "?next=/settings", person, |_| {})
            .await;
        match self.finish(app, None).await {
            Ok(ProviderFinish::SignedIn { signed_in, next, .. }) => {
                assert_eq!(next, "/settings");
                signed_in
            }
            other => panic!("not signed in: {other:?}"),
        }
    }
}

/// Why a finish was refused, if it was.
fn refusal(finish: &Result<ProviderFinish, AppError>) -> Option<ProviderRefusal> {
    match finish {
        Ok(ProviderFinish::Refused { reason, .. }) => Some(*reason),
        _ => None,
    }
}

fn replace_query(url: &mut Url, name: &str, value: &str) {
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == name { value.to_string() } else { v.into() };
            (k.into(), v)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
}

const ADA: Person = Person {
    email: "ada@example.com",
    name: "Ada Lovelace",
};

#[tokio::test]
async fn a_first_sign_in_makes_the_account_and_profile_and_a_second_reaches_the_same_one() {
    let app = TestApp::start().await;
    let mut browser = Browser::default();
    let first = browser.sign_in_with_local_id(&app, &ADA).await;
    assert_eq!(first.email, ADA.email);
    assert_eq!(first.display_name, ADA.name, "the profile takes the provider's name");
    let profile = app.profile(&access_token(&first)).await;
    assert_eq!(profile.fields.display_name, ADA.name);
    let made_with = profile.sign_in_ways.made_with.expect("an account without a password");
    assert_eq!(made_with.display_name, "Local ID");
    let mut other_browser = Browser::default();
    let second = other_browser.sign_in_with_local_id(&app, &ADA).await;
    assert_eq!(
        sub_of(&second),
        sub_of(&first),
        "the same person reaches the same account"
    );
    // The session is an ordinary one: it refreshes, and recent activity says how it began.
    assert_eq!(app.refresh_status(&second).await, 200);
    let (_, items) = app
        .call(app::functions::settings::RecentActivity {
            access_token: access_token(&second).into(),
        })
        .await;
    let items = items.unwrap();
    assert!(
        items
            .iter()
            .any(|item| item.kind == app::model::ActivityKind::ProviderSignIn && item.provider == "Local ID"),
        "{items:?}"
    );
}

#[tokio::test]
async fn no_token_travels_in_an_address_and_the_answer_works_once() {
    let app = TestApp::start().await;
    let mut browser = Browser::default();
    let walk = browser.continue_with_local_id(&app, "", &ADA, |_| {}).await;
    for url in &walk.visited {
        let query = url.query().unwrap_or_default();
        assert!(!query.contains("eyJ"), "a token in {url}");
        assert!(!query.contains("token"), "a token in {url}");
    }
    let before = browser.clone();
    assert!(matches!(
        browser.finish(&app, None).await,
        Ok(ProviderFinish::SignedIn { .. })
    ));
    // The same answer again: the cookies are gone...
    assert_eq!(
        refusal(&browser.finish(&app, None).await),
        Some(ProviderRefusal::Failed)
    );
    // ...and even with them kept (copied out), Cognito's code was spent.
    let mut replayed = before;
    assert_eq!(
        refusal(&replayed.finish(&app, None).await),
        Some(ProviderRefusal::Failed)
    );
}

#[tokio::test]
async fn a_wrong_state_verifier_or_nonce_is_refused() {
    let app = TestApp::start().await;
    let tampered: [(&str, &str); 3] = [
        ("state", "someone-elses-state"),
        // The challenge of a verifier the app never made: the code is bound to it.
        ("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"),
        ("nonce", "someone-elses-nonce"),
    ];
    for (name, value) in tampered {
        let mut browser = Browser::default();
        browser
            .continue_with_local_id(&app, "", &ADA, |url| replace_query(url, name, value))
            .await;
        assert_eq!(
            refusal(&browser.finish(&app, None).await),
            Some(ProviderRefusal::Failed),
            "a changed {name} is refused"
        );
    }
    // A callback nobody started: no flow cookie.
    let mut stranger = Browser::default();
    let callback = Url::parse(&format!("{}/auth/callback?code=abc&state=def", app.base)).unwrap();
    stranger.follow(callback, &mut Vec::new()).await;
    assert_eq!(
        refusal(&stranger.finish(&app, None).await),
        Some(ProviderRefusal::Failed)
    );
}

#[tokio::test]
async fn an_existing_accounts_email_through_the_provider_reaches_nothing_and_leaves_nothing() {
    let app = TestApp::start().await;
    let owner = app.confirmed_account(ADA.email, "Ada").await;
    let users_before = app.cognito_users().await;
    let mut browser = Browser::default();
    browser.continue_with_local_id(&app, "", &ADA, |_| {}).await;
    match browser.finish(&app, None).await {
        Ok(ProviderFinish::Refused { reason, message }) => {
            assert_eq!(reason, ProviderRefusal::EmailTaken);
            assert!(message.contains("Local ID"), "{message}");
        }
        other => panic!("not refused: {other:?}"),
    }
    assert_eq!(app.cognito_users().await, users_before, "no half-made account stays");
    // The owner's account is untouched and still signs in with its password.
    let (status, again) = app.sign_in(ADA.email, PASSWORD).await;
    assert_eq!(status, 200);
    assert_eq!(sub_of(&again.unwrap()), sub_of(&owner));
}

#[tokio::test]
async fn connecting_after_proof_lets_the_provider_reach_the_account_until_disconnected() {
    let app = TestApp::start().await;
    let owner = app.confirmed_account(ADA.email, "Ada").await;
    let token = access_token(&owner);
    let mut browser = Browser::default();
    let connect = Url::parse(&format!("{}{}", app.base, StartConnecting::PATH)).unwrap();
    // A wrong password starts nothing.
    let refused: Result<(), AppError> = browser
        .post_json(
            &connect,
            serde_json::json!({ "access_token": token, "current_password": "not-the-password", "provider": "LocalID" }),
        )
        .await;
    assert!(refused.is_err());
    let started: Result<(), AppError> = browser
        .post_json(
            &connect,
            serde_json::json!({ "access_token": token, "current_password": PASSWORD, "provider": "LocalID" }),
        )
        .await;
    assert_eq!(started, Ok(()));
    browser
        .continue_with_local_id(&app, "?next=/settings", &ADA, |_| {})
        .await;
    assert_eq!(
        browser.finish(&app, Some(&token)).await,
        Ok(ProviderFinish::Connected {
            provider: "LocalID".into()
        })
    );
    let ways = app.profile(&token).await.sign_in_ways;
    assert!(ways.made_with.is_none(), "the account keeps its password");
    assert!(ways.providers[0].connected_since.is_some());

    // Another browser, through Local ID alone: the same account.
    let through_provider = Browser::default().sign_in_with_local_id(&app, &ADA).await;
    assert_eq!(sub_of(&through_provider), sub_of(&owner));

    // Disconnected: Local ID reaches it no more.
    let disconnect = Url::parse(&format!("{}{}", app.base, DisconnectProvider::PATH)).unwrap();
    let done: Result<(), AppError> = browser
        .post_json(
            &disconnect,
            serde_json::json!({ "access_token": token, "current_password": PASSWORD, "provider": "LocalID" }),
        )
        .await;
    assert_eq!(done, Ok(()));
    let mut later = Browser::default();
    later.continue_with_local_id(&app, "", &ADA, |_| {}).await;
    assert_eq!(
        refusal(&later.finish(&app, None).await),
        Some(ProviderRefusal::EmailTaken)
    );
}

#[tokio::test]
async fn a_connection_needs_the_accounts_own_session_and_proof() {
    let app = TestApp::start().await;
    let owner = app.confirmed_account(ADA.email, "Ada").await;
    // Without the proof's cookie the flow is an ordinary sign-in, refused for the email.
    let mut browser = Browser::default();
    browser.continue_with_local_id(&app, "", &ADA, |_| {}).await;
    assert_eq!(
        refusal(&browser.finish(&app, Some(&access_token(&owner))).await),
        Some(ProviderRefusal::EmailTaken)
    );
    let ways = app.profile(&access_token(&owner)).await.sign_in_ways;
    assert!(ways.providers[0].connected_since.is_none());
}

#[tokio::test]
async fn signing_out_ends_the_pools_own_session_too() {
    let app = TestApp::start().await;
    let mut browser = Browser::default();
    browser.sign_in_with_local_id(&app, &ADA).await;
    // The pool remembers the sign-in: the next "Continue" does not ask Local ID again.
    let again = browser.continue_with_local_id(&app, "", &ADA, |_| {}).await;
    assert!(!again.went_to_local_id(), "{:?}", again.visited);
    assert!(matches!(
        browser.finish(&app, None).await,
        Ok(ProviderFinish::SignedIn { .. })
    ));
    // The sign-out's last step: the pool's /logout, and back to the app.
    let mut visited = Vec::new();
    let logout = Url::parse(&format!("{}/auth/logout", app.base)).unwrap();
    let (end, _) = browser.follow(logout, &mut visited).await;
    assert!(visited.iter().any(|url| url.path() == "/logout"), "{visited:?}");
    assert_eq!(end.path(), "/login");
    let after = browser.continue_with_local_id(&app, "", &ADA, |_| {}).await;
    assert!(after.went_to_local_id(), "Local ID asks again: {:?}", after.visited);
}

#[tokio::test]
async fn an_account_made_through_the_provider_is_deleted_just_after_a_sign_in_without_a_password() {
    let app = TestApp::start().await;
    let signed_in = Browser::default().sign_in_with_local_id(&app, &ADA).await;
    let users = app.cognito_users().await;
    let (status, deleted) = app.call(delete_account(&access_token(&signed_in), "", "DELETE")).await;
    assert_eq!((status, deleted), (200, Ok(())));
    assert_eq!(app.cognito_users().await, users - 1, "the user Cognito made is gone");
    assert_eq!(app.profile_status(&access_token(&signed_in)).await, 401);
}
