//! Where the server's log goes. Operators filter it with `RUST_LOG`; the audit trail (events with
//! the target `audit`: who did what, with which outcome, from which address) is part of it, or
//! with `AUDIT_LOG=json` goes alone to standard output as JSON lines for a log pipeline, the rest
//! then going to standard error so the two never interleave on one stream.
use tracing::Subscriber;
use tracing_subscriber::{
    EnvFilter, Layer, filter::filter_fn, fmt::MakeWriter, layer::SubscriberExt, registry::LookupSpan,
    util::SubscriberInitExt,
};

/// The target every audit event is logged under.
pub use app::backend::audit::TARGET as AUDIT_TARGET;

/// The embedded DynamoDB logs every 4xx it answers as a warning, and a refused condition is one:
/// the shared rate limits and the profile's create-once meet them in ordinary use. The app logs
/// every DynamoDB error it did not expect itself (`aws_error::app_error`).
const DEFAULT_FILTER: &str = "info,tower_http=warn,cognitox=warn,dynoxide=warn,dynoxide::server=error";

/// How the audit events are written, from `AUDIT_LOG`: unset for the ordinary log, `json` for
/// JSON lines of their own. Anything else is a configuration mistake, named in one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditFormat {
    Text,
    Json,
}

impl AuditFormat {
    pub fn from_env() -> Result<Self, String> {
        match std::env::var("AUDIT_LOG").ok().as_deref().map(str::trim) {
            None | Some("") | Some("text") => Ok(Self::Text),
            Some("json") => Ok(Self::Json),
            Some(other) => Err(format!("AUDIT_LOG must be `json` or `text`, not `{other}`")),
        }
    }
}

/// The log filter for `directives` (`RUST_LOG`'s syntax).
pub fn filter(directives: &str) -> EnvFilter {
    EnvFilter::new(directives)
}

/// The audit events alone, as JSON lines (`AUDIT_LOG=json`), written to `writer`.
pub fn audit_json<S, W>(writer: W) -> impl Layer<S>
where
    S: Subscriber + for<'span> LookupSpan<'span>,
    W: for<'writer> MakeWriter<'writer> + Send + Sync + 'static,
{
    tracing_subscriber::fmt::layer()
        .json()
        .flatten_event(true)
        .with_current_span(false)
        .with_span_list(false)
        .with_writer(writer)
        .with_filter(filter_fn(|meta| meta.target() == AUDIT_TARGET))
}

/// Installs the process's log subscriber.
pub fn init(audit: AuditFormat) {
    let directives = std::env::var("RUST_LOG").unwrap_or_else(|_| DEFAULT_FILTER.into());
    match audit {
        AuditFormat::Text => tracing_subscriber::fmt().with_env_filter(filter(&directives)).init(),
        AuditFormat::Json => {
            let the_rest = tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_filter(filter(&directives))
                .with_filter(filter_fn(|meta| meta.target() != AUDIT_TARGET));
            tracing_subscriber::registry()
                .with(audit_json(std::io::stdout))
                .with(the_rest)
                .init();
        }
    }
}
