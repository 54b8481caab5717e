//! The Cognito user pool as the app uses it: the browser's app client and the server-only one,
//! each with its secret, and the administrator calls.
use aws_sdk_cognitoidentityprovider::{
    Client,
    operation::respond_to_auth_challenge::builders::RespondToAuthChallengeFluentBuilder,
    types::{
        AttributeType, AuthFlowType, ChallengeNameType, ProviderUserIdentifierType, SoftwareTokenMfaSettingsType,
        UserContextDataType, UserStatusType, VerifySoftwareTokenResponseType,
    },
};
use base64::{Engine, engine::general_purpose::STANDARD};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::aws_error::app_error;
use crate::{
    error::AppError,
    model::{EmailStatus, Tokens},
};

/// The address of whoever sent the current request: the socket's, or the one a trusted proxy
/// names (`TRUSTED_PROXIES`). The server's middleware puts it among the request's extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub std::net::IpAddr);

impl ClientIp {
    /// The current request's client, when a server function is answering one.
    pub fn current() -> Option<Self> {
        let parts = leptos::prelude::use_context::<axum::http::request::Parts>()?;
        parts.extensions.get::<Self>().copied()
    }
}

/// What Cognito's threat protection is told about the caller: the real client's address (not
/// the server's), on every call a person makes through the browser's app client, which
/// propagates it (`EnablePropagateAdditionalUserContextData`, which takes a client secret).
pub(super) fn user_context() -> Option<UserContextDataType> {
    let ClientIp(ip) = ClientIp::current()?;
    Some(UserContextDataType::builder().ip_address(ip.to_string()).build())
}

/// Cognito's `SECRET_HASH`: Base64(HMAC-SHA256(client secret, user name + client id)).
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash>
pub fn secret_hash(client_secret: &str, username: &str, client_id: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(client_secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(username.as_bytes());
    mac.update(client_id.as_bytes());
    STANDARD.encode(mac.finalize().into_bytes())
}

/// An app client of the pool: its id and, for a confidential client, its secret.
#[derive(Clone, PartialEq, Eq)]
pub struct AppClient {
    pub id: String,
    secret: Option<String>,
}

impl AppClient {
    pub fn new(id: impl Into<String>, secret: Option<String>) -> Self {
        Self { id: id.into(), secret }
    }

    pub fn secret(&self) -> Option<&str> {
        self.secret.as_deref()
    }

    /// `SECRET_HASH` for `username`, which a confidential client sends on every user call.
    pub fn secret_hash(&self, username: &str) -> Option<String> {
        Some(secret_hash(self.secret.as_ref()?, username, &self.id))
    }
}

/// The secret stays out of logs and debug output.
impl std::fmt::Debug for AppClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppClient")
            .field("id", &self.id)
            .field("confidential", &self.secret.is_some())
            .finish()
    }
}

#[derive(Clone, Debug)]
pub struct UserPool {
    client: Client,
    pub pool_id: String,
    /// The app client whose tokens the browser holds.
    pub browser: AppClient,
    /// The server-only app client, for the tokens the server mints at proof time; `None`: the
    /// browser's client mints them (a pool without the pre token generation trigger).
    pub server: Option<AppClient>,
    /// The relying party the pool's passkeys belong to, named in every passkey sign-in's options
    /// (local mode's `PASSKEY_RP_ID`). `None` in AWS mode: the options then name none, and the
    /// browser takes the page's own domain, which is what the pool's `WebAuthnRelyingPartyID` is
    /// set to (README, "On a real pool").
    pub passkey_rp_id: Option<String>,
}

impl UserPool {
    pub fn new(client: Client, pool_id: String, browser: AppClient, server: Option<AppClient>) -> Self {
        Self {
            client,
            pool_id,
            browser,
            server,
            passkey_rp_id: None,
        }
    }

    /// `SECRET_HASH`, required on every user call when the app client has a secret.
    pub fn secret_hash(&self, username: &str) -> Option<String> {
        self.browser.secret_hash(username)
    }

    pub fn sdk(&self) -> &Client {
        &self.client
    }

