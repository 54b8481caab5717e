//! The DynamoDB emulator (`dynoxide`): every table in one SQLite file under `LOCAL_AWS_DIR`, served
//! on a free loopback port.
use std::{
    net::{Ipv4Addr, SocketAddr},
    path::Path,
};

use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};

/// The emulator, serving until `stop` is sent.
pub(crate) struct DynamoDb {
    pub endpoint: String,
    pub stop: oneshot::Sender<()>,
    pub task: JoinHandle<()>,
}

pub(crate) async fn start(dir: &Path) -> Result<DynamoDb, String> {
    let path = dir.join("dynamodb.sqlite");
    let database =
        dynoxide::Database::new(&path.to_string_lossy()).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .map_err(|e| e.to_string())?;
    let endpoint = format!("http://{}", listener.local_addr().map_err(|e| e.to_string())?);
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let stopped = async {
            let _ = stopped.await;
        };
        if let Err(e) = dynoxide::server::serve_with_shutdown(listener, database, stopped).await {
            tracing::error!("local DynamoDB stopped: {e}");
        }
    });
    Ok(DynamoDb { endpoint, stop, task })
}
