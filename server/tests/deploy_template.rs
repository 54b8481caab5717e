//! One source of truth for AWS: `server/deploy/template.yaml` provisions the pool, the app client
//! and the table as local mode does (`server/src/local/mod.rs`, read here through its own
//! functions and a running instance, never through copies), grants exactly the AWS calls the app
//! makes, limits paths the app really serves, and its outputs configure the server. The
//! Dockerfile builds the way the README documents and runs as an operator expects.
use std::{
    collections::{BTreeSet, HashMap},
    path::Path,
};

use app::{
    backend::config::{DEFAULT_ACCESS_TOKEN_MINUTES, Mode, Settings},
    error::AppError,
    functions::{
        auth::{ConfirmSignUp, ForgotPassword, ResendCode, ResetPassword, SignIn, SignUp},
        passwordless::{SendSignInCode, SignInWithCode, SignInWithPasskey, StartPasskeySignIn},
    },
};
use serde_json::{Map, Value};
use server_fn::ServerFn;
use yaml_rust2::{Yaml, YamlLoader};

use crate::common::TestApp;

/// A file of the repository, by its path from the root.
fn read(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root");
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn template() -> Value {
    let documents = YamlLoader::load_from_str(&read("server/deploy/template.yaml")).expect("the template is YAML");
    as_json(&documents[0])
}

fn as_json(yaml: &Yaml) -> Value {
    match yaml {
        Yaml::String(text) => Value::String(text.clone()),
        Yaml::Integer(number) => Value::from(*number),
        Yaml::Real(number) => Value::from(number.parse::<f64>().expect("a YAML real")),
        Yaml::Boolean(flag) => Value::Bool(*flag),
        Yaml::Null => Value::Null,
        Yaml::Array(items) => Value::Array(items.iter().map(as_json).collect()),
        Yaml::Hash(entries) => Value::Object(
            entries
                .iter()
                .map(|(key, value)| (key.as_str().expect("string keys").to_string(), as_json(value)))
                .collect(),
        ),
        other => panic!("the template holds a YAML node CloudFormation does not read: {other:?}"),
    }
}

/// A resource's `Properties`.
fn properties<'a>(template: &'a Value, resource: &str) -> &'a Map<String, Value> {
    template["Resources"][resource]["Properties"]
        .as_object()
        .unwrap_or_else(|| panic!("the template has no resource {resource}"))
}

/// What local mode provisions: the pool request, and its one app client's request.
fn local_pool_and_client() -> (Map<String, Value>, Map<String, Value>) {
    let seed: Value = serde_json::from_str(&server::local::seed(
        DEFAULT_ACCESS_TOKEN_MINUTES,
        "browser-secret",
        "server-secret",
    ))
    .unwrap();
    let mut pool = seed["UserPools"][0].as_object().expect("one local pool").clone();
    let client = pool["Clients"][0].as_object().expect("one local client").clone();
    pool.remove("Clients");
    (pool, client)
}

/// Lists compare as sets: the order of auth flows or attributes means nothing to Cognito.
fn unordered(value: &Value) -> Value {
    match value {
        Value::Array(items) => {
            let mut items: Vec<Value> = items.iter().map(unordered).collect();
            items.sort_by_key(Value::to_string);
            Value::Array(items)
        }
        Value::Object(entries) => Value::Object(entries.iter().map(|(k, v)| (k.clone(), unordered(v))).collect()),
        other => other.clone(),
    }
}

/// The settings of `local` (but those in `skip`) that `deployed` lacks or sets otherwise.
fn disagreements(local: &Map<String, Value>, deployed: &Map<String, Value>, skip: &[&str]) -> Vec<String> {
    local
        .iter()
        .filter(|(name, _)| !skip.contains(&name.as_str()))
        .filter(|(name, value)| deployed.get(*name).map(unordered) != Some(unordered(value)))
        .map(|(name, value)| format!("{name}: local mode {value}, template {:?}", deployed.get(name)))
        .collect()
}

