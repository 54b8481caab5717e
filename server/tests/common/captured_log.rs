//! What the server logs during one test, kept to read back. Each test runs on Tokio's
//! single-threaded test runtime, where the server it starts runs too, so a subscriber set as
//! this thread's default sees everything the server logs for it, and nothing of the tests
//! running beside it.
use std::sync::{Arc, Mutex};

use tracing_subscriber::fmt::MakeWriter;

/// Everything written to it, kept to read back.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Self;
    fn make_writer(&'a self) -> Self {
        self.clone()
    }
}

/// The log at `level` and up, as the server prints it, for as long as the guard lives.
pub fn capture_this_thread(level: &str) -> (Captured, tracing::subscriber::DefaultGuard) {
    use tracing_subscriber::{Layer, layer::SubscriberExt};
    let log = Captured::default();
    let subscriber = tracing_subscriber::registry().with(
        tracing_subscriber::fmt::layer()
            .with_writer(log.clone())
            .with_filter(server::logging::filter(level)),
    );
    (log, tracing::subscriber::set_default(subscriber))
}
