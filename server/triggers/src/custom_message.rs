//! Custom message: every email the pool sends (the sign-up, resend, password-reset, email-change
//! and sign-in codes), in the language of the user's standard `locale` attribute, which the app
//! sets at sign-up from the page's language and keeps in step with the profile.
//! <https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-custom-message.html>
//!
//! Cognito puts the code where the answer has the request's `codeParameter` (`{####}`); the
//! subject may hold 140 characters, the message 20,000 and HTML.
//! <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_MessageTemplateType.html>
use std::sync::LazyLock;

use aws_lambda_events::event::cognito::{
    CognitoEventUserPoolsCustomMessage, CognitoEventUserPoolsCustomMessageTriggerSource as Source,
};
use fluent_bundle::{FluentArgs, FluentResource, concurrent::FluentBundle};

/// The Lambda function's environment variable with the app's public address, for the links.
pub const PUBLIC_URL_VARIABLE: &str = "PUBLIC_URL";

/// Why the email is sent, as the trigger source says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    SignUp,
    Resend,
    PasswordReset,
    EmailChange,
    SignInCode,
}

impl Purpose {
    fn of(source: &Source) -> Option<Self> {
        Some(match source {
            Source::SignUp => Self::SignUp,
            Source::ResendCode => Self::Resend,
            Source::ForgotPassword => Self::PasswordReset,
            Source::UpdateUserAttribute | Source::VerifyUserAttribute => Self::EmailChange,
            Source::Authentication => Self::SignInCode,
            // The app never creates users as an administrator: Cognito's own message stays.
            _ => return None,
        })
    }

    /// The catalog's key prefix for this email.
    fn key(self) -> &'static str {
        match self {
            Self::SignUp => "email-sign-up",
            Self::Resend => "email-resend",
            Self::PasswordReset => "email-reset",
            Self::EmailChange => "email-change",
            Self::SignInCode => "email-sign-in-code",
        }
    }

    /// The page the email's link opens, with the address prefilled where the page takes one.
    fn page(self) -> Option<&'static str> {
        match self {
            Self::SignUp | Self::Resend => Some("/verify"),
            Self::PasswordReset => Some("/reset-password"),
            Self::EmailChange => Some("/settings"),
            // Typed into the sign-in page that asked for it, which is still open.
            Self::SignInCode => None,
        }
    }
}

/// One email, ready for Cognito: the code's place marked by the code parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub subject: String,
    pub html: String,
}

/// The event with its response filled in (an event of another source is answered unchanged,
/// so Cognito sends its default message).
pub fn handle(
    mut event: CognitoEventUserPoolsCustomMessage,
    public_url: Option<&str>,
) -> CognitoEventUserPoolsCustomMessage {
    let Some(purpose) = event
        .cognito_event_user_pools_header
        .trigger_source
        .as_ref()
        .and_then(Purpose::of)
    else {
        return event;
    };
    let attribute = |name: &str| {
        event
            .request
            .user_attributes
            .get(name)
            .and_then(|value| value.as_str())
            .map(str::to_string)
    };
    let language = language_of(attribute("locale").as_deref());
    let email_address = attribute("email").unwrap_or_default();
    let code_parameter = event.request.code_parameter.clone().unwrap_or_else(|| "{####}".into());
    let email = compose(purpose, language, &code_parameter, &email_address, public_url);
    event.response.email_subject = Some(email.subject);
    event.response.email_message = Some(email.html);
    event
}

/// The email for `purpose` in `language`, the code shown as `code` (Cognito's code parameter,
/// or the code itself where local mode sends it).
pub fn compose(purpose: Purpose, language: &str, code: &str, email_address: &str, public_url: Option<&str>) -> Email {
    let key = purpose.key();
    let mut paragraphs = vec![
        escape(&text(language, &format!("{key}-body"), &[])),
        format!("<strong style=\"font-size:1.5em;letter-spacing:0.1em\">{code}</strong>"),
        escape(&text(language, &format!("{key}-expiry"), &[])),
    ];
    if let (Some(base), Some(page)) = (public_url, purpose.page()) {
        let mut query = format!("lang={language}");
        if purpose != Purpose::EmailChange && !email_address.is_empty() {
            query = format!("email={}&{query}", percent_encode(email_address));
        }
        let link = format!("{}{page}?{query}", base.trim_end_matches('/'));
        paragraphs.push(format!(
            "{} <a href=\"{}\">{}</a>",
            escape(&text(language, "email-open-page", &[])),
            escape(&link),
            escape(&link)
        ));
    }
    paragraphs.push(escape(&text(language, &format!("{key}-not-you"), &[])));
    let html = paragraphs
        .into_iter()
        .map(|paragraph| format!("<p>{paragraph}</p>"))
        .collect::<Vec<_>>()
        .join("\n");
    let direction = if matches!(language, "ar" | "he") { "rtl" } else { "ltr" };
    Email {
        subject: text(language, &format!("{key}-subject"), &[]),
        html: format!("<div lang=\"{language}\" dir=\"{direction}\">\n{html}\n</div>"),
    }
}