    /// Registers an unconfirmed account; Cognito e-mails the confirmation code.
    /// Creates the user; `locale` (the page's language) is the language of its emails, the first
    /// one included.
    pub async fn sign_up(&self, email: &str, password: &str, display_name: &str, locale: &str) -> Result<(), AppError> {
        let attribute = |name: &str, value: &str| AttributeType::builder().name(name).value(value).build();
        self.client
            .sign_up()
            .client_id(&self.browser.id)
            .set_secret_hash(self.secret_hash(email))
            .set_user_context_data(user_context())
            .username(email)
            .password(password)
            // The email is the user name: Cognito sets the `email` attribute from it (the app
            // client may not write `email` itself).
            .user_attributes(attribute("name", display_name).map_err(|_| AppError::Internal)?)
            .user_attributes(attribute("locale", locale).map_err(|_| AppError::Internal)?)
            .send()
            .await
            .map_err(|e| app_error("SignUp", e))?;
        Ok(())
    }

    pub async fn confirm_sign_up(&self, email: &str, code: &str) -> Result<(), AppError> {
        self.client
            .confirm_sign_up()
            .client_id(&self.browser.id)
            .set_secret_hash(self.secret_hash(email))
            .set_user_context_data(user_context())
            .username(email)
            .confirmation_code(code)
            .send()
            .await
            .map_err(|e| app_error("ConfirmSignUp", e))?;
        Ok(())
    }

    /// Gives a user a new password and ends every session of theirs at Cognito. Administrator
    /// calls: the server's credentials need `cognito-idp:AdminSetUserPassword` and
    /// `cognito-idp:AdminUserGlobalSignOut`.
    pub async fn replace_password(&self, email: &str, password: &str) -> Result<(), AppError> {
        self.set_password(email, password).await?;
        self.admin_sign_out_everywhere(email).await
    }

    /// Ends every session of `username` at Cognito (`AdminUserGlobalSignOut`).
    pub async fn admin_sign_out_everywhere(&self, username: &str) -> Result<(), AppError> {
        self.client
            .admin_user_global_sign_out()
            .user_pool_id(&self.pool_id)
            .username(username)
            .send()
            .await
            .map_err(|e| app_error("AdminUserGlobalSignOut", e))?;
        Ok(())
    }

    /// Sends a new sign-up code.
    pub async fn resend_confirmation_code(&self, email: &str) -> Result<(), AppError> {
        self.client
            .resend_confirmation_code()
            .client_id(&self.browser.id)
            .set_secret_hash(self.secret_hash(email))
            .set_user_context_data(user_context())
            .username(email)
            .send()
            .await
            .map_err(|e| app_error("ResendConfirmationCode", e))?;
        Ok(())
    }

    pub async fn forgot_password(&self, email: &str) -> Result<(), AppError> {
        self.client
            .forgot_password()
            .client_id(&self.browser.id)
            .set_secret_hash(self.secret_hash(email))
            .set_user_context_data(user_context())
            .username(email)
            .send()
            .await
            .map_err(|e| app_error("ForgotPassword", e))?;
        Ok(())
    }

    pub async fn confirm_forgot_password(&self, email: &str, code: &str, new_password: &str) -> Result<(), AppError> {
        self.client
            .confirm_forgot_password()
            .client_id(&self.browser.id)
            .set_secret_hash(self.secret_hash(email))
            .set_user_context_data(user_context())
            .username(email)
            .confirmation_code(code)
            .password(new_password)
            .send()
            .await
            .map_err(|e| app_error("ConfirmForgotPassword", e))?;
        Ok(())
    }

    /// New tokens from a refresh token (`GetTokensFromRefreshToken`, with the client secret of a
    /// confidential client: a refresh names no user, so there is no `SECRET_HASH` to send). An
    /// app client that rotates refresh tokens answers a new one, and the one sent stops working;
    /// one that does not answers none, and the one sent stays the session's.
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_GetTokensFromRefreshToken.html>
    pub async fn refresh(&self, refresh_token: &str) -> Result<Tokens, AppError> {
        let output = self
            .client
            .get_tokens_from_refresh_token()
            .client_id(&self.browser.id)
            .set_client_secret(self.browser.secret().map(String::from))
            .refresh_token(refresh_token)
            .send()
            .await
            .map_err(|e| app_error("GetTokensFromRefreshToken", e))?;
        tokens_from(output.authentication_result.ok_or(AppError::SessionExpired)?)
    }

