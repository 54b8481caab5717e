//! The yardstick for server-rendered pages: a plain axum handler answering every request with the
//! same bytes from memory, as `text/html`. `bench/run.mjs` saves a rendered `/login` and serves it
//! with this, built with the same profile as the server and pinned to the same core, to compare
//! their throughput in one run.
//!
//!   cargo bench -p app --features ssr --bench static_page --no-run   # then: static_page FILE ADDR
use axum::{Router, http::header, response::IntoResponse, routing::get};

fn main() {
    // `cargo bench` adds `--bench`; everything else is ours.
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let [file, addr] = args.as_slice() else {
        eprintln!("usage: static_page FILE ADDR");
        std::process::exit(2);
    };
    let page: &'static [u8] = std::fs::read(file).expect("the page to serve").leak();
    let handler = move || async move { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response() };
    let app = Router::new().route("/login", get(handler)).fallback(handler);
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a Tokio runtime")
        .block_on(async {
            let listener = tokio::net::TcpListener::bind(addr.as_str()).await.expect("the address");
            println!("static page of {} bytes on http://{addr}", page.len());
            axum::serve(listener, app).await.expect("the server runs");
        });
}
