//! One source of truth for AWS: `server/deploy/template.yaml` provisions the pool, both app clients
//! and the table as local mode does (`server/local-aws/src/cognito/mod.rs`, read here through its own
//! functions and a running instance, never through copies), runs this repository's triggers on
//! the pool, grants exactly the AWS calls the app makes, limits paths the app really serves, and
//! its outputs configure the server. The Dockerfile builds the way the README documents and runs
//! as an operator expects.
use std::{
    collections::{BTreeSet, HashMap},
    path::Path,
};

use app::{
    backend::config::{DEFAULT_ACCESS_TOKEN_MINUTES, HttpSettings, Mode, Settings},
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

/// What local mode provisions: the pool request, and its app clients' requests by client id.
fn local_pool_and_clients() -> (Map<String, Value>, HashMap<String, Map<String, Value>>) {
    let seed: Value = serde_json::from_str(&server::local::seed(
        DEFAULT_ACCESS_TOKEN_MINUTES,
        "browser-secret",
        "server-secret",
    ))
    .unwrap();
    let mut pool = seed["UserPools"][0].as_object().expect("one local pool").clone();
    let clients = pool
        .remove("Clients")
        .and_then(|clients| clients.as_array().cloned())
        .expect("the local clients")
        .into_iter()
        .map(|client| {
            let client = client.as_object().expect("a client request").clone();
            (client["ClientId"].as_str().unwrap().to_string(), client)
        })
        .collect();
    (pool, clients)
}

/// A local client's request in the template's terms: a client local mode gives a secret is one
/// the template has Cognito generate a secret for (a stack never holds the secret itself).
fn as_template_client(mut client: Map<String, Value>) -> Map<String, Value> {
    if client.remove("ClientSecret").is_some() {
        client.insert("GenerateSecret".to_string(), Value::Bool(true));
    }
    client
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
fn the_template_provisions_the_pool_and_clients_as_local_mode_does() {
    let template = template();
    let (pool, clients) = local_pool_and_clients();

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

    // The browser's client and the server-only one, and no other.
    let pairs = [
        ("AppClient", server::local::CLIENT_ID),
        ("ServerAppClient", server::local::SERVER_CLIENT_ID),
    ];
    assert_eq!(clients.len(), pairs.len(), "local mode's clients: {:?}", clients.keys());
    let deployed_clients: BTreeSet<&str> = resources_of_type(&template, "AWS::Cognito::UserPoolClient")
        .map(|(name, _)| name)
        .collect();
    assert_eq!(deployed_clients, pairs.iter().map(|(resource, _)| *resource).collect());
    // The clients as a stack with a public address has them (the browser's takes part in OAuth
    // only with one). Local mode's identity providers are its own, and its callback addresses
    // the app's of the moment: `the_browser_client_signs_in_through_exactly_the_configured_providers`.
    let with_public_url = service_parameters();
    for (resource, local_id) in pairs {
        let client = as_template_client(clients[local_id].clone());
        let deployed = chosen(
            &template,
            &template["Resources"][resource]["Properties"],
            &with_public_url,
        )
        .and_then(|properties| properties.as_object().cloned())
        .unwrap_or_else(|| panic!("{resource}'s properties"));
        let client_differences = disagreements(
            &client,
            &deployed,
            &["ClientId", "SupportedIdentityProviders", "CallbackURLs", "LogoutURLs"],
        );
        assert_eq!(client_differences, Vec::<String>::new(), "{resource}");

        // The comparison covers what a person meets first.
        for setting in [
            "ExplicitAuthFlows",
            "WriteAttributes",
            "EnableTokenRevocation",
            "AccessTokenValidity",
            "RefreshTokenValidity",
            "TokenValidityUnits",
        ] {
            assert!(client.contains_key(setting), "local mode sets {setting} on {resource}");
        }
        // The browser's client writes what providers map (`email` among them,
        // `every_attribute_a_provider_maps_is_one_the_browser_client_may_write`), its tokens
        // nothing (`takeover.rs`); the server's never the email.
        let writable = if resource == "AppClient" {
            serde_json::json!(["email", "email_verified", "locale", "name"])
        } else {
            serde_json::json!(["name"])
        };
        assert_eq!(client["WriteAttributes"], writable, "{resource}");
        // SECURITY.md 26: a refresh token is useless without the secret only our server holds.
        assert_eq!(client["GenerateSecret"], true, "{resource} is confidential");
    }
    for setting in ["Policies", "UsernameAttributes", "UserAttributeUpdateSettings"] {
        assert!(pool.contains_key(setting), "local mode sets {setting}");
    }
    // SECURITY.md 30: the browser's refresh tokens rotate.
    assert!(
        clients[server::local::CLIENT_ID].contains_key("RefreshTokenRotation"),
        "local mode rotates the browser's refresh tokens"
    );
    // Sign-in through an identity provider: the same flow and scopes in both.
    for setting in [
        "AllowedOAuthFlowsUserPoolClient",
        "AllowedOAuthFlows",
        "AllowedOAuthScopes",
    ] {
        assert!(
            clients[server::local::CLIENT_ID].contains_key(setting),
            "local mode sets {setting} on the browser's client"
        );
    }
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
        ("LimitsTable", profiles.limits_table()),
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

    // Activity items and rate-limit counters expire by the same attribute in both, and each table
    // is named after the profile table as the app names it.
    for (resource, local_name) in [
        ("ActivityTable", profiles.activity_table()),
        ("LimitsTable", profiles.limits_table()),
    ] {
        let ttl = profiles
            .sdk()
            .describe_time_to_live()
            .table_name(&local_name)
            .send()
            .await
            .unwrap();
        let local_ttl = ttl.time_to_live_description().and_then(|ttl| ttl.attribute_name());
        assert!(local_ttl.is_some(), "local mode sets {resource}'s TTL");
        let table = properties(&template, resource);
        assert_eq!(table["TimeToLiveSpecification"]["Enabled"], true, "{resource}");
        assert_eq!(
            table["TimeToLiveSpecification"]["AttributeName"].as_str(),
            local_ttl,
            "{resource}"
        );
        let suffix = local_name
            .strip_prefix(profiles.table.as_str())
            .unwrap_or_else(|| panic!("{local_name} is named after the profile table"));
        assert_eq!(
            table["TableName"],
            serde_json::json!({"Fn::Sub": format!("${{ProfileTable}}{suffix}")}),
            "{resource}"
        );
    }
    assert_eq!(
        properties(&template, "LimitsTable")["KeySchema"],
        serde_json::json!([{"AttributeName": "key", "KeyType": "HASH"}])
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

/// The SDK operations a wrapper calls on its client (`self.client.get_item()` or
/// `self.sdk().get_item()` → `GetItem`; `self.sdk().clone()` is none).
fn operations_called(path: &str) -> BTreeSet<String> {
    let code = compact_source(path);
    [".client.", ".sdk()."]
        .into_iter()
        .flat_map(|receiver| {
            identifiers_after(&code, receiver)
                .into_iter()
                .filter(|name| name != "clone" && code.contains(&format!("{receiver}{name}()")))
                .collect::<Vec<_>>()
        })
        .map(|name| pascal_case(&name))
        .collect()
}

/// Every source file of the app's backend, by its path from the root.
fn backend_sources() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace root");
    let mut paths: Vec<String> = std::fs::read_dir(root.join("app/src/backend"))
        .expect("app/src/backend")
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".rs"))
        .map(|name| format!("app/src/backend/{name}"))
        .collect();
    paths.sort();
    assert!(paths.contains(&"app/src/backend/user_pool.rs".to_string()), "{paths:?}");
    paths
}

/// The `ExplicitAuthFlows` an app client of the template allows.
fn allowed_flows(template: &Value, client: &str) -> BTreeSet<String> {
    properties(template, client)["ExplicitAuthFlows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|flow| flow.as_str().unwrap().to_string())
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
    let allowed = allowed_flows(&template, "AppClient");
    assert_eq!(allowed, needed);
    assert!(allowed.contains("ALLOW_USER_PASSWORD_AUTH") && allowed.contains("ALLOW_USER_AUTH"));

    // The server-only client: the sign-ins the server mints with at a proof.
    let minted: BTreeSet<String> = identifiers_after(&compact_source("app/src/backend/minted.rs"), "AuthFlowType::")
        .iter()
        .map(|flow| format!("ALLOW_{}", screaming_snake_case(flow)))
        .collect();
    assert_eq!(allowed_flows(&template, "ServerAppClient"), minted);
    assert!(minted.contains("ALLOW_ADMIN_USER_PASSWORD_AUTH") && !minted.contains("ALLOW_USER_PASSWORD_AUTH"));
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
        statements, 4,
        "nothing beyond the pool's and the three tables' statements"
    );

    // Cognito: the administrator calls, the pool's description and the search of its users, the
    // calls it takes AWS credentials for (the public ones, and those made with a token, take
    // none), wherever in the backend they are made (DynamoDB has no operation of these names).
    let admin_calls: BTreeSet<String> = backend_sources()
        .iter()
        .flat_map(|path| operations_called(path))
        .filter(|operation| {
            operation.starts_with("Admin") || operation == "DescribeUserPool" || operation == "ListUsers"
        })
        .map(|operation| format!("cognito-idp:{operation}"))
        .collect();
    let (granted, resource) = statement(&template, "CognitoAdministratorCalls");
    assert_eq!(granted, admin_calls);
    assert!(granted.contains("cognito-idp:AdminUpdateUserAttributes"));
    assert_eq!(resource, &serde_json::json!({"Fn::GetAtt": ["UserPool", "Arn"]}));

    // DynamoDB: every call of the table wrapper but CreateTable and UpdateTimeToLive, which the
    // stack does instead (the server only tries them when a table is missing, and then just warns;
    // `ensure_expiring_table` makes the side tables below too).
    let table_calls: BTreeSet<String> = operations_called("app/src/backend/profile_table.rs")
        .into_iter()
        .filter(|operation| operation != "CreateTable" && operation != "UpdateTimeToLive")
        .map(|operation| format!("dynamodb:{operation}"))
        .collect();
    let (granted, resource) = statement(&template, "ProfileItems");
    assert_eq!(granted, table_calls);
    assert!(granted.contains("dynamodb:GetItem") && granted.contains("dynamodb:DescribeTable"));
    assert_eq!(resource, &serde_json::json!({"Fn::GetAtt": ["ProfileTable", "Arn"]}));

    // The side tables likewise: their own calls, and the look at start whether they exist (their
    // `ensure_expiring_table`; the stack creates them and sets their TTL).
    let side_table_calls = |path: &str, calls: BTreeSet<String>| -> BTreeSet<String> {
        let ensures = compact_source(path).contains(".ensure_expiring_table(");
        calls
            .into_iter()
            .chain(ensures.then(|| "DescribeTable".to_string()))
            .map(|operation| format!("dynamodb:{operation}"))
            .collect()
    };
    let code = compact_source("app/src/backend/activity.rs");
    let activity_calls = side_table_calls(
        "app/src/backend/activity.rs",
        identifiers_after(&code, ".sdk().")
            .into_iter()
            .map(|name| pascal_case(&name))
            .collect(),
    );
    let (granted, resource) = statement(&template, "ActivityItems");
    assert_eq!(granted, activity_calls);
    assert!(granted.contains("dynamodb:Query"));
    assert_eq!(resource, &serde_json::json!({"Fn::GetAtt": ["ActivityTable", "Arn"]}));

    // The shared rate limits: the counters' conditional updates.
    let limit_calls = side_table_calls(
        "app/src/backend/shared_limits.rs",
        operations_called("app/src/backend/shared_limits.rs"),
    );
    let (granted, resource) = statement(&template, "RateLimits");
    assert_eq!(granted, limit_calls);
    assert!(granted.contains("dynamodb:UpdateItem") && granted.contains("dynamodb:DescribeTable"));
    assert_eq!(resource, &serde_json::json!({"Fn::GetAtt": ["LimitsTable", "Arn"]}));
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
    assert!(retry_after > 0);
    // The firewall knows no language: the page words the answer in its own.
    let shown: AppError = serde_json::from_str(body["Content"].as_str().unwrap()).expect("an AppError");
    assert!(matches!(shown, AppError::TooManyAttempts { .. }));
    assert_eq!(shown.to_string(), AppError::TryLater.to_string());
}

/// The resources of one type, by logical name.
fn resources_of_type<'a>(template: &'a Value, kind: &'a str) -> impl Iterator<Item = (&'a str, &'a Value)> {
    template["Resources"]
        .as_object()
        .unwrap()
        .iter()
        .filter(move |(_, resource)| resource["Type"] == kind)
        .map(|(name, resource)| (name.as_str(), resource))
}

