//! Pre token generation (V2 event): the tokens the browser receives cannot call Cognito.
//!
//! An access token with the `aws.cognito.signin.user.admin` scope is honoured by Cognito itself for
//! every self-service call (`ChangePassword`, `StartWebAuthnRegistration`, `DeleteUser`...), past
//! every check our server makes. This trigger suppresses the scope on every app client's tokens
//! but the server-only one's, whose short-lived tokens the server mints at proof time and never
//! hands out. Fail-closed: with no server client configured, no token keeps the scope.
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html>
use aws_lambda_events::event::cognito::{
    ClaimsAndScopeOverrideDetailsV2, CognitoAccessTokenGenerationV2, CognitoEventUserPoolsPreTokenGenV2,
};

/// The scope that lets an access token call Cognito's self-service operations.
pub const ADMIN_SCOPE: &str = "aws.cognito.signin.user.admin";

/// The Lambda function's environment variable naming the server-only app client.
pub const SERVER_CLIENT_ID_VARIABLE: &str = "SERVER_CLIENT_ID";

/// The event with its response filled in: `ADMIN_SCOPE` suppressed unless the tokens are for
/// the app client `server_client_id`.
pub fn handle(
    mut event: CognitoEventUserPoolsPreTokenGenV2,
    server_client_id: Option<&str>,
) -> CognitoEventUserPoolsPreTokenGenV2 {
    let client_id = event
        .cognito_event_user_pools_header
        .caller_context
        .client_id
        .as_deref();
    if server_client_id.is_some() && client_id == server_client_id {
        return event;
    }
    let mut access_token = CognitoAccessTokenGenerationV2::default();
    access_token.scopes_to_suppress = vec![ADMIN_SCOPE.to_string()];
    let details = event
        .response
        .claims_and_scope_override_details
        .get_or_insert_with(ClaimsAndScopeOverrideDetailsV2::default);
    details.access_token_generation = Some(access_token);
    event
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// An event as Cognito sends it (the developer guide's V2 example, trimmed).
    fn event_for(client_id: &str) -> CognitoEventUserPoolsPreTokenGenV2 {
        serde_json::from_value(json!({
            "version": "2",
            "triggerSource": "TokenGeneration_Authentication",
            "region": "us-east-1",
            "userPoolId": "us-east-1_Example",
            "userName": "0d6a2e0c-7a4b-4bb8-b1fb-1ad0f0b1c0de",
            "callerContext": { "awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": client_id },
            "request": {
                "userAttributes": { "sub": "0d6a2e0c-7a4b-4bb8-b1fb-1ad0f0b1c0de", "email": "ada@example.com" },
                "groupConfiguration": { "groupsToOverride": [], "iamRolesToOverride": [], "preferredRole": null },
                "scopes": ["aws.cognito.signin.user.admin"]
            },
            "response": { "claimsAndScopeOverrideDetails": null }
        }))
        .unwrap()
    }

    fn suppressed(event: &CognitoEventUserPoolsPreTokenGenV2) -> Vec<String> {
        serde_json::to_value(event).unwrap()["response"]["claimsAndScopeOverrideDetails"]["accessTokenGeneration"]
            ["scopesToSuppress"]
            .as_array()
            .map(|scopes| scopes.iter().map(|s| s.as_str().unwrap().to_string()).collect())
            .unwrap_or_default()
    }

    #[test]
    fn the_browsers_tokens_lose_the_admin_scope() {
        let answered = handle(event_for("browser"), Some("server"));
        assert_eq!(suppressed(&answered), [ADMIN_SCOPE]);
    }

    #[test]
    fn the_server_only_clients_tokens_keep_it() {
        let answered = handle(event_for("server"), Some("server"));
        assert!(suppressed(&answered).is_empty());
        assert_eq!(answered, event_for("server"));
    }

    #[test]
    fn without_a_server_client_no_token_keeps_it() {
        assert_eq!(suppressed(&handle(event_for("server"), None)), [ADMIN_SCOPE]);
        assert_eq!(suppressed(&handle(event_for("browser"), Some(""))), [ADMIN_SCOPE]);
    }
}
