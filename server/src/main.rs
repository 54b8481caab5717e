#![recursion_limit = "512"]
use app::backend::Settings;
use leptos::prelude::*;
use server::Services;

fn main() {
    // `.env` first, so it feeds the configuration like any other environment variable.
    let _ = dotenvy::dotenv();
    let settings = Settings::from_env().unwrap_or_else(|e| exit_with(&e.to_string()));
    let audit_log = server::logging::AuditFormat::from_env().unwrap_or_else(|e| exit_with(&e));

    #[cfg(feature = "local")]
    if let app::backend::config::Mode::Local(local) = &settings.mode {
        // Before the runtime starts any thread: it sets an environment variable.
        server::local::prepare_signing_key(&local.dir).unwrap_or_else(|e| exit_with(&e));
    }
    // Before the Leptos configuration is read: without cargo-leptos's variables it prints a
    // paragraph of its own, and the operator should see the one line that names the fix.
    #[cfg(not(feature = "local"))]
    if let app::backend::config::Mode::Local(_) = &settings.mode {
        exit_with(server::NO_LOCAL_MODE);
    }

    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a Tokio runtime")
        .block_on(serve(settings, audit_log));
}

fn exit_with(line: &str) -> ! {
    eprintln!("{line}");
    std::process::exit(2);
}

async fn serve(settings: Settings, audit_log: server::logging::AuditFormat) {
    server::logging::init(audit_log);

    let conf = get_configuration(None).expect("the Leptos configuration in Cargo.toml");
    let leptos_options = conf.leptos_options;
    let addr = leptos_options.site_addr;
    #[cfg(feature = "local")]
    if let app::backend::config::Mode::Local(local) = &settings.mode {
        server::local::check_address(local, addr).unwrap_or_else(|e| exit_with(&e));
    }

    let backend = Services::connect(&settings).await.unwrap_or_else(|e| exit_with(&e));
    let app = server::router(backend.app_state(leptos_options));

    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .unwrap_or_else(|e| exit_with(&format!("cannot listen on http://{addr}: {e}")));
    tracing::info!("listening on http://{addr}");
    backend.allow_app_at(addr).await.unwrap_or_else(|e| exit_with(&e));
    // The socket address is the client IP the rate limits count (server/src/rate_limit.rs).
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .expect("the server runs");

    #[cfg(feature = "local")]
    if let Some(local) = backend.local
        && let Err(e) = local.shutdown().await
    {
        tracing::error!("could not save the local Cognito state: {e}");
    }
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("a SIGTERM handler");
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}
