//! Passwords nobody may choose (`shared/SECURITY.md` 34): common ones, ones built from the
//! person's own email or name, ones easily guessed (zxcvbn's estimate, whose lists come from
//! breached password sets), and, when configured, ones a breach corpus has seen (a range API in
//! the manner of Have I Been Pwned). Checked on the server at sign-up, reset and change, before
//! Cognito is asked: the browser only shows the verdict, so none of this is in the wasm.
use std::time::Duration;

use zxcvbn::{Score, feedback::Warning, matching::patterns::MatchPattern, zxcvbn};

use crate::{
    error::{AppError, Field},
    i18n::tr,
};

/// zxcvbn's "safely unguessable" rating: at least 10^8 guesses, out of reach of an online attack
/// and costly offline.
const LEAST_SCORE: Score = Score::Three;

/// Waits no longer than this for the range API: a sign-up should not hang on it.
const RANGE_API_TIMEOUT: Duration = Duration::from_secs(3);

/// How the server judges a new password. Cheap to clone (the HTTP client is shared).
#[derive(Clone, Default)]
pub struct PasswordCheck {
    range_api: Option<RangeApi>,
}

#[derive(Clone)]
struct RangeApi {
    /// The range endpoint: the hash's first five hex digits are appended to it.
    url: String,
    http: reqwest::Client,
}

impl PasswordCheck {
    /// `range_url` (`BREACHED_PASSWORDS_RANGE_URL`), e.g. `https://api.pwnedpasswords.com/range/`,
    /// turns the breach corpus check on.
    pub fn new(range_url: Option<String>) -> Self {
        let range_api = range_url.map(|url| RangeApi {
            url,
            http: reqwest::Client::builder()
                .timeout(RANGE_API_TIMEOUT)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("an HTTP client"),
        });
        Self { range_api }
    }

    /// Refuses `password` for `field` with a sentence saying why, when it is common, built from
    /// what is `known` of the person (their email, their name), easily guessed, or breached.
    pub async fn refuse_weak(&self, password: &str, field: Field, known: &[&str]) -> Result<(), AppError> {
        if let Some(reason) = weakness(password, known) {
            return Err(AppError::invalid(field, tr(reason)));
        }
        if let Some(api) = &self.range_api
            && api.has_seen(password).await
        {
            return Err(AppError::invalid(field, tr("invalid-password-breached")));
        }
        Ok(())
    }
}

/// The catalog key of the reason `password` may not be used, if there is one.
fn weakness(password: &str, known: &[&str]) -> Option<&'static str> {
    let personal = personal_words(known);
    let inputs: Vec<&str> = personal.iter().map(String::as_str).collect();
    let estimate = zxcvbn(password, &inputs);
    if estimate.score() >= LEAST_SCORE {
        return None;
    }
    let uses_personal = estimate.sequence().iter().any(|part| match &part.pattern {
        MatchPattern::Dictionary(word) => personal.contains(&word.matched_word),
        _ => false,
    });
    let common = matches!(
        estimate.feedback().and_then(|feedback| feedback.warning()),
        Some(
            Warning::ThisIsATop10Password
                | Warning::ThisIsATop100Password
                | Warning::ThisIsACommonPassword
                | Warning::ThisIsSimilarToACommonlyUsedPassword
        )
    );
    Some(if uses_personal {
        "invalid-password-personal"
    } else if common {
        "invalid-password-common"
    } else {
        "invalid-password-guessable"
    })
}

/// What an attacker who knows the person would try first: the email, the name, each run together
/// ("adalovelace") and word by word, in lower case as zxcvbn compares them.
fn personal_words(known: &[&str]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for text in known {
        let text = text.trim().to_lowercase();
        let joined: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
        let parts = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|part| part.chars().count() >= 3);
        for word in [text.as_str(), joined.as_str()].into_iter().chain(parts) {
            if !word.is_empty() && !words.iter().any(|known| known == word) {
                words.push(word.to_string());
            }
        }
    }
    words
}

