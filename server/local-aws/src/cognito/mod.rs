//! The Cognito emulator (`cognitox`) behind the layer that makes it answer as Amazon Cognito
//! does where the two differ (`fidelity`): the pool and app clients it is provisioned with, their
//! secrets, its signing key, and the codes it would have emailed (`mailbox`).
pub mod fidelity;
mod mailbox;

use std::{
    net::{Ipv4Addr, SocketAddr},
    path::Path,
    sync::Arc,
};

use app::backend::{
    AppClient,
    config::{LocalSettings, REFRESH_TOKEN_DAYS},
};
use cognitox::{config::StorageConfig, storage::Storage, types::UserPoolId};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};

pub use fidelity::Fidelity;
pub(crate) use mailbox::EmulatorMailbox;

use crate::write_private;

pub const USER_POOL_ID: &str = "us-east-1_DoorwayLocal";
/// The browser's app client: its tokens reach the browser, and lack the admin scope (the pre token
/// generation trigger, `triggers`), so Cognito honours them for nothing.
pub const CLIENT_ID: &str = "doorwaylocalwebclient";
/// The server-only app client: the short-lived tokens the server mints at proof time, to make the
/// changes Cognito has no administrator call for. Only administrator sign-ins (IAM credentials).
pub const SERVER_CLIENT_ID: &str = "doorwaylocalserverclient";
/// The identity provider local mode signs in through (Local ID, `local_id`), by its name in the
/// pool: the `identity_provider` of `/oauth2/authorize` and the prefix of its federated users.
pub const LOCAL_ID_PROVIDER: &str = "LocalID";
/// Where the browser's app client may send people back to once they signed in through another
/// identity provider, and once they signed out there, under the app's origin ([`allow_app_at`]).
pub const APP_CALLBACK_PATH: &str = "/auth/callback";
pub const APP_SIGNED_OUT_PATH: &str = "/login";
/// The browser's client signs in through the hosted endpoints too: the code grant only, for the
/// standard scopes, through the pool's own sign-in or Local ID.
const BROWSER_OAUTH_FLOWS: [&str; 1] = ["code"];
const BROWSER_OAUTH_SCOPES: [&str; 3] = ["openid", "email", "profile"];
const BROWSER_IDENTITY_PROVIDERS: [&str; 2] = ["COGNITO", LOCAL_ID_PROVIDER];
const SIGNING_KEY_FILE: &str = "cognito-signing-key.pem";
/// The pool and app clients local mode provisions: email is the username, the password policy of
/// the security requirements (8 to 256 characters, nothing else imposed), no user-existence errors,
/// both clients confidential (each with its `secret`, made at the first start and kept).
/// In the shape of Cognito's `CreateUserPool` and `CreateUserPoolClient` requests, whose names
/// CloudFormation shares: `server/deploy/template.yaml` must provision AWS the same way, and the
/// integration test `deploy_template` compares the two.
pub fn seed(access_token_minutes: u32, browser_secret: &str, server_secret: &str) -> String {
    serde_json::json!({
        "UserPools": [{
            "Id": USER_POOL_ID,
            "PoolName": "doorway-local",
            "UsernameAttributes": ["email"],
            "AutoVerifiedAttributes": ["email"],
            "Policies": { "PasswordPolicy": {
                "MinimumLength": 8,
                "RequireUppercase": false,
                "RequireLowercase": false,
                "RequireNumbers": false,
                "RequireSymbols": false
            }},
            "AccountRecoverySetting": { "RecoveryMechanisms": [{ "Name": "verified_email", "Priority": 1 }] },
            "UserAttributeUpdateSettings": { "AttributesRequireVerificationBeforeUpdate": ["email"] },
            "Clients": [{
                "ClientId": CLIENT_ID,
                "ClientSecret": browser_secret,
                "ClientName": "doorway-web",
                "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                // Not `email`: the server changes it with administrator calls after checking the
                // password, so an access token alone cannot take over the sign-in address.
                // `locale`: set at sign-up from the page's language, so the first email is in it.
                "WriteAttributes": BROWSER_WRITE_ATTRIBUTES,
                "PreventUserExistenceErrors": "ENABLED",
                "EnableTokenRevocation": true,
                // Cognito's threat protection sees the person's address, not the server's.
                "EnablePropagateAdditionalUserContextData": true,
                "AccessTokenValidity": access_token_minutes,
                "IdTokenValidity": access_token_minutes,
                "RefreshTokenValidity": REFRESH_TOKEN_DAYS,
                "TokenValidityUnits": { "AccessToken": "minutes", "IdToken": "minutes", "RefreshToken": "days" },
                "RefreshTokenRotation": browser_refresh_token_rotation(),
                // Its callback and sign-out URLs name the app's origin, known once it listens
                // (`allow_app_at`).
                "AllowedOAuthFlowsUserPoolClient": true,
                "AllowedOAuthFlows": BROWSER_OAUTH_FLOWS,
                "AllowedOAuthScopes": BROWSER_OAUTH_SCOPES,
                "SupportedIdentityProviders": BROWSER_IDENTITY_PROVIDERS
            }, {
                "ClientId": SERVER_CLIENT_ID,
                "ClientSecret": server_secret,
                "ClientName": "doorway-server",
                "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                "WriteAttributes": ["name"],
                "PreventUserExistenceErrors": "ENABLED",
                "EnableTokenRevocation": true,
                // As short as Cognito allows: minted at a proof, used at once, revoked after use.
                // The refresh token outlives an emailed code (24 hours) for a pending email change.
                "AccessTokenValidity": 5,
                "IdTokenValidity": 5,
                "RefreshTokenValidity": 2,
                "TokenValidityUnits": { "AccessToken": "minutes", "IdToken": "minutes", "RefreshToken": "days" }
            }]
        }]
    })
    .to_string()
}

