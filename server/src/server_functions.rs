//! What a server-function request must be before the function runs: JSON (another site's page
//! can make a browser post a form to us, but not JSON), small, one JSON object, and naming only
//! the function's own arguments. Answers carry tokens and account data, so no cache keeps them.
use app::{
    error::AppError,
    functions::{auth, federation, mailbox, passwordless, profile, settings, two_step},
};
use axum::{
    body::{Body, to_bytes},
    extract::Request,
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use serde::{
    Serialize,
    de::{DeserializeOwned, IgnoredAny},
};
use serde_json::Value;
use server_fn::{ServerFn, error::FromServerFnError};
use std::collections::BTreeMap;

/// The largest body a server function takes: its arguments are a few short strings (tokens are
/// the longest, a few KB).
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// Whether a body names only arguments of the server function it is for.
type FieldCheck = fn(&[u8]) -> bool;

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
        settings::SignedInDevices::PATH,
        only_arguments_of::<settings::SignedInDevices>,
    ),
    (
        settings::SignOutDevice::PATH,
        only_arguments_of::<settings::SignOutDevice>,
    ),
    (
        settings::DeleteAccount::PATH,
        only_arguments_of::<settings::DeleteAccount>,
    ),
    (profile::GetProfile::PATH, only_arguments_of::<profile::GetProfile>),
    (profile::SaveProfile::PATH, only_arguments_of::<profile::SaveProfile>),
    (profile::ExportData::PATH, only_arguments_of::<profile::ExportData>),
    (mailbox::ReadMailbox::PATH, only_arguments_of::<mailbox::ReadMailbox>),
    (
        settings::RecentActivity::PATH,
        only_arguments_of::<settings::RecentActivity>,
    ),
    (two_step::SignInCode::PATH, only_arguments_of::<two_step::SignInCode>),
    (
        two_step::SignInRecoveryCode::PATH,
        only_arguments_of::<two_step::SignInRecoveryCode>,
    ),
    (
        two_step::StartTwoStepSetup::PATH,
        only_arguments_of::<two_step::StartTwoStepSetup>,
    ),
    (
        two_step::FinishTwoStepSetup::PATH,
        only_arguments_of::<two_step::FinishTwoStepSetup>,
    ),
    (
        two_step::TurnOffTwoStep::PATH,
        only_arguments_of::<two_step::TurnOffTwoStep>,
    ),
    (
        two_step::RenewRecoveryCodes::PATH,
        only_arguments_of::<two_step::RenewRecoveryCodes>,
    ),
    (
        passwordless::SendSignInCode::PATH,
        only_arguments_of::<passwordless::SendSignInCode>,
    ),
    (
        passwordless::SignInWithCode::PATH,
        only_arguments_of::<passwordless::SignInWithCode>,
    ),
    (
        passwordless::StartPasskeySignIn::PATH,
        only_arguments_of::<passwordless::StartPasskeySignIn>,
    ),
    (
        passwordless::SignInWithPasskey::PATH,
        only_arguments_of::<passwordless::SignInWithPasskey>,
    ),
    (
        passwordless::StartPasskeyProof::PATH,
        only_arguments_of::<passwordless::StartPasskeyProof>,
    ),
    (
        passwordless::ListPasskeys::PATH,
        only_arguments_of::<passwordless::ListPasskeys>,
    ),
    (
        passwordless::PasskeyCreationOptions::PATH,
        only_arguments_of::<passwordless::PasskeyCreationOptions>,
    ),
    (
        passwordless::AddPasskey::PATH,
        only_arguments_of::<passwordless::AddPasskey>,
    ),
    (
        passwordless::RemovePasskey::PATH,
        only_arguments_of::<passwordless::RemovePasskey>,
    ),
    (
        federation::FinishProviderSignIn::PATH,
        only_arguments_of::<federation::FinishProviderSignIn>,
    ),
    (
        federation::StartConnecting::PATH,
        only_arguments_of::<federation::StartConnecting>,
    ),
    (
        federation::DisconnectProvider::PATH,
        only_arguments_of::<federation::DisconnectProvider>,
    ),
];

