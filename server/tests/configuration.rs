//! A partial or contradictory configuration stops the server at start with one line naming the
//! variable to fix, before anything listens.
use std::process::Command;

fn start_server(vars: &[(&str, &str)]) -> (bool, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    for name in [
        "COGNITO_USER_POOL_ID",
        "COGNITO_CLIENT_ID",
        "COGNITO_CLIENT_SECRET",
        "COGNITO_ISSUER",
        "COGNITO_JWKS_URL",
        "PROFILE_TABLE",
        "LOCAL_AWS_DIR",
        "LOCAL_COGNITO_PORT",
        "LOCAL_ACCESS_TOKEN_MINUTES",
        "LOCAL_MODE_PUBLIC",
        "LEPTOS_SITE_ADDR",
    ] {
        command.env_remove(name);
    }
    // An empty working directory: no `.env` file can interfere.
    let dir = tempfile::tempdir().unwrap();
    let output = command
        .current_dir(dir.path())
        .envs(vars.iter().copied())
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).trim().to_string(),
    )
}

#[test]
fn a_pool_without_a_client_id_is_refused_naming_the_client_id() {
    let (ok, stderr) = start_server(&[("COGNITO_USER_POOL_ID", "eu-west-1_AbC123")]);
    assert!(!ok);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("COGNITO_CLIENT_ID"), "{stderr}");
}

#[test]
fn a_client_secret_without_a_pool_is_refused_naming_the_secret() {
    let (ok, stderr) = start_server(&[("COGNITO_CLIENT_SECRET", "s3cret")]);
    assert!(!ok);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("COGNITO_CLIENT_SECRET"), "{stderr}");
    assert!(!stderr.contains("s3cret"), "the secret itself is never printed");
}

#[test]
fn local_mode_refuses_to_listen_beyond_this_machine_without_the_opt_in() {
    let (ok, stderr) = start_server(&[("LEPTOS_SITE_ADDR", "0.0.0.0:0"), ("LEPTOS_OUTPUT_NAME", "doorway")]);
    assert!(!ok);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("LEPTOS_SITE_ADDR") && stderr.contains("LOCAL_MODE_PUBLIC=yes"),
        "{stderr}"
    );
}
