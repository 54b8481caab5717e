//! Local mode's AWS: the services the app uses, emulated in-process on loopback, provisioned once
//! with fixed ids and keeping their state under `LOCAL_AWS_DIR`. One module per service
//! (`cognito`, with the layer that makes its emulator answer as Amazon Cognito does, and
//! `dynamodb`); [`LocalAws::start`] starts them all and returns their endpoints.
//!
//! The app reaches them only through the AWS SDK and their HTTP endpoints, exactly as it reaches
//! AWS; the one shortcut is the dev mailbox, which reads codes from the Cognito emulator's state.
pub mod cognito;
mod dynamodb;
mod form;
pub mod local_id;

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::Arc,
};

use app::backend::{
    AppClient, SharedMailbox,
    config::{LocalSettings, MARKER_KEY_MIN_LEN, MarkerKey},
    token_verifier::TokenSource,
};
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_sdk_cognitoidentityprovider::config::Credentials;
use cognitox::storage::Storage;
use tokio::{sync::oneshot, task::JoinHandle};

pub use cognito::{
    APP_CALLBACK_PATH, APP_SIGNED_OUT_PATH, CLIENT_ID, Fidelity, LOCAL_ID_PROVIDER, SERVER_CLIENT_ID, USER_POOL_ID,
    mfa_config, prepare_signing_key, seed,
};

pub const REGION: &str = "us-east-1";
const SIGN_IN_MARKER_KEY_FILE: &str = "sign-in-marker.key";
/// What an AWS-mode instance of the server needs to use these emulators, as `NAME=value` lines.
pub const INSTANCES_ENV_FILE: &str = "instances.env";

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

pub(crate) fn write_private(path: &Path, contents: &[u8]) -> Result<(), String> {
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
    /// Where the hosted endpoints answer (`/oauth2/authorize`, `/oauth2/token`, `/logout`): the
    /// Cognito endpoint itself, as a user pool domain serves them in AWS.
    pub hosted_ui: String,
    /// Local ID, the identity provider [`LOCAL_ID_PROVIDER`] (its issuer, `http://127.0.0.1:PORT`).
    pub local_id_issuer: String,
    /// The layer in front of the Cognito emulator.
    pub fidelity: Arc<Fidelity>,
    /// The key of the sign-in markers, kept under `LOCAL_AWS_DIR`.
    pub sign_in_marker_key: MarkerKey,
    cognito: Storage,
    stops: Vec<oneshot::Sender<()>>,
    tasks: Vec<JoinHandle<()>>,
}

impl LocalAws {
    /// Starts every service with its state in `settings.dir`.
    pub async fn start(settings: &LocalSettings) -> Result<Self, String> {
        let dir = settings.dir.clone();
        std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create LOCAL_AWS_DIR {}: {e}", dir.display()))?;
        let cognito = cognito::start(settings, &dir).await?;
        let sign_in_marker_key = sign_in_marker_key(&dir)?;
        let dynamodb = dynamodb::start(&dir).await?;
        let local_id = local_id::start(&dir, 0).await?;
        cognito::register_local_id(
            &cognito.storage,
            &local_id.issuer,
            &local_id.client_id,
            &local_id.client_secret,
        )
        .await?;
        Ok(Self {
            dir,
            hosted_ui: cognito.endpoint.clone(),
            cognito_endpoint: cognito.endpoint,
            browser_client: cognito.browser_client,
            server_client: cognito.server_client,
            dynamodb_endpoint: dynamodb.endpoint,
            local_id_issuer: local_id.issuer,
            fidelity: cognito.fidelity,
            sign_in_marker_key,
            cognito: cognito.storage,
            stops: vec![cognito.stop, dynamodb.stop, local_id.stop],
            tasks: vec![cognito.task, dynamodb.task, local_id.task],
        })
    }

    /// Lets the browser's app client send people back to the app at `origin` (`http://host:port`,
    /// once the server knows where it listens): `{origin}/auth/callback` joins its callback URLs
    /// and `{origin}/login` its sign-out URLs, beside those it had.
    pub async fn allow_app_at(&self, origin: &str) -> Result<(), String> {
        cognito::allow_app_at(&self.cognito, origin).await
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
        TokenSource {
            issuer: cognitox::jwt::user_pool_issuer(&cognito::pool_id()),
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

    /// The dev mailbox; the emails' links point at `public_url` (none: relative to the mailbox
    /// page, which the app serves).
    pub fn mailbox(&self, public_url: Option<&str>) -> SharedMailbox {
        Arc::new(cognito::EmulatorMailbox {
            storage: self.cognito.clone(),
            fidelity: self.fidelity.clone(),
            public_url: public_url.unwrap_or_default().trim_end_matches('/').to_string(),
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
