#![no_main]
//! Any bytes as the JSON body of any server function (the first byte picks which): the guard's
//! argument check runs on it as the middleware runs it, the body is decoded into the function's
//! generated argument struct as server_fn decodes it, and the checks the function makes before
//! any I/O run on what came out. Never a panic, and no body that names an argument the function
//! does not have gets past the guard and decodes.
use std::{
    collections::{BTreeMap, BTreeSet},
    sync::LazyLock,
};

use app::{
    error::{AppError, Field},
    functions::{auth, federation, mailbox, passwordless, profile, settings, two_step},
    model::ProfileFields,
    validation::{
        check_app_code, check_app_or_recovery_code, check_code, check_current_password_given,
        check_delete_confirmation, check_device_name, check_display_name, check_email, check_passkey_credential,
        check_password, check_profile_fields, check_recovery_code, check_sign_in_code,
    },
};
use libfuzzer_sys::fuzz_target;
use serde::{Serialize, de::DeserializeOwned, de::IgnoredAny};
use serde_json::{Map, Value};
use server::server_functions::{names_only_its_arguments, server_function_paths};
use server_fn::ServerFn;

/// A function's decoded arguments, read back by name from their JSON encoding so the checks
/// below do not care whether an argument is a `String` or a wrapper around one.
struct Arguments(Map<String, Value>);

impl Arguments {
    fn value(&self, name: &str) -> &Value {
        self.0
            .get(name)
            .unwrap_or_else(|| panic!("the arguments have no `{name}` any more: update this target"))
    }

    fn text(&self, name: &str) -> &str {
        self.value(name)
            .as_str()
            .unwrap_or_else(|| panic!("`{name}` is not text any more: update this target"))
    }

    fn optional_text(&self, name: &str) -> Option<&str> {
        match self.value(name) {
            Value::Null => None,
            value => Some(value.as_str().expect("optional text")),
        }
    }
}

struct ServerFunction {
    path: &'static str,
    decode: fn(&[u8]) -> Option<Arguments>,
    /// The checks the function runs on its arguments before it calls anything, in its order.
    validate: fn(&Arguments) -> Result<(), AppError>,
}

fn decode<F: ServerFn + Serialize + DeserializeOwned>(body: &[u8]) -> Option<Arguments> {
    let arguments = serde_json::from_slice::<F>(body).ok()?;
    match serde_json::to_value(&arguments).expect("decoded arguments encode again") {
        Value::Object(fields) => Some(Arguments(fields)),
        // Functions without arguments encode as `null`.
        _ => Some(Arguments(Map::new())),
    }
}

/// Checks that need a verified token or Cognito are not pure, so they are not here.
fn nothing_before_io(_: &Arguments) -> Result<(), AppError> {
    Ok(())
}

fn function<F: ServerFn + Serialize + DeserializeOwned>(
    validate: fn(&Arguments) -> Result<(), AppError>,
) -> ServerFunction {
    ServerFunction {
        path: F::PATH,
        decode: decode::<F>,
        validate,
    }
}

