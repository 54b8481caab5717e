//! Several instances behind one load balancer (shared/SECURITY.md 35): three server processes in
//! AWS mode against one set of emulators, each request going to the next instance in turn. The
//! limits and cooldowns hold across them and across a restart, as one instance would count them;
//! a session moves between them; with the limits table gone each instance falls back to its own
//! limits, never to none; and an instance stopped for a rolling deploy finishes what it answers.
//!
//! Every limit below would let an attacker through several times over if each instance counted on
//! its own: with 3 sign-ins per email and network an hour, three instances would allow 9.
use std::{
    process::Command,
    time::{Duration, Instant},
};

use app::{
    error::AppError,
    functions::{
        auth::{ConfirmSignUp, RefreshSession, ResendCode, SignIn, SignOut, SignUp},
        profile::GetProfile,
    },
    model::{MailPurpose, SignedIn},
};
use serde::{Serialize, de::DeserializeOwned};
use server::Services;
use server_fn::ServerFn;

use crate::{
    common::{
        AwsModeExtras, ClientAnswer, PASSWORD, ServerProcess, call_from_at, faults::FaultProxy, local_settings,
        newest_code, sign_in_args, spawn_in_aws_mode_with,
    },
    rate_limits::assert_limited,
};

/// The profile table the local emulators were provisioned with (with its `-limits` beside it).
const TABLE: &str = "profiles";

/// One server process in AWS mode, its log and standard error kept; killed when dropped.
type Instance = ServerProcess;

/// Instances of the server sharing one set of emulators (a local-mode `Services` in this test),
/// their Cognito calls counted on the way (`cognito`).
struct Cluster {
    instances: Vec<Instance>,
    cognito: FaultProxy,
    service: Services,
    http: reqwest::Client,
    extras: AwsModeExtras,
    started: usize,
    dir: tempfile::TempDir,
}

impl Cluster {
    /// `count` instances behind 127.0.0.1 as their trusted proxy, started together.
    async fn start(count: usize) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let service = Services::connect(&local_settings(dir.path())).await.unwrap();
        let emulators = service.local.as_ref().unwrap();
        let cognito = FaultProxy::start(&emulators.cognito_endpoint).await;
        let extras = AwsModeExtras {
            env: vec![("TRUSTED_PROXIES".into(), "127.0.0.1/32".into())],
            output: None,
        };
        let mut cluster = Self {
            instances: Vec::new(),
            cognito,
            service,
            http: reqwest::Client::new(),
            extras,
            started: 0,
            dir,
        };
        // All processes first, then the wait: they start side by side.
        for _ in 0..count {
            let instance = cluster.spawn();
            cluster.instances.push(instance);
        }
        for instance in &cluster.instances {
            wait_until_serving(instance).await;
        }
        cluster
    }

    fn spawn(&mut self) -> Instance {
        self.started += 1;
        let log = self.dir.path().join(format!("instance-{}.log", self.started));
        let extras = AwsModeExtras {
            output: Some(log.clone()),
            ..self.extras.clone()
        };
        let dynamodb = &self.service.local.as_ref().unwrap().dynamodb_endpoint;
        spawn_in_aws_mode_with(
            &self.service,
            &self.cognito.endpoint,
            dynamodb,
            TABLE,
            self.dir.path(),
            &extras,
        )
    }

    /// Kills instance `n` outright (no graceful stop: a crash loses nothing either) and starts it
    /// again on another port.
    async fn restart(&mut self, n: usize) {
        let fresh = self.spawn();
        // Dropping the old one kills it.
        self.instances[n] = fresh;
        wait_until_serving(&self.instances[n]).await;
    }

    /// Calls a server function at instance `n` as a client at `client` behind the trusted proxy.
    async fn call_from<F>(&self, n: usize, client: &str, args: F) -> ClientAnswer<F::Output>
    where
        F: ServerFn<Error = AppError> + Serialize,
        F::Output: DeserializeOwned,
    {
        call_from_at(&self.http, &self.instances[n].base, client, args).await
    }

    /// Calls a server function at instance `n` from one person's address.
    async fn call<F>(&self, n: usize, args: F) -> (u16, Result<F::Output, AppError>)
    where
        F: ServerFn<Error = AppError> + Serialize,
        F::Output: DeserializeOwned,
    {
        let (status, _, answer) = self.call_from(n, "198.51.100.20", args).await;
        (status, answer)
    }

    fn sign_ins_at_cognito(&self) -> u32 {
        self.cognito.seen("InitiateAuth")
    }
}

async fn wait_until_serving(instance: &Instance) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if reqwest::get(format!("{}/healthz", instance.base)).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("an instance did not start:\n{}", instance.log());
}

