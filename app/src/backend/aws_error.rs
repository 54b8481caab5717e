//! Every Cognito and DynamoDB error the app can meet, mapped onto a user-facing [`AppError`].
//!
//! The mapping reads the service's error code, so one table serves every operation; anything
//! unlisted becomes a generic error, and the raw AWS text only ever reaches the server log.
use aws_sdk_cognitoidentityprovider::error::{ProvideErrorMetadata, SdkError};

use crate::{
    error::{AppError, Field},
    i18n::tr,
};

/// What went wrong in a call to AWS, before it is decided how much of it a user may see.
pub fn app_error<E, R>(operation: &'static str, err: SdkError<E, R>) -> AppError
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug,
{
    match &err {
        SdkError::ServiceError(service) => {
            let code = service.err().code().unwrap_or("Unknown");
            let error = from_code(code);
            if matches!(error, AppError::Internal) {
                tracing::error!(operation, code, "unexpected AWS error");
            } else if matches!(error, AppError::Unavailable) {
                tracing::warn!(operation, code, "AWS could not serve the request");
            } else {
                tracing::info!(operation, code, "AWS refused the request");
            }
            error
        }
        SdkError::TimeoutError(_) | SdkError::DispatchFailure(_) | SdkError::ResponseError(_) => {
            tracing::warn!(operation, error = %aws_smithy_types_display(&err), "AWS unreachable");
            AppError::Unavailable
        }
        _ => {
            tracing::error!(operation, error = %aws_smithy_types_display(&err), "AWS call failed");
            AppError::Internal
        }
    }
}

/// As [`app_error`], but Cognito's `code` means `instead` for this operation (a code that is
/// about the pool elsewhere can be about the user's own data here).
pub fn app_error_unless<E, R>(
    operation: &'static str,
    err: SdkError<E, R>,
    code: &str,
    instead: impl FnOnce() -> AppError,
) -> AppError
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug,
{
    let matches = err.as_service_error().and_then(|e| e.code()) == Some(code);
    let error = app_error(operation, err);
    if matches { instead() } else { error }
}

/// The error chain without request payloads (the SDK's `Display` never includes them).
fn aws_smithy_types_display<E: std::error::Error + 'static, R: std::fmt::Debug>(err: &SdkError<E, R>) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

/// The user-facing meaning of a Cognito or DynamoDB error code.
///
/// Every code the SDK documents for the calls people make before signing in (`SignUp`,
/// `ConfirmSignUp`, `ResendConfirmationCode`, `InitiateAuth`, `ForgotPassword`,
/// `ConfirmForgotPassword`) and for a refresh (`GetTokensFromRefreshToken`), which carry no access
/// token ([`UNAUTHENTICATED_CODES`]), has a meaning here, none of them `Internal`. Whether an
/// answer may differ between an address with an account and one without is for each flow to
/// decide (`sign_up`, `sessions::reset_password`, `functions::auth`).
pub fn from_code(code: &str) -> AppError {
    match code {
        // Wrong and expired codes read alike: nobody learns whether a code is pending.
        // `EnableSoftwareTokenMFAException`: the first code of a new authenticator app is wrong.
        "CodeMismatchException" | "ExpiredCodeException" | "EnableSoftwareTokenMFAException" => AppError::WrongCode,
        "TooManyRequestsException"
        | "LimitExceededException"
        | "TooManyFailedAttemptsException"
        | "ThrottlingException"
        | "ProvisionedThroughputExceededException"
        | "RequestLimitExceeded"
        // AWS WAF in front of the pool refused the request (its rules are rate-based).
        | "ForbiddenException" => AppError::TryLater,
        "InvalidPasswordException" | "PasswordHistoryPolicyViolationException" => AppError::invalid(Field::Password, tr("message-password-refused")),
        // Unknown user, wrong password, a locked-out ("Password attempts exceeded"), disabled
        // account or one whose password an administrator reset must look the same; the reset
        // page works for the last.
        "NotAuthorizedException"
        | "UserNotFoundException"
        | "UserDisabledException"
        | "PasswordResetRequiredException" => AppError::WrongCredentials,
        // A refresh token that rotation replaced: refused like any other that no longer counts.
        "RefreshTokenReuseException" => AppError::WrongCredentials,
        // Input our own checks let through but the service refused: the sender's to fix, not a 500.
        "InvalidParameterException" | "ValidationException" => AppError::Unreadable,
        "UserNotConfirmedException" => AppError::NotConfirmed,
        // A passkey the pool will not take: another site's, a stale challenge, an unsupported kind.
        "WebAuthnChallengeNotFoundException"
        | "WebAuthnClientMismatchException"
        | "WebAuthnCredentialNotSupportedException"
        | "WebAuthnOriginNotAllowedException"
        | "WebAuthnRelyingPartyMismatchException" => AppError::PasskeyRefused,
        "UsernameExistsException" | "AliasExistsException" => AppError::AccountExists,
        "ConditionalCheckFailedException" | "TransactionConflictException" => AppError::StaleProfile,
        // The service failed, or is set up so that it cannot do what the app asks (a missing
        // pool, client or table, an email or SMS role it may not use, a Lambda trigger that
        // failed or refused, a feature off or not in the pool's tier): nothing the person did.
        "InternalErrorException"
        | "InternalServerError"
        | "ServiceUnavailable"
        | "UnrecognizedClientException"
        | "ResourceNotFoundException"
        | "CodeDeliveryFailureException"
        | "InvalidEmailRoleAccessPolicyException"
        | "InvalidSmsRoleAccessPolicyException"
        | "InvalidSmsRoleTrustRelationshipException"
        | "InvalidLambdaResponseException"
        | "UnexpectedLambdaException"
        | "UserLambdaValidationException"
        | "InvalidUserPoolConfigurationException"
        | "OperationNotEnabledException"
        | "FeatureUnavailableInTierException"
        | "WebAuthnNotEnabledException"
        | "WebAuthnConfigurationMissingException"
        | "MFAMethodNotFoundException"
        | "SoftwareTokenMFANotFoundException"
        | "UnsupportedOperationException" => AppError::Unavailable,
        _ => AppError::Internal,
    }
}

/// Every error code the SDK documents for the Cognito calls made without an access token (from
/// the `aws-sdk-cognitoidentityprovider` error enums of each operation).
pub const UNAUTHENTICATED_CODES: &[(&str, &[&str])] = &[
    (
        "SignUp",
        &[
            "CodeDeliveryFailureException",
            "ForbiddenException",
            "InternalErrorException",
            "InvalidEmailRoleAccessPolicyException",
            "InvalidLambdaResponseException",
            "InvalidParameterException",
            "InvalidPasswordException",
            "InvalidSmsRoleAccessPolicyException",
            "InvalidSmsRoleTrustRelationshipException",
            "LimitExceededException",
            "NotAuthorizedException",
            "OperationNotEnabledException",
            "ResourceNotFoundException",
            "TooManyRequestsException",
            "UnexpectedLambdaException",
            "UserLambdaValidationException",
            "UsernameExistsException",
        ],
    ),
    (
        "ConfirmSignUp",
        &[
            "AliasExistsException",
            "CodeMismatchException",
            "ExpiredCodeException",
            "ForbiddenException",
            "InternalErrorException",
            "InvalidLambdaResponseException",
            "InvalidParameterException",
            "LimitExceededException",
            "NotAuthorizedException",
            "OperationNotEnabledException",
            "ResourceNotFoundException",
            "TooManyFailedAttemptsException",
            "TooManyRequestsException",
            "UnexpectedLambdaException",
            "UserLambdaValidationException",
            "UserNotFoundException",
        ],
    ),
    (
        "ResendConfirmationCode",
        &[
            "CodeDeliveryFailureException",
            "ForbiddenException",
            "InternalErrorException",
            "InvalidEmailRoleAccessPolicyException",
            "InvalidLambdaResponseException",
            "InvalidParameterException",
            "InvalidSmsRoleAccessPolicyException",
            "InvalidSmsRoleTrustRelationshipException",
            "LimitExceededException",
            "NotAuthorizedException",
            "OperationNotEnabledException",
            "ResourceNotFoundException",
            "TooManyRequestsException",
            "UnexpectedLambdaException",
            "UserLambdaValidationException",
            "UserNotFoundException",
        ],
    ),
    (
        "InitiateAuth",
        &[
            "FeatureUnavailableInTierException",
            "ForbiddenException",
            "InternalErrorException",
            "InvalidEmailRoleAccessPolicyException",
            "InvalidLambdaResponseException",
            "InvalidParameterException",
            "InvalidSmsRoleAccessPolicyException",
            "InvalidSmsRoleTrustRelationshipException",
            "InvalidUserPoolConfigurationException",
            "NotAuthorizedException",
            "OperationNotEnabledException",
            "PasswordResetRequiredException",
            "ResourceNotFoundException",
            "TooManyRequestsException",
            "UnexpectedLambdaException",
            "UnsupportedOperationException",
            "UserLambdaValidationException",
            "UserNotConfirmedException",
            "UserNotFoundException",
        ],
    ),
    (
        "ForgotPassword",
        &[
            "CodeDeliveryFailureException",
            "ForbiddenException",
            "InternalErrorException",
            "InvalidEmailRoleAccessPolicyException",
            "InvalidLambdaResponseException",
            "InvalidParameterException",
            "InvalidSmsRoleAccessPolicyException",
            "InvalidSmsRoleTrustRelationshipException",
            "LimitExceededException",
            "NotAuthorizedException",
            "OperationNotEnabledException",
            "ResourceNotFoundException",
            "TooManyRequestsException",
            "UnexpectedLambdaException",
            "UserLambdaValidationException",
            "UserNotFoundException",
        ],
    ),
    (
        "RespondToAuthChallenge",
        &[
            "AliasExistsException",
            "CodeMismatchException",
            "ExpiredCodeException",
            "ForbiddenException",
            "InternalErrorException",
            "InvalidEmailRoleAccessPolicyException",
            "InvalidLambdaResponseException",
            "InvalidParameterException",
            "InvalidPasswordException",
            "InvalidSmsRoleAccessPolicyException",
            "InvalidSmsRoleTrustRelationshipException",
            "InvalidUserPoolConfigurationException",
            "MFAMethodNotFoundException",
            "NotAuthorizedException",
            "OperationNotEnabledException",
            "PasswordHistoryPolicyViolationException",
            "PasswordResetRequiredException",
            "ResourceNotFoundException",
            "SoftwareTokenMFANotFoundException",
            "TooManyRequestsException",
            "UnexpectedLambdaException",
            "UserLambdaValidationException",
            "UserNotConfirmedException",
            "UserNotFoundException",
        ],
    ),
    (
        "ConfirmForgotPassword",
        &[
            "CodeMismatchException",
            "ExpiredCodeException",
            "ForbiddenException",
            "InternalErrorException",
            "InvalidLambdaResponseException",
            "InvalidParameterException",
            "InvalidPasswordException",
            "LimitExceededException",
            "NotAuthorizedException",
            "OperationNotEnabledException",
            "PasswordHistoryPolicyViolationException",
            "ResourceNotFoundException",
            "TooManyFailedAttemptsException",
            "TooManyRequestsException",
            "UnexpectedLambdaException",
            "UserLambdaValidationException",
            "UserNotConfirmedException",
            "UserNotFoundException",
        ],
    ),
    (
        "GetTokensFromRefreshToken",
        &[
            "ForbiddenException",
            "InternalErrorException",
            "InvalidLambdaResponseException",
            "InvalidParameterException",
            "NotAuthorizedException",
            "OperationNotEnabledException",
            "RefreshTokenReuseException",
            "ResourceNotFoundException",
            "TooManyRequestsException",
            "UnexpectedLambdaException",
            "UserLambdaValidationException",
            "UserNotFoundException",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_cognitoidentityprovider::{error::ErrorMetadata, operation::initiate_auth::InitiateAuthError};
    use aws_smithy_runtime_api::http::{Response, StatusCode};
    use aws_smithy_types::body::SdkBody;

    fn service_error(code: &str) -> SdkError<InitiateAuthError, Response> {
        let err = InitiateAuthError::generic(ErrorMetadata::builder().code(code).message("raw AWS text").build());
        SdkError::service_error(err, Response::new(StatusCode::try_from(400).unwrap(), SdkBody::empty()))
    }

    #[test]
    fn unknown_user_and_wrong_password_are_indistinguishable() {
        for code in ["UserNotFoundException", "UserDisabledException"] {
            assert_eq!(
                app_error("InitiateAuth", service_error(code)),
                app_error("InitiateAuth", service_error("NotAuthorizedException")),
                "{code}"
            );
        }
    }

    #[test]
    fn a_refused_parameter_is_the_senders_problem_not_a_500() {
        let error = app_error("SignUp", service_error("InvalidParameterException"));
        assert_eq!(error.status(), 400);
        assert!(!error.to_string().contains("raw AWS text"));
    }

    #[test]
    fn throttling_becomes_try_again_not_a_500() {
        for code in [
            "TooManyRequestsException",
            "LimitExceededException",
            "ProvisionedThroughputExceededException",
        ] {
            let error = app_error("op", service_error(code));
            assert_eq!(error, AppError::TryLater);
            assert_eq!(error.status(), 429);
        }
    }

    #[test]
    fn every_documented_code_of_the_calls_before_sign_in_has_a_meaning_and_none_is_a_500() {
        let mut seen = 0;
        for (operation, codes) in UNAUTHENTICATED_CODES {
            for code in *codes {
                let error = app_error(operation, service_error(code));
                assert_ne!(error, AppError::Internal, "{operation}: {code}");
                assert_ne!(error.status(), 500, "{operation}: {code}");
                assert!(!error.to_string().contains("raw AWS text"), "{operation}: {code}");
                seen += 1;
            }
        }
        assert!(seen > 90, "{seen} codes");
    }

    #[test]
    fn a_lockout_and_a_required_reset_read_like_a_wrong_password() {
        for code in ["PasswordResetRequiredException", "NotAuthorizedException"] {
            assert_eq!(from_code(code), AppError::WrongCredentials, "{code}");
        }
    }

    #[test]
    fn wrong_and_expired_codes_read_alike() {
        assert_eq!(from_code("CodeMismatchException"), from_code("ExpiredCodeException"));
    }

    #[test]
    fn each_code_error_has_its_own_message() {
        assert_eq!(from_code("CodeMismatchException"), AppError::WrongCode);
        assert_eq!(from_code("UserNotConfirmedException"), AppError::NotConfirmed);
        assert_eq!(from_code("ConditionalCheckFailedException"), AppError::StaleProfile);
        assert!(matches!(
            from_code("InvalidPasswordException"),
            AppError::Invalid {
                field: Field::Password,
                ..
            }
        ));
    }

    #[test]
    fn raw_aws_text_never_reaches_the_user() {
        let error = app_error("op", service_error("SomethingNewException"));
        assert_eq!(error, AppError::Internal);
        assert!(!error.to_string().contains("raw AWS text"));
    }
}