#[test]
fn the_template_provisions_the_pool_and_client_as_local_mode_does() {
    let template = template();
    let (pool, client) = local_pool_and_client();

    // Names and ids are each environment's own; every setting must agree: password policy,
    // sign-in name, verification, recovery, email updates, auth flows, write attributes,
    // user-existence errors, token revocation and lifetimes.
    // The sign-in policy depends on the stack's parameters (`the_pool_allows_the_first_factors_the_sign_in_page_offers`).
    let mut deployed_pool = properties(&template, "UserPool").clone();
    deployed_pool["Policies"]
        .as_object_mut()
        .expect("the pool's policies")
        .remove("SignInPolicy");
    let pool_differences = disagreements(&pool, &deployed_pool, &["Id", "PoolName"]);
    assert_eq!(pool_differences, Vec::<String>::new(), "the user pool");
    let client_differences = disagreements(&client, properties(&template, "UserPoolClient"), &["ClientId"]);
    assert_eq!(client_differences, Vec::<String>::new(), "the app client");

    // The comparison covers what a person meets first.
    for setting in ["Policies", "UsernameAttributes", "UserAttributeUpdateSettings"] {
        assert!(pool.contains_key(setting), "local mode sets {setting}");
    }
    for setting in [
        "ExplicitAuthFlows",
        "WriteAttributes",
        "EnableTokenRevocation",
        "AccessTokenValidity",
        "RefreshTokenValidity",
        "TokenValidityUnits",
        "RefreshTokenRotation",
    ] {
        assert!(client.contains_key(setting), "local mode sets {setting}");
    }
    assert_eq!(client["WriteAttributes"], serde_json::json!(["name"]), "never `email`");
}

/// The factors a `SetUserPoolMfaConfig` request enables, in CloudFormation's `EnabledMfas` names.
fn enabled_factors(config: &Value) -> BTreeSet<String> {
    let mut factors = BTreeSet::new();
    if config["SoftwareTokenMfaConfiguration"]["Enabled"] == Value::Bool(true) {
        factors.insert("SOFTWARE_TOKEN_MFA".to_string());
    }
    if config.get("SmsMfaConfiguration").is_some() {
        factors.insert("SMS_MFA".to_string());
    }
    if config.get("EmailMfaConfiguration").is_some() {
        factors.insert("EMAIL_OTP".to_string());
    }
    factors
}

#[tokio::test]
async fn two_step_sign_in_is_optional_with_an_authenticator_app_in_both() {
    use aws_sdk_cognitoidentityprovider::types::UserPoolMfaType;

    let template = template();
    let pool = properties(&template, "UserPool");
    let local = server::local::mfa_config();
    assert_eq!(pool["MfaConfiguration"], local["MfaConfiguration"]);
    assert_eq!(local["MfaConfiguration"], "OPTIONAL");
    let deployed: BTreeSet<String> = pool["EnabledMfas"]
        .as_array()
        .expect("EnabledMfas")
        .iter()
        .map(|factor| factor.as_str().unwrap().to_string())
        .collect();
    assert_eq!(deployed, enabled_factors(&local));
    assert_eq!(deployed, BTreeSet::from(["SOFTWARE_TOKEN_MFA".to_string()]));

    // And the running local pool has it.
    let app = TestApp::start().await;
    let user_pool = &app.backend.user_pool;
    let running = user_pool
        .sdk()
        .get_user_pool_mfa_config()
        .user_pool_id(&user_pool.pool_id)
        .send()
        .await
        .unwrap();
    assert_eq!(running.mfa_configuration(), Some(&UserPoolMfaType::Optional));
    let software_token = running
        .software_token_mfa_configuration()
        .expect("software tokens configured");
    assert!(software_token.enabled());
}

#[tokio::test]
async fn the_tables_have_the_keys_local_mode_creates() {
    let template = template();
    let app = TestApp::start().await;
    let profiles = &app.backend.profiles;
    for (resource, local_name) in [
        ("ProfileTable", profiles.table.clone()),
        ("ActivityTable", profiles.activity_table()),
    ] {
        let table = properties(&template, resource);
        let described = profiles
            .sdk()
            .describe_table()
            .table_name(&local_name)
            .send()
            .await
            .unwrap();
        let described = described.table().expect("the local table");
        let local_key: Vec<Value> = described
            .key_schema()
            .iter()
            .map(|key| serde_json::json!({"AttributeName": key.attribute_name(), "KeyType": key.key_type().as_str()}))
            .collect();
        let local_attributes: Vec<Value> = described
            .attribute_definitions()
            .iter()
            .map(|attribute| {
                serde_json::json!({
                    "AttributeName": attribute.attribute_name(),
                    "AttributeType": attribute.attribute_type().as_str(),
                })
            })
            .collect();
        assert_eq!(
            unordered(&table["KeySchema"]),
            unordered(&Value::Array(local_key)),
            "{resource}"
        );
        assert_eq!(
            unordered(&table["AttributeDefinitions"]),
            unordered(&Value::Array(local_attributes)),
            "{resource}"
        );
        assert_eq!(
            table["BillingMode"], "PAY_PER_REQUEST",
            "{resource}: as the server creates a missing one"
        );
    }
    let profile_key = &properties(&template, "ProfileTable")["KeySchema"];
    assert_eq!(
        profile_key,
        &serde_json::json!([{"AttributeName": "sub", "KeyType": "HASH"}])
    );

    // Activity items expire by the same attribute in both.
    let ttl = profiles
        .sdk()
        .describe_time_to_live()
        .table_name(profiles.activity_table())
        .send()
        .await
        .unwrap();
    let local_ttl = ttl.time_to_live_description().and_then(|ttl| ttl.attribute_name());
    let activity = properties(&template, "ActivityTable");
    assert_eq!(activity["TimeToLiveSpecification"]["Enabled"], true);
    assert_eq!(activity["TimeToLiveSpecification"]["AttributeName"].as_str(), local_ttl);
    assert_eq!(
        activity["TableName"],
        serde_json::json!({"Fn::Sub": "${ProfileTable}-activity"})
    );
}