macro_rules! catalogs {
    ($($language:literal),* $(,)?) => {
        // The emails' words sit with every other text a person reads, in the app's catalogs,
        // where translators and the catalogs' completeness test find them.
        &[$(($language, include_str!(concat!("../../../app/locales/", $language, "/emails.ftl")))),*]
    };
}

/// Every language with a catalog, English first (the fallback).
const SOURCES: &[(&str, &str)] = catalogs!(
    "en", "de", "es", "fr", "it", "nl", "pl", "pt", "sv", "tr", "uk", "ru", "ar", "he", "hi", "id", "vi", "zh", "ja",
    "ko"
);

static BUNDLES: LazyLock<Vec<(&'static str, FluentBundle<FluentResource>)>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(language, source)| {
            let mut bundle = FluentBundle::new_concurrent(vec![language.parse().expect("a valid language tag")]);
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(source.to_string())
                .unwrap_or_else(|(_, errors)| panic!("locales/{language}/emails.ftl does not parse: {errors:?}"));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("locales/{language}/emails.ftl repeats a key: {errors:?}"));
            (*language, bundle)
        })
        .collect()
});

/// Our language for a `locale` attribute (`de`, `pt-BR`, `he_IL`): by its primary subtag; else
/// English.
pub fn language_of(locale: Option<&str>) -> &'static str {
    let primary = locale
        .and_then(|tag| tag.trim().split(['-', '_']).next())
        .unwrap_or_default();
    SOURCES
        .iter()
        .map(|(language, _)| *language)
        .find(|language| language.eq_ignore_ascii_case(primary))
        .unwrap_or("en")
}

fn text(language: &str, key: &str, args: &[(&str, &str)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, *value);
    }
    let bundles = BUNDLES
        .iter()
        .filter(|(tag, _)| *tag == language)
        .chain(BUNDLES.first());
    for (_, bundle) in bundles {
        if let Some(pattern) = bundle.get_message(key).and_then(|message| message.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
    }
    panic!("the English email catalog lacks `{key}`")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An email address as a query value.
fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (byte as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// An event as Cognito sends it (the developer guide's example, trimmed).
    fn event(source: &str, locale: Option<&str>) -> CognitoEventUserPoolsCustomMessage {
        let mut attributes = json!({ "sub": "1b2c", "email": "ada+test@example.com", "email_verified": "false" });
        if let Some(locale) = locale {
            attributes["locale"] = json!(locale);
        }
        serde_json::from_value(json!({
            "version": "1",
            "region": "eu-west-1",
            "userPoolId": "eu-west-1_abc",
            "userName": "1b2c",
            "callerContext": { "awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": "client" },
            "triggerSource": source,
            "request": {
                "userAttributes": attributes,
                "codeParameter": "{####}",
                "usernameParameter": null,
                "linkParameter": "{##Click Here##}"
            },
            "response": { "smsMessage": null, "emailMessage": null, "emailSubject": null }
        }))
        .expect("a custom message event")
    }

    #[test]
    fn every_email_keeps_the_code_parameter_and_fits_cognitos_limits() {
        for source in [
            "CustomMessage_SignUp",
            "CustomMessage_ResendCode",
            "CustomMessage_ForgotPassword",
            "CustomMessage_UpdateUserAttribute",
            "CustomMessage_VerifyUserAttribute",
            "CustomMessage_Authentication",
        ] {
            for (language, _) in SOURCES {
                let answered = handle(event(source, Some(language)), Some("https://doorway.example"));
                let subject = answered.response.email_subject.expect("a subject");
                let message = answered.response.email_message.expect("a message");
                assert!(message.contains("{####}"), "{source} in {language}: {message}");
                assert!(
                    !subject.is_empty() && subject.chars().count() <= 140,
                    "{source} in {language}"
                );
                assert!(message.chars().count() <= 20_000);
                assert!(message.contains(&format!("lang=\"{language}\"")));
            }
        }
    }

    #[test]
    fn the_link_opens_the_page_for_the_address_in_the_emails_language() {
        let answered = handle(event("CustomMessage_SignUp", None), Some("https://doorway.example/"));
        let message = answered.response.email_message.unwrap();
        assert!(
            message.contains("https://doorway.example/verify?email=ada%2Btest%40example.com&amp;lang=en"),
            "{message}"
        );
        let code = handle(
            event("CustomMessage_Authentication", None),
            Some("https://doorway.example"),
        );
        assert!(!code.response.email_message.unwrap().contains("href"));
    }

    #[test]
    fn the_locale_picks_the_language_and_anything_else_falls_back_to_english() {
        assert_eq!(language_of(Some("en-GB")), "en");
        assert_eq!(language_of(Some("tlh")), "en");
        assert_eq!(language_of(None), "en");
    }

    #[test]
    fn other_sources_keep_cognitos_own_message() {
        let answered = handle(event("CustomMessage_AdminCreateUser", Some("en")), None);
        assert_eq!(answered.response.email_message, None);
    }
}
