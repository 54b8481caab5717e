//! What a server-function request must be before the function runs: JSON (another site's page
//! can make a browser post a form to us, but not JSON), small, and naming only the function's own
//! arguments. Answers carry tokens and account data, so no cache keeps them.
use app::{
    error::AppError,
    functions::{auth, mailbox, profile, settings},
};
use axum::{
    body::{Body, to_bytes},
    extract::Request,
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Map, Value};
use server_fn::{ServerFn, error::FromServerFnError};

/// The largest body a server function takes: its arguments are a few short strings (tokens are
/// the longest, a few KB).
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// Whether a body names only arguments of the server function it is for.
type FieldCheck = fn(&Map<String, Value>) -> bool;

/// Every server function, with the check of its arguments. A test makes sure none is missing.
const SERVER_FUNCTIONS: &[(&str, FieldCheck)] = &[
    (auth::SignUp::PATH, only_arguments_of::<auth::SignUp>),
    (auth::ConfirmSignUp::PATH, only_arguments_of::<auth::ConfirmSignUp>),
    (auth::ResendCode::PATH, only_arguments_of::<auth::ResendCode>),
    (auth::SignIn::PATH, only_arguments_of::<auth::SignIn>),
    (auth::RefreshSession::PATH, only_arguments_of::<auth::RefreshSession>),
    (auth::SignOut::PATH, only_arguments_of::<auth::SignOut>),
    (auth::CurrentAccount::PATH, only_arguments_of::<auth::CurrentAccount>),
    (auth::ForgotPassword::PATH, only_arguments_of::<auth::ForgotPassword>),
    (auth::ResetPassword::PATH, only_arguments_of::<auth::ResetPassword>),
    (
        settings::ChangePassword::PATH,
        only_arguments_of::<settings::ChangePassword>,
    ),
    (settings::ChangeEmail::PATH, only_arguments_of::<settings::ChangeEmail>),
    (
        settings::ConfirmEmailChange::PATH,
        only_arguments_of::<settings::ConfirmEmailChange>,
    ),
    (
        settings::ResendEmailCode::PATH,
        only_arguments_of::<settings::ResendEmailCode>,
    ),
    (
        settings::SignOutEverywhere::PATH,
        only_arguments_of::<settings::SignOutEverywhere>,
    ),
    (
        settings::DeleteAccount::PATH,
        only_arguments_of::<settings::DeleteAccount>,
    ),
    (profile::GetProfile::PATH, only_arguments_of::<profile::GetProfile>),
    (profile::SaveProfile::PATH, only_arguments_of::<profile::SaveProfile>),
    (profile::ExportData::PATH, only_arguments_of::<profile::ExportData>),
    (mailbox::ReadMailbox::PATH, only_arguments_of::<mailbox::ReadMailbox>),
];

/// A body that decodes as `F`'s arguments names nothing else: decoding ignores unknown names,
/// so the names the decoded arguments encode back to are compared with the names sent. A body
/// that does not decode is left to the function, which answers its own error.
fn only_arguments_of<F: ServerFn + Serialize + DeserializeOwned>(body: &Map<String, Value>) -> bool {
    let Ok(arguments) = serde_json::from_value::<F>(Value::Object(body.clone())) else {
        return true;
    };
    match serde_json::to_value(&arguments) {
        Ok(Value::Object(known)) => body.keys().all(|name| known.contains_key(name)),
        // Functions without arguments encode as `null`.
        _ => body.is_empty(),
    }
}

fn refuse(status: StatusCode) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        AppError::Unreadable.ser(),
    )
        .into_response()
}

/// Refuses a server-function request that is not JSON (415), too large (413), or names an
/// argument the function does not have (400), before the function runs.
pub async fn guard(request: Request, next: Next) -> Response {
    if !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let mut response = match checked(request).await {
        Ok(request) => next.run(request).await,
        Err(status) => refuse(status),
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

async fn checked(request: Request) -> Result<Request, StatusCode> {
    let is_json = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|media_type| media_type.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }
    let (parts, body) = request.into_parts();
    let bytes = to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE)?;
    let check = SERVER_FUNCTIONS
        .iter()
        .find(|(path, _)| *path == parts.uri.path())
        .map(|(_, check)| *check);
    if let (Some(check), Ok(Value::Object(fields))) = (check, serde_json::from_slice::<Value>(&bytes))
        && !check(&fields)
    {
        return Err(StatusCode::BAD_REQUEST);
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_server_function_has_its_arguments_checked() {
        let registered: Vec<_> = server_fn::axum::server_fn_paths().map(|(path, _)| path).collect();
        assert!(!registered.is_empty());
        for path in registered {
            assert!(
                SERVER_FUNCTIONS.iter().any(|(known, _)| *known == path),
                "{path} is not in SERVER_FUNCTIONS"
            );
        }
    }

    #[test]
    fn unknown_names_are_told_apart_from_known_ones() {
        let body = |json: &str| serde_json::from_str::<Map<String, Value>>(json).unwrap();
        let check = only_arguments_of::<auth::SignIn>;
        assert!(check(&body(r#"{"email":"a@b.c","password":"p"}"#)));
        assert!(check(&body(r#"{"email":"a@b.c","password":"p","time_zone":null}"#)));
        assert!(!check(&body(r#"{"email":"a@b.c","password":"p","admin":true}"#)));
        assert!(only_arguments_of::<mailbox::ReadMailbox>(&body("{}")));
        assert!(!only_arguments_of::<mailbox::ReadMailbox>(&body(r#"{"all":true}"#)));
    }
}
