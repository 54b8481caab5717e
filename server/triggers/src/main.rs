//! The Lambda function: one binary for every trigger the template configures, each event
//! dispatched by its trigger source (pre token generation, custom message).
use aws_lambda_events::event::cognito::{CognitoEventUserPoolsCustomMessage, CognitoEventUserPoolsPreTokenGenV2};
use lambda_runtime::{Error, LambdaEvent, service_fn};
use serde_json::Value;
use triggers::{custom_message, pre_token_generation};

#[tokio::main]
async fn main() -> Result<(), Error> {
    let variable = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    let server_client_id = variable(pre_token_generation::SERVER_CLIENT_ID_VARIABLE);
    let public_url = variable(custom_message::PUBLIC_URL_VARIABLE);
    lambda_runtime::run(service_fn(|event: LambdaEvent<Value>| {
        let (server_client_id, public_url) = (server_client_id.clone(), public_url.clone());
        async move {
            let source = event
                .payload
                .get("triggerSource")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if source.starts_with("CustomMessage_") {
                let typed: CognitoEventUserPoolsCustomMessage = serde_json::from_value(event.payload)?;
                Ok::<_, Error>(serde_json::to_value(custom_message::handle(
                    typed,
                    public_url.as_deref(),
                ))?)
            } else {
                let typed: CognitoEventUserPoolsPreTokenGenV2 = serde_json::from_value(event.payload)?;
                let answered = pre_token_generation::handle(typed, server_client_id.as_deref());
                Ok(serde_json::to_value(answered)?)
            }
        }
    }))
    .await
}
