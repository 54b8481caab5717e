//! Sign-in through Local ID, walked as a browser walks it across the three origins (the app, the
//! local Cognito's hosted endpoints, Local ID): real redirects, each followed by hand, and the
//! app's code exchange at the token endpoint. One test: the emulator's issuer and signing key are
//! process-wide.
use std::collections::HashMap;

use app::backend::{config::LocalSettings, user_pool::secret_hash};
use aws_sdk_cognitoidentityprovider::{
    Client,
    operation::{
        admin_get_user::builders::AdminGetUserFluentBuilder,
        get_tokens_from_refresh_token::builders::GetTokensFromRefreshTokenFluentBuilder,
    },
    types::{AuthFlowType, ProviderUserIdentifierType, UserStatusType},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use local_aws::{CLIENT_ID, LOCAL_ID_PROVIDER, LocalAws, USER_POOL_ID};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// The app's origin: never reached, the browser stops at its redirects.
const APP: &str = "http://127.0.0.1:1";
const EMAIL: &str = "ann@example.com";
const PASSWORD: &str = "correct horse battery staple";

/// A browser that follows nothing by itself and keeps the host's cookies (cookies do not tell
/// ports apart, so the three origins share them, as in a real browser).
struct Browser {
    http: reqwest::Client,
    cookies: HashMap<String, String>,
}

impl Browser {
    fn new() -> Self {
        Self {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .no_proxy()
                .build()
                .unwrap(),
            cookies: HashMap::new(),
        }
    }

    async fn send(&mut self, request: reqwest::RequestBuilder) -> reqwest::Response {
        let cookie: Vec<String> = self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let request = match cookie.is_empty() {
            true => request,
            false => request.header("cookie", cookie.join("; ")),
        };
        let response = request.send().await.unwrap();
        for set in response.headers().get_all("set-cookie") {
            let set = set.to_str().unwrap();
            let (pair, attributes) = set.split_once(';').unwrap_or((set, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if attributes.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.into(), value.into());
            }
        }
        response
    }

    async fn get(&mut self, url: &str) -> reqwest::Response {
        let request = self.http.get(url);
        self.send(request).await
    }
}

fn location(response: &reqwest::Response) -> String {
    assert!(
        response.status().is_redirection(),
        "a redirect, not {}",
        response.status()
    );
    response.headers()["location"].to_str().unwrap().to_string()
}

fn query_of(url: &str) -> HashMap<String, String> {
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (decode(k), decode(v)))
        .collect()
}

fn decode(text: &str) -> String {
    let text = text.replace('+', " ");
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn claims(token: &str) -> Map<String, Value> {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

fn challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

struct Walk<'a> {
    aws: &'a LocalAws,
    browser: Browser,
}

impl Walk<'_> {
    fn authorize_url(&self, state: &str, extra: &str) -> String {
        format!(
            "{}/oauth2/authorize?client_id={CLIENT_ID}&response_type=code&redirect_uri={APP}%2Fauth%2Fcallback\
             &scope=openid+email+profile&identity_provider={LOCAL_ID_PROVIDER}&state={state}{extra}",
            self.aws.hosted_ui
        )
    }

    fn pkce(&self, state: &str, verifier: &str) -> String {
        self.authorize_url(
            state,
            &format!(
                "&nonce=nonce-{state}&code_challenge={}&code_challenge_method=S256",
                challenge(verifier)
            ),
        )
    }

    /// Local ID's page for the request it was sent with, and its form sent back filled in: the
    /// browser back at the layer's `/oauth2/idpresponse`, and on at the app's callback.
    async fn sign_in_at_local_id(&mut self, at_local_id: &str, email: &str, name: &str) -> String {
        assert!(at_local_id.starts_with(&format!("{}/authorize?", self.aws.local_id_issuer)));
        let page = self.browser.get(at_local_id).await;
        assert_eq!(page.status(), 200, "Local ID's sign-in page");
        let mut form = query_of(at_local_id);
        form.insert("email".into(), email.into());
        form.insert("name".into(), name.into());
        form.insert("email_verified".into(), "true".into());
        let request = self
            .browser
            .http
            .post(format!("{}/authorize", self.aws.local_id_issuer))
            .form(&form);
        let back = location(&self.browser.send(request).await);
        assert!(back.starts_with(&format!("{}/oauth2/idpresponse?", self.aws.hosted_ui)));
        let at_app = location(&self.browser.get(&back).await);
        assert!(at_app.starts_with(&format!("{APP}/auth/callback?")), "{at_app}");
        at_app
    }

    /// authorize → Local ID → idpresponse → the app's callback: its code.
    async fn sign_in(&mut self, state: &str, verifier: &str, extra: &str) -> String {
        let url = format!("{}{extra}", self.pkce(state, verifier));
        let at_local_id = location(&self.browser.get(&url).await);
        let at_app = self.sign_in_at_local_id(&at_local_id, EMAIL, "Ann").await;
        let query = query_of(&at_app);
        assert_eq!(query["state"], state, "the app's own state comes back");
        query["code"].clone()
    }

    async fn exchange(&self, code: &str, verifier: &str) -> (u16, Value) {
        let secret = self.aws.browser_client.secret().unwrap();
        let response = self
            .browser
            .http
            .post(format!("{}/oauth2/token", self.aws.hosted_ui))
            .basic_auth(CLIENT_ID, Some(secret))
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", &format!("{APP}/auth/callback")),
                ("code_verifier", verifier),
            ])
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.json().await.unwrap())
    }
}