/// The browser's refresh tokens rotate: each refresh answers a new one and the one sent stops
/// working at once (no grace period), so a refresh token copied out of a browser is spent by the
/// browser's next refresh, or spends the browser's session and shows.
fn browser_refresh_token_rotation() -> serde_json::Value {
    serde_json::json!({ "Feature": "ENABLED", "RetryGracePeriodSeconds": 0 })
}

/// Two-step sign-in is each person's choice (`OPTIONAL`), with an authenticator app only: no SMS
/// or email codes. A `SetUserPoolMfaConfig` request without its `UserPoolId`; it is applied at
/// every start because the seed leaves a pool that already exists (state from before) as it is.
pub fn mfa_config() -> serde_json::Value {
    serde_json::json!({
        "MfaConfiguration": "OPTIONAL",
        "SoftwareTokenMfaConfiguration": { "Enabled": true }
    })
}

/// A client secret as Cognito makes them: 51 characters of base-32.
fn new_client_secret() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut rng = rand::thread_rng();
    (0..51)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// The attributes the browser's client may write.
/// `email` and `email_verified` because a provider's sign-in writes what the provider maps
/// through this client (the template says more); its tokens lack the scope to write anything.
const BROWSER_WRITE_ATTRIBUTES: [&str; 4] = ["email", "email_verified", "locale", "name"];

/// The seeded app client `id` with its secret, as the seed has it now: the seed leaves a client
/// that exists (state from before) as it is, so one kept from before clients had secrets gets one
/// now (every call in local mode needs `SECRET_HASH`, as in AWS), and the browser's client the
/// seed's refresh token `rotation`, write attributes and hosted sign-in (`browser_oauth`).
async fn client_with_secret(
    storage: &Storage,
    id: &str,
    rotation: Option<serde_json::Value>,
    write_attributes: Option<&[&str]>,
    browser_oauth: bool,
) -> Result<AppClient, String> {
    let client_id = cognitox::types::ClientId::new(id).map_err(|e| e.to_string())?;
    let mut client = storage
        .get_user_pool_client(&client_id)
        .await
        .ok_or_else(|| format!("the local app client {id} was not provisioned"))?;
    let mut changed = false;
    let secret = match client.client_secret.clone() {
        Some(secret) => secret,
        None => {
            let secret = new_client_secret();
            client.client_secret = Some(secret.clone());
            changed = true;
            secret
        }
    };
    let rotation = rotation
        .map(serde_json::from_value::<cognitox::types::RefreshTokenRotationType>)
        .transpose()
        .map_err(|e| e.to_string())?;
    if rotation.is_some() && client.refresh_token_rotation != rotation {
        client.refresh_token_rotation = rotation;
        changed = true;
    }
    if let Some(wanted) = write_attributes
        && client.write_attributes != wanted
    {
        client.write_attributes = wanted.iter().map(|name| name.to_string()).collect();
        changed = true;
    }
    if browser_oauth {
        let strings = |names: &[&str]| names.iter().map(|name| name.to_string()).collect::<Vec<_>>();
        let flows = vec![cognitox::types::OAuthFlow::Code];
        if !client.allowed_oauth_flows_user_pool_client
            || client.allowed_oauth_flows != flows
            || client.allowed_oauth_scopes != strings(&BROWSER_OAUTH_SCOPES)
            || client.supported_identity_providers != strings(&BROWSER_IDENTITY_PROVIDERS)
        {
            client.allowed_oauth_flows_user_pool_client = true;
            client.allowed_oauth_flows = flows;
            client.allowed_oauth_scopes = strings(&BROWSER_OAUTH_SCOPES);
            client.supported_identity_providers = strings(&BROWSER_IDENTITY_PROVIDERS);
            changed = true;
        }
    }
    if changed {
        storage.update_user_pool_client(client).await;
    }
    Ok(AppClient::new(id, Some(secret)))
}

