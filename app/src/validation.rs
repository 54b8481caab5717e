//! Input rules shared by the browser (instant hints) and the server (the rules that count).
use crate::{
    error::{AppError, Field},
    i18n::{tr, tr_with},
    model::ProfileFields,
};

pub const PASSWORD_MIN_CHARS: usize = 8;
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const DISPLAY_NAME_MAX_CHARS: usize = 64;
pub const BIO_MAX_CHARS: usize = 280;
/// Cognito takes user names of up to 128 characters, and the email is the user name.
const EMAIL_MAX_CHARS: usize = 128;
/// What a person types to confirm that their account should be deleted.
pub const DELETE_CONFIRMATION: &str = "DELETE";

/// Emails are identifiers: trimmed and lower-cased on the server, where it counts.
#[cfg(not(feature = "hydrate"))]
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The browser's copy folds ASCII letters only: Unicode case tables would add about 12 KB to the
/// wasm every first visit loads, and the server normalises what it receives again in full.
#[cfg(feature = "hydrate")]
pub fn normalize_email(email: &str) -> String {
    email.trim().to_ascii_lowercase()
}

/// A normalized, plausible email address.
pub fn check_email(email: &str) -> Result<String, AppError> {
    let email = normalize_email(email);
    let invalid = || AppError::invalid(Field::Email, tr("invalid-email"));
    if email.is_empty() {
        return Err(AppError::invalid(Field::Email, tr("invalid-email-missing")));
    }
    if email.chars().count() > EMAIL_MAX_CHARS || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid());
    }
    let (local, domain) = email.rsplit_once('@').ok_or_else(invalid)?;
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains('@');
    if local.is_empty() || local.contains('@') || !domain_ok {
        return Err(invalid());
    }
    Ok(email)
}

/// Passwords are checked for length only and passed on exactly as typed: spaces and any
/// Unicode are welcome, nothing is trimmed.
pub fn check_password(password: &str, field: Field) -> Result<(), AppError> {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err(AppError::invalid(field, tr("invalid-password-short")));
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(AppError::invalid(field, tr("invalid-password-long")));
    }
    Ok(())
}

/// Verification codes: Cognito's six digits, or the local emulator's `ABCD-EFGH-…` groups.
/// Spaces are dropped and letters upper-cased, as people copy codes loosely.
pub fn check_code(code: &str) -> Result<String, AppError> {
    let code: String = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    if code.is_empty() {
        return Err(AppError::invalid(Field::Code, tr("invalid-code-missing")));
    }
    let digits = code.len() == 6 && code.chars().all(|c| c.is_ascii_digit());
    let groups = code.len() <= 64
        && code
            .split('-')
            .all(|group| !group.is_empty() && group.chars().all(|c| c.is_ascii_alphanumeric()))
        && code.contains('-');
    if digits || groups {
        Ok(code)
    } else {
        Err(AppError::invalid(Field::Code, tr("invalid-code")))
    }
}

/// An emailed sign-in code as typed: Cognito's are digits only (spaces are forgiven).
pub fn check_sign_in_code(code: &str) -> Result<String, AppError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.is_empty() {
        return Err(AppError::invalid(Field::Code, tr("invalid-code-missing")));
    }
    if (6..=8).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(AppError::invalid(Field::Code, tr("invalid-sign-in-code")))
    }
}

/// The longest challenge session taken back: Cognito's are about a kilobyte.
pub const CHALLENGE_SESSION_MAX_LEN: usize = 4096;

/// Whether `session` could be a challenge session Cognito gave (present, not absurdly long).
pub fn is_challenge_session(session: &str) -> bool {
    !session.is_empty() && session.len() <= CHALLENGE_SESSION_MAX_LEN
}

/// The longest challenge session Cognito gives (its API's `Session`: 20 to 2048 characters).
pub const COGNITO_SESSION_MAX_LEN: usize = 2048;

/// The length of every passkey sign-in's session handle (`backend::challenge_handle`): a 12-byte
/// nonce, the session's length (2 bytes) and the session padded to the longest Cognito gives,
/// and a 16-byte tag, in unpadded base64url.
pub const PASSKEY_SESSION_LEN: usize = (4 * (12 + 2 + COGNITO_SESSION_MAX_LEN + 16)).div_ceil(3);