fn identity(sub: &str) -> ProviderUserIdentifierType {
    ProviderUserIdentifierType::builder()
        .provider_name(LOCAL_ID_PROVIDER)
        .provider_attribute_name("Cognito_Subject")
        .provider_attribute_value(sub)
        .build()
}
/// `AdminGetUser` of `name` in the local pool, to send.
fn admin_get_user(cognito: &Client, name: &str) -> AdminGetUserFluentBuilder {
    cognito.admin_get_user().user_pool_id(USER_POOL_ID).username(name)
}

/// `GetTokensFromRefreshToken` through the browser's client, as the app refreshes, to send.
fn refresh(cognito: &Client, secret: &str, refresh_token: &str) -> GetTokensFromRefreshTokenFluentBuilder {
    cognito
        .get_tokens_from_refresh_token()
        .client_id(CLIENT_ID)
        .client_secret(secret)
        .refresh_token(refresh_token)
}

fn code_of<E: aws_sdk_cognitoidentityprovider::error::ProvideErrorMetadata>(
    error: &aws_sdk_cognitoidentityprovider::error::SdkError<E>,
) -> (String, String) {
    let service = error.as_service_error();
    (
        service.and_then(|e| e.code()).unwrap_or("none").to_string(),
        service.and_then(|e| e.message()).unwrap_or_default().to_string(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_in_through_local_id_runs_across_three_origins_as_on_aws() {
    let dir = tempfile::tempdir().unwrap();
    local_aws::prepare_signing_key(dir.path()).unwrap();
    let settings = LocalSettings {
        dir: dir.path().to_path_buf(),
        cognito_port: 0,
        access_token_minutes: 15,
        limits: Default::default(),
        serve_publicly: false,
        passkey_rp_id: "localhost".into(),
    };
    let aws = LocalAws::start(&settings).await.unwrap();
    aws.allow_app_at(APP).await.unwrap();
    aws.allow_app_at(&format!("{APP}/")).await.unwrap();
    let cognito = Client::from_conf(
        aws_sdk_cognitoidentityprovider::config::Builder::from(&aws.sdk_config())
            .endpoint_url(&aws.cognito_endpoint)
            .build(),
    );
    let described = cognito
        .describe_user_pool_client()
        .user_pool_id(USER_POOL_ID)
        .client_id(CLIENT_ID)
        .send()
        .await
        .unwrap()
        .user_pool_client
        .unwrap();
    assert_eq!(described.callback_urls(), [format!("{APP}/auth/callback")], "once");
    assert_eq!(described.logout_urls(), [format!("{APP}/login")]);
    let secret = aws.browser_client.secret().unwrap().to_string();
    let mut walk = Walk {
        aws: &aws,
        browser: Browser::new(),
    };

    // The first sign-in: through Local ID, which makes the federated user.
    let code = walk.sign_in("first", "v".repeat(43).as_str(), "").await;
    assert!(walk.browser.cookies.contains_key("cognito"), "the layer's session");
    let (status, tokens) = walk.exchange(&code, &"v".repeat(43)).await;
    assert_eq!(status, 200, "{tokens}");
    let id = claims(tokens["id_token"].as_str().unwrap());
    let access = claims(tokens["access_token"].as_str().unwrap());
    let identities = id["identities"].as_array().expect("identities is an array");
    let local_sub = identities[0]["userId"].as_str().unwrap().to_string();
    assert_eq!(identities[0]["providerName"], LOCAL_ID_PROVIDER);
    assert_eq!(identities[0]["providerType"], "OIDC");
    assert_eq!(identities[0]["primary"], "true");
    let federated_name = format!("{LOCAL_ID_PROVIDER}_{local_sub}");
    assert_eq!(id["cognito:username"], federated_name.as_str());
    assert_eq!(access["username"], federated_name.as_str());
    assert_eq!(id["nonce"], "nonce-first", "the app's nonce");
    assert_eq!(
        (id["email"].clone(), id["email_verified"].clone()),
        (EMAIL.into(), true.into())
    );
    assert_eq!(id["name"], "Ann");
    assert_eq!(access["scope"], "openid email profile");
    assert_eq!(id["auth_time"], access["auth_time"]);
    assert_eq!(id["origin_jti"], access["origin_jti"]);
    let federated_sub = id["sub"].as_str().unwrap().to_string();

    // The code works once.
    let (status, again) = walk.exchange(&code, &"v".repeat(43)).await;
    assert_eq!((status, again["error"].as_str()), (400, Some("invalid_grant")));

    // The federated user: EXTERNAL_PROVIDER, reachable by administrator calls, never by a
    // password, and not what the email names.
    let user = admin_get_user(&cognito, &federated_name).send().await.unwrap();
    assert_eq!(user.user_status(), Some(&UserStatusType::ExternalProvider));
    let listed = cognito.list_users().user_pool_id(USER_POOL_ID).send().await.unwrap();
    assert_eq!(listed.users()[0].user_status(), Some(&UserStatusType::ExternalProvider));
    let password = cognito
        .initiate_auth()
        .client_id(CLIENT_ID)
        .auth_flow(AuthFlowType::UserPasswordAuth)
        .auth_parameters("USERNAME", &federated_name)
        .auth_parameters("PASSWORD", PASSWORD)
        .auth_parameters("SECRET_HASH", secret_hash(&secret, &federated_name, CLIENT_ID))
        .send()
        .await
        .unwrap_err();
    assert!(
        ["UserNotFoundException", "NotAuthorizedException"].contains(&code_of(&password).0.as_str()),
        "a federated user has no password: {:?}",
        code_of(&password)
    );
    let by_email = admin_get_user(&cognito, EMAIL).send().await.unwrap_err();
    assert_eq!(
        code_of(&by_email).0,
        "UserNotFoundException",
        "an email never names a federated user"
    );

    // The refresh token refreshes through the API as a password sign-in's does: rotated, with
    // the same sign-in behind the new tokens.
    let refresh_token = tokens["refresh_token"].as_str().unwrap().to_string();
    let refreshed = refresh(&cognito, &secret, &refresh_token)
        .send()
        .await
        .unwrap()
        .authentication_result
        .unwrap();
    let rotated = refreshed.refresh_token().expect("rotated").to_string();
    assert_ne!(rotated, refresh_token);
    let id_again = claims(refreshed.id_token().unwrap());
    let access_again = claims(refreshed.access_token().unwrap());
    assert_eq!(id_again["identities"], id["identities"]);
    assert_eq!(id_again["cognito:username"], federated_name.as_str());
    assert_eq!(
        (access_again["auth_time"].clone(), access_again["origin_jti"].clone()),
        (access["auth_time"].clone(), access["origin_jti"].clone())
    );
    assert_eq!(access_again["scope"], "openid email profile", "the sign-in's scopes");
    let reused = refresh(&cognito, &secret, &refresh_token).send().await.unwrap_err();
    assert_eq!(code_of(&reused).0, "RefreshTokenReuseException");
    let old_flow = cognito
        .initiate_auth()
        .client_id(CLIENT_ID)
        .auth_flow(AuthFlowType::RefreshTokenAuth)
        .auth_parameters("REFRESH_TOKEN", &rotated)
        .auth_parameters("SECRET_HASH", secret_hash(&secret, &federated_sub, CLIENT_ID))
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        code_of(&old_flow).0,
        "InvalidParameterException",
        "a rotating client refreshes through GetTokensFromRefreshToken only, as for password sign-ins"
    );
    // The token endpoint's refresh grant rotates too.
    let response = walk
        .browser
        .http
        .post(format!("{}/oauth2/token", aws.hosted_ui))
        .basic_auth(CLIENT_ID, Some(&secret))
        .form(&[("grant_type", "refresh_token"), ("refresh_token", rotated.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let granted: Value = response.json().await.unwrap();
    assert_eq!(
        claims(granted["access_token"].as_str().unwrap())["origin_jti"],
        access["origin_jti"]
    );
    let latest = granted["refresh_token"].as_str().expect("rotated").to_string();
    // RevokeToken ends this sign-in, as for a password sign-in.
    cognito
        .revoke_token()
        .client_id(CLIENT_ID)
        .client_secret(&secret)
        .token(&latest)
        .send()
        .await
        .unwrap();
    let revoked = refresh(&cognito, &secret, &latest).send().await.unwrap_err();
    assert_eq!(code_of(&revoked).0, "NotAuthorizedException");

    // The layer's session: the next authorize answers a code at once, Local ID unasked.
    let verifier = "w".repeat(50);
    let url = walk.pkce("again", &verifier);
    let at_app = location(&walk.browser.get(&url).await);
    assert!(at_app.starts_with(&format!("{APP}/auth/callback?")), "{at_app}");
    let code = query_of(&at_app)["code"].clone();
    let (status, refused) = walk.exchange(&code, &"x".repeat(50)).await;
    assert_eq!(
        (status, refused["error"].as_str()),
        (400, Some("invalid_grant")),
        "a wrong verifier"
    );
    let url = walk.pkce("third", &verifier);
    let at_app = location(&walk.browser.get(&url).await);
    let (status, tokens) = walk.exchange(&query_of(&at_app)["code"], &verifier).await;
    assert_eq!(status, 200);
    let session_access = claims(tokens["access_token"].as_str().unwrap());
    assert_eq!(
        session_access["auth_time"], access["auth_time"],
        "when the person signed in"
    );
    assert_ne!(
        session_access["origin_jti"], access["origin_jti"],
        "a sign-in of its own"
    );

    // Refusals: `plain` goes back to the app as Cognito's error; a redirect URI not the
    // client's gets a page, never a redirect.
    let plain = walk.authorize_url("p", "&code_challenge=abc&code_challenge_method=plain");
    let refused = location(&walk.browser.get(&plain).await);
    let query = query_of(&refused);
    assert!(refused.starts_with(&format!("{APP}/auth/callback?")));
    assert_eq!(
        (query["error"].as_str(), query["state"].as_str()),
        ("invalid_request", "p")
    );
    let elsewhere = walk
        .authorize_url("e", "")
        .replace(&format!("redirect_uri={APP}"), "redirect_uri=http://evil.example");
    let elsewhere = walk.browser.get(&elsewhere).await;
    assert_eq!(elsewhere.status(), 400);
    assert!(elsewhere.headers().get("location").is_none());

    // Signing out at the hosted endpoints ends the session: Local ID again next time.
    let out = walk
        .browser
        .get(&format!(
            "{}/logout?client_id={CLIENT_ID}&logout_uri={APP}%2Flogin",
            aws.hosted_ui
        ))
        .await;
    assert_eq!(location(&out), format!("{APP}/login"));
    assert!(!walk.browser.cookies.contains_key("cognito"));
    let bad_logout = walk
        .browser
        .get(&format!(
            "{}/logout?client_id={CLIENT_ID}&logout_uri=http%3A%2F%2Fevil.example",
            aws.hosted_ui
        ))
        .await;
    assert_eq!(bad_logout.status(), 400);
    let url = walk.pkce("after", &verifier);
    let at_local_id = location(&walk.browser.get(&url).await);
    assert!(at_local_id.starts_with(&aws.local_id_issuer), "{at_local_id}");

    // A native user with the same email: signs up (a federated user's address is no sign-in
    // name), and is what the email names.
    cognito
        .sign_up()
        .client_id(CLIENT_ID)
        .username(EMAIL)
        .password(PASSWORD)
        .secret_hash(secret_hash(&secret, EMAIL, CLIENT_ID))
        .send()
        .await
        .unwrap();
    cognito
        .admin_confirm_sign_up()
        .user_pool_id(USER_POOL_ID)
        .username(EMAIL)
        .send()
        .await
        .unwrap();
    let native = admin_get_user(&cognito, EMAIL).send().await.unwrap();
    let native_name = native.username().to_string();
    let native_sub = native
        .user_attributes()
        .iter()
        .find(|a| a.name() == "sub")
        .and_then(|a| a.value())
        .unwrap()
        .to_string();
    assert_ne!(native_name, federated_name);
    assert_eq!(native.user_status(), Some(&UserStatusType::Confirmed));
    cognito
        .initiate_auth()
        .client_id(CLIENT_ID)
        .auth_flow(AuthFlowType::UserPasswordAuth)
        .auth_parameters("USERNAME", EMAIL)
        .auth_parameters("PASSWORD", PASSWORD)
        .auth_parameters("SECRET_HASH", secret_hash(&secret, EMAIL, CLIENT_ID))
        .send()
        .await
        .expect("the email signs in as the native user");

    // Linking: refused while the identity has a federated user of its own (Cognito's merging
    // rule); made once that user is deleted; refused a second time.
    let link = || {
        cognito
            .admin_link_provider_for_user()
            .user_pool_id(USER_POOL_ID)
            .destination_user(
                ProviderUserIdentifierType::builder()
                    .provider_name("Cognito")
                    .provider_attribute_value(&native_name)
                    .build(),
            )
            .source_user(identity(&local_sub))
            .send()
    };
    let merging = link().await.unwrap_err();
    assert_eq!(code_of(&merging).0, "InvalidParameterException");
    assert!(code_of(&merging).1.starts_with("Merging is not currently supported"));
    cognito
        .admin_delete_user()
        .user_pool_id(USER_POOL_ID)
        .username(&federated_name)
        .send()
        .await
        .unwrap();
    link().await.unwrap();
    let twice = link().await.unwrap_err();
    assert_eq!(code_of(&twice).1, "SourceUser is already linked to DestinationUser");
    let linked = admin_get_user(&cognito, &native_name).send().await.unwrap();
    let identities = linked
        .user_attributes()
        .iter()
        .find(|a| a.name() == "identities")
        .and_then(|a| a.value())
        .expect("the link is in identities");
    let identities: Value = serde_json::from_str(identities).unwrap();
    assert_eq!(identities[0]["userId"], local_sub.as_str());
    assert_eq!(identities[0]["primary"], false);
    assert_eq!(linked.user_status(), Some(&UserStatusType::Confirmed));

    // Local ID now reaches the native user.
    let code = walk.sign_in("linked", &verifier, "&prompt=login").await;
    let (status, tokens) = walk.exchange(&code, &verifier).await;
    assert_eq!(status, 200, "{tokens}");
    let id = claims(tokens["id_token"].as_str().unwrap());
    assert_eq!(id["sub"], native_sub.as_str(), "the same sub as the native user");
    assert_eq!(id["cognito:username"], native_name.as_str());
    assert_eq!(id["identities"][0]["providerName"], LOCAL_ID_PROVIDER);

    // Once the provider is disabled for the user, Local ID no longer reaches them: the session
    // is not reused, and the identity signs in as a federated user of its own again.
    cognito
        .admin_disable_provider_for_user()
        .user_pool_id(USER_POOL_ID)
        .user(identity(&local_sub))
        .send()
        .await
        .unwrap();
    let unlinked = admin_get_user(&cognito, &native_name).send().await.unwrap();
    assert!(unlinked.user_attributes().iter().all(|a| a.name() != "identities"));
    let code = walk.sign_in("unlinked", &verifier, "").await;
    let (status, tokens) = walk.exchange(&code, &verifier).await;
    assert_eq!(status, 200, "{tokens}");
    let id = claims(tokens["id_token"].as_str().unwrap());
    assert_ne!(id["sub"], native_sub.as_str());
    assert_eq!(id["cognito:username"], federated_name.as_str());

    aws.shutdown().await.unwrap();
}
