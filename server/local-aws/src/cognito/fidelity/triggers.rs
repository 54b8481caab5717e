//! The user pool's Lambda triggers, run in-process at the moment Cognito invokes them, with the
//! very handler functions the deployed Lambda runs (`triggers`). The emulator has no triggers.
//!
//! Pre token generation (V2 event) runs before every issue of tokens, a refresh included, and
//! its answer edits the tokens: claims added, overridden or suppressed, and access-token scopes
//! added or suppressed.
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html>
//!
//! A self-service call (every operation authorized by an `AccessToken`) needs the
//! `aws.cognito.signin.user.admin` scope, so a token the trigger took it from is refused there.
//! <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetUser.html>
//!
//! Custom message runs before every email, and its answer is the email: Cognito puts the code
//! where the answer has the request's `codeParameter`.
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html>
use aws_lambda_events::event::cognito::{
    CognitoEventUserPoolsCustomMessage, CognitoEventUserPoolsCustomMessageTriggerSource as MessageSource,
    CognitoEventUserPoolsPreTokenGenTriggerSource as Source, CognitoEventUserPoolsPreTokenGenV2,
};
use serde_json::{Map, Value};
use triggers::{
    custom_message::{self, Email, Purpose},
    pre_token_generation::{self, ADMIN_SCOPE},
};

use super::Reply;

/// The pool's triggers as `DescribeUserPool` names them: the ones this layer runs.
pub fn lambda_config(pool_id: &str) -> Value {
    let region = pool_id.split('_').next().unwrap_or_default();
    let function = format!("arn:aws:lambda:{region}:000000000000:function:doorway-local-triggers");
    serde_json::json!({
        "PreTokenGenerationConfig": { "LambdaArn": function, "LambdaVersion": "V2_0" },
        "CustomMessage": function
    })
}

/// How one issue of tokens is edited, from the trigger's answer.
#[derive(Default)]
pub struct TokenEdits {
    access_claims: Map<String, Value>,
    access_suppressed: Vec<String>,
    scopes_added: Vec<String>,
    scopes_suppressed: Vec<String>,
    id_claims: Map<String, Value>,
    id_suppressed: Vec<String>,
}

/// What Cognito tells the trigger about one issue of tokens.
pub struct Issue<'a> {
    pub pool_id: &'a str,
    pub client_id: &'a str,
    pub username: &'a str,
    pub attributes: &'a [(String, String)],
    pub scopes: Vec<String>,
    pub refreshing: bool,
}

/// Runs pre token generation for `issue` with the pool's server-only client (the Lambda
/// function's `SERVER_CLIENT_ID`).
pub fn pre_token_generation(issue: &Issue, server_client_id: Option<&str>) -> TokenEdits {
    let mut event = CognitoEventUserPoolsPreTokenGenV2::default();
    let header = &mut event.cognito_event_user_pools_header;
    header.version = Some("2".into());
    header.trigger_source = Some(match issue.refreshing {
        true => Source::RefreshTokens,
        false => Source::Authentication,
    });
    header.region = issue.pool_id.split('_').next().map(String::from);
    header.user_pool_id = Some(issue.pool_id.into());
    header.user_name = Some(issue.username.into());
    header.caller_context.client_id = Some(issue.client_id.into());
    event.request.user_attributes = issue.attributes.iter().cloned().collect();
    event.request.scopes = issue.scopes.clone();

    let answered = pre_token_generation::handle(event, server_client_id);
    let mut edits = TokenEdits::default();
    let Some(details) = answered.response.claims_and_scope_override_details else {
        return edits;
    };
    if let Some(access) = details.access_token_generation {
        edits.access_claims = access.claims_to_add_or_override.into_iter().collect();
        edits.access_suppressed = access.claims_to_suppress;
        edits.scopes_added = access.scopes_to_add;
        edits.scopes_suppressed = access.scopes_to_suppress;
    }
    if let Some(id) = details.id_token_generation {
        edits.id_claims = id.claims_to_add_or_override.into_iter().collect();
        edits.id_suppressed = id.claims_to_suppress;
    }
    edits
}