/// Keeps the emulators' signing key across restarts, so tokens issued before a restart stay valid.
///
/// Must run before any thread starts (it sets an environment variable the emulator reads once),
/// so the server calls it first thing in `main`.
pub fn prepare_signing_key(dir: &Path) -> Result<(), String> {
    use rsa::pkcs1::{EncodeRsaPrivateKey, LineEnding};

    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let path = dir.join(SIGNING_KEY_FILE);
    if !path.exists() {
        let key = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).map_err(|e| e.to_string())?;
        let pem = key.to_pkcs1_pem(LineEnding::LF).map_err(|e| e.to_string())?;
        write_private(&path, pem.as_bytes())?;
    }
    // SAFETY: called from `main` before the async runtime or any other thread exists.
    unsafe {
        std::env::set_var("COGNITOX_JWT_PRIVATE_KEY_PATH", &path);
        std::env::set_var("COGNITOX_JWT_KEY_ID", "doorway-local");
    }
    Ok(())
}

/// The emulator, serving behind its layer until `stop` is sent.
pub(crate) struct Cognito {
    pub endpoint: String,
    pub browser_client: AppClient,
    pub server_client: AppClient,
    pub fidelity: Arc<Fidelity>,
    pub storage: Storage,
    pub stop: oneshot::Sender<()>,
    pub task: JoinHandle<()>,
}

/// Starts the emulator on `settings.cognito_port` (0: any free port) with its state in `dir`,
/// provisioned with the pool and clients of [`seed`].
pub(crate) async fn start(settings: &LocalSettings, dir: &Path) -> Result<Cognito, String> {
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, settings.cognito_port)))
        .await
        .map_err(|e| {
            format!(
                "configuration error: LOCAL_COGNITO_PORT: cannot listen on 127.0.0.1:{} ({e}); \
                 choose another port, or 0 for any free one",
                settings.cognito_port
            )
        })?;
    let endpoint = format!("http://{}", listener.local_addr().map_err(|e| e.to_string())?);
    // The issuer base is process-wide and set once; a second emulator in one process (tests)
    // keeps the first base, which is harmless because the app reads the issuer back.
    let _ = cognitox::jwt::set_issuer_base_url(endpoint.clone());

    // The emulator signs with `jsonwebtoken` too, and the first signature or verification in
    // the process fixes its crypto backend for good: choose it before the emulator's first.
    app::backend::token_verifier::use_aws_lc_for_tokens();
    let storage = Storage::with_config(StorageConfig::persistent(dir.join("cognito.json")))?;
    cognitox::seed::apply(
        &storage,
        &seed(
            settings.access_token_minutes,
            &new_client_secret(),
            &new_client_secret(),
        ),
    )
    .await?;
    let browser_client = client_with_secret(
        &storage,
        CLIENT_ID,
        Some(browser_refresh_token_rotation()),
        Some(&BROWSER_WRITE_ATTRIBUTES),
        true,
    )
    .await?;
    let server_client = client_with_secret(&storage, SERVER_CLIENT_ID, None, None, false).await?;
    let mut mfa = mfa_config();
    mfa["UserPoolId"] = USER_POOL_ID.into();
    cognitox::action::user_pool::set_user_pool_mfa_config::handler(&storage, mfa)
        .await
        .map_err(|e| format!("cannot configure two-step sign-in on the local pool: {e}"))?;

    let (stop, stopped) = oneshot::channel::<()>();
    let fidelity = Fidelity::new(
        storage.clone(),
        pool_id(),
        settings.limits,
        dir.to_path_buf(),
        &settings.passkey_rp_id,
        SERVER_CLIENT_ID,
        &endpoint,
    );
    let router = fidelity.router();
    let task = tokio::spawn(async move {
        let serve = axum::serve(listener, router).with_graceful_shutdown(async {
            let _ = stopped.await;
        });
        if let Err(e) = serve.await {
            tracing::error!("local Cognito stopped: {e}");
        }
    });
    Ok(Cognito {
        endpoint,
        browser_client,
        server_client,
        fidelity,
        storage,
        stop,
        task,
    })
}

