//! Every page, message and email in the person's language: which language a request gets, the
//! page's `lang`/`dir` and `Content-Language`, the cookie the picker leaves, server-worded
//! errors, and the emails the custom message trigger words (as `/dev/mailbox` shows them).
use app::{
    error::AppError,
    functions::auth::SignUp,
    i18n::{LANGUAGES, catalog},
    model::MailPurpose,
};

use crate::common::{PASSWORD, TestApp};

/// Every page a visitor can open, signed in or not.
const PAGES: &[&str] = &[
    "/",
    "/signup",
    "/verify",
    "/login",
    "/forgot-password",
    "/reset-password",
    "/profile",
    "/settings",
    "/dev/mailbox",
    "/no-such-page",
];

/// (status, `Content-Language`, `Set-Cookie`s, body) of a GET with these request headers.
async fn page(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> (u16, String, Vec<String>, String) {
    let mut request = reqwest::Client::new().get(format!("{}{path}", app.base));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let content_language = response
        .headers()
        .get("content-language")
        .map(|value| value.to_str().unwrap().to_string())
        .unwrap_or_default();
    let cookies = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap().to_string())
        .collect();
    (status, content_language, cookies, response.text().await.unwrap())
}

/// The text as a page shows it (the HTML escapes of the renderer).
fn as_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[tokio::test]
async fn every_page_renders_in_every_language_with_its_lang_and_direction() {
    let app = TestApp::start().await;
    // The pseudo-language exists in local mode only, for developers.
    for language in LANGUAGES.iter().map(|(tag, _)| *tag).chain([catalog::PSEUDO_LANGUAGE]) {
        let direction = if matches!(language, "ar" | "he") { "rtl" } else { "ltr" };
        for path in PAGES {
            let (status, content_language, _, body) = page(&app, &format!("{path}?lang={language}"), &[]).await;
            assert!(matches!(status, 200 | 404), "{path} in {language}: {status}");
            assert_eq!(content_language, language, "{path}");
            assert!(
                body.contains(&format!("<html lang=\"{language}\" dir=\"{direction}\"")),
                "{path} in {language}"
            );
            // The footer's picker, in the page's language, with this language chosen.
            assert!(body.contains(&as_html(&catalog::render(language, "footer-language", &[]))));
            assert!(body.contains(&format!("<option value=\"{language}\" lang=\"{language}\" selected")));
        }
    }
}

#[tokio::test]
async fn the_browsers_language_is_used_until_the_person_picks_one() {
    let app = TestApp::start().await;
    let french_sign_in = as_html(&catalog::render("fr", "nav-sign-in", &[]));
    assert_ne!(french_sign_in, as_html(&catalog::render("en", "nav-sign-in", &[])));

    let (_, language, cookies, body) = page(&app, "/login", &[("accept-language", "fr-CA,fr;q=0.9,en;q=0.5")]).await;
    assert_eq!(language, "fr");
    assert!(body.contains("<html lang=\"fr\" dir=\"ltr\""));
    assert!(body.contains(&french_sign_in), "the sign-in page in French");
    assert!(
        cookies.is_empty(),
        "nothing is kept of a language nobody picked: {cookies:?}"
    );

    // Nothing we have: English.
    let (_, language, _, _) = page(&app, "/login", &[("accept-language", "tlh, x-pig-latin;q=0.8")]).await;
    assert_eq!(language, "en");

    // The picker's choice is kept, and wins over the browser's from then on.
    let (_, language, cookies, _) = page(&app, "/login?lang=de", &[("accept-language", "fr")]).await;
    assert_eq!(language, "de");
    let cookie = cookies
        .iter()
        .find(|cookie| cookie.starts_with("lang=de;"))
        .expect("the language cookie");
    assert!(cookie.contains("Path=/") && cookie.contains("SameSite=Lax"), "{cookie}");
    let (_, language, _, _) = page(&app, "/login", &[("accept-language", "fr"), ("cookie", "lang=de")]).await;
    assert_eq!(language, "de");

    // A link's `?lang=` wins over the cookie; a language we lack changes nothing.
    let (_, language, _, _) = page(&app, "/login?lang=ar", &[("cookie", "lang=de")]).await;
    assert_eq!(language, "ar");
    let (_, language, cookies, _) = page(&app, "/login?lang=tlh", &[("cookie", "lang=de")]).await;
    assert_eq!(language, "de");
    assert!(cookies.is_empty());
}

#[tokio::test]
async fn the_picker_keeps_the_pages_other_parameters() {
    let app = TestApp::start().await;
    let (_, _, _, body) = page(&app, "/verify?email=ada%40example.com&lang=es", &[]).await;
    assert!(
        body.contains("<input type=\"hidden\" name=\"email\" value=\"ada@example.com\""),
        "the address travels along"
    );
}

#[tokio::test]
async fn errors_the_server_words_are_in_the_persons_language() {
    let app = TestApp::start().await;
    let answer = reqwest::Client::new()
        .post(format!("{}{}", app.base, <SignUp as server_fn::ServerFn>::PATH))
        .header("content-type", "application/json")
        .header("cookie", "lang=de")
        .body(serde_json::json!({ "email": "not an address", "password": PASSWORD, "display_name": "Ada" }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 400);
    let error: AppError = serde_json::from_str(&answer.text().await.unwrap()).unwrap();
    assert_eq!(error.to_string(), catalog::render("de", "invalid-email", &[]));
    assert_ne!(error.to_string(), catalog::render("en", "invalid-email", &[]));
}

#[tokio::test]
async fn the_verification_email_is_in_the_language_of_the_page_that_signed_up() {
    let app = TestApp::start().await;
    let email = "sprache@example.com";
    let answer = reqwest::Client::new()
        .post(format!("{}{}", app.base, <SignUp as server_fn::ServerFn>::PATH))
        .header("content-type", "application/json")
        .header("cookie", "lang=de")
        .body(serde_json::json!({ "email": email, "password": PASSWORD, "display_name": "Ada" }).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 200);
    let message = app
        .backend
        .mailbox
        .as_ref()
        .expect("local mode's mailbox")
        .messages()
        .await
        .into_iter()
        .find(|message| message.to == email && message.purpose == MailPurpose::SignUp)
        .expect("the sign-up email");
    assert_eq!(message.subject, catalog::render("de", "email-sign-up-subject", &[]));
    let code = app.code(email, MailPurpose::SignUp).await;
    assert!(message.html.contains(&code), "the code, intact");
    assert!(message.html.contains("lang=de"), "its link opens the page in German");
}