/// Whether `session` has the one shape of a passkey sign-in's session handle: exactly its length,
/// in the base64url alphabet. Whether the server made it, only opening it tells.
pub fn is_passkey_session(session: &str) -> bool {
    session.len() == PASSKEY_SESSION_LEN
        && session
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// What a browser gave for a passkey (`PublicKeyCredential.toJSON()`), read as JSON; anything
/// else, or absurdly large, is a passkey that did not work.
pub fn check_passkey_credential(credential: &str) -> Result<serde_json::Value, AppError> {
    if credential.len() > 16 * 1024 {
        return Err(AppError::PasskeyRefused);
    }
    match serde_json::from_str::<serde_json::Value>(credential) {
        Ok(value @ serde_json::Value::Object(_)) => Ok(value),
        _ => Err(AppError::PasskeyRefused),
    }
}

/// The current password, asked for before every sensitive change: present and not absurdly
/// long (Cognito checks whether it is right).
pub fn check_current_password_given(password: &str) -> Result<(), AppError> {
    if password.is_empty() || password.chars().count() > PASSWORD_MAX_CHARS {
        return Err(AppError::invalid(
            Field::CurrentPassword,
            tr("invalid-current-password"),
        ));
    }
    Ok(())
}

/// The six digits an authenticator app shows (spaces dropped: some apps show `123 456`).
pub fn check_app_code(code: &str) -> Result<String, AppError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(AppError::invalid(Field::Code, tr("invalid-app-code")))
    }
}

/// A recovery code as typed: ten letters and digits, in any case, with or without the dash.
pub fn check_recovery_code(code: &str) -> Result<String, AppError> {
    let kept: String = code.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    if kept.len() == 10 && kept.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(kept.to_ascii_lowercase())
    } else {
        Err(AppError::invalid(Field::RecoveryCode, tr("invalid-recovery-code")))
    }
}

/// Turning two-step sign-in off takes either kind of code.
pub fn check_app_or_recovery_code(code: &str) -> Result<String, AppError> {
    check_app_code(code)
        .or_else(|_| check_recovery_code(code))
        .map_err(|_| AppError::invalid(Field::Code, tr("invalid-app-or-recovery-code")))
}

/// The name a person gives their authenticator app, shown in settings.
pub fn check_device_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() {
        return Ok(DEFAULT_DEVICE_NAME.to_string());
    }
    if name.chars().count() > DEVICE_NAME_MAX_CHARS || name.chars().any(char::is_control) {
        return Err(AppError::invalid(Field::DeviceName, tr("invalid-device-name")));
    }
    Ok(name.to_string())
}

pub const DEFAULT_DEVICE_NAME: &str = "Authenticator app";
pub const DEVICE_NAME_MAX_CHARS: usize = 64;

pub fn check_display_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::invalid(
            Field::DisplayName,
            tr("invalid-display-name-missing"),
        ));
    }
    if name.chars().count() > DISPLAY_NAME_MAX_CHARS {
        return Err(AppError::invalid(Field::DisplayName, tr("invalid-display-name-long")));
    }
    if name.chars().any(char::is_control) {
        return Err(AppError::invalid(
            Field::DisplayName,
            tr("invalid-display-name-characters"),
        ));
    }
    Ok(name.to_string())
}

/// A short bio: line breaks allowed, other control characters not; `\r\n` kept as `\n`.
pub fn check_bio(bio: &str) -> Result<String, AppError> {
    let bio = bio.replace("\r\n", "\n");
    let bio = bio.trim();
    if bio.chars().count() > BIO_MAX_CHARS {
        return Err(AppError::invalid(Field::Bio, tr("invalid-bio-long")));
    }
    if bio.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(AppError::invalid(Field::Bio, tr("invalid-bio-characters")));
    }
    Ok(bio.to_string())
}

pub fn check_time_zone(time_zone: &str) -> Result<String, AppError> {
    crate::locale::TIME_ZONES
        .contains(&time_zone)
        .then(|| time_zone.to_string())
        .ok_or_else(|| AppError::invalid(Field::TimeZone, tr("invalid-time-zone")))
}

pub fn check_language(language: &str) -> Result<String, AppError> {
    crate::locale::LANGUAGES
        .iter()
        .any(|(code, _)| *code == language)
        .then(|| language.to_string())
        .ok_or_else(|| AppError::invalid(Field::Language, tr("invalid-language")))
}

/// The profile's fields, checked and trimmed: the same rules in the browser (instant feedback)
/// and on the server (the rules that count).
pub fn check_profile_fields(fields: ProfileFields) -> Result<ProfileFields, AppError> {
    Ok(ProfileFields {
        display_name: check_display_name(&fields.display_name)?,
        bio: check_bio(&fields.bio)?,
        time_zone: check_time_zone(&fields.time_zone)?,
        language: check_language(&fields.language)?,
    })
}

/// The typed confirmation that guards account deletion (any letter case).
pub fn check_delete_confirmation(typed: &str) -> Result<(), AppError> {
    if typed.trim().eq_ignore_ascii_case(DELETE_CONFIRMATION) {
        Ok(())
    } else {
        Err(AppError::invalid(
            Field::Confirmation,
            tr_with("invalid-delete-confirmation", &[("word", DELETE_CONFIRMATION)]),
        ))
    }
}