/// An `Fn::Sub` string with its `${...}` variables replaced by `values`.
fn substitute(text: &str, values: &HashMap<&str, &str>) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        out.push_str(&rest[..start]);
        let (name, after) = rest[start + 2..].split_once('}').expect("a closed ${...}");
        out.push_str(values.get(name).unwrap_or_else(|| panic!("no value for ${{{name}}}")));
        rest = after;
    }
    out + rest
}

/// A deployed stack's pseudo parameters.
fn pseudo_parameters() -> HashMap<&'static str, &'static str> {
    HashMap::from([
        ("AWS::Partition", "aws"),
        ("AWS::Region", "eu-west-1"),
        ("AWS::AccountId", "123456789012"),
        ("AWS::StackName", "doorway"),
    ])
}

/// Every value of `key` in the `section`s (`[package]`, `[[bin]]`) of a Cargo manifest.
fn manifest_values(manifest: &str, section: &str, key: &str) -> Vec<String> {
    let mut current = "";
    let mut values = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            current = line;
        } else if current == section
            && let Some((name, value)) = line.split_once('=')
            && name.trim() == key
        {
            values.push(value.trim().trim_matches('"').to_string());
        }
    }
    values
}

#[test]
fn every_token_passes_through_the_triggers_crate_which_names_the_server_client() {
    let template = template();
    let pool = properties(&template, "UserPool");
    // V2_0 is the first event that can change access tokens, and needs the Essentials plan.
    let config = &pool["LambdaConfig"]["PreTokenGenerationConfig"];
    assert_eq!(config["LambdaVersion"], "V2_0");
    assert_eq!(pool["UserPoolTier"], "ESSENTIALS");

    // The ARN the pool invokes is the template's function once deployed.
    let deployed = pseudo_parameters();
    let arn = substitute(
        config["LambdaArn"]["Fn::Sub"].as_str().expect("an Fn::Sub ARN"),
        &deployed,
    );
    let functions: Vec<(&str, &Value)> = resources_of_type(&template, "AWS::Lambda::Function").collect();
    let (name, function) = functions
        .iter()
        .find(|(_, function)| {
            let function_name = function["Properties"]["FunctionName"]["Fn::Sub"]
                .as_str()
                .unwrap_or_default();
            arn == format!(
                "arn:aws:lambda:eu-west-1:123456789012:function:{}",
                substitute(function_name, &deployed)
            )
        })
        .unwrap_or_else(|| panic!("no function of the template has the pool's trigger ARN {arn}"));
    let function = &function["Properties"];

    // Lambda's OS-only runtime runs the zip's `bootstrap`: the triggers crate's binary of that
    // name, built by scripts/package-triggers for the stack's architecture, and uploaded.
    assert_eq!(function["Runtime"], "provided.al2023", "{name}");
    assert_eq!(function["Handler"], "bootstrap", "{name}");
    let manifest = read("server/triggers/Cargo.toml");
    assert_eq!(manifest_values(&manifest, "[package]", "name"), ["triggers"]);
    assert!(manifest_values(&manifest, "[[bin]]", "name").contains(&"bootstrap".to_string()));
    let script = read("scripts/package-triggers");
    let build: Vec<&str> = script
        .lines()
        .find(|line| line.trim_start().starts_with("cargo build"))
        .expect("the script's cargo build")
        .split_whitespace()
        .collect();
    assert!(build.windows(2).any(|pair| pair == ["-p", "triggers"]), "{build:?}");
    assert!(build.windows(2).any(|pair| pair == ["--bin", "bootstrap"]), "{build:?}");
    assert_eq!(
        function["Code"],
        serde_json::json!({"S3Bucket": {"Ref": "TriggersCodeBucket"}, "S3Key": {"Ref": "TriggersCodeKey"}})
    );
    assert_eq!(
        function["Architectures"],
        serde_json::json!([{"Ref": "TriggersArchitecture"}])
    );
    // Each architecture the stack accepts is one the script builds, for that processor.
    let built: HashMap<&str, &str> = script
        .lines()
        .filter_map(|line| line.trim().split_once(") target="))
        .map(|(architecture, rest)| (architecture, rest.split_whitespace().next().unwrap()))
        .collect();
    let accepted = template["Parameters"]["TriggersArchitecture"]["AllowedValues"]
        .as_array()
        .unwrap();
    assert_eq!(accepted.len(), built.len(), "{built:?}");
    for (architecture, processor) in [("arm64", "aarch64"), ("x86_64", "x86_64")] {
        assert!(accepted.contains(&Value::from(architecture)));
        assert_eq!(built[architecture], format!("{processor}-unknown-linux-musl"));
    }

    // The one client whose tokens keep the admin scope is the server-only one.
    let variable = triggers::pre_token_generation::SERVER_CLIENT_ID_VARIABLE;
    assert_eq!(
        function["Environment"]["Variables"][variable],
        serde_json::json!({"Ref": "ServerAppClient"})
    );
}