/// The email Cognito sends a user with `attributes` for `purpose`, as the custom message
/// trigger words it, with the code where the trigger marked its place.
pub fn custom_message(
    pool_id: &str,
    purpose: Purpose,
    attributes: &[(String, String)],
    code: &str,
    public_url: Option<&str>,
) -> Email {
    const CODE_PARAMETER: &str = "{####}";
    let mut event = CognitoEventUserPoolsCustomMessage::default();
    let header = &mut event.cognito_event_user_pools_header;
    header.version = Some("1".into());
    header.trigger_source = Some(match purpose {
        Purpose::SignUp => MessageSource::SignUp,
        Purpose::Resend => MessageSource::ResendCode,
        Purpose::PasswordReset => MessageSource::ForgotPassword,
        Purpose::EmailChange => MessageSource::UpdateUserAttribute,
        Purpose::SignInCode => MessageSource::Authentication,
    });
    header.region = pool_id.split('_').next().map(String::from);
    header.user_pool_id = Some(pool_id.into());
    event.request.user_attributes = attributes
        .iter()
        .map(|(name, value)| (name.clone(), Value::from(value.as_str())))
        .collect();
    event.request.code_parameter = Some(CODE_PARAMETER.into());
    let answered = custom_message::handle(event, public_url).response;
    Email {
        subject: answered.email_subject.unwrap_or_default(),
        html: answered.email_message.unwrap_or_default().replace(CODE_PARAMETER, code),
    }
}

impl TokenEdits {
    pub fn edit_access_token(&self, claims: &mut Map<String, Value>) {
        edit(claims, &self.access_claims, &self.access_suppressed);
        let mut scopes: Vec<String> = scopes_of(claims)
            .into_iter()
            .filter(|scope| !self.scopes_suppressed.contains(scope))
            .collect();
        scopes.extend(
            self.scopes_added
                .iter()
                .filter(|s| !self.scopes_suppressed.contains(s))
                .cloned(),
        );
        match scopes.is_empty() {
            true => claims.remove("scope"),
            false => claims.insert("scope".into(), scopes.join(" ").into()),
        };
    }

    pub fn edit_id_token(&self, claims: &mut Map<String, Value>) {
        edit(claims, &self.id_claims, &self.id_suppressed);
    }
}

/// Claims Cognito issues itself cannot be changed by a trigger.
const RESERVED: &[&str] = &[
    "sub",
    "iss",
    "aud",
    "client_id",
    "token_use",
    "exp",
    "iat",
    "auth_time",
    "jti",
    "origin_jti",
    "scope",
    "cognito:username",
];

fn edit(claims: &mut Map<String, Value>, added: &Map<String, Value>, suppressed: &[String]) {
    for (name, value) in added {
        if !RESERVED.contains(&name.as_str()) {
            claims.insert(name.clone(), value.clone());
        }
    }
    for name in suppressed {
        if !RESERVED.contains(&name.as_str()) {
            claims.remove(name);
        }
    }
}

pub fn scopes_of(claims: &Map<String, Value>) -> Vec<String> {
    claims
        .get("scope")
        .and_then(Value::as_str)
        .map(|scope| scope.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
}

/// Cognito's answer to a self-service call whose access token lacks the admin scope.
pub(super) fn scope_refused(access_token_claims: &Map<String, Value>) -> Option<Reply> {
    (!scopes_of(access_token_claims).iter().any(|scope| scope == ADMIN_SCOPE))
        .then(|| Reply::error("NotAuthorizedException", "Access Token does not have required scopes"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn issue(client_id: &str) -> Issue<'_> {
        Issue {
            pool_id: "us-east-1_Pool",
            client_id,
            username: "0d6a2e0c",
            attributes: &[],
            scopes: vec![ADMIN_SCOPE.into()],
            refreshing: false,
        }
    }

    fn access_claims() -> Map<String, Value> {
        json!({ "sub": "0d6a2e0c", "scope": ADMIN_SCOPE, "client_id": "browser" })
            .as_object()
            .unwrap()
            .clone()
    }

    #[test]
    fn the_browsers_access_token_loses_the_scope_and_is_refused_by_self_service_calls() {
        let mut claims = access_claims();
        pre_token_generation(&issue("browser"), Some("server")).edit_access_token(&mut claims);
        assert_eq!(claims.get("scope"), None);
        assert!(scope_refused(&claims).is_some());
    }

    #[test]
    fn the_server_clients_keeps_it() {
        let mut claims = access_claims();
        pre_token_generation(&issue("server"), Some("server")).edit_access_token(&mut claims);
        assert_eq!(claims["scope"], ADMIN_SCOPE);
        assert!(scope_refused(&claims).is_none());
    }
}
