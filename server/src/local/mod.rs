//! Local mode: the Cognito and DynamoDB emulators, in-process on loopback, provisioned once
//! with fixed ids and keeping their state under `LOCAL_AWS_DIR`.
//!
//! The app reaches them only through the AWS SDK and their HTTP endpoints, exactly as it reaches
//! AWS; the one shortcut is the dev mailbox, which reads codes from the Cognito emulator's state.
//! A layer in front of the Cognito emulator (`fidelity`) makes it answer as Amazon Cognito does
//! where the two differ.
mod fidelity;

pub use fidelity::Fidelity;
use std::{
    future::Future,
    net::{Ipv4Addr, SocketAddr},
    path::{Path, PathBuf},
    pin::Pin,
    sync::Arc,
};

use app::{
    backend::{
        AppClient, Mailbox, SharedMailbox,
        config::{LocalSettings, MARKER_KEY_MIN_LEN, MarkerKey, REFRESH_TOKEN_DAYS},
    },
    model::{MailMessage, MailPurpose},
};
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_sdk_cognitoidentityprovider::config::Credentials;
use cognitox::{config::StorageConfig, storage::Storage, types::UserPoolId};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};

use crate::TokenSource;

pub const REGION: &str = "us-east-1";
pub const USER_POOL_ID: &str = "us-east-1_DoorwayLocal";
/// The browser's app client: its tokens reach the browser, and lack the admin scope (the pre token
/// generation trigger, `triggers`), so Cognito honours them for nothing.
pub const CLIENT_ID: &str = "doorwaylocalwebclient";
/// The server-only app client: the short-lived tokens the server mints at proof time, to make the
/// changes Cognito has no administrator call for. Only administrator sign-ins (IAM credentials).
pub const SERVER_CLIENT_ID: &str = "doorwaylocalserverclient";
const SIGNING_KEY_FILE: &str = "cognito-signing-key.pem";
const SIGN_IN_MARKER_KEY_FILE: &str = "sign-in-marker.key";
/// What an AWS-mode instance of the server needs to use these emulators, as `NAME=value` lines.
pub const INSTANCES_ENV_FILE: &str = "instances.env";

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
                "WriteAttributes": ["name"],
                "PreventUserExistenceErrors": "ENABLED",
                "EnableTokenRevocation": true,
                // Cognito's threat protection sees the person's address, not the server's.
                "EnablePropagateAdditionalUserContextData": true,
                "AccessTokenValidity": access_token_minutes,
                "IdTokenValidity": access_token_minutes,
                "RefreshTokenValidity": REFRESH_TOKEN_DAYS,
                "TokenValidityUnits": { "AccessToken": "minutes", "IdToken": "minutes", "RefreshToken": "days" },
                "RefreshTokenRotation": browser_refresh_token_rotation()
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