/// Registers Local ID (at `issuer`, where the pool is its client `client_id`) as the pool's OIDC
/// identity provider [`LOCAL_ID_PROVIDER`], in the shape of Cognito's `CreateIdentityProvider`:
/// at every start, as its port changes.
/// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateIdentityProvider.html>
pub(crate) async fn register_local_id(
    storage: &Storage,
    issuer: &str,
    client_id: &str,
    client_secret: &str,
) -> Result<(), String> {
    let pairs = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect::<std::collections::HashMap<_, _>>()
    };
    let now = chrono::Utc::now();
    let mut provider = cognitox::types::IdentityProvider {
        user_pool_id: pool_id(),
        provider_name: LOCAL_ID_PROVIDER.into(),
        provider_type: "OIDC".into(),
        provider_details: pairs(&[
            ("client_id", client_id),
            ("client_secret", client_secret),
            ("authorize_scopes", "openid email profile"),
            ("oidc_issuer", issuer),
            ("attributes_request_method", "GET"),
        ]),
        // User pool attribute -> the provider's claim.
        attribute_mapping: pairs(&[
            ("email", "email"),
            ("name", "name"),
            ("email_verified", "email_verified"),
            ("username", "sub"),
        ]),
        idp_identifiers: Vec::new(),
        creation_date: now,
        last_modified_date: now,
    };
    match storage.get_identity_provider(&pool_id(), LOCAL_ID_PROVIDER).await {
        Some(kept) => {
            provider.creation_date = kept.creation_date;
            storage
                .update_identity_provider(provider)
                .await
                .ok_or("the local identity provider vanished")?;
        }
        None => {
            storage.create_identity_provider(provider).await;
        }
    }
    Ok(())
}

/// Lets the browser's app client send people back to the app at `origin` (`http://host:port`)
/// after they signed in through another identity provider ([`APP_CALLBACK_PATH`]) or signed out
/// there ([`APP_SIGNED_OUT_PATH`]); the URLs it had are kept.
pub(crate) async fn allow_app_at(storage: &Storage, origin: &str) -> Result<(), String> {
    let origin = origin.trim_end_matches('/');
    let id = cognitox::types::ClientId::new(CLIENT_ID).map_err(|e| e.to_string())?;
    let mut client = storage
        .get_user_pool_client(&id)
        .await
        .ok_or_else(|| format!("the local app client {CLIENT_ID} was not provisioned"))?;
    let mut changed = false;
    for (urls, url) in [
        (&mut client.callback_urls, format!("{origin}{APP_CALLBACK_PATH}")),
        (&mut client.logout_urls, format!("{origin}{APP_SIGNED_OUT_PATH}")),
    ] {
        if !urls.contains(&url) {
            urls.push(url);
            changed = true;
        }
    }
    if changed {
        client.last_modified_date = chrono::Utc::now();
        storage.update_user_pool_client(client).await;
    }
    Ok(())
}

/// The local pool's id, as the emulator types it.
pub(crate) fn pool_id() -> UserPoolId {
    UserPoolId::new(USER_POOL_ID).expect("the fixed pool id is valid")
}