/// A body that decodes as `F`'s arguments names nothing else: decoding ignores unknown names,
/// so the names the decoded arguments encode back to are compared with the names sent. Both are
/// read from the bytes exactly as the function reads them: it skips an unknown name's value
/// without validating it, so a value no JSON parser accepts whole (a string of invalid UTF-8, a
/// number out of range) must not hide the name. A body that does not decode is left to the
/// function, which answers its own error.
fn only_arguments_of<F: ServerFn + Serialize + DeserializeOwned>(body: &[u8]) -> bool {
    let Ok(arguments) = serde_json::from_slice::<F>(body) else {
        return true;
    };
    // Arguments sent as a JSON array carry no names.
    let sent = serde_json::from_slice::<BTreeMap<String, IgnoredAny>>(body).unwrap_or_default();
    match serde_json::to_value(&arguments) {
        Ok(Value::Object(known)) => sent.keys().all(|name| known.contains_key(name)),
        // Functions without arguments encode as `null`.
        _ => sent.is_empty(),
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

/// Refuses a server-function request that is not JSON (415), too large (413), not one JSON object
/// or naming an argument the function does not have (400), before the function runs.
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
    if !names_only_its_arguments(parts.uri.path(), &bytes) {
        return Err(StatusCode::BAD_REQUEST);
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

/// The guard's argument check on its own, without HTTP, so the fuzz targets (`server/fuzz`) test
/// exactly what the guard runs. Bodies for other paths pass: they are no server function's.
pub fn names_only_its_arguments(path: &str, body: &[u8]) -> bool {
    SERVER_FUNCTIONS
        .iter()
        .find(|(known, _)| *known == path)
        .is_none_or(|(_, check)| is_an_object(body) && check(body))
}

/// Arguments come as one JSON object, by name. The functions' decoding would also take them as
/// an array, by position, which no check by name sees: the rate limits would count no email.
fn is_an_object(body: &[u8]) -> bool {
    body.iter().find(|byte| !byte.is_ascii_whitespace()) == Some(&b'{')
}

/// The path of every server function the guard knows, so the fuzz targets can tell when one is
/// missing from them.
pub fn server_function_paths() -> impl Iterator<Item = &'static str> {
    SERVER_FUNCTIONS.iter().map(|(path, _)| *path)
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
    fn arguments_come_only_as_one_object() {
        let path = auth::SignIn::PATH;
        assert!(names_only_its_arguments(path, br#" {"email":"a@b.co","password":"p"}"#));
        // The same arguments by position decode, and name no email the limits could count.
        let by_position = br#"["a@b.co","p",null,null]"#;
        assert!(serde_json::from_slice::<auth::SignIn>(by_position).is_ok());
        let refused: [&[u8]; 6] = [by_position, b"\n [\"a@b.co\"]", b"\"a@b.co\"", b"null", b"7", b""];
        for body in refused {
            assert!(
                !names_only_its_arguments(path, body),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn unknown_names_are_told_apart_from_known_ones() {
        let check = only_arguments_of::<auth::SignIn>;
        assert!(check(br#"{"email":"a@b.c","password":"p"}"#));
        assert!(check(br#"{"email":"a@b.c","password":"p","time_zone":null}"#));
        assert!(!check(br#"{"email":"a@b.c","password":"p","admin":true}"#));
        assert!(only_arguments_of::<mailbox::ReadMailbox>(b"{}"));
        assert!(!only_arguments_of::<mailbox::ReadMailbox>(br#"{"all":true}"#));
    }

    /// The body of the fuzz target's input `crash-66f7c2c5…` (for `confirm_sign_up`): an unknown
    /// name with a string of invalid UTF-8 (`\xd1L`) for its value.
    const CRASH_INVALID_UTF8_UNDER_AN_UNKNOWN_NAME: &[u8] = b"{\"email\": \"ada@example.com\", \"code\": \"123456\", \
        \"password\": \"correct horse battery\", \
        \"time_zonebbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\": \"Europe\xd1London\", \"language\": \"en\"}";

    /// Found by the `server_function_input` fuzz target (server/fuzz): an unknown name whose
    /// value is a string of invalid UTF-8, or a number out of range, made the body unreadable as
    /// a whole JSON value, so the guard let it through; the function's own decoding skips that
    /// value unread, and ran.
    #[test]
    fn an_unknown_name_is_refused_whatever_its_value() {
        let bodies: [&[u8]; 3] = [
            CRASH_INVALID_UTF8_UNDER_AN_UNKNOWN_NAME,
            br#"{"email":"a@b.co","code":"123456","admin":1e400}"#,
            br#"{"email":"a@b.co","code":"123456","admin":"\ud800"}"#,
        ];
        for body in bodies {
            assert!(
                serde_json::from_slice::<auth::ConfirmSignUp>(body).is_ok(),
                "the function would run on {}",
                String::from_utf8_lossy(body)
            );
            assert!(
                !names_only_its_arguments(auth::ConfirmSignUp::PATH, body),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }
}