#[test]
fn accounts_and_profiles_outlive_a_deleted_stack_and_a_bad_write() {
    let template = template();
    let pool = properties(&template, "UserPool");
    assert_eq!(pool["DeletionProtection"], "ACTIVE");
    let table = properties(&template, "ProfileTable");
    assert_eq!(table["DeletionProtectionEnabled"], true);
    assert_eq!(
        table["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"],
        true
    );
    assert_eq!(table["SSESpecification"]["SSEEnabled"], true);
    for resource in ["UserPool", "ProfileTable"] {
        assert_eq!(
            template["Resources"][resource]["DeletionPolicy"], "Retain",
            "{resource}"
        );
        assert_eq!(
            template["Resources"][resource]["UpdateReplacePolicy"], "Retain",
            "{resource}"
        );
    }
    // A public client (the browser never sees a secret) unless the deployer asks for one.
    assert_eq!(template["Parameters"]["GenerateClientSecret"]["Default"], "false");
    assert_eq!(
        properties(&template, "UserPoolClient")["GenerateSecret"],
        serde_json::json!({"Fn::If": ["HasClientSecret", true, false]})
    );
}

/// `user_password_auth` → `UserPasswordAuth`: an SDK method's operation name.
fn pascal_case(snake: &str) -> String {
    snake
        .split('_')
        .map(|word| {
            let mut letters = word.chars();
            letters
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + letters.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// `UserPasswordAuth` → `USER_PASSWORD_AUTH`: an `AuthFlowType` variant's wire name.
fn screaming_snake_case(pascal: &str) -> String {
    let mut out = String::new();
    for (i, letter) in pascal.chars().enumerate() {
        if letter.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(letter.to_ascii_uppercase());
    }
    out
}

/// A source file without its unit tests and without whitespace, so chained calls written over
/// several lines read as one (`self.client.get_item()`).
fn compact_source(path: &str) -> String {
    let source = read(path);
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    code.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every identifier that follows `prefix` in `code`.
fn identifiers_after(code: &str, prefix: &str) -> BTreeSet<String> {
    code.match_indices(prefix)
        .map(|(at, _)| {
            code[at + prefix.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// The SDK operations a wrapper calls on its client (`self.client.get_item()` → `GetItem`).
fn operations_called(path: &str) -> BTreeSet<String> {
    let code = compact_source(path);
    identifiers_after(&code, ".client.")
        .into_iter()
        .filter(|name| code.contains(&format!(".client.{name}()")))
        .map(|name| pascal_case(&name))
        .collect()
}

#[test]
fn the_client_allows_exactly_the_auth_flows_the_server_starts() {
    let template = template();
    let started: BTreeSet<String> = ["app/src/backend/user_pool.rs", "app/src/backend/passwordless.rs"]
        .into_iter()
        .flat_map(|path| identifiers_after(&compact_source(path), "AuthFlowType::"))
        .collect();
    let mut needed: BTreeSet<String> = started
        .iter()
        .map(|flow| format!("ALLOW_{}", screaming_snake_case(flow)))
        .collect();
    // Refreshing (`GetTokensFromRefreshToken`) is how a session outlives its access token.
    needed.insert("ALLOW_REFRESH_TOKEN_AUTH".to_string());
    let allowed: BTreeSet<String> = properties(&template, "UserPoolClient")["ExplicitAuthFlows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|flow| flow.as_str().unwrap().to_string())
        .collect();
    assert_eq!(allowed, needed);
    assert!(allowed.contains("ALLOW_USER_PASSWORD_AUTH") && allowed.contains("ALLOW_USER_AUTH"));
}

/// The first factors `AllowedFirstAuthFactors` allows, for each value of the stack's conditions.
fn first_factors(policy: &Value, sends_with_ses: bool, has_passkeys: bool) -> BTreeSet<String> {
    match policy {
        Value::Object(call) if call.contains_key("Fn::If") => {
            let [condition, then, otherwise] = call["Fn::If"].as_array().unwrap().as_slice() else {
                panic!("Fn::If takes three arguments")
            };
            let holds = match condition.as_str().unwrap() {
                "SendsWithSes" => sends_with_ses,
                "HasPasskeys" => has_passkeys,
                other => panic!("unexpected condition {other}"),
            };
            first_factors(if holds { then } else { otherwise }, sends_with_ses, has_passkeys)
        }
        Value::Array(factors) => factors.iter().map(|f| f.as_str().unwrap().to_string()).collect(),
        other => panic!("unexpected factors {other}"),
    }
}

#[test]
fn the_pool_allows_the_first_factors_the_sign_in_page_offers() {
    let template = template();
    let pool = properties(&template, "UserPool");
    // Choice-based sign-in is not in the Lite plan.
    assert_eq!(pool["UserPoolTier"], "ESSENTIALS");
    let policy = &pool["Policies"]["SignInPolicy"]["AllowedFirstAuthFactors"];
    let set = |factors: &[&str]| factors.iter().map(|f| f.to_string()).collect::<BTreeSet<_>>();
    // Cognito sends sign-in codes only from SES, and passkeys need a relying party.
    assert_eq!(first_factors(policy, false, false), set(&["PASSWORD"]));
    assert_eq!(first_factors(policy, true, false), set(&["PASSWORD", "EMAIL_OTP"]));
    assert_eq!(first_factors(policy, false, true), set(&["PASSWORD", "WEB_AUTHN"]));
    assert_eq!(
        first_factors(policy, true, true),
        set(&["PASSWORD", "EMAIL_OTP", "WEB_AUTHN"])
    );
    assert_eq!(
        pool["WebAuthnRelyingPartyID"]["Fn::If"][1],
        serde_json::json!({"Ref": "PasskeyRelyingPartyId"})
    );
    assert!(template["Parameters"]["PasskeyRelyingPartyId"].is_object());
}

/// The actions one statement of the server policy allows, and on what.
fn statement<'a>(template: &'a Value, sid: &str) -> (BTreeSet<String>, &'a Value) {
    let statements = properties(template, "ServerPolicy")["PolicyDocument"]["Statement"]
        .as_array()
        .unwrap();
    let statement = statements
        .iter()
        .find(|statement| statement["Sid"] == sid)
        .unwrap_or_else(|| panic!("no statement {sid}"));
    assert_eq!(statement["Effect"], "Allow");
    let actions = statement["Action"]
        .as_array()
        .unwrap()
        .iter()
        .map(|action| action.as_str().unwrap().to_string())
        .collect();
    (actions, &statement["Resource"])
}

#[test]
fn the_server_policy_grants_exactly_the_calls_the_app_makes_on_its_own_pool_and_table() {
    let template = template();
    let statements = properties(&template, "ServerPolicy")["PolicyDocument"]["Statement"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(
        statements, 3,
        "nothing beyond the pool's and the two tables' statements"
    );

    // Cognito: the administrator calls (the public ones take no AWS credentials).
    let admin_calls: BTreeSet<String> = operations_called("app/src/backend/user_pool.rs")
        .into_iter()
        .filter(|operation| operation.starts_with("Admin"))
        .map(|operation| format!("cognito-idp:{operation}"))
        .collect();
    let (granted, resource) = statement(&template, "CognitoAdministratorCalls");
    assert_eq!(granted, admin_calls);
    assert!(granted.contains("cognito-idp:AdminUpdateUserAttributes"));
    assert_eq!(resource, &serde_json::json!({"Fn::GetAtt": ["UserPool", "Arn"]}));

    // DynamoDB: every call of the table wrapper but CreateTable, which the stack does instead
    // (the server only tries it when the table is missing, and then just warns).
    let table_calls: BTreeSet<String> = operations_called("app/src/backend/profile_table.rs")
        .into_iter()
        .filter(|operation| operation != "CreateTable")
        .map(|operation| format!("dynamodb:{operation}"))
        .collect();
    let (granted, resource) = statement(&template, "ProfileItems");
    assert_eq!(granted, table_calls);
    assert!(granted.contains("dynamodb:GetItem") && granted.contains("dynamodb:DescribeTable"));
    assert_eq!(resource, &serde_json::json!({"Fn::GetAtt": ["ProfileTable", "Arn"]}));

    // The activity table likewise, but for the TTL the stack sets.
    let code = compact_source("app/src/backend/activity.rs");
    let activity_calls: BTreeSet<String> = identifiers_after(&code, ".sdk().")
        .into_iter()
        .map(|name| pascal_case(&name))
        .filter(|operation| operation != "CreateTable" && operation != "UpdateTimeToLive")
        .map(|operation| format!("dynamodb:{operation}"))
        .collect();
    let (granted, resource) = statement(&template, "ActivityItems");
    assert_eq!(granted, activity_calls);
    assert!(granted.contains("dynamodb:Query"));
    assert_eq!(resource, &serde_json::json!({"Fn::GetAtt": ["ActivityTable", "Arn"]}));
}

#[test]
fn the_web_acl_limits_the_calls_that_spend_cognitos_sign_in_quotas_per_ip() {
    let template = template();
    let web_acl = &template["Resources"]["WebAcl"];
    assert_eq!(web_acl["Condition"], "CreatesWebAcl", "optional");
    let rules = web_acl["Properties"]["Rules"].as_array().unwrap();
    assert_eq!(rules.len(), 1);
    let rate = &rules[0]["Statement"]["RateBasedStatement"];
    assert_eq!(rate["AggregateKeyType"], "IP");
    let guarded: BTreeSet<String> = rate["ScopeDownStatement"]["OrStatement"]["Statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|statement| {
            let matches = &statement["ByteMatchStatement"];
            assert_eq!(matches["FieldToMatch"], serde_json::json!({"UriPath": {}}));
            assert_eq!(matches["PositionalConstraint"], "EXACTLY");
            matches["SearchString"].as_str().unwrap().to_string()
        })
        .collect();
    let served: BTreeSet<String> = [
        SignIn::PATH,
        SignUp::PATH,
        ConfirmSignUp::PATH,
        ResendCode::PATH,
        ForgotPassword::PATH,
        ResetPassword::PATH,
        SendSignInCode::PATH,
        SignInWithCode::PATH,
        StartPasskeySignIn::PATH,
        SignInWithPasskey::PATH,
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(guarded, served, "the paths the app serves these server functions at");

    // Someone over the limit reads what the app's own limit says, with when to try again.
    let block = &rules[0]["Action"]["Block"]["CustomResponse"];
    assert_eq!(block["ResponseCode"], 429);
    let body_name = block["CustomResponseBodyKey"].as_str().unwrap();
    let body = &web_acl["Properties"]["CustomResponseBodies"][body_name];
    assert_eq!(body["ContentType"], "APPLICATION_JSON");
    let retry_after: u64 = block["ResponseHeaders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|header| header["Name"].as_str().unwrap().eq_ignore_ascii_case("retry-after"))
        .expect("a Retry-After header")["Value"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let shown: AppError = serde_json::from_str(body["Content"].as_str().unwrap()).expect("an AppError");
    assert_eq!(shown, AppError::TooManyAttempts { retry_after });
}

#[test]
fn the_stack_outputs_copied_into_the_environment_configure_aws_mode() {
    let template = template();
    // What each output's `Ref` becomes once deployed, in the shapes AWS gives them.
    let deployed_values = HashMap::from([
        ("UserPool", "eu-west-1_AbCdEf123"),
        ("UserPoolClient", "1example23456789abcdefghij"),
        ("ProfileTable", "doorway-ProfileTable-1A2B3C4D5E6F"),
        ("AWS::Region", "eu-west-1"),
    ]);
    let mut environment = HashMap::new();
    for output in template["Outputs"].as_object().unwrap().values() {
        let variable = output["Description"].as_str().unwrap();
        if variable.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
            let source = output["Value"]["Ref"].as_str().expect("a variable's output is a Ref");
            environment.insert(variable.to_string(), deployed_values[source].to_string());
        }
    }
    let variables: BTreeSet<&str> = environment.keys().map(String::as_str).collect();
    assert_eq!(
        variables,
        BTreeSet::from([
            "AWS_REGION",
            "COGNITO_CLIENT_ID",
            "COGNITO_USER_POOL_ID",
            "PROFILE_TABLE"
        ])
    );

    let settings = Settings::from_lookup(|name| environment.get(name).cloned()).expect("a valid configuration");
    let Mode::Aws(aws) = settings.mode else {
        panic!("the outputs select AWS mode")
    };
    assert_eq!(aws.user_pool_id, deployed_values["UserPool"]);
    assert_eq!(aws.client_id, deployed_values["UserPoolClient"]);
    assert_eq!(aws.client_secret, None);
    assert_eq!(settings.profile_table, deployed_values["ProfileTable"]);
}

/// A Dockerfile's instructions, continuation lines joined and comments dropped: (keyword, rest).
fn instructions(dockerfile: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut pending = String::new();
    for line in dockerfile.lines() {
        let line = line.trim();
        if line.starts_with('#') || (pending.is_empty() && line.is_empty()) {
            continue;
        }
        match line.strip_suffix('\\') {
            Some(part) => {
                pending.push_str(part.trim_end());
                pending.push(' ');
            }
            None => {
                pending.push_str(line);
                let (keyword, rest) = pending.split_once(char::is_whitespace).unwrap_or((&pending, ""));
                found.push((keyword.to_ascii_uppercase(), rest.trim().to_string()));
                pending.clear();
            }
        }
    }
    found
}

fn one_spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The production build command: the one README line that starts `cargo leptos build`.
fn documented_build_command() -> String {
    let readme = read("README.md");
    let commands: Vec<&str> = readme
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("cargo leptos build"))
        .collect();
    assert_eq!(commands.len(), 1, "one documented build command: {commands:?}");
    one_spaced(commands[0])
}

#[test]
fn the_image_is_the_documented_production_build_run_unprivileged_with_a_health_check() {
    let command = documented_build_command();
    assert!(command.contains("--release"), "{command}");
    assert!(
        command.contains("--bin-cargo-args=--no-default-features"),
        "the production build leaves local mode out: {command}"
    );

    let steps = instructions(&read("server/deploy/Dockerfile"));
    let stages: Vec<usize> = steps
        .iter()
        .enumerate()
        .filter(|(_, (keyword, _))| keyword == "FROM")
        .map(|(at, _)| at)
        .collect();
    assert!(stages.len() >= 2, "a build stage and a runtime stage");

    let toolchain = read("rust-toolchain.toml");
    let channel = toolchain
        .lines()
        .find_map(|line| line.trim().strip_prefix("channel = "))
        .expect("a pinned channel")
        .trim_matches('"');
    let builder_image = &steps[stages[0]].1;
    assert!(
        builder_image.starts_with(&format!("rust:{channel}-")),
        "the builder uses the pinned toolchain {channel}: {builder_image}"
    );

    let (builder, runtime) = steps.split_at(*stages.last().unwrap());
    let builds: Vec<&String> = builder
        .iter()
        .filter(|(keyword, rest)| keyword == "RUN" && rest.contains("cargo leptos build"))
        .map(|(_, rest)| rest)
        .collect();
    assert_eq!(builds.len(), 1);
    assert_eq!(
        one_spaced(builds[0]),
        command,
        "the Dockerfile runs the README's command"
    );

    let user = runtime
        .iter()
        .rev()
        .find(|(keyword, _)| keyword == "USER")
        .map(|(_, user)| user.as_str())
        .expect("the runtime stage names its user");
    let user_name = user.split(':').next().unwrap();
    assert!(!["root", "0"].contains(&user_name), "runs as {user}");

    let health_check = runtime
        .iter()
        .find(|(keyword, _)| keyword == "HEALTHCHECK")
        .map(|(_, check)| check.as_str())
        .expect("a HEALTHCHECK");
    assert!(
        health_check.contains("CMD") && health_check.contains("/healthz"),
        "{health_check}"
    );

    let environment: String = runtime
        .iter()
        .filter(|(keyword, _)| keyword == "ENV")
        .map(|(_, rest)| rest.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(environment.contains("LEPTOS_SITE_ADDR=0.0.0.0:3000"), "{environment}");
    assert!(environment.contains("LEPTOS_SITE_ROOT="), "{environment}");
    assert!(
        !environment.contains("COGNITO_"),
        "configuration comes from the deployment, not the image"
    );
}
