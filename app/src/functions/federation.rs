//! Signing in through another identity provider, and connecting one to an account: the calls
//! `/login/continue` and the "Connected accounts" section of settings make. The redirects around
//! them are plain routes (`backend::federation`).
use leptos::prelude::*;
use server_fn::codec::Json;

#[cfg(feature = "ssr")]
use crate::{
    backend::{
        AppState, Caller,
        audit::{self, Action, Who},
        federation::{self, IdentityProvider},
        respond,
    },
    model::BrowserLocale,
    validation::check_current_password_given,
};
use crate::{
    error::AppError,
    model::{ProviderFinish, Secret},
};

/// Finishes the flow this browser started at `/auth/{provider}/start`: signed in (a session as
/// a password sign-in gives), or the provider connected to the account whose `access_token` is
/// sent. Works once: the flow's cookies are cleared and Cognito's code is spent.
#[server(input = Json, endpoint = "finish_provider_sign_in")]
pub async fn finish_provider_sign_in(
    access_token: Option<Secret>,
    time_zone: Option<String>,
    language: Option<String>,
) -> Result<ProviderFinish, AppError> {
    let state = AppState::current();
    let parts = use_context::<axum::http::request::Parts>();
    let (Ok(state), Some(parts)) = (state, parts) else {
        return respond(Err(AppError::Internal));
    };
    let locale = BrowserLocale { time_zone, language };
    let access_token = access_token.as_ref().map(Secret::expose);
    let (result, cookies) = federation::finish(&state, &parts.headers, access_token, &locale).await;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        for cookie in cookies {
            response.append_header(axum::http::header::SET_COOKIE, cookie);
        }
    }
    respond(result)
}

/// After the current password: the next `/auth/{provider}/start` from this browser connects
/// `provider` to the account instead of signing in (for a few minutes).
#[server(input = Json, endpoint = "start_connecting")]
pub async fn start_connecting(
    access_token: Secret,
    current_password: Secret,
    provider: String,
) -> Result<(), AppError> {
    respond(
        async {
            let (state, caller, provider) =
                proven(&access_token, &current_password, &provider, Action::ProviderConnected).await?;
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                let cookie = federation::connect_cookie(&state, &caller, &provider.name);
                response.append_header(axum::http::header::SET_COOKIE, cookie);
            }
            Ok(())
        }
        .await,
    )
}

/// After the current password: `provider` no longer signs in to the account.
#[server(input = Json, endpoint = "disconnect_provider")]
pub async fn disconnect_provider(
    access_token: Secret,
    current_password: Secret,
    provider: String,
) -> Result<(), AppError> {
    respond(
        async {
            let (state, caller, provider) = proven(
                &access_token,
                &current_password,
                &provider,
                Action::ProviderDisconnected,
            )
            .await?;
            let disconnected = federation::disconnect(&state, &caller, &provider).await;
            audit::record(Action::ProviderDisconnected, Who::User(caller.sub()), disconnected)
        }
        .await,
    )
}

/// The caller, once their current password is proven, and the provider the pool has by that
/// name: what connecting and disconnecting ask first. A refused proof is audited as `action`.
#[cfg(feature = "ssr")]
async fn proven(
    access_token: &Secret,
    current_password: &Secret,
    provider: &str,
    action: Action,
) -> Result<(AppState, Caller, IdentityProvider), AppError> {
    check_current_password_given(current_password.expose())?;
    let state = AppState::current()?;
    let caller = state.authenticate(access_token.expose()).await?;
    let provider = federation::offered(&state, provider)?.clone();
    // Only a refusal here: what the proof allows is audited once it is done.
    if let Err(error) = federation::check_password(&state, &caller, current_password.expose()).await {
        return audit::record(action, Who::User(caller.sub()), Err(error));
    }
    Ok((state, caller, provider))
}