    /// Revokes a refresh token and the access tokens issued from it.
    pub async fn revoke(&self, refresh_token: &str) -> Result<(), AppError> {
        self.client
            .revoke_token()
            .client_id(&self.browser.id)
            .set_client_secret(self.browser.secret().map(String::from))
            .token(refresh_token)
            .send()
            .await
            .map_err(|e| app_error("RevokeToken", e))?;
        Ok(())
    }

    /// The user `name` (their `sub`, user name or email) as Cognito holds them now, with every
    /// attribute (`AdminGetUser`: the browser's tokens cannot call `GetUser`). A user who is gone
    /// is [`AppError::WrongCredentials`].
    pub async fn user(&self, name: &str) -> Result<CognitoUser, AppError> {
        let user = self
            .client
            .admin_get_user()
            .user_pool_id(&self.pool_id)
            .username(name)
            .send()
            .await
            .map_err(
                |e| match e.as_service_error().is_some_and(|e| e.is_user_not_found_exception()) {
                    true => AppError::WrongCredentials,
                    false => app_error("AdminGetUser", e),
                },
            )?;
        Ok(CognitoUser {
            username: user.username,
            authenticator_required: user
                .user_mfa_setting_list
                .unwrap_or_default()
                .iter()
                .any(|setting| setting == SOFTWARE_TOKEN_MFA),
            attributes: user
                .user_attributes
                .unwrap_or_default()
                .into_iter()
                .map(|a| (a.name, a.value.unwrap_or_default()))
                .collect(),
        })
    }

    /// Sets `username`'s password, once the server has proven the current one
    /// (`AdminSetUserPassword`, permanent).
    pub async fn set_password(&self, username: &str, password: &str) -> Result<(), AppError> {
        self.client
            .admin_set_user_password()
            .user_pool_id(&self.pool_id)
            .username(username)
            .password(password)
            .permanent(true)
            .send()
            .await
            .map_err(|e| app_error("AdminSetUserPassword", e))?;
        Ok(())
    }

    /// Sets one attribute of `username`, as the administrator. For `email`: the app client itself
    /// may not write it, so a stolen access token cannot change it; a pool that requires
    /// verification before update keeps the old address as the sign-in name until the code sent
    /// to the new one is entered. For `locale`: the language the emails are written in. Needs
    /// `cognito-idp:AdminUpdateUserAttributes`.
    pub async fn admin_update_attribute(&self, username: &str, name: &str, value: &str) -> Result<(), AppError> {
        self.client
            .admin_update_user_attributes()
            .user_pool_id(&self.pool_id)
            .username(username)
            .user_attributes(
                AttributeType::builder()
                    .name(name)
                    .value(value)
                    .build()
                    .map_err(|_| AppError::Internal)?,
            )
            .send()
            .await
            .map_err(|e| app_error("AdminUpdateUserAttributes", e))?;
        Ok(())
    }

    /// Sends a (new) code for the email address waiting to be verified.
    pub async fn send_email_code(&self, access_token: &str) -> Result<(), AppError> {
        self.client
            .get_user_attribute_verification_code()
            .access_token(access_token)
            .attribute_name("email")
            .send()
            .await
            .map_err(|e| app_error("GetUserAttributeVerificationCode", e))?;
        Ok(())
    }

    pub async fn verify_email(&self, access_token: &str, code: &str) -> Result<(), AppError> {
        self.client
            .verify_user_attribute()
            .access_token(access_token)
            .attribute_name("email")
            .code(code)
            .send()
            .await
            .map_err(|e| app_error("VerifyUserAttribute", e))?;
        Ok(())
    }

    /// Deletes `username` (`AdminDeleteUser`), once the server has proven their password.
    pub async fn delete_user(&self, username: &str) -> Result<(), AppError> {
        self.client
            .admin_delete_user()
            .user_pool_id(&self.pool_id)
            .username(username)
            .send()
            .await
            .map_err(|e| app_error("AdminDeleteUser", e))?;
        Ok(())
    }

