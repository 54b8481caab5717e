//! The Lambda function: one binary for every trigger the template configures, each event
//! dispatched by its shape (today only pre token generation).
use aws_lambda_events::event::cognito::CognitoEventUserPoolsPreTokenGenV2;
use lambda_runtime::{Error, LambdaEvent, service_fn};
use triggers::pre_token_generation;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let server_client_id = std::env::var(pre_token_generation::SERVER_CLIENT_ID_VARIABLE)
        .ok()
        .filter(|id| !id.is_empty());
    lambda_runtime::run(service_fn(|event: LambdaEvent<CognitoEventUserPoolsPreTokenGenV2>| {
        let server_client_id = server_client_id.clone();
        async move { Ok::<_, Error>(pre_token_generation::handle(event.payload, server_client_id.as_deref())) }
    }))
    .await
}