/// In the guard's order, so a seed's first byte means the same function in both lists.
static FUNCTIONS: LazyLock<Vec<ServerFunction>> = LazyLock::new(|| {
    let functions = vec![
        function::<auth::SignUp>(|a| {
            check_email(a.text("email"))?;
            check_password(a.text("password"), Field::Password)?;
            check_display_name(a.text("display_name")).map(drop)
        }),
        function::<auth::ConfirmSignUp>(|a| {
            check_email(a.text("email"))?;
            check_code(a.text("code"))?;
            // A password that fails the rules is dropped, not refused.
            if let Some(password) = a.optional_text("password") {
                check_password(password, Field::Password).ok();
            }
            Ok(())
        }),
        function::<auth::ResendCode>(|a| check_email(a.text("email")).map(drop)),
        function::<auth::SignIn>(|a| check_email(a.text("email")).map(drop)),
        function::<auth::RefreshSession>(nothing_before_io),
        function::<auth::SignOut>(nothing_before_io),
        function::<auth::CurrentAccount>(nothing_before_io),
        function::<auth::ForgotPassword>(|a| check_email(a.text("email")).map(drop)),
        function::<auth::ResetPassword>(|a| {
            check_email(a.text("email"))?;
            check_code(a.text("code"))?;
            check_password(a.text("new_password"), Field::NewPassword)
        }),
        function::<settings::ChangePassword>(|a| {
            check_current_password_given(a.text("current_password"))?;
            check_password(a.text("new_password"), Field::NewPassword)
        }),
        function::<settings::ChangeEmail>(|a| {
            check_email(a.text("new_email"))?;
            check_current_password_given(a.text("current_password"))
        }),
        function::<settings::ConfirmEmailChange>(|a| check_code(a.text("code")).map(drop)),
        function::<settings::ResendEmailCode>(nothing_before_io),
        function::<settings::SignOutEverywhere>(nothing_before_io),
        function::<settings::SignedInDevices>(nothing_before_io),
        function::<settings::SignOutDevice>(nothing_before_io),
        // An account made through another provider has no password to give (a fresh sign-in
        // with the provider stands in), so only the confirmation is checked before the account.
        function::<settings::DeleteAccount>(|a| check_delete_confirmation(a.text("confirmation"))),
        function::<profile::GetProfile>(nothing_before_io),
        function::<profile::SaveProfile>(|a| {
            let fields = serde_json::from_value::<ProfileFields>(a.value("fields").clone())
                .expect("decoded profile fields decode again");
            check_profile_fields(fields).map(drop)
        }),
        function::<profile::ExportData>(nothing_before_io),
        function::<mailbox::ReadMailbox>(nothing_before_io),
        function::<settings::RecentActivity>(nothing_before_io),
        function::<two_step::SignInCode>(|a| {
            check_email(a.text("email"))?;
            check_app_code(a.text("code")).map(drop)
        }),
        function::<two_step::SignInRecoveryCode>(|a| {
            check_email(a.text("email"))?;
            check_recovery_code(a.text("recovery_code")).map(drop)
        }),
        function::<two_step::StartTwoStepSetup>(|a| check_current_password_given(a.text("current_password"))),
        function::<two_step::FinishTwoStepSetup>(|a| {
            check_app_code(a.text("code"))?;
            check_device_name(a.text("device_name")).map(drop)
        }),
        function::<two_step::TurnOffTwoStep>(|a| {
            check_current_password_given(a.text("current_password"))?;
            check_app_or_recovery_code(a.text("code")).map(drop)
        }),
        function::<two_step::RenewRecoveryCodes>(|a| check_current_password_given(a.text("current_password"))),
        function::<passwordless::SendSignInCode>(|a| check_email(a.text("email")).map(drop)),
        function::<passwordless::SignInWithCode>(|a| {
            check_email(a.text("email"))?;
            check_sign_in_code(a.text("code")).map(drop)
        }),
        function::<passwordless::StartPasskeySignIn>(|a| check_email(a.text("email")).map(drop)),
        function::<passwordless::SignInWithPasskey>(|a| {
            check_email(a.text("email"))?;
            check_passkey_credential(a.text("credential")).map(drop)
        }),
        function::<passwordless::StartPasskeyProof>(nothing_before_io),
        function::<passwordless::ListPasskeys>(nothing_before_io),
        function::<passwordless::PasskeyCreationOptions>(nothing_before_io),
        function::<passwordless::AddPasskey>(nothing_before_io),
        function::<passwordless::RemovePasskey>(nothing_before_io),
        function::<federation::FinishProviderSignIn>(nothing_before_io),
        function::<federation::StartConnecting>(|a| check_current_password_given(a.text("current_password"))),
        function::<federation::DisconnectProvider>(|a| check_current_password_given(a.text("current_password"))),
    ];
    let covered: BTreeSet<_> = functions.iter().map(|function| function.path).collect();
    let guarded: BTreeSet<_> = server_function_paths().collect();
    assert_eq!(
        covered, guarded,
        "this target and the guard list different server functions"
    );
    functions
});

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let function = &FUNCTIONS[usize::from(selector) % FUNCTIONS.len()];
    let passes_guard = names_only_its_arguments(function.path, body);
    let Some(arguments) = (function.decode)(body) else {
        return;
    };
    (function.validate)(&arguments).ok();
    // The names the body sends, read as leniently as the argument struct reads them (it skips
    // the values of names it does not know without looking closely).
    if let Ok(sent) = serde_json::from_slice::<BTreeMap<String, IgnoredAny>>(body) {
        let unknown: Vec<&String> = sent.keys().filter(|name| !arguments.0.contains_key(*name)).collect();
        assert!(
            unknown.is_empty() || !passes_guard,
            "{} decoded a body naming {unknown:?}, which the guard let through",
            function.path
        );
    }
});
