//! Every Cognito and DynamoDB error the app can meet, mapped onto a user-facing [`AppError`].
//!
//! The mapping reads the service's error code, so one table serves every operation; anything
//! unlisted becomes a generic error, and the raw AWS text only ever reaches the server log.
use aws_sdk_cognitoidentityprovider::error::{ProvideErrorMetadata, SdkError};

use crate::error::{AppError, Field};

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
pub fn from_code(code: &str) -> AppError {
    match code {
        "CodeMismatchException" => AppError::WrongCode,
        "ExpiredCodeException" => AppError::ExpiredCode,
        "TooManyRequestsException"
        | "LimitExceededException"
        | "TooManyFailedAttemptsException"
        | "ThrottlingException"
        | "ProvisionedThroughputExceededException"
        | "RequestLimitExceeded" => AppError::TryLater,
        "InvalidPasswordException" | "PasswordHistoryPolicyViolationException" => AppError::invalid(
            Field::Password,
            "This password doesn't meet the rules: use 8 to 256 characters and avoid ones you used before.",
        ),
        // Unknown user, wrong password and a disabled account must look the same.
        "NotAuthorizedException" | "UserNotFoundException" | "UserDisabledException" => AppError::WrongCredentials,
        // Input our own checks let through but the service refused: the sender's to fix, not a 500.
        "InvalidParameterException" | "ValidationException" => AppError::Unreadable,
        "UserNotConfirmedException" => AppError::NotConfirmed,
        "UsernameExistsException" | "AliasExistsException" => AppError::AccountExists,
        "ConditionalCheckFailedException" | "TransactionConflictException" => AppError::StaleProfile,
        "ResourceNotFoundException" => AppError::NotFound,
        "InternalErrorException" | "InternalServerError" | "ServiceUnavailable" | "UnrecognizedClientException" => {
            AppError::Unavailable
        }
        _ => AppError::Internal,
    }
}

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
    fn each_code_error_has_its_own_message() {
        assert_eq!(from_code("CodeMismatchException"), AppError::WrongCode);
        assert_eq!(from_code("ExpiredCodeException"), AppError::ExpiredCode);
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