#[test]
fn only_the_pool_may_run_its_trigger_which_may_only_write_its_log() {
    let template = template();
    let function_name = "TriggersFunction";
    let function = properties(&template, function_name);

    // Without the permission Cognito cannot invoke it, and every sign-in fails.
    let permissions: Vec<&Value> = resources_of_type(&template, "AWS::Lambda::Permission")
        .map(|(_, permission)| &permission["Properties"])
        .filter(|permission| {
            permission["FunctionName"] == serde_json::json!({"Fn::GetAtt": [function_name, "Arn"]})
                || permission["FunctionName"] == serde_json::json!({"Ref": function_name})
        })
        .collect();
    assert_eq!(permissions.len(), 1);
    assert_eq!(permissions[0]["Action"], "lambda:InvokeFunction");
    assert_eq!(permissions[0]["Principal"], "cognito-idp.amazonaws.com");
    assert_eq!(
        permissions[0]["SourceArn"],
        serde_json::json!({"Fn::GetAtt": ["UserPool", "Arn"]})
    );

    let role_name = function["Role"]["Fn::GetAtt"][0]
        .as_str()
        .expect("a role of the template");
    let role = properties(&template, role_name);
    assert_eq!(
        role["AssumeRolePolicyDocument"]["Statement"],
        serde_json::json!([{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}])
    );
    assert_eq!(
        role["ManagedPolicyArns"],
        serde_json::json!([{"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}])
    );
    assert!(role.get("Policies").is_none(), "{role_name}: nothing but its log");
}

/// Whether the template's condition `name` holds with these parameters (the others at their defaults).
fn condition_holds(template: &Value, name: &str, parameters: &HashMap<&str, &str>) -> bool {
    evaluate_condition(template, &template["Conditions"][name], parameters)
}

fn evaluate_condition(template: &Value, condition: &Value, parameters: &HashMap<&str, &str>) -> bool {
    let (function, arguments) = condition
        .as_object()
        .and_then(|call| call.iter().next())
        .unwrap_or_else(|| panic!("not a condition: {condition}"));
    let operands = || arguments.as_array().expect("a list of operands").iter();
    let value_of = |operand: &Value| match operand.get("Ref").and_then(Value::as_str) {
        Some(parameter) => parameters
            .get(parameter)
            .map(|value| value.to_string())
            .unwrap_or_else(|| {
                template["Parameters"][parameter]["Default"]
                    .as_str()
                    .unwrap()
                    .to_string()
            }),
        None => operand.as_str().expect("a string operand").to_string(),
    };
    match function.as_str() {
        "Fn::Equals" => {
            let [left, right] = arguments.as_array().unwrap().as_slice() else {
                panic!("Fn::Equals takes two operands")
            };
            value_of(left) == value_of(right)
        }
        "Fn::Not" => {
            let [operand] = arguments.as_array().unwrap().as_slice() else {
                panic!("Fn::Not takes one operand")
            };
            !evaluate_condition(template, operand, parameters)
        }
        "Fn::And" => operands().all(|operand| evaluate_condition(template, operand, parameters)),
        "Fn::Or" => operands().any(|operand| evaluate_condition(template, operand, parameters)),
        "Condition" => condition_holds(template, arguments.as_str().unwrap(), parameters),
        other => panic!("unexpected condition function {other}"),
    }
}

#[test]
fn a_regional_web_acl_also_guards_the_user_pools_own_api() {
    let template = template();
    let pool_arn = serde_json::json!({"Fn::GetAtt": ["UserPool", "Arn"]});
    let associations: Vec<&Value> = resources_of_type(&template, "AWS::WAFv2::WebACLAssociation")
        .map(|(_, association)| association)
        .filter(|association| association["Properties"]["ResourceArn"] == pool_arn)
        .collect();
    assert_eq!(associations.len(), 1, "one association names the pool");
    let association = associations[0];
    assert_eq!(
        association["Properties"]["WebACLArn"],
        serde_json::json!({"Fn::GetAtt": ["WebAcl", "Arn"]})
    );

    // A pool is a regional resource: a CloudFront web ACL cannot take it. The load balancer's ARN
    // changes nothing for the pool.
    let condition = association["Condition"].as_str().expect("an optional association");
    for scope in ["NONE", "REGIONAL", "CLOUDFRONT"] {
        for balancer in [
            "",
            "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/doorway/abc123",
        ] {
            let parameters = HashMap::from([("WafScope", scope), ("WafProtectedResourceArn", balancer)]);
            let guarded = condition_holds(&template, condition, &parameters);
            assert_eq!(guarded, scope == "REGIONAL", "WafScope {scope}, balancer {balancer:?}");
            if guarded {
                assert!(
                    condition_holds(&template, "CreatesWebAcl", &parameters),
                    "the web ACL exists"
                );
            }
        }
    }
}

/// The README's way to read the clients' secrets: each `secret "$ID_VARIABLE"  # SECRET_VARIABLE`
/// line, as (the variable holding the client's id, the variable the secret goes into).
fn documented_secret_reads() -> Vec<(String, String)> {
    read("README.md")
        .lines()
        .filter_map(|line| line.trim().strip_prefix("secret \"$"))
        .map(|rest| {
            let (id_variable, rest) = rest.split_once('"').expect("secret \"$VARIABLE\"");
            let secret_variable = rest.split_once('#').expect("# SECRET_VARIABLE").1.trim();
            (id_variable.to_string(), secret_variable.to_string())
        })
        .collect()
}

#[test]
fn the_stack_outputs_and_the_client_secrets_copied_into_the_environment_configure_aws_mode() {
    let template = template();
    // What each output's `Ref` becomes once deployed, in the shapes AWS gives them.
    let deployed_values = HashMap::from([
        ("UserPool", "eu-west-1_AbCdEf123"),
        ("AppClient", "1example23456789abcdefghij"),
        ("ServerAppClient", "2example23456789abcdefghij"),
        ("ProfileTable", "doorway-ProfileTable-1A2B3C4D5E6F"),
        ("AWS::Region", "eu-west-1"),
    ]);
    // A stack with its domain and two identity providers: the outputs of those exist too.
    let parameters = identity_provider_parameters();
    let mut environment = HashMap::new();
    for output in template["Outputs"].as_object().unwrap().values() {
        // Whoever may describe the stack reads its outputs.
        assert!(
            !output.to_string().contains("ClientSecret"),
            "a secret as an output: {output}"
        );
        let variable = output["Description"].as_str().unwrap();
        let exists = output["Condition"]
            .as_str()
            .is_none_or(|condition| condition_holds(&template, condition, &parameters));
        if exists && variable.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
            let value = deployed_text(&template, &output["Value"], &parameters, &deployed_values)
                .unwrap_or_else(|| panic!("{variable} has a value"));
            environment.insert(variable.to_string(), value);
        }
    }
    let variables: BTreeSet<&str> = environment.keys().map(String::as_str).collect();
    assert_eq!(
        variables,
        BTreeSet::from([
            "AWS_REGION",
            "COGNITO_CLIENT_ID",
            "COGNITO_DOMAIN",
            "COGNITO_SERVER_CLIENT_ID",
            "COGNITO_USER_POOL_ID",
            "IDENTITY_PROVIDERS",
            "PROFILE_TABLE"
        ])
    );
    let output_variables: BTreeSet<String> = variables.iter().map(|name| name.to_string()).collect();
    assert_eq!(
        environment["COGNITO_DOMAIN"],
        format!(
            "https://{}.auth.eu-west-1.amazoncognito.com",
            parameters["DomainPrefix"]
        )
    );
    assert_eq!(
        environment["IDENTITY_PROVIDERS"],
        format!(
            "Google=Google,{}={}",
            parameters["OidcProviderName"], parameters["OidcDisplayName"]
        )
    );

    // Then each client's secret, as the README reads it, by the client id an output gave.
    let secret_of = |client_id: &str| format!("secret-of-{client_id}");
    let reads = documented_secret_reads();
    assert_eq!(reads.len(), 2, "one read per client: {reads:?}");
    for (id_variable, secret_variable) in reads {
        let client_id = environment
            .get(&id_variable)
            .unwrap_or_else(|| panic!("the README reads a secret by {id_variable}, which no output gives"));
        environment.insert(secret_variable, secret_of(client_id));
    }

    // And the public address, as the README adds it (the providers send people back to it).
    assert!(read("README.md").contains("`PUBLIC_URL=https://…`"));
    environment.insert("PUBLIC_URL".to_string(), parameters["PublicUrl"].to_string());

    let asked = std::cell::RefCell::new(BTreeSet::new());
    let settings = Settings::from_lookup(|name| {
        asked.borrow_mut().insert(name.to_string());
        environment.get(name).cloned()
    })
    .expect("a valid configuration");
    // Every variable an output gives is one the configuration reads, but the region, which the
    // AWS SDK reads.
    let unread: BTreeSet<&str> = output_variables
        .iter()
        .map(String::as_str)
        .filter(|name| !asked.borrow().contains(*name))
        .collect();
    assert_eq!(unread, BTreeSet::from(["AWS_REGION"]));
    let Mode::Aws(aws) = settings.mode else {
        panic!("the outputs select AWS mode")
    };
    assert_eq!(aws.user_pool_id, deployed_values["UserPool"]);
    assert_eq!(aws.client_id, deployed_values["AppClient"]);
    assert_eq!(aws.client_secret, Some(secret_of(deployed_values["AppClient"])));
    let server_client = aws.server_client.expect("the server-only client");
    assert_eq!(server_client.id, deployed_values["ServerAppClient"]);
    assert_eq!(server_client.secret(), Some(secret_of(&server_client.id).as_str()));
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

// ---- The service: the server on ECS Fargate behind the stack's load balancer (ContainerImage set).

/// A stack that runs the service, with the values the README passes.
fn service_parameters() -> HashMap<&'static str, &'static str> {
    HashMap::from([
        (
            "ContainerImage",
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com/doorway:0123456789ab",
        ),
        ("VpcId", "vpc-0123456789abcdef0"),
        ("CertificateArn", "arn:aws:acm:eu-west-1:123456789012:certificate/abc"),
        ("PublicUrl", "https://app.example.com"),
    ])
}

/// The parameters only the service uses (`PublicUrl` is the emails' too).
const SERVICE_PARAMETERS: [&str; 11] = [
    "ContainerImage",
    "ContainerArchitecture",
    "VpcId",
    "LoadBalancerSubnetIds",
    "LoadBalancerSubnetCidrs",
    "ServiceSubnetIds",
    "CertificateArn",
    "DesiredTasks",
    "MaxTasks",
    "TaskCpu",
    "TaskMemory",
];

/// The one resource of a type, by logical name.
fn only_resource_of_type<'a>(template: &'a Value, kind: &'a str) -> (&'a str, &'a Value) {
    let found: Vec<(&str, &Value)> = resources_of_type(template, kind).collect();
    assert_eq!(
        found.len(),
        1,
        "one {kind}: {:?}",
        found.iter().map(|(name, _)| name).collect::<Vec<_>>()
    );
    found[0]
}

/// The resource a `Ref` or `Fn::GetAtt` names.
fn target_of(reference: &Value) -> &str {
    reference["Ref"]
        .as_str()
        .or_else(|| reference["Fn::GetAtt"][0].as_str())
        .unwrap_or_else(|| panic!("not a reference: {reference}"))
}

/// The `${...}` variables of an `Fn::Sub` string (`${Service.Name}` → `Service.Name`).
fn sub_variables(text: &str) -> Vec<&str> {
    text.split("${")
        .skip(1)
        .filter(|part| !part.starts_with('!'))
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Every resource and parameter `value` names: through `Ref`, `Fn::GetAtt` and `Fn::Sub`.
fn names_referenced(value: &Value, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(call) => {
            for (function, argument) in call {
                match function.as_str() {
                    "Ref" => {
                        into.insert(argument.as_str().expect("Ref names one thing").to_string());
                    }
                    "Fn::GetAtt" => {
                        into.insert(argument[0].as_str().expect("Fn::GetAtt's resource").to_string());
                    }
                    "Fn::Sub" => {
                        let (text, own) = match argument {
                            Value::String(text) => (text.as_str(), None),
                            Value::Array(parts) => (parts[0].as_str().unwrap(), parts[1].as_object()),
                            other => panic!("an Fn::Sub of {other}"),
                        };
                        for variable in sub_variables(text) {
                            let name = variable.split('.').next().unwrap();
                            if !own.is_some_and(|own| own.contains_key(name)) {
                                into.insert(name.to_string());
                            }
                        }
                        if let Some(own) = own {
                            own.values().for_each(|value| names_referenced(value, into));
                        }
                    }
                    _ => names_referenced(argument, into),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| names_referenced(item, into)),
        _ => {}
    }
}

/// What a resource (its properties and `DependsOn`) or output refers to.
fn references_of(entry: &Value) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    names_referenced(&entry["Properties"], &mut names);
    names_referenced(&entry["Value"], &mut names);
    match &entry["DependsOn"] {
        Value::String(name) => {
            names.insert(name.clone());
        }
        Value::Array(list) => names.extend(list.iter().map(|name| name.as_str().unwrap().to_string())),
        _ => {}
    }
    names
}

/// The resources that exist for the service alone: those that refer to a service parameter or
/// to another such resource, and those only such resources refer to.
fn service_resources(template: &Value) -> BTreeSet<String> {
    let resources = template["Resources"].as_object().unwrap();
    let outputs = template["Outputs"].as_object().unwrap();
    let references: HashMap<&str, BTreeSet<String>> = resources
        .iter()
        .map(|(name, resource)| (name.as_str(), references_of(resource)))
        .collect();
    let mut service: BTreeSet<String> = BTreeSet::new();
    loop {
        let before = service.len();
        for name in resources.keys() {
            if service.contains(name) {
                continue;
            }
            let uses_the_service = references[name.as_str()]
                .iter()
                .any(|used| SERVICE_PARAMETERS.contains(&used.as_str()) || service.contains(used));
            let referrers: Vec<&str> = references
                .iter()
                .filter(|(_, used)| used.contains(name))
                .map(|(referrer, _)| *referrer)
                .collect();
            let used_by_the_service_only = !referrers.is_empty()
                && referrers.iter().all(|referrer| service.contains(*referrer))
                && !outputs.values().any(|output| references_of(output).contains(name));
            if uses_the_service || used_by_the_service_only {
                service.insert(name.clone());
            }
        }
        if service.len() == before {
            return service;
        }
    }
}

#[test]
fn a_stack_without_a_container_image_creates_none_of_the_service() {
    let template = template();
    for parameter in SERVICE_PARAMETERS {
        assert!(template["Parameters"][parameter].is_object(), "{parameter}");
    }
    assert_eq!(template["Parameters"]["ContainerImage"]["Default"], "");

    let service = service_resources(&template);
    let kinds: BTreeSet<&str> = service
        .iter()
        .map(|name| template["Resources"][name]["Type"].as_str().unwrap())
        .collect();
    for kind in [
        "AWS::ECS::Cluster",
        "AWS::ECS::TaskDefinition",
        "AWS::ECS::Service",
        "AWS::Logs::LogGroup",
        "AWS::SecretsManager::Secret",
        "AWS::IAM::Role",
        "AWS::EC2::SecurityGroup",
        "AWS::ElasticLoadBalancingV2::LoadBalancer",
        "AWS::ElasticLoadBalancingV2::TargetGroup",
        "AWS::ElasticLoadBalancingV2::Listener",
        "AWS::ApplicationAutoScaling::ScalableTarget",
        "AWS::ApplicationAutoScaling::ScalingPolicy",
        "AWS::WAFv2::WebACLAssociation",
    ] {
        assert!(kinds.contains(kind), "the service has its {kind}: {service:?}");
    }
    // The tables, the pool and the server policy are everyone's.
    for shared in [
        "UserPool",
        "AppClient",
        "ProfileTable",
        "LimitsTable",
        "ServerPolicy",
        "WebAcl",
    ] {
        assert!(!service.contains(shared), "{shared}");
    }

    let with_image = service_parameters();
    for name in &service {
        let condition = template["Resources"][name]["Condition"]
            .as_str()
            .unwrap_or_else(|| panic!("{name} is made for the service but has no condition"));
        for scope in ["NONE", "REGIONAL", "CLOUDFRONT"] {
            let without_image = HashMap::from([("WafScope", scope)]);
            assert!(
                !condition_holds(&template, condition, &without_image),
                "{name} exists without a ContainerImage (WafScope {scope})"
            );
        }
        let mut regional = with_image.clone();
        regional.insert("WafScope", "REGIONAL");
        assert!(
            condition_holds(&template, condition, &regional),
            "{name} with a ContainerImage"
        );
        if template["Resources"][name]["Type"] != "AWS::WAFv2::WebACLAssociation" {
            assert_eq!(condition, "RunsService", "{name}");
        }
    }
    // And no output names what a stack without the service lacks.
    for (output_name, output) in template["Outputs"].as_object().unwrap() {
        if references_of(output).iter().any(|used| service.contains(used)) {
            assert_eq!(output["Condition"], "RunsService", "{output_name}");
        }
    }
    assert!(!condition_holds(&template, "RunsService", &HashMap::new()));
    assert!(condition_holds(&template, "RunsService", &with_image));
}

/// The port the image's server listens at (its `LEPTOS_SITE_ADDR`), and its user: the runtime
/// stage of server/deploy/Dockerfile.
fn image_port_and_user() -> (u64, String) {
    let steps = instructions(&read("server/deploy/Dockerfile"));
    let runtime_from = steps.iter().rposition(|(keyword, _)| keyword == "FROM").unwrap();
    let runtime = &steps[runtime_from..];
    let address = runtime
        .iter()
        .filter(|(keyword, _)| keyword == "ENV")
        .flat_map(|(_, rest)| rest.split_whitespace())
        .find_map(|setting| setting.strip_prefix("LEPTOS_SITE_ADDR="))
        .expect("the image sets LEPTOS_SITE_ADDR");
    let port = address.rsplit_once(':').unwrap().1.parse().unwrap();
    let user = runtime
        .iter()
        .rev()
        .find(|(keyword, _)| keyword == "USER")
        .map(|(_, user)| user.clone())
        .expect("the image's USER");
    (port, user)
}

/// The task definition's one container.
fn the_container(template: &Value) -> &Map<String, Value> {
    let (_, task) = only_resource_of_type(template, "AWS::ECS::TaskDefinition");
    let containers = task["Properties"]["ContainerDefinitions"].as_array().unwrap();
    assert_eq!(containers.len(), 1, "one container: the server");
    containers[0].as_object().unwrap()
}

#[test]
fn the_service_runs_two_tasks_or_more_in_private_subnets_and_deploys_without_losing_capacity() {
    let template = template();
    let (service_name, service) = only_resource_of_type(&template, "AWS::ECS::Service");
    let service = &service["Properties"];
    assert_eq!(service["LaunchType"], "FARGATE");

    // Never fewer than two tasks: Fargate spreads them over the subnets' Availability Zones.
    assert_eq!(service["DesiredCount"], serde_json::json!({"Ref": "DesiredTasks"}));
    let desired = &template["Parameters"]["DesiredTasks"];
    assert_eq!(desired["Type"], "Number");
    assert!(desired["MinValue"].as_i64().unwrap() >= 2, "{desired}");
    assert!(desired["Default"].as_i64().unwrap() >= 2, "{desired}");
    let (_, scaling) = only_resource_of_type(&template, "AWS::ApplicationAutoScaling::ScalableTarget");
    assert_eq!(
        scaling["Properties"]["MinCapacity"],
        serde_json::json!({"Ref": "DesiredTasks"}),
        "scaling in never goes below two either"
    );

    let network = &service["NetworkConfiguration"]["AwsvpcConfiguration"];
    assert_eq!(network["AssignPublicIp"], "DISABLED");
    assert_eq!(network["Subnets"], serde_json::json!({"Ref": "ServiceSubnetIds"}));
    let task = only_resource_of_type(&template, "AWS::ECS::TaskDefinition").1;
    assert_eq!(task["Properties"]["NetworkMode"], "awsvpc");
    assert_eq!(
        task["Properties"]["RequiresCompatibilities"],
        serde_json::json!(["FARGATE"])
    );
    assert_eq!(
        service["TaskDefinition"],
        serde_json::json!({"Ref": only_resource_of_type(&template, "AWS::ECS::TaskDefinition").0})
    );

    // A deployment starts the new tasks before it stops old ones, and a bad one rolls back.
    let deployment = &service["DeploymentConfiguration"];
    assert_eq!(deployment["MinimumHealthyPercent"], 100, "{service_name}");
    assert_eq!(deployment["MaximumPercent"], 200, "{service_name}");
    assert_eq!(
        deployment["DeploymentCircuitBreaker"],
        serde_json::json!({"Enable": true, "Rollback": true})
    );
    assert!(service["HealthCheckGracePeriodSeconds"].as_i64().unwrap() > 0);
}

#[tokio::test]
async fn the_load_balancer_answers_https_only_and_sends_the_tasks_what_readyz_admits() {
    let template = template();
    let (port, _) = image_port_and_user();
    let container = the_container(&template);
    assert_eq!(
        container["PortMappings"],
        serde_json::json!([{"ContainerPort": port, "Protocol": "tcp"}]),
        "the port the image listens at"
    );

    let (service_name, service) = only_resource_of_type(&template, "AWS::ECS::Service");
    let [registered] = service["Properties"]["LoadBalancers"].as_array().unwrap().as_slice() else {
        panic!("{service_name} registers with one target group")
    };
    assert_eq!(registered["ContainerName"], container["Name"]);
    assert_eq!(registered["ContainerPort"], port);
    let group_name = target_of(&registered["TargetGroupArn"]);

    // The target group asks each task's /readyz, which answers 200 once tokens can be checked and
    // the profile table answers (a running app's does).
    let group = properties(&template, group_name);
    assert_eq!(group["TargetType"], "ip", "awsvpc tasks register by address");
    assert_eq!(group["Protocol"], "HTTP");
    assert_eq!(group["Port"], port);
    assert_eq!(group["HealthCheckPath"], "/readyz");
    assert_eq!(group["Matcher"], serde_json::json!({"HttpCode": "200"}));
    let app = TestApp::start().await;
    let answer = app.get(group["HealthCheckPath"].as_str().unwrap()).await;
    assert_eq!(answer.status().as_str(), group["Matcher"]["HttpCode"]);

    // Two listeners on the balancer: HTTPS with the certificate, forwarding to the tasks, and HTTP
    // answering only a permanent redirect to HTTPS.
    let (balancer_name, balancer) = only_resource_of_type(&template, "AWS::ElasticLoadBalancingV2::LoadBalancer");
    let listeners: HashMap<&str, &Value> = resources_of_type(&template, "AWS::ElasticLoadBalancingV2::Listener")
        .map(|(name, listener)| (name, &listener["Properties"]))
        .collect();
    assert_eq!(listeners.len(), 2, "{:?}", listeners.keys());
    let (https_name, https) = listeners
        .iter()
        .find(|(_, listener)| listener["Protocol"] == "HTTPS")
        .expect("an HTTPS listener");
    assert_eq!(target_of(&https["LoadBalancerArn"]), balancer_name);
    assert_eq!(https["Port"], 443);
    assert_eq!(
        https["Certificates"],
        serde_json::json!([{"CertificateArn": {"Ref": "CertificateArn"}}])
    );
    let tls_policy = https["SslPolicy"].as_str().unwrap();
    assert!(tls_policy.starts_with("ELBSecurityPolicy-TLS13-1-2-"), "{tls_policy}");
    assert_eq!(
        https["DefaultActions"],
        serde_json::json!([{"Type": "forward", "TargetGroupArn": {"Ref": group_name}}])
    );
    let (_, http) = listeners
        .iter()
        .find(|(_, listener)| listener["Protocol"] == "HTTP")
        .expect("an HTTP listener");
    assert_eq!(target_of(&http["LoadBalancerArn"]), balancer_name);
    assert_eq!(http["Port"], 80);
    assert_eq!(
        http["DefaultActions"],
        serde_json::json!([{"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}])
    );
    // ECS registers tasks only with a target group a listener uses.
    assert!(
        references_of(service).contains(*https_name),
        "{service_name} DependsOn {https_name}"
    );

    // The balancer faces the internet from the public subnets, and passes on no malformed or
    // ambiguous request.
    let balancer = &balancer["Properties"];
    assert_eq!(balancer["Scheme"], "internet-facing");
    assert_eq!(balancer["Subnets"], serde_json::json!({"Ref": "LoadBalancerSubnetIds"}));
    let attributes: HashMap<&str, &str> = balancer["LoadBalancerAttributes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|attribute| (attribute["Key"].as_str().unwrap(), attribute["Value"].as_str().unwrap()))
        .collect();
    assert_eq!(attributes["routing.http.drop_invalid_header_fields.enabled"], "true");
    assert!(
        ["defensive", "strictest"].contains(&attributes["routing.http.desync_mitigation_mode"]),
        "{attributes:?}"
    );

    // The tasks are reachable on their port from the balancer only.
    let balancer_groups = &balancer["SecurityGroups"];
    let [balancer_group] = balancer_groups.as_array().unwrap().as_slice() else {
        panic!("one security group for the balancer")
    };
    let task_groups = &service["Properties"]["NetworkConfiguration"]["AwsvpcConfiguration"]["SecurityGroups"];
    let [task_group] = task_groups.as_array().unwrap().as_slice() else {
        panic!("one security group for the tasks")
    };
    let ingress = &properties(&template, target_of(task_group))["SecurityGroupIngress"];
    let [rule] = ingress.as_array().unwrap().as_slice() else {
        panic!("one way in: {ingress}")
    };
    assert_eq!(rule["IpProtocol"], "tcp");
    assert_eq!(
        (&rule["FromPort"], &rule["ToPort"]),
        (&Value::from(port), &Value::from(port))
    );
    assert_eq!(rule["SourceSecurityGroupId"], *balancer_group);
    assert!(rule.get("CidrIp").is_none());
    let open: BTreeSet<i64> = properties(&template, target_of(balancer_group))["SecurityGroupIngress"]
        .as_array()
        .unwrap()
        .iter()
        .map(|rule| {
            assert_eq!(rule["FromPort"], rule["ToPort"]);
            rule["FromPort"].as_i64().unwrap()
        })
        .collect();
    assert_eq!(open, BTreeSet::from([80, 443]));
}

/// The secret variable each of the task's `Secrets` is (`Name`), and the secret resource and key
/// it reads (`ValueFrom: ${Secret}:KEY::`).
fn task_secrets(container: &Map<String, Value>) -> Vec<(String, String, String)> {
    container["Secrets"]
        .as_array()
        .expect("the container's Secrets")
        .iter()
        .map(|secret| {
            let value_from = secret["ValueFrom"]["Fn::Sub"].as_str().expect("ValueFrom: Fn::Sub");
            let (resource, rest) = value_from
                .strip_prefix("${")
                .and_then(|rest| rest.split_once('}'))
                .unwrap_or_else(|| panic!("ValueFrom starts with a secret: {value_from}"));
            let key = rest
                .strip_prefix(':')
                .and_then(|rest| rest.strip_suffix("::"))
                .unwrap_or_else(|| panic!("ValueFrom picks one JSON key: {value_from}"));
            (
                secret["Name"].as_str().unwrap().to_string(),
                resource.to_string(),
                key.to_string(),
            )
        })
        .collect()
}

#[test]
fn the_task_runs_unprivileged_with_the_server_policy_and_its_secrets_out_of_the_environment() {
    let template = template();
    let container = the_container(&template);
    let (_, image_user) = image_port_and_user();
    assert_eq!(container["User"], image_user.as_str(), "the image's unprivileged user");
    assert!(!image_user.starts_with("0:") && image_user != "0");
    assert_eq!(container["ReadonlyRootFilesystem"], true);
    assert_eq!(container["Image"], serde_json::json!({"Ref": "ContainerImage"}));

    // What the server does on AWS is the server policy, nothing more.
    let (_, task) = only_resource_of_type(&template, "AWS::ECS::TaskDefinition");
    let task_role = properties(&template, target_of(&task["Properties"]["TaskRoleArn"]));
    assert_eq!(
        task_role["ManagedPolicyArns"],
        serde_json::json!([{"Ref": "ServerPolicy"}])
    );
    assert!(task_role.get("Policies").is_none());
    assert_eq!(
        task_role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"],
        serde_json::json!({"Service": "ecs-tasks.amazonaws.com"})
    );

    // The environment holds no secret.
    let environment = &container["Environment"];
    assert!(!environment.to_string().contains("ClientSecret"), "{environment}");
    for variable in environment.as_array().unwrap() {
        let name = variable["Name"].as_str().unwrap();
        assert!(
            !name.ends_with("_SECRET") && !name.ends_with("_KEY"),
            "{name} in plain Environment"
        );
    }

    // The secrets come from Secrets Manager, each the value its variable names.
    let client_of_id_variable: HashMap<&str, &str> = environment
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|variable| Some((variable["Name"].as_str()?, variable["Value"]["Ref"].as_str()?)))
        .collect();
    let secrets = task_secrets(container);
    let names: BTreeSet<&str> = secrets.iter().map(|(name, _, _)| name.as_str()).collect();
    assert_eq!(
        names,
        BTreeSet::from([
            "COGNITO_CLIENT_SECRET",
            "COGNITO_SERVER_CLIENT_SECRET",
            "SIGN_IN_MARKER_KEY"
        ])
    );
    for (name, resource, key) in &secrets {
        assert_eq!(key, name, "{name} reads its own key");
        assert_eq!(
            template["Resources"][resource]["Type"], "AWS::SecretsManager::Secret",
            "{name}"
        );
        let secret = properties(&template, resource);
        if name == "SIGN_IN_MARKER_KEY" {
            // Generated by Secrets Manager, never seen by anyone, as long as the server asks.
            let generated = &secret["GenerateSecretString"];
            assert_eq!(generated["GenerateStringKey"], name.as_str());
            let length = generated["PasswordLength"].as_u64().unwrap();
            assert!(length as usize >= app::backend::config::MARKER_KEY_MIN_LEN, "{length}");
            continue;
        }
        // A client's secret, read from the client whose id the matching variable holds.
        let [text, values] = secret["SecretString"]["Fn::Sub"].as_array().unwrap().as_slice() else {
            panic!("{resource}: SecretString from Fn::Sub [template, values]")
        };
        let stored: Value = serde_json::from_str(text.as_str().unwrap()).expect("a JSON secret");
        let variable = stored[key.as_str()]
            .as_str()
            .and_then(|value| value.strip_prefix("${"))
            .and_then(|value| value.strip_suffix('}'))
            .unwrap_or_else(|| panic!("{resource} holds {key}"));
        let client = client_of_id_variable[name.replace("_SECRET", "_ID").as_str()];
        assert_eq!(
            values[variable],
            serde_json::json!({"Fn::GetAtt": [client, "ClientSecret"]}),
            "{name}"
        );
    }

    // ECS reads exactly these secrets for the task, with the execution role.
    let read_by_tasks: BTreeSet<&str> = secrets.iter().map(|(_, resource, _)| resource.as_str()).collect();
    let execution_role = properties(&template, target_of(&task["Properties"]["ExecutionRoleArn"]));
    let statements: Vec<&Value> = execution_role["Policies"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|policy| policy["PolicyDocument"]["Statement"].as_array().unwrap())
        .filter(|statement| statement.to_string().contains("secretsmanager:"))
        .collect();
    let [reads] = statements.as_slice() else {
        panic!("one statement reads the secrets: {statements:?}")
    };
    assert_eq!(reads["Action"], "secretsmanager:GetSecretValue");
    let readable: BTreeSet<&str> = reads["Resource"].as_array().unwrap().iter().map(target_of).collect();
    assert_eq!(readable, read_by_tasks);
}

#[test]
fn the_container_environment_configures_aws_mode_with_only_variables_the_app_reads() {
    let template = template();
    let container = the_container(&template);
    let load_balancer_cidrs = ["10.0.0.0/24", "10.0.1.0/24"];
    let joined_cidrs = load_balancer_cidrs.join(",");
    // The service with the pool's domain and two identity providers.
    let mut parameters: HashMap<&str, &str> = identity_provider_parameters();
    parameters.insert("LoadBalancerSubnetCidrs", &joined_cidrs);
    // What each `Ref` to a resource becomes once deployed.
    let deployed_values = HashMap::from([
        ("UserPool", "eu-west-1_AbCdEf123"),
        ("AppClient", "1example23456789abcdefghij"),
        ("ServerAppClient", "2example23456789abcdefghij"),
        ("ProfileTable", "doorway-ProfileTable-1A2B3C4D5E6F"),
        ("AWS::Region", "eu-west-1"),
    ]);

    // The balancer's subnets are the proxies whose X-Forwarded-For is believed.
    let trusted = container["Environment"]
        .as_array()
        .unwrap()
        .iter()
        .find(|variable| variable["Name"] == "TRUSTED_PROXIES")
        .expect("TRUSTED_PROXIES");
    assert_eq!(
        trusted["Value"],
        serde_json::json!({"Fn::Join": [",", {"Ref": "LoadBalancerSubnetCidrs"}]})
    );
    assert_eq!(
        template["Parameters"]["LoadBalancerSubnetCidrs"]["Type"],
        "CommaDelimitedList"
    );

    let mut environment: HashMap<String, String> = container["Environment"]
        .as_array()
        .unwrap()
        .iter()
        .map(|variable| {
            let value = deployed_text(&template, &variable["Value"], &parameters, &deployed_values)
                .unwrap_or_else(|| panic!("a value: {variable}"));
            (variable["Name"].as_str().unwrap().to_string(), value)
        })
        .collect();
    // The sign-in page's providers and the pool's domain, as the outputs give them.
    for (variable, output) in [
        ("IDENTITY_PROVIDERS", "IdentityProviders"),
        ("COGNITO_DOMAIN", "CognitoDomain"),
    ] {
        let output = &template["Outputs"][output];
        assert_eq!(output["Description"], variable);
        assert_eq!(
            deployed_text(&template, &output["Value"], &parameters, &deployed_values).as_ref(),
            environment.get(variable),
            "{variable}"
        );
    }
    // Without them, empty: as if unset.
    let mut without: HashMap<&str, &str> = service_parameters();
    without.insert("LoadBalancerSubnetCidrs", &joined_cidrs);
    for variable in container["Environment"].as_array().unwrap() {
        if ["IDENTITY_PROVIDERS", "COGNITO_DOMAIN"].contains(&variable["Name"].as_str().unwrap()) {
            assert_eq!(
                deployed_text(&template, &variable["Value"], &without, &deployed_values).as_deref(),
                Some(""),
                "{variable}"
            );
        }
    }
    let marker_key = "k".repeat(64);
    for (name, _, _) in task_secrets(container) {
        let value = match name.as_str() {
            "SIGN_IN_MARKER_KEY" => marker_key.clone(),
            "COGNITO_CLIENT_SECRET" => "secret-of-the-browser-client".to_string(),
            _ => "secret-of-the-server-client".to_string(),
        };
        assert!(environment.insert(name.clone(), value).is_none(), "{name} twice");
    }

    let asked = std::cell::RefCell::new(BTreeSet::new());
    let settings = Settings::from_lookup(|name| {
        asked.borrow_mut().insert(name.to_string());
        environment.get(name).cloned()
    })
    .expect("a valid configuration");
    // Every variable is one the configuration reads, but the region, which the AWS SDK reads
    // (the server names it when the SDK finds none).
    let unread: BTreeSet<&str> = environment
        .keys()
        .map(String::as_str)
        .filter(|name| !asked.borrow().contains(*name))
        .collect();
    assert_eq!(unread, BTreeSet::from(["AWS_REGION"]));
    assert!(read("server/src/lib.rs").contains("configuration error: AWS_REGION"));
    // The image sets where the server listens; the stack does not override it.
    assert!(!environment.keys().any(|name| name.starts_with("LEPTOS_")));

    let Mode::Aws(aws) = &settings.mode else {
        panic!("the environment selects AWS mode")
    };
    assert_eq!(aws.user_pool_id, deployed_values["UserPool"]);
    assert_eq!(aws.client_id, deployed_values["AppClient"]);
    assert_eq!(aws.client_secret.as_deref(), Some("secret-of-the-browser-client"));
    let server_client = aws.server_client.as_ref().expect("the server-only client");
    assert_eq!(server_client.id, deployed_values["ServerAppClient"]);
    assert_eq!(server_client.secret(), Some("secret-of-the-server-client"));
    assert!(aws.sign_in_marker_key.is_some(), "one marker key for every task");
    assert_eq!(settings.profile_table, deployed_values["ProfileTable"]);
    assert_eq!(settings.http.public_url.as_deref(), Some(parameters["PublicUrl"]));
    let proxies: Vec<String> = settings
        .rate_limits
        .trusted_proxies
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(proxies, load_balancer_cidrs);
}

#[test]
fn a_stopping_task_finishes_its_requests_before_it_is_killed() {
    let template = template();
    let request_timeout = HttpSettings::default().request_timeout_secs;
    let stop_timeout = the_container(&template)["StopTimeout"].as_u64().expect("a StopTimeout");
    let (_, group) = only_resource_of_type(&template, "AWS::ElasticLoadBalancingV2::TargetGroup");
    let deregistration_delay: u64 = group["Properties"]["TargetGroupAttributes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|attribute| attribute["Key"] == "deregistration_delay.timeout_seconds")
        .expect("a deregistration delay")["Value"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    // The balancer lets a deregistered task's requests in flight finish, and sends it no new one.
    assert!(deregistration_delay >= request_timeout, "{deregistration_delay}");
    // After SIGTERM the server finishes its requests, each within the request timeout, before
    // ECS kills it; and it is not killed before the balancer is done with it.
    assert!(stop_timeout > request_timeout, "{stop_timeout} vs {request_timeout}");
    assert!(
        stop_timeout > deregistration_delay,
        "{stop_timeout} vs {deregistration_delay}"
    );
    assert!(stop_timeout <= 120, "Fargate's longest StopTimeout");

    // The balancer does not close a connection a request is still being answered on.
    let (_, balancer) = only_resource_of_type(&template, "AWS::ElasticLoadBalancingV2::LoadBalancer");
    let idle_timeout: u64 = balancer["Properties"]["LoadBalancerAttributes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|attribute| attribute["Key"] == "idle_timeout.timeout_seconds")
        .map_or(60, |attribute| attribute["Value"].as_str().unwrap().parse().unwrap());
    assert!(idle_timeout > request_timeout, "{idle_timeout}");
}

#[test]
fn the_service_scales_between_desired_and_max_tasks_on_cpu_and_requests() {
    let template = template();
    let (target_name, target) = only_resource_of_type(&template, "AWS::ApplicationAutoScaling::ScalableTarget");
    let target = &target["Properties"];
    assert_eq!(target["ServiceNamespace"], "ecs");
    assert_eq!(target["ScalableDimension"], "ecs:service:DesiredCount");
    assert_eq!(target["MinCapacity"], serde_json::json!({"Ref": "DesiredTasks"}));
    assert_eq!(target["MaxCapacity"], serde_json::json!({"Ref": "MaxTasks"}));
    // The service of the stack's cluster.
    let (service_name, service) = only_resource_of_type(&template, "AWS::ECS::Service");
    let cluster = target_of(&service["Properties"]["Cluster"]);
    assert_eq!(
        target["ResourceId"],
        serde_json::json!({"Fn::Sub": format!("service/${{{cluster}}}/${{{service_name}.Name}}")})
    );
    let max = &template["Parameters"]["MaxTasks"];
    assert!(max["Default"].as_i64().unwrap() > template["Parameters"]["DesiredTasks"]["Default"].as_i64().unwrap());

    let tracked: HashMap<String, &Value> = resources_of_type(&template, "AWS::ApplicationAutoScaling::ScalingPolicy")
        .map(|(name, policy)| {
            let policy = &policy["Properties"];
            assert_eq!(policy["PolicyType"], "TargetTrackingScaling", "{name}");
            assert_eq!(
                policy["ScalingTargetId"],
                serde_json::json!({"Ref": target_name}),
                "{name}"
            );
            let tracking = &policy["TargetTrackingScalingPolicyConfiguration"];
            assert!(tracking["TargetValue"].as_f64().unwrap() > 0.0, "{name}");
            let metric = &tracking["PredefinedMetricSpecification"];
            (metric["PredefinedMetricType"].as_str().unwrap().to_string(), metric)
        })
        .collect();
    let metrics: BTreeSet<&str> = tracked.keys().map(String::as_str).collect();
    assert_eq!(
        metrics,
        BTreeSet::from(["ALBRequestCountPerTarget", "ECSServiceAverageCPUUtilization"])
    );
    // Requests per task of the stack's balancer and target group: app/…/…/targetgroup/…/….
    let (balancer, _) = only_resource_of_type(&template, "AWS::ElasticLoadBalancingV2::LoadBalancer");
    let (group, _) = only_resource_of_type(&template, "AWS::ElasticLoadBalancingV2::TargetGroup");
    assert_eq!(
        tracked["ALBRequestCountPerTarget"]["ResourceLabel"],
        serde_json::json!({"Fn::Join": ["/", [
            {"Fn::GetAtt": [balancer, "LoadBalancerFullName"]},
            {"Fn::GetAtt": [group, "TargetGroupFullName"]},
        ]]})
    );
}

#[test]
fn a_regional_web_acl_also_guards_the_stacks_own_load_balancer() {
    let template = template();
    let (balancer, _) = only_resource_of_type(&template, "AWS::ElasticLoadBalancingV2::LoadBalancer");
    let associations: Vec<&Value> = resources_of_type(&template, "AWS::WAFv2::WebACLAssociation")
        .map(|(_, association)| association)
        .collect();
    let ours: Vec<&&Value> = associations
        .iter()
        .filter(|association| association["Properties"]["ResourceArn"] == serde_json::json!({"Ref": balancer}))
        .collect();
    let [association] = ours.as_slice() else {
        panic!("one association names the stack's balancer")
    };
    assert_eq!(
        association["Properties"]["WebACLArn"],
        serde_json::json!({"Fn::GetAtt": ["WebAcl", "Arn"]})
    );
    // A balancer of one's own is still associated through WafProtectedResourceArn.
    assert!(
        associations
            .iter()
            .any(|association| association["Properties"]["ResourceArn"]
                == serde_json::json!({"Ref": "WafProtectedResourceArn"}))
    );

    let condition = association["Condition"].as_str().expect("an optional association");
    for scope in ["NONE", "REGIONAL", "CLOUDFRONT"] {
        for image in ["", service_parameters()["ContainerImage"]] {
            let mut parameters = service_parameters();
            parameters.insert("ContainerImage", image);
            parameters.insert("WafScope", scope);
            let guarded = condition_holds(&template, condition, &parameters);
            assert_eq!(
                guarded,
                scope == "REGIONAL" && !image.is_empty(),
                "WafScope {scope}, ContainerImage {image:?}"
            );
            if guarded {
                assert!(condition_holds(&template, "CreatesWebAcl", &parameters));
                assert!(condition_holds(&template, "RunsService", &parameters));
            }
        }
    }
}

// ---- Sign-in through another identity provider: the pool's domain, its providers, and the
// browser client's OAuth settings.

/// `value` as a stack with these parameters has it: each `Fn::If` replaced by the branch its
/// condition picks, and `AWS::NoValue` left out (of a list, or as the setting it would be); every
/// other function left as it is. `None`: no value at all.
fn chosen(template: &Value, value: &Value, parameters: &HashMap<&str, &str>) -> Option<Value> {
    match value {
        Value::Object(call) if call.contains_key("Fn::If") => {
            let [condition, then, otherwise] = call["Fn::If"].as_array().expect("Fn::If's arguments").as_slice() else {
                panic!("Fn::If takes three arguments")
            };
            let condition = condition.as_str().expect("a condition's name");
            let picked = if condition_holds(template, condition, parameters) {
                then
            } else {
                otherwise
            };
            chosen(template, picked, parameters)
        }
        Value::Object(call) if call.get("Ref").and_then(Value::as_str) == Some("AWS::NoValue") => None,
        Value::Object(entries) => Some(Value::Object(
            entries
                .iter()
                .filter_map(|(key, value)| Some((key.clone(), chosen(template, value, parameters)?)))
                .collect(),
        )),
        Value::Array(items) => Some(Value::Array(
            items
                .iter()
                .filter_map(|item| chosen(template, item, parameters))
                .collect(),
        )),
        other => Some(other.clone()),
    }
}

/// What `value` is once deployed, as text: `Ref` and `Fn::Sub` give parameters (`parameters`,
/// else their defaults), pseudo parameters and resources (`deployed`; an identity provider is its
/// `ProviderName`, a pool domain its prefix, as CloudFormation's `Ref` gives them); `Fn::Join` and
/// `Fn::If` are evaluated. `None`: `AWS::NoValue`.
fn deployed_text(
    template: &Value,
    value: &Value,
    parameters: &HashMap<&str, &str>,
    deployed: &HashMap<&str, &str>,
) -> Option<String> {
    let call = match value {
        Value::String(text) => return Some(text.clone()),
        Value::Object(call) if call.len() == 1 => call,
        other => panic!("not text: {other}"),
    };
    let (function, argument) = call.iter().next().unwrap();
    match function.as_str() {
        "Ref" if argument == "AWS::NoValue" => None,
        "Ref" => Some(referenced(
            template,
            argument.as_str().expect("Ref names one thing"),
            parameters,
            deployed,
        )),
        "Fn::If" => chosen(template, value, parameters)
            .and_then(|picked| deployed_text(template, &picked, parameters, deployed)),
        "Fn::Sub" => {
            let (text, own) = match argument {
                Value::String(text) => (text.as_str(), None),
                Value::Array(parts) => (parts[0].as_str().expect("Fn::Sub's text"), parts[1].as_object()),
                other => panic!("an Fn::Sub of {other}"),
            };
            let values: HashMap<&str, String> = sub_variables(text)
                .into_iter()
                .map(|variable| {
                    let value = match own.and_then(|own| own.get(variable)) {
                        Some(value) => deployed_text(template, value, parameters, deployed)
                            .unwrap_or_else(|| panic!("a value for ${{{variable}}}")),
                        None => referenced(template, variable, parameters, deployed),
                    };
                    (variable, value)
                })
                .collect();
            let values: HashMap<&str, &str> = values.iter().map(|(name, value)| (*name, value.as_str())).collect();
            Some(substitute(text, &values))
        }
        "Fn::Join" => {
            let [separator, items] = argument.as_array().expect("Fn::Join's arguments").as_slice() else {
                panic!("Fn::Join takes a separator and a list")
            };
            let items: Vec<String> = match items {
                // AWS::NoValue leaves an item out.
                Value::Array(items) => items
                    .iter()
                    .filter_map(|item| deployed_text(template, item, parameters, deployed))
                    .collect(),
                // A list parameter, given as its comma-separated text.
                list => deployed_text(template, list, parameters, deployed)
                    .expect("a list")
                    .split(',')
                    .map(str::to_string)
                    .collect(),
            };
            Some(items.join(separator.as_str().expect("a separator")))
        }
        other => panic!("{other} is not evaluated here: {value}"),
    }
}

/// What a `Ref` (or an `Fn::Sub` variable) to `name` is once deployed.
fn referenced(
    template: &Value,
    name: &str,
    parameters: &HashMap<&str, &str>,
    deployed: &HashMap<&str, &str>,
) -> String {
    if let Some(value) = parameters.get(name).or_else(|| deployed.get(name)) {
        return value.to_string();
    }
    if let Some(value) = pseudo_parameters().get(name) {
        return value.to_string();
    }
    let resource = &template["Resources"][name];
    let named_by = |property: &str| {
        deployed_text(template, &resource["Properties"][property], parameters, deployed)
            .unwrap_or_else(|| panic!("{name} has its {property}"))
    };
    match resource["Type"].as_str() {
        Some("AWS::Cognito::UserPoolIdentityProvider") => named_by("ProviderName"),
        Some("AWS::Cognito::UserPoolDomain") => named_by("Domain"),
        Some(kind) => panic!("no deployed value for {name} ({kind})"),
        None => match &template["Parameters"][name]["Default"] {
            Value::String(default) => default.clone(),
            Value::Number(default) => default.to_string(),
            _ => panic!("no value for {name}"),
        },
    }
}

/// A stack parameter and the value a test gives it.
type ParameterValues = &'static [(&'static str, &'static str)];

/// Each identity provider the template offers: its resource, the parameters that configure it
/// (the first one set creates it), its name in the pool, and its name on the sign-in page.
const PROVIDERS: [(&str, ParameterValues, &str, &str); 6] = [
    (
        "GoogleIdentityProvider",
        &[
            ("GoogleClientId", "123456789012-abc.apps.googleusercontent.com"),
            ("GoogleClientSecret", "google-secret"),
        ],
        "Google",
        "Google",
    ),
    (
        "AppleIdentityProvider",
        &[
            ("AppleClientId", "com.example.doorway.web"),
            ("AppleTeamId", "ABCDE12345"),
            ("AppleKeyId", "KEY1234567"),
            (
                "ApplePrivateKey",
                "-----BEGIN PRIVATE KEY-----\nMIGT\n-----END PRIVATE KEY-----",
            ),
        ],
        "SignInWithApple",
        "Apple",
    ),
    (
        "FacebookIdentityProvider",
        &[
            ("FacebookClientId", "123456789012345"),
            ("FacebookClientSecret", "facebook-secret"),
        ],
        "Facebook",
        "Facebook",
    ),
    (
        "AmazonIdentityProvider",
        &[
            ("AmazonClientId", "amzn1.application-oa2-client.0123456789abcdef"),
            ("AmazonClientSecret", "amazon-secret"),
        ],
        "LoginWithAmazon",
        "Amazon",
    ),
    (
        "OidcIdentityProvider",
        &[
            ("OidcClientId", "doorway"),
            ("OidcClientSecret", "oidc-secret"),
            ("OidcIssuer", "https://sso.acme.example"),
            ("OidcProviderName", "Acme"),
            ("OidcDisplayName", "Acme SSO"),
        ],
        "Acme",
        "Acme SSO",
    ),
    (
        "SamlIdentityProvider",
        &[
            ("SamlMetadataUrl", "https://idp.contoso.example/metadata.xml"),
            ("SamlProviderName", "Contoso"),
            ("SamlDisplayName", "Contoso"),
        ],
        "Contoso",
        "Contoso",
    ),
];

/// A stack running the service, with the pool's domain and these providers (by resource).
fn with_providers(resources: &[&str]) -> HashMap<&'static str, &'static str> {
    let mut parameters = service_parameters();
    parameters.insert("DomainPrefix", "doorway-example");
    for (resource, settings, _, _) in PROVIDERS {
        if resources.contains(&resource) {
            parameters.extend(settings.iter().copied());
        }
    }
    parameters
}

/// The service with Google and an OpenID Connect provider.
fn identity_provider_parameters() -> HashMap<&'static str, &'static str> {
    with_providers(&["GoogleIdentityProvider", "OidcIdentityProvider"])
}

/// The assertions of the template's rules that these parameters fail, by their descriptions:
/// CloudFormation refuses such a stack before it creates anything.
fn refused(template: &Value, parameters: &HashMap<&str, &str>) -> Vec<String> {
    template["Rules"]
        .as_object()
        .unwrap()
        .values()
        .filter(|rule| evaluate_condition(template, &rule["RuleCondition"], parameters))
        .flat_map(|rule| rule["Assertions"].as_array().unwrap())
        .filter(|assertion| !evaluate_condition(template, &assertion["Assert"], parameters))
        .map(|assertion| assertion["AssertDescription"].as_str().unwrap().to_string())
        .collect()
}

/// The browser client's `SupportedIdentityProviders` once deployed with these parameters.
fn supported_providers(template: &Value, parameters: &HashMap<&str, &str>) -> Vec<String> {
    let supported = &template["Resources"]["AppClient"]["Properties"]["SupportedIdentityProviders"];
    chosen(template, supported, parameters)
        .expect("SupportedIdentityProviders")
        .as_array()
        .unwrap()
        .iter()
        .map(|provider| deployed_text(template, provider, parameters, &HashMap::new()).unwrap())
        .collect()
}

/// The output `IdentityProviders` (the app's `IDENTITY_PROVIDERS`) with these parameters, as
/// (name, display name) pairs; none when the output does not exist.
fn listed_providers(template: &Value, parameters: &HashMap<&str, &str>) -> Vec<(String, String)> {
    let output = &template["Outputs"]["IdentityProviders"];
    let condition = output["Condition"].as_str().expect("an optional output");
    if !condition_holds(template, condition, parameters) {
        return Vec::new();
    }
    deployed_text(template, &output["Value"], parameters, &HashMap::new())
        .expect("a list of providers")
        .split(',')
        .map(|entry| {
            let (name, display) = entry.split_once('=').expect("Name=Display name");
            (name.to_string(), display.to_string())
        })
        .collect()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("a list: {value}"))
        .iter()
        .map(|item| item.as_str().expect("text").to_string())
        .collect()
}

#[test]
fn the_browser_client_signs_in_through_exactly_the_configured_providers() {
    let template = template();
    let (_, clients) = local_pool_and_clients();
    let local = &clients[server::local::CLIENT_ID];
    let client = &template["Resources"]["AppClient"]["Properties"];

    // The authorization code flow with an ID token's scopes, as in local mode; never the scope
    // Cognito's self-service calls need (SECURITY.md 26).
    let parameters = service_parameters();
    let deployed = chosen(&template, client, &parameters).unwrap();
    assert_eq!(deployed["AllowedOAuthFlowsUserPoolClient"], true);
    assert_eq!(deployed["AllowedOAuthFlows"], serde_json::json!(["code"]));
    let scopes: BTreeSet<String> = strings(&deployed["AllowedOAuthScopes"]).into_iter().collect();
    assert_eq!(scopes, BTreeSet::from(["email", "openid", "profile"].map(String::from)));
    for setting in [
        "AllowedOAuthFlowsUserPoolClient",
        "AllowedOAuthFlows",
        "AllowedOAuthScopes",
    ] {
        assert_eq!(
            local.get(setting).map(unordered),
            Some(unordered(&deployed[setting])),
            "{setting}: local mode and the template"
        );
    }

    // Back at the app's own pages under its public address: exactly /auth/callback, and /login
    // after signing out.
    let public_url = parameters["PublicUrl"];
    let urls = |setting: &str| -> Vec<String> {
        deployed[setting]
            .as_array()
            .unwrap_or_else(|| panic!("{setting}"))
            .iter()
            .map(|url| deployed_text(&template, url, &parameters, &HashMap::new()).unwrap())
            .collect()
    };
    assert_eq!(urls("CallbackURLs"), [format!("{public_url}/auth/callback")]);
    assert_eq!(urls("LogoutURLs"), [format!("{public_url}/login")]);
    // Without a public address, no OAuth at all: Cognito refuses the code flow without a
    // callback URL (and no provider may be configured then, below).
    let without_url = chosen(&template, client, &HashMap::new()).unwrap();
    for setting in [
        "AllowedOAuthFlowsUserPoolClient",
        "AllowedOAuthFlows",
        "AllowedOAuthScopes",
        "CallbackURLs",
        "LogoutURLs",
    ] {
        assert!(without_url.get(setting).is_none(), "{setting} without PublicUrl");
    }

    // Locally: the pool's own sign-in, and local mode's stand-in provider.
    let local_providers = strings(&local["SupportedIdentityProviders"]);
    assert_eq!(
        local_providers.first().map(String::as_str),
        Some("COGNITO"),
        "{local_providers:?}"
    );
    assert!(
        local_providers.len() > 1,
        "local mode signs in through a provider too: {local_providers:?}"
    );

    // Deployed: the pool's own sign-in and exactly the configured providers, each created before
    // the client (which names it), and the same ones for the sign-in page, with their display names.
    let references = references_of(&template["Resources"]["AppClient"]);
    for (resource, ..) in PROVIDERS {
        assert!(references.contains(resource), "AppClient names {resource}");
    }
    let every: Vec<&str> = PROVIDERS.iter().map(|(resource, ..)| *resource).collect();
    let mut cases: Vec<(HashMap<&str, &str>, Vec<&str>)> = vec![
        (HashMap::new(), vec![]),
        (service_parameters(), vec![]),
        (
            identity_provider_parameters(),
            vec!["GoogleIdentityProvider", "OidcIdentityProvider"],
        ),
        (with_providers(&every), every.clone()),
    ];
    cases.extend(
        every
            .iter()
            .map(|resource| (with_providers(&[*resource]), vec![*resource])),
    );
    for (parameters, configured) in cases {
        assert_eq!(refused(&template, &parameters), Vec::<String>::new(), "{configured:?}");
        let expected: Vec<(String, String)> = PROVIDERS
            .iter()
            .filter(|(resource, ..)| configured.contains(resource))
            .map(|(_, _, name, display)| (name.to_string(), display.to_string()))
            .collect();
        let mut supported = vec!["COGNITO".to_string()];
        supported.extend(expected.iter().map(|(name, _)| name.clone()));
        assert_eq!(supported_providers(&template, &parameters), supported, "{configured:?}");
        let created: BTreeSet<&str> = resources_of_type(&template, "AWS::Cognito::UserPoolIdentityProvider")
            .filter(|(_, provider)| {
                let condition = provider["Condition"].as_str().expect("an optional provider");
                condition_holds(&template, condition, &parameters)
            })
            .map(|(name, _)| name)
            .collect();
        assert_eq!(created, configured.iter().copied().collect(), "{configured:?}");
        assert_eq!(listed_providers(&template, &parameters), expected, "{configured:?}");
    }

    // Each provider: of this pool, of its type, mapping the email and the name (and whether the
    // email is verified, where the provider says), its secrets never shown.
    let provider_types = HashMap::from([
        ("GoogleIdentityProvider", "Google"),
        ("AppleIdentityProvider", "SignInWithApple"),
        ("FacebookIdentityProvider", "Facebook"),
        ("AmazonIdentityProvider", "LoginWithAmazon"),
        ("OidcIdentityProvider", "OIDC"),
        ("SamlIdentityProvider", "SAML"),
    ]);
    let verifies_email = [
        "GoogleIdentityProvider",
        "AppleIdentityProvider",
        "OidcIdentityProvider",
    ];
    let providers: Vec<(&str, &Value)> =
        resources_of_type(&template, "AWS::Cognito::UserPoolIdentityProvider").collect();
    assert_eq!(providers.len(), PROVIDERS.len());
    for (name, provider) in providers {
        let properties = &provider["Properties"];
        assert_eq!(
            properties["UserPoolId"],
            serde_json::json!({"Ref": "UserPool"}),
            "{name}"
        );
        assert_eq!(properties["ProviderType"], provider_types[name], "{name}");
        let mapped: BTreeSet<&str> = properties["AttributeMapping"]
            .as_object()
            .unwrap_or_else(|| panic!("{name} maps attributes"))
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = BTreeSet::from(["email", "name"]);
        if verifies_email.contains(&name) {
            expected.insert("email_verified");
        }
        assert_eq!(mapped, expected, "{name}");
        for (detail, value) in properties["ProviderDetails"].as_object().unwrap() {
            if detail.contains("secret") || detail.contains("private_key") {
                let parameter = value["Ref"].as_str().unwrap_or_else(|| panic!("{name}'s {detail}"));
                assert_eq!(template["Parameters"][parameter]["NoEcho"], true, "{parameter}");
            }
        }
    }
    // No secret reaches an output or the service's plain environment.
    let secrets: BTreeSet<String> = template["Parameters"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, parameter)| parameter["NoEcho"] == true)
        .map(|(name, _)| name.clone())
        .collect();
    assert_eq!(secrets.len(), 5, "{secrets:?}");
    let mut shown = BTreeSet::new();
    for output in template["Outputs"].as_object().unwrap().values() {
        names_referenced(&output["Value"], &mut shown);
    }
    names_referenced(&the_container(&template)["Environment"], &mut shown);
    assert_eq!(shown.intersection(&secrets).count(), 0, "{shown:?}");

    // The pool's domain, which the providers send people back to: required with any provider,
    // and the app's COGNITO_DOMAIN.
    let domain = &template["Resources"]["UserPoolDomain"];
    assert_eq!(domain["Type"], "AWS::Cognito::UserPoolDomain");
    assert_eq!(
        domain["Properties"]["UserPoolId"],
        serde_json::json!({"Ref": "UserPool"})
    );
    assert_eq!(
        domain["Properties"]["Domain"],
        serde_json::json!({"Ref": "DomainPrefix"})
    );
    let output = &template["Outputs"]["CognitoDomain"];
    assert_eq!(output["Condition"], domain["Condition"]);
    let parameters = identity_provider_parameters();
    assert_eq!(
        deployed_text(&template, &output["Value"], &parameters, &HashMap::new()),
        Some(format!(
            "https://{}.auth.eu-west-1.amazoncognito.com",
            parameters["DomainPrefix"]
        ))
    );
    // No domain, and neither variable, without a provider: the app takes both or neither.
    let mut domain_only = service_parameters();
    domain_only.insert("DomainPrefix", "doorway-example");
    for parameters in [service_parameters(), domain_only] {
        assert!(!condition_holds(
            &template,
            domain["Condition"].as_str().unwrap(),
            &parameters
        ));
        assert!(listed_providers(&template, &parameters).is_empty());
    }
    for missing in ["DomainPrefix", "PublicUrl"] {
        let mut parameters = identity_provider_parameters();
        parameters.remove("ContainerImage");
        parameters.remove(missing);
        let refusals = refused(&template, &parameters);
        assert!(
            refusals.iter().any(|refusal| refusal.contains(missing)),
            "a provider without {missing}: {refusals:?}"
        );
    }
}

#[tokio::test]
async fn local_mode_sends_people_back_to_the_pages_the_template_registers() {
    let template = template();
    let parameters = service_parameters();
    let public_url = parameters["PublicUrl"];
    let deployed = chosen(
        &template,
        &template["Resources"]["AppClient"]["Properties"],
        &parameters,
    )
    .unwrap();
    let template_paths = |setting: &str| -> BTreeSet<String> {
        deployed[setting]
            .as_array()
            .unwrap()
            .iter()
            .map(|url| {
                let url = deployed_text(&template, url, &parameters, &HashMap::new()).unwrap();
                url.strip_prefix(public_url).expect("under PublicUrl").to_string()
            })
            .collect()
    };

    let app = TestApp::start().await;
    let user_pool = &app.backend.user_pool;
    let described = user_pool
        .sdk()
        .describe_user_pool_client()
        .user_pool_id(&user_pool.pool_id)
        .client_id(server::local::CLIENT_ID)
        .send()
        .await
        .unwrap();
    let client = described.user_pool_client().expect("the browser's client");
    // Local mode allows the app under each of its loopback names: one path, several origins.
    let paths = |urls: &[String]| -> BTreeSet<String> {
        urls.iter()
            .map(|url| {
                reqwest::Url::parse(url)
                    .unwrap_or_else(|e| panic!("{url}: {e}"))
                    .path()
                    .to_string()
            })
            .collect()
    };
    assert_eq!(paths(client.callback_urls()), template_paths("CallbackURLs"));
    assert_eq!(paths(client.logout_urls()), template_paths("LogoutURLs"));
    assert_eq!(
        template_paths("CallbackURLs"),
        BTreeSet::from(["/auth/callback".to_string()])
    );
    assert_eq!(template_paths("LogoutURLs"), BTreeSet::from(["/login".to_string()]));
}

#[test]
fn every_attribute_a_provider_maps_is_one_the_browser_client_may_write() {
    // Cognito writes the mapped attributes at every sign-in through a provider, through the app
    // client the person signs in with: "If your app client does not have write access to a mapped
    // attribute, Amazon Cognito throws an error when it tries to update the attribute"
    // (UserPoolClientType.WriteAttributes, Cognito API reference).
    let template = template();
    let writable: BTreeSet<String> = strings(&properties(&template, "AppClient")["WriteAttributes"])
        .into_iter()
        .collect();
    for (name, provider) in resources_of_type(&template, "AWS::Cognito::UserPoolIdentityProvider") {
        let unwritable: Vec<&String> = provider["Properties"]["AttributeMapping"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|attribute| !writable.contains(*attribute))
            .collect();
        assert!(
            unwritable.is_empty(),
            "{name} maps {unwritable:?}, which AppClient may not write (WriteAttributes {writable:?})"
        );
    }
}
