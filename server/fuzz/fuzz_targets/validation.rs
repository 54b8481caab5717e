#![no_main]
//! Any strings through every input check of `app::validation`: never a panic, and what the checks
//! promise holds (emails come out normalised, checks accept their own output unchanged, an error
//! names the field it is about, the strength hint agrees with the length rule).
use app::{
    error::Field,
    model::ProfileFields,
    validation::{
        DEFAULT_DEVICE_NAME, check_app_code, check_app_or_recovery_code, check_bio, check_code,
        check_current_password_given, check_delete_confirmation, check_device_name, check_display_name, check_email,
        check_language, check_password, check_profile_fields, check_recovery_code, check_time_zone, normalize_email,
        password_strength,
    },
};
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Typed {
    email: String,
    password: String,
    code: String,
    device_name: String,
    display_name: String,
    bio: String,
    time_zone: String,
    language: String,
    confirmation: String,
}

fuzz_target!(|typed: Typed| {
    let normalized = normalize_email(&typed.email);
    assert_eq!(
        normalize_email(&normalized),
        normalized,
        "normalising twice changes the email"
    );
    match check_email(&typed.email) {
        Ok(email) => {
            assert_eq!(email, normalized, "an accepted email is the normalised one");
            assert_eq!(check_email(&email).ok(), Some(email.clone()));
        }
        Err(error) => assert_eq!(error.field(), Some(Field::Email)),
    }

    let password = check_password(&typed.password, Field::NewPassword);
    if let Err(error) = &password {
        assert_eq!(error.field(), Some(Field::NewPassword));
    }
    let (hint, strength) = password_strength(&typed.password);
    if password.is_ok() {
        assert!(strength >= 2, "a valid password is hinted as {hint:?}");
    }
    assert_eq!(strength == 0, typed.password.is_empty());

    // A current password is asked for, not judged: anything a new password may be, it may be.
    if let Err(error) = check_current_password_given(&typed.password) {
        assert_eq!(error.field(), Some(Field::CurrentPassword));
        assert!(password.is_err(), "a valid new password is refused as a current one");
    }

    match check_code(&typed.code) {
        Ok(code) => assert_eq!(check_code(&code).ok(), Some(code.clone())),
        Err(error) => assert_eq!(error.field(), Some(Field::Code)),
    }
    let app_code = check_app_code(&typed.code);
    if let Ok(code) = &app_code {
        assert_eq!(check_app_code(code).as_ref(), Ok(code));
    }
    let recovery_code = check_recovery_code(&typed.code);
    if let Ok(code) = &recovery_code {
        assert_eq!(check_recovery_code(code).as_ref(), Ok(code));
    }
    // Either kind of code turns two-step sign-in off, and nothing else does.
    match check_app_or_recovery_code(&typed.code) {
        Ok(code) => assert!(app_code == Ok(code.clone()) || recovery_code == Ok(code)),
        Err(error) => {
            assert!(app_code.is_err() && recovery_code.is_err());
            assert_eq!(error.field(), Some(Field::Code));
        }
    }

    match check_device_name(&typed.device_name) {
        Ok(name) if typed.device_name.trim().is_empty() => assert_eq!(name, DEFAULT_DEVICE_NAME),
        Ok(name) => assert_eq!(check_device_name(&name).as_ref(), Ok(&name)),
        Err(error) => assert_eq!(error.field(), Some(Field::DeviceName)),
    }

    let display_name = check_display_name(&typed.display_name);
    match &display_name {
        Ok(name) => assert_eq!(check_display_name(name).ok().as_ref(), Some(name)),
        Err(error) => assert_eq!(error.field(), Some(Field::DisplayName)),
    }
    let bio = check_bio(&typed.bio);
    match &bio {
        Ok(bio) => assert_eq!(check_bio(bio).ok().as_ref(), Some(bio)),
        Err(error) => assert_eq!(error.field(), Some(Field::Bio)),
    }
    let time_zone = check_time_zone(&typed.time_zone);
    let language = check_language(&typed.language);

    // The profile form's check is the field checks together, in the same order.
    let profile = check_profile_fields(ProfileFields {
        display_name: typed.display_name.clone(),
        bio: typed.bio.clone(),
        time_zone: typed.time_zone.clone(),
        language: typed.language.clone(),
    });
    let separately = display_name.and_then(|display_name| {
        Ok(ProfileFields {
            display_name,
            bio: bio?,
            time_zone: time_zone?,
            language: language?,
        })
    });
    assert_eq!(profile, separately);

    if let Err(error) = check_delete_confirmation(&typed.confirmation) {
        assert_eq!(error.field(), Some(Field::Confirmation));
    }
});