impl RangeApi {
    /// Whether the corpus lists `password`. Only the first five hex digits of its SHA-1 leave the
    /// server (k-anonymity), with padding asked for so the answer's size says nothing either. An
    /// unreachable API lets the password through (the local checks have passed), with a log line.
    async fn has_seen(&self, password: &str) -> bool {
        let hash = sha1_hex(password);
        let (prefix, suffix) = hash.split_at(5);
        let answer = async {
            self.http
                .get(format!("{}{prefix}", self.url))
                .header("Add-Padding", "true")
                .send()
                .await?
                .error_for_status()?
                .text()
                .await
        }
        .await;
        match answer {
            Ok(body) => listed(&body, suffix),
            Err(error) => {
                tracing::warn!(
                    error = %error.without_url(),
                    "the breached-password range API could not be reached: a new password was checked locally only"
                );
                false
            }
        }
    }
}

/// Whether a range answer (`SUFFIX:COUNT` lines) lists `suffix` with a count above zero (padding
/// lines have zero).
fn listed(body: &str, suffix: &str) -> bool {
    body.lines().any(|line| {
        line.trim().split_once(':').is_some_and(|(listed, count)| {
            listed.eq_ignore_ascii_case(suffix) && count.trim().parse::<u64>().is_ok_and(|n| n > 0)
        })
    })
}

/// SHA-1 in upper-case hex, as range APIs name hashes.
pub fn sha1_hex(password: &str) -> String {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA1_FOR_LEGACY_USE_ONLY, password.as_bytes());
    digest.as_ref().iter().map(|byte| format!("{byte:02X}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_named_common() {
        for password in ["password123", "password", "12345678", "qwertyuiop", "iloveyou1"] {
            assert_eq!(weakness(password, &[]), Some("invalid-password-common"), "{password}");
        }
    }

    #[test]
    fn a_password_made_of_the_email_or_name_is_personal() {
        let known = ["ada.lovelace@example.com", "Ada Lovelace"];
        for password in [
            "ada.lovelace@example.com",
            "lovelace2024",
            "AdaLovelace1",
            "Ada Lovelace 1815",
        ] {
            assert_eq!(
                weakness(password, &known),
                Some("invalid-password-personal"),
                "{password}"
            );
        }
    }

    #[test]
    fn short_patterns_and_lone_words_are_easily_guessed() {
        for password in ["zxcvbnmasd", "aaaaaaaaaa", "abcdefgh12"] {
            assert!(weakness(password, &[]).is_some(), "{password}");
        }
    }

    #[test]
    fn passphrases_and_random_passwords_pass() {
        let known = ["ada@example.com", "Ada Lovelace"];
        for password in [
            "correct horse battery staple",
            "a brand new passphrase",
            "a whole new passphrase",
            "a brand new password",
            "another quiet evening walk",
            "correct horse battery staple again",
            "violet kettle mirrors 42",
            "Gx7#pQ2!vL9z",
        ] {
            assert_eq!(weakness(password, &known), None, "{password}");
        }
    }

    #[test]
    fn range_answers_match_the_suffix_with_a_count_and_skip_padding() {
        let body = "0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n00D4F6E8FA6EECAD2A3AA415EEC418D38EC:0\r\n";
        assert!(listed(body, "0018a45c4d1def81644b54ab7f969b88d65"));
        assert!(
            !listed(body, "00D4F6E8FA6EECAD2A3AA415EEC418D38EC"),
            "padding has a zero count"
        );
        assert!(!listed(body, "FFFFF6E8FA6EECAD2A3AA415EEC418D38EC"));
        assert!(!listed("garbage", "0018A45C4D1DEF81644B54AB7F969B88D65"));
    }

    #[test]
    fn hashes_are_sha1_in_upper_case_hex() {
        // The well-known SHA-1 of "password".
        assert_eq!(sha1_hex("password"), "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8");
    }
}