    /// Whether a user other than `sub` who signs in with a password has `email` (`ListUsers`):
    /// a provider's first sign-in with it must not become a second account beside theirs.
    pub async fn someone_else_has_email(&self, email: &str, sub: &str) -> Result<bool, AppError> {
        let quoted = email.replace('\\', "\\\\").replace('"', "\\\"");
        let users = self
            .client
            .list_users()
            .user_pool_id(&self.pool_id)
            .filter(format!("email = \"{quoted}\""))
            .limit(10)
            .send()
            .await
            .map_err(|e| app_error("ListUsers", e))?;
        Ok(users.users().iter().any(|user| {
            let is_sub = user
                .attributes()
                .iter()
                .any(|attribute| attribute.name() == "sub" && attribute.value() == Some(sub));
            let federated = user.user_status() == Some(&UserStatusType::ExternalProvider);
            !is_sub && !federated
        }))
    }

    /// Lets the person `subject` at `provider` sign in to `username` (`AdminLinkProviderForUser`).
    /// <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminLinkProviderForUser.html>
    pub async fn link_provider(&self, username: &str, provider: &str, subject: &str) -> Result<(), AppError> {
        let destination = ProviderUserIdentifierType::builder()
            .provider_name("Cognito")
            .provider_attribute_value(username)
            .build();
        self.client
            .admin_link_provider_for_user()
            .user_pool_id(&self.pool_id)
            .destination_user(destination)
            .source_user(provider_user(provider, subject))
            .send()
            .await
            .map_err(|e| app_error("AdminLinkProviderForUser", e))?;
        Ok(())
    }

    /// Ends the link [`Self::link_provider`] made (`AdminDisableProviderForUser`).
    pub async fn unlink_provider(&self, provider: &str, subject: &str) -> Result<(), AppError> {
        self.client
            .admin_disable_provider_for_user()
            .user_pool_id(&self.pool_id)
            .user(provider_user(provider, subject))
            .send()
            .await
            .map_err(|e| app_error("AdminDisableProviderForUser", e))?;
        Ok(())
    }

    /// Password sign-in (`USER_PASSWORD_AUTH`): the tokens, or, for an account with two-step
    /// sign-in, Cognito's `SOFTWARE_TOKEN_MFA` challenge (it comes only after the right password).
    pub async fn start_sign_in(&self, email: &str, password: &str) -> Result<PasswordChecked, AppError> {
        let mut request = self
            .client
            .initiate_auth()
            .client_id(&self.browser.id)
            .auth_flow(AuthFlowType::UserPasswordAuth)
            .auth_parameters("USERNAME", email)
            .auth_parameters("PASSWORD", password)
            .set_user_context_data(user_context());
        if let Some(hash) = self.secret_hash(email) {
            request = request.auth_parameters("SECRET_HASH", hash);
        }
        let output = request.send().await.map_err(|e| app_error("InitiateAuth", e))?;
        if let Some(result) = output.authentication_result {
            return Ok(PasswordChecked::SignedIn(tokens_from(result)?));
        }
        match (output.challenge_name, output.session) {
            (Some(ChallengeNameType::SoftwareTokenMfa), Some(session)) => {
                let username = output
                    .challenge_parameters
                    .and_then(|mut parameters| parameters.remove("USER_ID_FOR_SRP"))
                    .unwrap_or_else(|| email.to_string());
                Ok(PasswordChecked::CodeNeeded { session, username })
            }
            (challenge, _) => {
                // A challenge (SMS, a new password) this app does not offer.
                tracing::warn!(?challenge, "sign-in answered with an unsupported challenge");
                Err(AppError::Internal)
            }
        }
    }

    /// The second step of a sign-in: the authenticator app's code for the challenge `session`.
    /// An expired or used-up session is [`AppError::SignInExpired`].
    pub async fn answer_code(&self, username: &str, session: &str, code: &str) -> Result<Tokens, AppError> {
        let answer = self
            .answer_challenge(
                username,
                ChallengeNameType::SoftwareTokenMfa,
                session,
                ("SOFTWARE_TOKEN_MFA_CODE", code),
            )
            .await;
        // The session, not the password, is what Cognito no longer takes.
        answer.map_err(|error| match error {
            AppError::WrongCredentials => AppError::SignInExpired,
            other => other,
        })
    }

