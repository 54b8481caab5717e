//! What the sign-in server function costs on top of Cognito itself (budget: p50 at most 1 ms,
//! p99 at most 5 ms more). One client, one request at a time, alternating: `InitiateAuth`
//! (`USER_PASSWORD_AUTH`) sent with the AWS SDK straight to the server's embedded Cognito
//! emulator, and `POST /api/sign_in` to the server, which makes the same call and then verifies
//! the tokens and reads the profile. Both reach the same emulator in the same process, so the
//! difference of their percentiles is the server function's overhead.
//!
//!   sign_in_overhead BASE_URL COGNITO_ENDPOINT EMAIL PASSWORD [PAIRS]
//!
//! The browser's app client has a secret: `COGNITO_CLIENT_SECRET` (local mode writes it to
//! `LOCAL_AWS_DIR/instances.env`) signs the direct call's `SECRET_HASH`, as the server signs its own.
use std::time::Instant;

use aws_sdk_cognitoidentityprovider::{config::Credentials, types::AuthFlowType};

const CLIENT_ID: &str = "doorwaylocalwebclient";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let (base, cognito, email, password) = match args.as_slice() {
        [base, cognito, email, password, ..] => (base.clone(), cognito.clone(), email.clone(), password.clone()),
        _ => {
            eprintln!("usage: sign_in_overhead BASE_URL COGNITO_ENDPOINT EMAIL PASSWORD [PAIRS]");
            std::process::exit(2);
        }
    };
    let pairs: usize = args.get(4).and_then(|n| n.parse().ok()).unwrap_or(500);
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(run(base, cognito, email, password, pairs));
}

async fn run(base: String, cognito: String, email: String, password: String, pairs: usize) {
    let config = aws_sdk_cognitoidentityprovider::Config::builder()
        .behavior_version_latest()
        .region(aws_sdk_cognitoidentityprovider::config::Region::new("us-east-1"))
        .credentials_provider(Credentials::new("local", "local", None, None, "bench"))
        .endpoint_url(&cognito)
        .build();
    let sdk = aws_sdk_cognitoidentityprovider::Client::from_conf(config);
    let http = reqwest::Client::new();
    let body =
        serde_json::json!({ "email": email, "password": password, "time_zone": null, "language": null }).to_string();
    let url = format!("{base}/api/sign_in");
    let secret_hash = std::env::var("COGNITO_CLIENT_SECRET")
        .ok()
        .map(|secret| app::backend::user_pool::secret_hash(&secret, &email, CLIENT_ID));

    let direct = async || {
        let start = Instant::now();
        let mut call = sdk
            .initiate_auth()
            .client_id(CLIENT_ID)
            .auth_flow(AuthFlowType::UserPasswordAuth)
            .auth_parameters("USERNAME", &email)
            .auth_parameters("PASSWORD", &password);
        if let Some(hash) = &secret_hash {
            call = call.auth_parameters("SECRET_HASH", hash);
        }
        let output = call.send().await.expect("InitiateAuth");
        assert!(output.authentication_result.is_some());
        start.elapsed().as_secs_f64() * 1000.0
    };
    let function = async || {
        let start = Instant::now();
        let response = http
            .post(&url)
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await
            .expect("POST /api/sign_in");
        let status = response.status();
        let text = response.text().await.expect("a body");
        assert!(status.is_success(), "sign_in: {status} {text}");
        start.elapsed().as_secs_f64() * 1000.0
    };

    for _ in 0..20 {
        direct().await;
        function().await;
    }
    let (mut sdk_ms, mut fn_ms, mut diff_ms) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..pairs {
        // Alternate which goes first, so neither always follows the other.
        let (d, f) = if i % 2 == 0 {
            let d = direct().await;
            (d, function().await)
        } else {
            let f = function().await;
            (direct().await, f)
        };
        sdk_ms.push(d);
        fn_ms.push(f);
        diff_ms.push(f - d);
    }
    let pct = |v: &mut Vec<f64>, q: f64| {
        v.sort_by(|a, b| a.total_cmp(b));
        v[((v.len() as f64 * q) as usize).min(v.len() - 1)]
    };
    let (d50, d99) = (pct(&mut sdk_ms, 0.5), pct(&mut sdk_ms, 0.99));
    let (f50, f99) = (pct(&mut fn_ms, 0.5), pct(&mut fn_ms, 0.99));
    let (p50, p99) = (pct(&mut diff_ms, 0.5), pct(&mut diff_ms, 0.99));
    println!(
        "{}",
        serde_json::json!({
            "pairs": pairs,
            "sdk_p50_ms": d50, "sdk_p99_ms": d99,
            "function_p50_ms": f50, "function_p99_ms": f99,
            "overhead_p50_ms": f50 - d50, "overhead_p99_ms": f99 - d99,
            "paired_overhead_p50_ms": p50, "paired_overhead_p99_ms": p99,
        })
    );
}