#[tokio::test]
async fn sign_in_guesses_for_an_email_get_one_quota_across_three_instances_and_a_restart() {
    let mut cluster = Cluster::start(3).await;
    let victim = "victim@example.com";
    let attacker = "203.0.113.66";
    let before = cluster.sign_ins_at_cognito();
    // Nine guesses, three at each instance: the network's share of the email is 3 an hour in all.
    for n in 0..9 {
        let answer = cluster
            .call_from(n % 3, attacker, sign_in_args(victim, "wrong password"))
            .await;
        if n < 3 {
            assert_eq!(
                (answer.0, answer.2),
                (401, Err(AppError::WrongCredentials)),
                "guess {n}"
            );
        } else {
            // One more every 20 minutes.
            assert_limited(answer, 1200);
        }
    }
    assert_eq!(cluster.sign_ins_at_cognito() - before, 3, "Cognito saw the quota only");

    // The instance that restarts forgets nothing: the count is not its own.
    cluster.restart(1).await;
    for n in [1, 2, 0] {
        let answer = cluster
            .call_from(n, "203.0.113.67", sign_in_args(victim, "wrong password"))
            .await;
        assert_limited(answer, 1200);
    }
    assert_eq!(cluster.sign_ins_at_cognito() - before, 3);

    // Guesses spread over networks meet the email's ceiling, five a minute across all instances
    // (each instance alone would have allowed every one of these nine).
    let spread = "spread@example.com";
    let before = cluster.sign_ins_at_cognito();
    for n in 0..9 {
        let network = format!("198.51.{n}.1");
        let answer = cluster
            .call_from(n % 3, &network, sign_in_args(spread, "wrong password"))
            .await;
        if n < 5 {
            assert_eq!(answer.0, 401, "guess {n}: {:?}", answer.2);
        } else {
            assert_limited(answer, 60);
        }
    }
    assert_eq!(cluster.sign_ins_at_cognito() - before, 5);
}

#[tokio::test]
async fn the_resend_cooldown_holds_across_instances_and_sends_nothing_more() {
    let cluster = Cluster::start(3).await;
    let email = "pending@example.com";
    let sign_up = SignUp {
        email: email.into(),
        password: PASSWORD.into(),
        display_name: "Pending".into(),
    };
    assert_eq!(cluster.call(2, sign_up).await, (200, Ok(())));
    let resend = || ResendCode { email: email.into() };
    assert_eq!(cluster.call(0, resend()).await, (200, Ok(())));
    let code = newest_code(&cluster.service, email, MailPurpose::Resend).await;
    let mailbox = cluster.service.mailbox.as_ref().unwrap();
    let sent = || async {
        let messages = mailbox.messages().await.into_iter().filter(|m| m.to == email);
        messages.map(|m| (m.purpose, m.code)).collect::<Vec<_>>()
    };
    assert_eq!(sent().await, [(MailPurpose::Resend, code.clone())]);

    // Straight away at the other instances, as a script that knows there are several would.
    assert_limited(cluster.call_from(1, "198.51.100.20", resend()).await, 30);
    assert_limited(cluster.call_from(2, "192.0.2.9", resend()).await, 30);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        cluster.cognito.seen("ResendConfirmationCode"),
        1,
        "Cognito sent one new code"
    );
    assert_eq!(
        sent().await,
        [(MailPurpose::Resend, code)],
        "no second new code reached the mailbox"
    );
}

