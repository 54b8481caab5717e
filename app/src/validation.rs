//! Input rules shared by the browser (instant hints) and the server (the rules that count).
use crate::error::{AppError, Field};

pub const PASSWORD_MIN_CHARS: usize = 8;
pub const PASSWORD_MAX_CHARS: usize = 256;
pub const DISPLAY_NAME_MAX_CHARS: usize = 64;
const EMAIL_MAX_CHARS: usize = 254;

/// Emails are identifiers: trimmed and lower-cased the same way everywhere.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A normalized, plausible email address.
pub fn check_email(email: &str) -> Result<String, AppError> {
    let email = normalize_email(email);
    let invalid = || AppError::invalid(Field::Email, "Enter an email address like name@example.com.");
    if email.is_empty() {
        return Err(AppError::invalid(Field::Email, "Enter your email address."));
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
        return Err(AppError::invalid(
            field,
            format!("Use at least {PASSWORD_MIN_CHARS} characters."),
        ));
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(AppError::invalid(
            field,
            format!("Use at most {PASSWORD_MAX_CHARS} characters."),
        ));
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
        return Err(AppError::invalid(Field::Code, "Enter the code from the email."));
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
        Err(AppError::invalid(
            Field::Code,
            "That doesn't look like a code from our email. Check it and try again.",
        ))
    }
}

pub fn check_display_name(name: &str) -> Result<String, AppError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AppError::invalid(
            Field::DisplayName,
            "Enter the name to show on your account.",
        ));
    }
    if name.chars().count() > DISPLAY_NAME_MAX_CHARS {
        return Err(AppError::invalid(
            Field::DisplayName,
            format!("Use at most {DISPLAY_NAME_MAX_CHARS} characters."),
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(AppError::invalid(
            Field::DisplayName,
            "Use letters, numbers, spaces and punctuation only.",
        ));
    }
    Ok(name.to_string())
}

/// A rough strength estimate for the hint shown while typing; the rule that counts is length.
pub fn password_strength(password: &str) -> (&'static str, u8) {
    let chars = password.chars().count();
    if chars == 0 {
        return ("", 0);
    }
    if chars < PASSWORD_MIN_CHARS {
        return ("Too short", 1);
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
        (16.., _) | (12.., 3..) => ("Strong", 4),
        (12.., _) | (_, 3..) => ("Good", 3),
        _ => ("Fair: a longer password is stronger", 2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