/// Local mode fails closed: its dev mailbox hands every code to whoever asks, so it listens only
/// on loopback unless `LOCAL_MODE_PUBLIC=yes` says otherwise (and then the log says so loudly). A
/// production start that lost `COGNITO_USER_POOL_ID` stops here instead of serving the emulators.
pub fn check_address(settings: &LocalSettings, addr: SocketAddr) -> Result<(), String> {
    if addr.ip().is_loopback() {
        return Ok(());
    }
    if !settings.serve_publicly {
        return Err(format!(
            "configuration error: LEPTOS_SITE_ADDR: local mode (no COGNITO_USER_POOL_ID) would listen on {addr}, \
             beyond this machine, where its dev mailbox shows every code; listen on 127.0.0.1, \
             set COGNITO_USER_POOL_ID for AWS mode, or set LOCAL_MODE_PUBLIC=yes to serve local mode publicly"
        ));
    }
    tracing::warn!(
        %addr,
        "LOCAL_MODE_PUBLIC=yes: local mode listens beyond this machine; anyone who can reach it reads every \
         code on /dev/mailbox and can take over every local account"
    );
    Ok(())
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

/// The seeded app client `id` with its secret, as the seed has it now: the seed leaves a client
/// that exists (state from before) as it is, so one kept from before clients had secrets gets one
/// now (every call in local mode needs `SECRET_HASH`, as in AWS), and the browser's client the
/// seed's refresh token `rotation`.
async fn client_with_secret(
    storage: &Storage,
    id: &str,
    rotation: Option<serde_json::Value>,
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

/// The key of the sign-in markers, made at the first start and kept beside the emulators' state:
/// a browser's marker outlives a restart, as it does in AWS mode with `SIGN_IN_MARKER_KEY`.
pub fn sign_in_marker_key(dir: &Path) -> Result<MarkerKey, String> {
    use rand::RngCore;
    let path = dir.join(SIGN_IN_MARKER_KEY_FILE);
    if !path.exists() {
        let mut key = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut key);
        // Another server starting on the same directory may have written it first: that one counts.
        if let Err(error) = write_private(&path, &key)
            && !path.exists()
        {
            return Err(error);
        }
    }
    let key = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if key.len() < MARKER_KEY_MIN_LEN {
        return Err(format!(
            "{} holds fewer than {MARKER_KEY_MIN_LEN} bytes; delete it and the next start makes a new key",
            path.display()
        ));
    }
    Ok(MarkerKey::new(&key))
}

fn write_private(path: &Path, contents: &[u8]) -> Result<(), String> {
    use std::io::Write;
    #[cfg(unix)]
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    options.mode(0o600);
    let mut file = options
        .open(path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    file.write_all(contents)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The running emulators. Dropping this stops them; `shutdown` also flushes Cognito's state.
pub struct LocalAws {
    pub dir: PathBuf,
    pub cognito_endpoint: String,
    /// The browser's app client and the server-only one, each with its secret.
    pub browser_client: AppClient,
    pub server_client: AppClient,
    pub dynamodb_endpoint: String,
    /// The layer in front of the Cognito emulator.
    pub fidelity: Arc<Fidelity>,
    /// The key of the sign-in markers, kept under `LOCAL_AWS_DIR`.
    pub sign_in_marker_key: MarkerKey,
    cognito: Storage,
    stops: Vec<oneshot::Sender<()>>,
    tasks: Vec<JoinHandle<()>>,
}

impl LocalAws {
    pub async fn start(settings: &LocalSettings) -> Result<Self, String> {
        let dir = settings.dir.clone();
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create LOCAL_AWS_DIR {}: {e}", dir.display()))?;

        let cognito_listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, settings.cognito_port)))
            .await
            .map_err(|e| {
                format!(
                    "configuration error: LOCAL_COGNITO_PORT: cannot listen on 127.0.0.1:{} ({e}); \
                     choose another port, or 0 for any free one",
                    settings.cognito_port
                )
            })?;
        let cognito_endpoint = format!("http://{}", cognito_listener.local_addr().map_err(|e| e.to_string())?);
        // The issuer base is process-wide and set once; a second emulator in one process (tests)
        // keeps the first base, which is harmless because the app reads the issuer back below.
        let _ = cognitox::jwt::set_issuer_base_url(cognito_endpoint.clone());

        // The emulator signs with `jsonwebtoken` too, and the first signature or verification in
        // the process fixes its crypto backend for good: choose it before the emulator's first.
        app::backend::token_verifier::use_aws_lc_for_tokens();
        let cognito = Storage::with_config(StorageConfig::persistent(dir.join("cognito.json")))?;
        cognitox::seed::apply(
            &cognito,
            &seed(
                settings.access_token_minutes,
                &new_client_secret(),
                &new_client_secret(),
            ),
        )
        .await?;
        let browser_client = client_with_secret(&cognito, CLIENT_ID, Some(browser_refresh_token_rotation())).await?;
        let server_client = client_with_secret(&cognito, SERVER_CLIENT_ID, None).await?;
        let sign_in_marker_key = sign_in_marker_key(&dir)?;
        let mut mfa = mfa_config();
        mfa["UserPoolId"] = USER_POOL_ID.into();
        cognitox::action::user_pool::set_user_pool_mfa_config::handler(&cognito, mfa)
            .await
            .map_err(|e| format!("cannot configure two-step sign-in on the local pool: {e}"))?;

        let database_path = dir.join("dynamodb.sqlite");
        let database = dynoxide::Database::new(&database_path.to_string_lossy())
            .map_err(|e| format!("cannot open {}: {e}", database_path.display()))?;
        let dynamodb_listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
            .await
            .map_err(|e| e.to_string())?;
        let dynamodb_endpoint = format!("http://{}", dynamodb_listener.local_addr().map_err(|e| e.to_string())?);

        let (stop_cognito, cognito_stopped) = oneshot::channel::<()>();
        let (stop_dynamodb, dynamodb_stopped) = oneshot::channel::<()>();
        let pool = UserPoolId::new(USER_POOL_ID).expect("the fixed pool id is valid");
        let fidelity = Fidelity::new(
            cognitox::api::create_router(cognito.clone()),
            cognito.clone(),
            pool,
            settings.limits,
            dir.clone(),
            &settings.passkey_rp_id,
            SERVER_CLIENT_ID,
        );
        let router = fidelity.router();
        let cognito_task = tokio::spawn(async move {
            let serve = axum::serve(cognito_listener, router).with_graceful_shutdown(async {
                let _ = cognito_stopped.await;
            });
            if let Err(e) = serve.await {
                tracing::error!("local Cognito stopped: {e}");
            }
        });
        let dynamodb_task = tokio::spawn(async move {
            let stopped = async {
                let _ = dynamodb_stopped.await;
            };
            if let Err(e) = dynoxide::server::serve_with_shutdown(dynamodb_listener, database, stopped).await {
                tracing::error!("local DynamoDB stopped: {e}");
            }
        });

        Ok(Self {
            dir,
            cognito_endpoint,
            browser_client,
            server_client,
            dynamodb_endpoint,
            fidelity,
            sign_in_marker_key,
            cognito,
            stops: vec![stop_cognito, stop_dynamodb],
            tasks: vec![cognito_task, dynamodb_task],
        })
    }

    /// SDK settings for the emulators: a fixed region and placeholder credentials (they check
    /// that requests are signed, not by whom).
    pub fn sdk_config(&self) -> SdkConfig {
        SdkConfig::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new(REGION))
            .credentials_provider(aws_sdk_cognitoidentityprovider::config::SharedCredentialsProvider::new(
                Credentials::new("local", "local", None, None, "doorway-local"),
            ))
            .build()
    }

    pub fn token_source(&self) -> TokenSource {
        let pool = UserPoolId::new(USER_POOL_ID).expect("the fixed pool id is valid");
        TokenSource {
            issuer: cognitox::jwt::user_pool_issuer(&pool),
            jwks_url: app::backend::config::default_jwks_url(Some(&self.cognito_endpoint), "", USER_POOL_ID),
        }
    }

    /// Writes `instances.env` beside the state (mode 0600: it holds the clients' secrets): the
    /// `NAME=value` lines that point an AWS-mode instance of the server at these emulators, for
    /// running several instances against one set (`bench/abuse.sh`, the tests). Written at each
    /// start, as the ports change. Their marker key is the hex of local mode's, so the instances
    /// share one key, though not local mode's own (which is not text).
    pub fn write_instances_env(&self, profile_table: &str) -> Result<(), String> {
        let marker_key = std::fs::read(self.dir.join(SIGN_IN_MARKER_KEY_FILE))
            .map_err(|e| format!("cannot read the sign-in marker key: {e}"))?;
        let marker_key: String = marker_key.iter().map(|byte| format!("{byte:02x}")).collect();
        let secret = |client: &AppClient| client.secret().unwrap_or_default().to_string();
        let lines = [
            ("COGNITO_USER_POOL_ID", USER_POOL_ID.to_string()),
            ("COGNITO_CLIENT_ID", CLIENT_ID.to_string()),
            ("COGNITO_CLIENT_SECRET", secret(&self.browser_client)),
            ("COGNITO_SERVER_CLIENT_ID", SERVER_CLIENT_ID.to_string()),
            ("COGNITO_SERVER_CLIENT_SECRET", secret(&self.server_client)),
            ("COGNITO_ISSUER", self.token_source().issuer),
            ("PROFILE_TABLE", profile_table.to_string()),
            ("AWS_REGION", REGION.to_string()),
            ("AWS_ACCESS_KEY_ID", "local".to_string()),
            ("AWS_SECRET_ACCESS_KEY", "local".to_string()),
            (
                "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER",
                self.cognito_endpoint.clone(),
            ),
            ("AWS_ENDPOINT_URL_DYNAMODB", self.dynamodb_endpoint.clone()),
            ("SIGN_IN_MARKER_KEY", marker_key),
        ];
        let text: String = lines.iter().map(|(name, value)| format!("{name}={value}\n")).collect();
        // A fresh file renamed over the old one: never readable by others, even for a moment.
        let path = self.dir.join(INSTANCES_ENV_FILE);
        let fresh = self.dir.join(format!("{INSTANCES_ENV_FILE}.{}", std::process::id()));
        let _ = std::fs::remove_file(&fresh);
        write_private(&fresh, text.as_bytes())?;
        std::fs::rename(&fresh, &path).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    pub fn mailbox(&self) -> SharedMailbox {
        Arc::new(EmulatorMailbox {
            storage: self.cognito.clone(),
            fidelity: self.fidelity.clone(),
        })
    }

    /// Stops both emulators and writes Cognito's state to disk.
    pub async fn shutdown(mut self) -> Result<(), String> {
        for stop in self.stops.drain(..) {
            let _ = stop.send(());
        }
        for task in self.tasks.drain(..) {
            let _ = task.await;
        }
        self.cognito.flush_persistence().await
    }
}

