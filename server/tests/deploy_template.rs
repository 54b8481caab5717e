//! One source of truth for AWS: `server/deploy/template.yaml` provisions the pool, both app clients
//! and the table as local mode does (`server/src/local/mod.rs`, read here through its own
//! functions and a running instance, never through copies), runs this repository's triggers on
//! the pool, grants exactly the AWS calls the app makes, limits paths the app really serves, and
//! its outputs configure the server. The Dockerfile builds the way the README documents and runs
//! as an operator expects.
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
    for (resource, local_id) in pairs {
        let client = as_template_client(clients[local_id].clone());
        let client_differences = disagreements(&client, properties(&template, resource), &["ClientId"]);
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
        assert_eq!(
            client["WriteAttributes"],
            serde_json::json!(["name"]),
            "{resource}: never `email`"
        );
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
/// `self.sdk().get_item()` → `GetItem`).
fn operations_called(path: &str) -> BTreeSet<String> {
    let code = compact_source(path);
    [".client.", ".sdk()."]
        .into_iter()
        .flat_map(|receiver| {
            identifiers_after(&code, receiver)
                .into_iter()
                .filter(|name| code.contains(&format!("{receiver}{name}()")))
                .collect::<Vec<_>>()
        })
        .map(|name| pascal_case(&name))
        .collect()
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
        statements, 3,
        "nothing beyond the pool's and the two tables' statements"
    );

    // Cognito: the administrator calls and the pool's description, the calls it takes AWS
    // credentials for (the public ones, and those made with a token, take none).
    let admin_calls: BTreeSet<String> = ["app/src/backend/user_pool.rs", "app/src/backend/minted.rs"]
        .into_iter()
        .flat_map(operations_called)
        .filter(|operation| operation.starts_with("Admin") || operation == "DescribeUserPool")
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
    let function_name = "PreTokenGenerationFunction";
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
    let mut environment = HashMap::new();
    for output in template["Outputs"].as_object().unwrap().values() {
        // Whoever may describe the stack reads its outputs.
        assert!(
            !output.to_string().contains("ClientSecret"),
            "a secret as an output: {output}"
        );
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
            "COGNITO_SERVER_CLIENT_ID",
            "COGNITO_USER_POOL_ID",
            "PROFILE_TABLE"
        ])
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

    let settings = Settings::from_lookup(|name| environment.get(name).cloned()).expect("a valid configuration");
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
