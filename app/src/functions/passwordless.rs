//! Signing in without a password (a code emailed to the address, or a passkey), and the
//! account's passkeys in settings. The work is in `backend::passwordless`.
//!
//! The sign-in functions never tell whether an address has an account: each start answers alike
//! for any address, and each refusal is one error per method.
use leptos::prelude::*;
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::{
    backend::{
        AppState,
        audit::{self, Action, Who},
        passwordless, respond,
    },
    model::BrowserLocale,
    validation::{check_email, check_passkey_credential, check_sign_in_code, is_challenge_session, is_passkey_session},
};
use crate::{
    error::AppError,
    model::{CodeSent, Passkey, PasskeyChallenge, Proof, Secret, SignedIn},
};

/// Emails a sign-in code to the address, if it has an account; the answer is the same either way.
#[server(input = Json, endpoint = "send_sign_in_code")]
pub async fn send_sign_in_code(email: String) -> Result<CodeSent, AppError> {
    let result = async {
        let email = check_email(&email)?;
        passwordless::send_code(&AppState::current()?, &email).await
    }
    .await;
    respond(audit::record(Action::SignInCodeSent, Who::Email(&email), result))
}

/// Signs in with the emailed code, for the session [`send_sign_in_code`] answered with.
#[server(input = Json, endpoint = "sign_in_with_code")]
pub async fn sign_in_with_code(
    email: String,
    session: Secret,
    code: Secret,
    time_zone: Option<String>,
    language: Option<String>,
) -> Result<SignedIn, AppError> {
    let result = async {
        let email = check_email(&email)?;
        let code = check_sign_in_code(code.expose())?;
        let session = session.expose();
        if !is_challenge_session(session) {
            return Err(AppError::WrongCode);
        }
        let locale = BrowserLocale { time_zone, language };
        passwordless::sign_in_with_code(&AppState::current()?, &email, session, &code, &locale).await
    }
    .await;
    respond(audit::record(Action::SignInEmailCode, Who::Email(&email), result))
}

/// Starts a passkey sign-in: the options for the browser.
#[server(input = Json, endpoint = "start_passkey_sign_in")]
pub async fn start_passkey_sign_in(email: String) -> Result<PasskeyChallenge, AppError> {
    let result = async {
        let email = check_email(&email)?;
        passwordless::passkey_challenge(&AppState::current()?, &email).await
    }
    .await;
    respond(audit::record(Action::PasskeyChallenge, Who::Email(&email), result))
}

/// Starts a passkey proof for the signed-in caller (before a passkey is added or removed): the
/// options for the browser.
#[server(input = Json, endpoint = "start_passkey_proof")]
pub async fn start_passkey_proof(access_token: Secret) -> Result<PasskeyChallenge, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let challenge = passwordless::proof_challenge(&state, &caller).await;
            audit::record(Action::PasskeyChallenge, Who::User(caller.sub()), challenge)
        }
        .await,
    )
}

/// Signs in with the browser's answer (`PublicKeyCredential.toJSON()`, as JSON text).
#[server(input = Json, endpoint = "sign_in_with_passkey")]
pub async fn sign_in_with_passkey(
    email: String,
    session: Secret,
    credential: String,
    time_zone: Option<String>,
    language: Option<String>,
) -> Result<SignedIn, AppError> {
    let result = async {
        let email = check_email(&email)?;
        check_passkey_credential(&credential)?;
        let session = session.expose();
        if !is_passkey_session(session) {
            return Err(AppError::PasskeyRefused);
        }
        let locale = BrowserLocale { time_zone, language };
        passwordless::sign_in_with_passkey(&AppState::current()?, &email, session, &credential, &locale).await
    }
    .await;
    respond(audit::record(Action::SignInPasskey, Who::Email(&email), result))
}

/// The account's passkeys, oldest first.
#[server(input = Json, endpoint = "list_passkeys")]
pub async fn list_passkeys(access_token: Secret) -> Result<Vec<Passkey>, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            passwordless::list(&caller)
        }
        .await,
    )
}

/// Options for `navigator.credentials.create`, once the caller proves it is them.
#[server(input = Json, endpoint = "passkey_creation_options")]
pub async fn passkey_creation_options(access_token: Secret, proof: Proof) -> Result<String, AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let options = passwordless::creation_options(&state, &caller, &proof).await;
            audit::record(Action::PasskeyRegistrationStarted, Who::User(caller.sub()), options)
        }
        .await,
    )
}

/// Registers the browser's new passkey (`PublicKeyCredential.toJSON()`, as JSON text).
#[server(input = Json, endpoint = "add_passkey")]
pub async fn add_passkey(access_token: Secret, credential: String) -> Result<(), AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            let credential = check_passkey_credential(&credential).map_err(|_| AppError::PasskeyNotAdded)?;
            let result = passwordless::add(&state, &caller, credential).await;
            audit::record(Action::PasskeyAdded, Who::User(caller.sub()), result)
        }
        .await,
    )
}

/// Removes one of the account's passkeys, once the caller proves it is them.
#[server(input = Json, endpoint = "remove_passkey")]
pub async fn remove_passkey(access_token: Secret, proof: Proof, credential_id: String) -> Result<(), AppError> {
    respond(
        async {
            let state = AppState::current()?;
            let caller = state.authenticate(access_token.expose()).await?;
            if credential_id.is_empty() || credential_id.len() > 1024 {
                return Err(AppError::NotFound);
            }
            let result = passwordless::remove(&state, &caller, &proof, &credential_id).await;
            audit::record(Action::PasskeyRemoved, Who::User(caller.sub()), result)
        }
        .await,
    )
}