impl Drop for LocalAws {
    fn drop(&mut self) {
        for stop in self.stops.drain(..) {
            let _ = stop.send(());
        }
    }
}

/// Reads the codes the Cognito emulator holds, as the messages Cognito would have sent.
struct EmulatorMailbox {
    storage: Storage,
    fidelity: Arc<Fidelity>,
}

impl Mailbox for EmulatorMailbox {
    fn messages(&self) -> Pin<Box<dyn Future<Output = Vec<MailMessage>> + Send + '_>> {
        Box::pin(async move {
            let pool = UserPoolId::new(USER_POOL_ID).expect("the fixed pool id is valid");
            let mut messages = Vec::new();
            for user in self.storage.list_users(&pool).await {
                let to = user.email.clone().unwrap_or_else(|| user.username.clone());
                if let Some(code) = self.storage.get_confirmation_code(&user.id).await {
                    // The emulator keeps codes for 24 hours: that gives the time they were sent.
                    // A sign-up code is stamped with the very instant the user was created.
                    let sent = code.expires_at - chrono::Duration::hours(24);
                    let purpose = match code.attribute_name.as_deref() {
                        Some(_) => MailPurpose::EmailChange,
                        None if sent == user.creation_date => MailPurpose::SignUp,
                        None => MailPurpose::Resend,
                    };
                    let to = match purpose {
                        MailPurpose::EmailChange => {
                            self.fidelity.pending_email(&user.id.to_string()).unwrap_or(to.clone())
                        }
                        _ => to.clone(),
                    };
                    messages.push((
                        sent,
                        MailMessage {
                            to,
                            purpose,
                            code: code.code,
                            sent_at: String::new(),
                        },
                    ));
                }
                if let Some(code) = self.storage.get_password_reset_code(&user.id).await {
                    // Reset codes are kept for one hour.
                    let sent = code.expires_at - chrono::Duration::hours(1);
                    messages.push((
                        sent,
                        MailMessage {
                            to,
                            purpose: MailPurpose::PasswordReset,
                            code: code.code,
                            sent_at: String::new(),
                        },
                    ));
                }
            }
            // Passwordless sign-in codes, which the local Cognito's layer sends itself.
            for (to, code, sent) in self.fidelity.sign_in_codes() {
                messages.push((
                    sent,
                    MailMessage {
                        to,
                        purpose: MailPurpose::SignInCode,
                        code,
                        sent_at: String::new(),
                    },
                ));
            }
            messages.sort_by_key(|(sent, _)| std::cmp::Reverse(*sent));
            messages
                .into_iter()
                .map(|(sent, message)| MailMessage {
                    sent_at: sent.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                    ..message
                })
                .collect()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_mode_listens_beyond_loopback_only_when_asked() {
        let mut settings = LocalSettings {
            dir: "unused".into(),
            cognito_port: 0,
            access_token_minutes: 15,
            limits: Default::default(),
            serve_publicly: false,
            passkey_rp_id: "localhost".into(),
        };
        let public: SocketAddr = "0.0.0.0:3000".parse().unwrap();
        assert!(check_address(&settings, "127.0.0.1:3000".parse().unwrap()).is_ok());
        assert!(check_address(&settings, "[::1]:3000".parse().unwrap()).is_ok());
        assert!(
            check_address(&settings, public)
                .unwrap_err()
                .contains("LOCAL_MODE_PUBLIC")
        );
        settings.serve_publicly = true;
        assert!(check_address(&settings, public).is_ok());
    }

    #[test]
    fn the_sign_in_marker_key_is_made_once_kept_private_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let first = sign_in_marker_key(dir.path()).unwrap();
        assert_eq!(
            sign_in_marker_key(dir.path()).unwrap(),
            first,
            "the same key after a restart"
        );
        let path = dir.path().join(SIGN_IN_MARKER_KEY_FILE);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let other = tempfile::tempdir().unwrap();
        assert_ne!(sign_in_marker_key(other.path()).unwrap(), first);
        std::fs::write(&path, b"short").unwrap();
        assert!(sign_in_marker_key(dir.path()).unwrap_err().contains("delete it"));
    }
}