    /// `RespondToAuthChallenge` for `username`'s `challenge` in `session`, with one response.
    pub(super) fn respond(
        &self,
        username: &str,
        challenge: ChallengeNameType,
        session: &str,
        (name, value): (&str, &str),
    ) -> RespondToAuthChallengeFluentBuilder {
        let mut request = self
            .client
            .respond_to_auth_challenge()
            .client_id(&self.browser.id)
            .challenge_name(challenge)
            .session(session)
            .challenge_responses("USERNAME", username)
            .challenge_responses(name, value)
            .set_user_context_data(user_context());
        if let Some(hash) = self.secret_hash(username) {
            request = request.challenge_responses("SECRET_HASH", hash);
        }
        request
    }

    /// Answers a challenge that ends the sign-in: the tokens, or Cognito's refusal (a further
    /// challenge, a new password say, is not one this app answers: a refusal too).
    pub(super) async fn answer_challenge(
        &self,
        username: &str,
        challenge: ChallengeNameType,
        session: &str,
        response: (&str, &str),
    ) -> Result<Tokens, AppError> {
        let output = self
            .respond(username, challenge, session, response)
            .send()
            .await
            .map_err(|e| app_error("RespondToAuthChallenge", e))?;
        tokens_from(output.authentication_result.ok_or(AppError::WrongCredentials)?)
    }

    /// A new authenticator secret for the signed-in user (`AssociateSoftwareToken`): the secret
    /// and the session to verify it with.
    pub async fn new_authenticator(&self, access_token: &str) -> Result<(String, String), AppError> {
        let output = self
            .client
            .associate_software_token()
            .access_token(access_token)
            .send()
            .await
            .map_err(|e| app_error("AssociateSoftwareToken", e))?;
        Ok((
            output.secret_code.ok_or(AppError::Internal)?,
            output.session.unwrap_or_default(),
        ))
    }

    /// Proves the new authenticator with a first code (`VerifySoftwareToken`). The session from
    /// `AssociateSoftwareToken` is always sent: Cognito accepts it with the access token, and
    /// some compatible services need it.
    pub async fn verify_authenticator(
        &self,
        access_token: &str,
        session: &str,
        code: &str,
        device_name: &str,
    ) -> Result<(), AppError> {
        let output = self
            .client
            .verify_software_token()
            .access_token(access_token)
            .set_session((!session.is_empty()).then(|| session.to_string()))
            .user_code(code)
            .friendly_device_name(device_name)
            .send()
            .await
            .map_err(|e| app_error("VerifySoftwareToken", e))?;
        match output.status {
            Some(VerifySoftwareTokenResponseType::Success) => Ok(()),
            _ => Err(AppError::WrongCode),
        }
    }

    /// Turns the authenticator requirement of `username` on or off, once the server has proven
    /// what the change needs (`AdminSetUserMFAPreference`).
    pub async fn require_authenticator(&self, username: &str, required: bool) -> Result<(), AppError> {
        self.client
            .admin_set_user_mfa_preference()
            .user_pool_id(&self.pool_id)
            .username(username)
            .software_token_mfa_settings(authenticator_settings(required))
            .send()
            .await
            .map_err(|e| app_error("AdminSetUserMFAPreference", e))?;
        Ok(())
    }

    /// Whether the pool runs a pre token generation trigger (`DescribeUserPool`): without one, the
    /// browser's access tokens keep the admin scope and Cognito honours them directly.
    pub async fn has_pre_token_trigger(&self) -> Result<bool, AppError> {
        let output = self
            .client
            .describe_user_pool()
            .user_pool_id(&self.pool_id)
            .send()
            .await
            .map_err(|e| app_error("DescribeUserPool", e))?;
        let triggers = output.user_pool.and_then(|pool| pool.lambda_config);
        Ok(triggers.is_some_and(|t| t.pre_token_generation_config.is_some() || t.pre_token_generation.is_some()))
    }

    /// The `sub` of `username`, and whether an authenticator is required at sign-in.
    pub async fn admin_user(&self, username: &str) -> Result<(String, bool), AppError> {
        let user = self.user(username).await?;
        let sub = user.attribute("sub");
        if sub.is_empty() {
            return Err(AppError::Internal);
        }
        Ok((sub.to_string(), user.authenticator_required))
    }
}

/// Cognito's name for an authenticator app as a second factor.
pub const SOFTWARE_TOKEN_MFA: &str = "SOFTWARE_TOKEN_MFA";