#[tokio::test]
async fn a_session_started_at_one_instance_refreshes_at_another_and_ends_at_a_third() {
    let cluster = Cluster::start(3).await;
    let email = "roaming@example.com";
    let sign_up = SignUp {
        email: email.into(),
        password: PASSWORD.into(),
        display_name: "Roaming".into(),
    };
    assert_eq!(cluster.call(0, sign_up).await, (200, Ok(())));
    let code = newest_code(&cluster.service, email, MailPurpose::SignUp).await;
    let confirm = ConfirmSignUp {
        email: email.into(),
        code: code.into(),
        password: None,
        time_zone: None,
        language: None,
    };
    assert_eq!(cluster.call(1, confirm).await.0, 200);

    // Signed in at A.
    let (status, step) = cluster.call(0, sign_in_args(email, PASSWORD)).await;
    assert_eq!(status, 200, "{step:?}");
    let SignedIn { tokens, username, .. } = step.unwrap().into_signed_in().expect("no second step");
    let refresh = |token: &str| RefreshSession {
        refresh_token: token.into(),
        username: username.clone(),
    };

    // Refreshed at B: the refresh token rotates, and the one sent is spent everywhere.
    let first_refresh = tokens.refresh_token.clone().expect("a refresh token");
    let (status, refreshed) = cluster.call(1, refresh(&first_refresh)).await;
    assert_eq!(status, 200, "{refreshed:?}");
    let refreshed = refreshed.unwrap();
    let new_refresh = refreshed.refresh_token.clone().expect("a rotated refresh token");
    assert_ne!(new_refresh, first_refresh);
    let profile = |token: &str| GetProfile {
        access_token: token.into(),
    };
    for n in 0..3 {
        let (status, read) = cluster.call(n, profile(&refreshed.access_token)).await;
        assert_eq!(status, 200, "instance {n}: {read:?}");
    }
    assert_eq!(cluster.call(2, refresh(&first_refresh)).await.0, 401);

    // Signed out at C.
    let sign_out = SignOut {
        access_token: refreshed.access_token.as_str().into(),
        refresh_token: new_refresh.as_str().into(),
    };
    assert_eq!(cluster.call(2, sign_out).await, (200, Ok(())));

    // A, which issued the session, refuses what B refreshed.
    assert_eq!(
        cluster.call(0, profile(&refreshed.access_token)).await,
        (401, Err(AppError::SessionExpired))
    );
    assert_eq!(
        cluster.call(0, refresh(&new_refresh)).await,
        (401, Err(AppError::SessionExpired))
    );
    assert_eq!(cluster.call(1, profile(&tokens.access_token)).await.0, 401);

    // What the instances were started with holds the clients' secrets: for the owner only.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let env_file = cluster.dir.path().join(server::local::INSTANCES_ENV_FILE);
        let mode = std::fs::metadata(env_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[tokio::test]
async fn without_the_limits_table_each_instance_keeps_its_own_limits_and_says_so() {
    let cluster = Cluster::start(3).await;
    // The table goes away under the running instances (an outage, a permission taken away).
    let limits_table = format!("{TABLE}-limits");
    cluster
        .service
        .profiles
        .sdk()
        .delete_table()
        .table_name(&limits_table)
        .send()
        .await
        .unwrap();

    let before = cluster.sign_ins_at_cognito();
    let mut allowed = [0; 3];
    for n in 0..12 {
        let answer = cluster
            .call_from(
                n % 3,
                "203.0.113.66",
                sign_in_args("victim@example.com", "wrong password"),
            )
            .await;
        if n < 9 {
            // Each instance's own share of 3: more than one instance's worth, in all.
            assert_eq!(
                (answer.0, answer.2),
                (401, Err(AppError::WrongCredentials)),
                "guess {n}"
            );
            allowed[n % 3] += 1;
        } else {
            // Never unlimited: past its own 3, each instance refuses.
            assert_limited(answer, 1200);
        }
    }
    assert_eq!(allowed, [3, 3, 3]);
    assert_eq!(cluster.sign_ins_at_cognito() - before, 9);
    for (n, instance) in cluster.instances.iter().enumerate() {
        let log = instance.log();
        assert_eq!(
            log.matches("the rate-limits table cannot be reached").count(),
            1,
            "instance {n} says so once:\n{log}"
        );
    }
}

/// A rolling deploy stops instances with SIGTERM: the request an instance is reading still gets
/// its whole answer, no new connection is taken, and the process exits cleanly. (Sockets of
/// tokio's: the emulators answer on this test's one thread, which a blocking read would stall.)
#[cfg(unix)]
#[tokio::test]
async fn an_instance_told_to_stop_answers_the_request_it_is_reading_and_takes_no_new_one() {
    use tokio::{
        io::{AsyncReadExt, AsyncWriteExt},
        net::TcpStream,
        time::timeout,
    };
    let mut cluster = Cluster::start(1).await;
    let address = cluster.instances[0].base.trim_start_matches("http://").to_string();
    let body = serde_json::to_string(&sign_in_args("nobody@example.com", "wrong password")).unwrap();
    let (first_half, second_half) = body.split_at(body.len() / 2);
    let mut in_flight = TcpStream::connect(&address).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{first_half}",
        SignIn::PATH,
        body.len()
    );
    in_flight.write_all(head.as_bytes()).await.unwrap();
    // The server has the headers and waits for the rest of the body.
    tokio::time::sleep(Duration::from_millis(200)).await;

    let pid = cluster.instances[0].child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    tokio::time::sleep(Duration::from_millis(200)).await;

    // No new connection is taken, or one that the backlog took gets no answer.
    if let Ok(mut late) = TcpStream::connect(&address).await {
        let request = format!("GET /healthz HTTP/1.1\r\nHost: {address}\r\n\r\n");
        let _ = late.write_all(request.as_bytes()).await;
        let mut answer = Vec::new();
        let _ = timeout(Duration::from_millis(500), late.read_to_end(&mut answer)).await;
        assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
    }

    // The rest of the body: the whole answer comes, the function's own (no such account).
    in_flight.write_all(second_half.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    timeout(Duration::from_secs(5), in_flight.read_to_end(&mut answer))
        .await
        .expect("the answer within 5 s")
        .expect("the whole answer, then the end of the connection");
    let answer = String::from_utf8(answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 401 "), "{answer}");
    let (_, json) = answer.split_once("\r\n\r\n").unwrap();
    let error: AppError = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {answer}"));
    assert_eq!(error, AppError::WrongCredentials);

    let instance = &mut cluster.instances[0];
    let deadline = Instant::now() + Duration::from_secs(5);
    let exit = loop {
        if let Some(exit) = instance.child.try_wait().unwrap() {
            break exit;
        }
        assert!(Instant::now() < deadline, "still running 5 s after its last answer");
        tokio::time::sleep(Duration::from_millis(25)).await;
    };
    assert!(exit.success(), "a clean exit, not a crash: {exit}\n{}", instance.log());
}
