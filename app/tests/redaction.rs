//! `{:?}` of everything that carries a password, code or token prints it redacted: the server
//! functions' argument structs (their `Debug` is derived by `#[server]`), the tokens, and the
//! server's authenticated caller.
#![cfg(feature = "ssr")]

use app::{
    backend::{Caller, profile_table::StoredProfile},
    functions::{
        auth::{ConfirmSignUp, RefreshSession, ResetPassword, SignIn, SignOut, SignUp},
        profile::{ExportData, GetProfile, SaveProfile},
        settings::{ChangeEmail, ChangePassword, ConfirmEmailChange, DeleteAccount, SignOutEverywhere},
    },
    model::{ProfileFields, SignedIn, Tokens},
};

const PASSWORD: &str = "  a password with spaces  ";
const CODE: &str = "493817";
const TOKEN: &str = "eyJraWQiOiJrZXkifQ.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl";

fn assert_redacted(debug: String) {
    for secret in [PASSWORD, CODE, TOKEN] {
        assert!(!debug.contains(secret), "{debug}");
    }
    assert!(debug.contains("redacted") || debug.contains(".."), "{debug}");
}

fn fields() -> ProfileFields {
    ProfileFields {
        display_name: "Ada".into(),
        bio: String::new(),
        time_zone: "UTC".into(),
        language: "en".into(),
    }
}

#[test]
fn server_function_arguments_print_their_secrets_redacted() {
    let token = || TOKEN.into();
    let debug = [
        format!(
            "{:?}",
            SignUp {
                email: "a@example.com".into(),
                password: PASSWORD.into(),
                display_name: "A".into()
            }
        ),
        format!(
            "{:?}",
            ConfirmSignUp {
                email: "a@example.com".into(),
                code: CODE.into(),
                password: Some(PASSWORD.into()),
                time_zone: None,
                language: None
            }
        ),
        format!(
            "{:?}",
            SignIn {
                email: "a@example.com".into(),
                password: PASSWORD.into(),
                time_zone: None,
                language: None
            }
        ),
        format!(
            "{:?}",
            RefreshSession {
                refresh_token: token(),
                username: "u".into()
            }
        ),
        format!(
            "{:?}",
            SignOut {
                access_token: token(),
                refresh_token: token()
            }
        ),
        format!(
            "{:?}",
            ResetPassword {
                email: "a@example.com".into(),
                code: CODE.into(),
                new_password: PASSWORD.into()
            }
        ),
        format!("{:?}", GetProfile { access_token: token() }),
        format!(
            "{:?}",
            SaveProfile {
                access_token: token(),
                fields: fields(),
                version: 1
            }
        ),
        format!("{:?}", ExportData { access_token: token() }),
        format!(
            "{:?}",
            ChangePassword {
                access_token: token(),
                current_password: PASSWORD.into(),
                new_password: PASSWORD.into()
            }
        ),
        format!(
            "{:?}",
            ChangeEmail {
                access_token: token(),
                new_email: "b@example.com".into(),
                current_password: PASSWORD.into(),
                code: Some(CODE.into())
            }
        ),
        format!(
            "{:?}",
            ConfirmEmailChange {
                access_token: token(),
                code: CODE.into()
            }
        ),
        format!("{:?}", SignOutEverywhere { access_token: token() }),
        format!(
            "{:?}",
            DeleteAccount {
                access_token: token(),
                current_password: PASSWORD.into(),
                confirmation: "DELETE".into()
            }
        ),
    ];
    for debug in debug {
        assert_redacted(debug);
    }
}

#[test]
fn tokens_and_the_authenticated_caller_print_no_token() {
    let tokens = Tokens {
        access_token: TOKEN.into(),
        id_token: TOKEN.into(),
        refresh_token: Some(TOKEN.into()),
        expires_in: 3600,
    };
    let signed_in = SignedIn {
        tokens,
        email: "a@example.com".into(),
        display_name: "Ada".into(),
        username: "u".into(),
    };
    assert_redacted(format!("{signed_in:?}"));
    let caller = Caller {
        access_token: TOKEN.into(),
        signed_in_at: 0,
        device: "d1".into(),
        profile: StoredProfile::new("sub".into(), fields(), String::new()),
    };
    assert_redacted(format!("{caller:?}"));
}