fn authenticator_settings(required: bool) -> SoftwareTokenMfaSettingsType {
    SoftwareTokenMfaSettingsType::builder()
        .enabled(required)
        .preferred_mfa(required)
        .build()
}

/// What a password sign-in came to. Its session stays out of debug output (`Tokens` redacts
/// itself).
pub enum PasswordChecked {
    SignedIn(Tokens),
    /// The password was right, and the account asks for its authenticator code.
    CodeNeeded {
        session: String,
        username: String,
    },
}

impl std::fmt::Debug for PasswordChecked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::SignedIn(tokens) => f.debug_tuple("SignedIn").field(tokens).finish(),
            Self::CodeNeeded { username, .. } => f
                .debug_struct("CodeNeeded")
                .field("username", username)
                .finish_non_exhaustive(),
        }
    }
}

pub(super) fn tokens_from(
    result: aws_sdk_cognitoidentityprovider::types::AuthenticationResultType,
) -> Result<Tokens, AppError> {
    Ok(Tokens {
        access_token: result.access_token.ok_or(AppError::Internal)?,
        id_token: result.id_token.ok_or(AppError::Internal)?,
        refresh_token: result.refresh_token,
        expires_in: result.expires_in,
    })
}

/// A user as `AdminGetUser` describes them.
#[derive(Debug, Clone)]
pub struct CognitoUser {
    pub username: String,
    pub attributes: Vec<(String, String)>,
    /// Whether the user has an authenticator app as a second step at sign-in.
    pub authenticator_required: bool,
}

impl CognitoUser {
    /// An attribute's value, empty when the user has none.
    pub fn attribute(&self, name: &str) -> &str {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map_or("", |(_, value)| value)
    }

    pub fn email(&self) -> &str {
        self.attribute("email")
    }

    pub fn email_verified(&self) -> bool {
        self.attribute("email_verified") == "true"
    }

    /// The sign-in email and `pending`, an email change the profile records as waiting.
    pub fn email_status(&self, pending: Option<String>) -> EmailStatus {
        EmailStatus {
            email: self.email().to_string(),
            verified: self.email_verified(),
            // Once Cognito holds the new address as verified, nothing is pending any more.
            pending: pending.filter(|address| address != self.email() || !self.email_verified()),
        }
    }
}

/// The identity claims of an ID token Cognito has just handed us (read, not verified: it came
/// straight from Cognito in the same call; access tokens are what the server verifies).
#[derive(Debug, serde::Deserialize)]
pub struct IdTokenIdentity {
    pub sub: String,
    #[serde(rename = "cognito:username")]
    pub username: String,
    pub email: Option<String>,
    pub name: Option<String>,
}

/// A person at an identity provider, by the provider's own user id (`Cognito_Subject`).
fn provider_user(provider: &str, subject: &str) -> ProviderUserIdentifierType {
    ProviderUserIdentifierType::builder()
        .provider_name(provider)
        .provider_attribute_name("Cognito_Subject")
        .provider_attribute_value(subject)
        .build()
}

pub fn id_token_identity(id_token: &str) -> Result<IdTokenIdentity, AppError> {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let payload = id_token.split('.').nth(1).ok_or(AppError::Internal)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| AppError::Internal)?;
    serde_json::from_slice(&bytes).map_err(|_| AppError::Internal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(secret: Option<&str>) -> UserPool {
        let config = aws_sdk_cognitoidentityprovider::Config::builder()
            .behavior_version(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-1"))
            .build();
        UserPool::new(
            Client::from_conf(config),
            "us-east-1_X".into(),
            AppClient::new("client", secret.map(Into::into)),
            None,
        )
    }

    #[test]
    fn secret_hash_is_hmac_sha256_of_username_and_client_id() {
        // Reference value: base64(HMAC-SHA256(key "secret", "user@example.com" + "client")).
        assert_eq!(
            pool(Some("secret")).secret_hash("user@example.com").as_deref(),
            Some("4zqhOFl0JivfkWh1VINyOJyrDTdsinJktzPUT+t0plg=")
        );
    }

    #[test]
    fn no_secret_no_hash() {
        assert_eq!(pool(None).secret_hash("user@example.com"), None);
    }
}