/// A rough strength estimate for the hint shown while typing (the catalog key of its words, and
/// its level); the rule that counts is length.
pub fn password_strength(password: &str) -> (&'static str, u8) {
    let chars = password.chars().count();
    if chars == 0 {
        return ("", 0);
    }
    if chars < PASSWORD_MIN_CHARS {
        return ("form-strength-too-short", 1);
    }
    let classes = [
        password.chars().any(|c| c.is_lowercase()),
        password.chars().any(|c| c.is_uppercase()),
        password.chars().any(|c| c.is_numeric()),
        password.chars().any(|c| !c.is_alphanumeric()),
    ]
    .into_iter()
    .filter(|&present| present)
    .count();
    match (chars, classes) {
        (16.., _) | (12.., 3..) => ("form-strength-strong", 4),
        (12.., _) | (_, 3..) => ("form-strength-good", 3),
        _ => ("form-strength-fair", 2),
    }
}

/// Only same-site paths are followed after sign-in, so a crafted link cannot send people away.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        // Browsers drop tabs and line breaks from addresses, so `/\t/evil` would become `//evil`.
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.contains('\\')
                && !path.chars().any(|c| c.is_whitespace() || c.is_control()) =>
        {
            path.to_string()
        }
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_same_site_paths_are_followed() {
        assert_eq!(safe_next(Some("/profile")), "/profile");
        for hostile in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "profile",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil.example",
        ] {
            assert_eq!(safe_next(Some(hostile)), "/", "{hostile}");
        }
        assert_eq!(safe_next(None), "/");
    }

    #[test]
    fn passkey_sessions_have_one_length_in_the_base64url_alphabet() {
        assert_eq!(PASSKEY_SESSION_LEN, 2771);
        assert!(is_passkey_session(
            &"Ab-_".repeat(PASSKEY_SESSION_LEN / 4 + 1)[..PASSKEY_SESSION_LEN]
        ));
        for refused in [
            String::new(),
            "A".repeat(PASSKEY_SESSION_LEN - 1),
            "A".repeat(PASSKEY_SESSION_LEN + 1),
            format!("{}=", "A".repeat(PASSKEY_SESSION_LEN - 1)),
            format!("{}+", "A".repeat(PASSKEY_SESSION_LEN - 1)),
        ] {
            assert!(!is_passkey_session(&refused), "{}", refused.len());
        }
    }

    #[test]
    fn sign_in_codes_are_digits_with_spaces_forgiven() {
        assert_eq!(check_sign_in_code(" 1234 5678 ").unwrap(), "12345678");
        assert_eq!(check_sign_in_code("123456").unwrap(), "123456");
        for code in ["", "12345", "123456789", "1234a678", "ABCD-EFGH"] {
            assert_eq!(
                check_sign_in_code(code).unwrap_err().field(),
                Some(Field::Code),
                "{code:?}"
            );
        }
    }

    #[test]
    fn a_passkey_credential_is_a_json_object_of_sensible_size() {
        assert!(check_passkey_credential(r#"{"id":"AQID","type":"public-key"}"#).is_ok());
        for credential in [
            "",
            "[]",
            "\"text\"",
            "{",
            &format!(r#"{{"id":"{}"}}"#, "A".repeat(20_000)),
        ] {
            assert_eq!(check_passkey_credential(credential), Err(AppError::PasskeyRefused));
        }
    }

    #[test]
    fn emails_are_trimmed_and_lower_cased_alike() {
        assert_eq!(
            check_email("  Ada.Lovelace@Example.COM ").unwrap(),
            "ada.lovelace@example.com"
        );
        assert_eq!(normalize_email(" A@B.C "), "a@b.c");
    }

    #[test]
    fn implausible_emails_are_refused_on_the_email_field() {
        for email in [
            "",
            "ada",
            "ada@",
            "@example.com",
            "ada@example",
            "a b@example.com",
            "ada@example..com",
        ] {
            let error = check_email(email).unwrap_err();
            assert_eq!(error.field(), Some(Field::Email), "{email:?}");
        }
        // Cognito's user names stop at 128 characters.
        let longest = format!("{}@example.com", "a".repeat(116));
        assert!(check_email(&longest).is_ok());
        assert!(check_email(&format!("a{longest}")).is_err());
    }

    #[test]
    fn passwords_count_characters_and_keep_spaces_and_unicode() {
        assert!(
            check_password("        ", Field::Password).is_ok(),
            "eight spaces are eight characters"
        );
        assert!(check_password("pässwörd", Field::Password).is_ok());
        assert!(check_password("short", Field::Password).is_err());
        assert!(check_password(&"ü".repeat(256), Field::Password).is_ok());
        assert_eq!(
            check_password(&"x".repeat(257), Field::NewPassword)
                .unwrap_err()
                .field(),
            Some(Field::NewPassword)
        );
    }

    #[test]
    fn codes_accept_six_digits_and_the_emulator_form() {
        assert_eq!(check_code(" 123 456 ").unwrap(), "123456");
        assert_eq!(
            check_code("abcd-efgh-jklm-npqr-stuv").unwrap(),
            "ABCD-EFGH-JKLM-NPQR-STUV"
        );
        for code in ["", "12345", "1234567", "ABCD--EFGH", "<script>", "ABCD-EFGH-"] {
            assert_eq!(check_code(code).unwrap_err().field(), Some(Field::Code), "{code:?}");
        }
    }

    #[test]
    fn display_names_are_trimmed_and_bounded() {
        assert_eq!(check_display_name("  Ada  ").unwrap(), "Ada");
        assert!(check_display_name("   ").is_err());
        assert!(check_display_name(&"a".repeat(65)).is_err());
        assert!(check_display_name("Ada\u{0007}").is_err());
        assert_eq!(
            check_display_name("<img src=x onerror=alert(1)>").unwrap(),
            "<img src=x onerror=alert(1)>"
        );
    }

    #[test]
    fn strength_grows_with_length_and_variety() {
        assert_eq!(password_strength("abc").1, 1);
        assert!(password_strength("correct horse battery staple").1 > password_strength("abcdefgh").1);
    }

    #[test]
    fn bios_keep_line_breaks_and_markup_as_typed_but_are_bounded() {
        assert_eq!(check_bio(" Hello\r\nworld ").unwrap(), "Hello\nworld");
        assert_eq!(check_bio("</script><b>hi</b>").unwrap(), "</script><b>hi</b>");
        assert!(check_bio(&"é".repeat(280)).is_ok());
        assert_eq!(check_bio(&"é".repeat(281)).unwrap_err().field(), Some(Field::Bio));
        assert!(check_bio("bell\u{0007}").is_err());
    }

    #[test]
    fn time_zones_and_languages_come_from_the_lists() {
        assert!(check_time_zone("Europe/Berlin").is_ok());
        assert_eq!(
            check_time_zone("Mars/Olympus").unwrap_err().field(),
            Some(Field::TimeZone)
        );
        assert!(check_language("de").is_ok());
        assert_eq!(check_language("xx").unwrap_err().field(), Some(Field::Language));
    }

    #[test]
    fn deletion_needs_the_typed_word() {
        assert!(check_delete_confirmation(" delete ").is_ok());
        assert_eq!(
            check_delete_confirmation("yes").unwrap_err().field(),
            Some(Field::Confirmation)
        );
    }

    #[test]
    fn profile_fields_are_checked_and_trimmed_like_everywhere_else() {
        let fields = || ProfileFields {
            display_name: " Ada ".into(),
            bio: "Counts things.".into(),
            time_zone: "Europe/London".into(),
            language: "en".into(),
        };
        assert_eq!(check_profile_fields(fields()).unwrap().display_name, "Ada");
        let bad_zone = ProfileFields {
            time_zone: "Nowhere".into(),
            ..fields()
        };
        assert_eq!(
            check_profile_fields(bad_zone).unwrap_err().field(),
            Some(Field::TimeZone)
        );
    }

    #[test]
    fn second_step_codes_are_six_digits_or_a_recovery_code() {
        assert_eq!(check_app_code(" 123 456 ").unwrap(), "123456");
        assert!(check_app_code("12345").is_err());
        assert!(check_app_code("12345a").is_err());
        assert_eq!(check_recovery_code("4F7K2-9XQ3M").unwrap(), "4f7k29xq3m");
        assert_eq!(check_recovery_code("4f7k2 9xq3m").unwrap(), "4f7k29xq3m");
        assert!(check_recovery_code("4f7k2-9xq3").is_err());
        assert!(check_recovery_code("4f7k2-9xq3m!").is_err());
        assert_eq!(check_app_or_recovery_code("654321").unwrap(), "654321");
        assert_eq!(check_app_or_recovery_code("4f7k2-9xq3m").unwrap(), "4f7k29xq3m");
        assert_eq!(
            check_app_or_recovery_code("nope").unwrap_err().field(),
            Some(Field::Code)
        );
    }

    #[test]
    fn device_names_default_and_are_bounded() {
        assert_eq!(check_device_name("  ").unwrap(), DEFAULT_DEVICE_NAME);
        assert_eq!(check_device_name(" Ada's phone ").unwrap(), "Ada's phone");
        assert!(check_device_name(&"x".repeat(DEVICE_NAME_MAX_CHARS + 1)).is_err());
        assert!(check_device_name("line\nbreak").is_err());
    }
}
