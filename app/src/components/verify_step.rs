//! The code step of sign-up, shared by `/signup` (right after the form) and `/verify`.
use leptos::{ev::SubmitEvent, prelude::*};

use crate::{
    components::{
        form::{CodeField, EmailField, FormAlert, ResendCodeButton, Submission, SubmitButton, focus_by_id, use_ready},
        notice::Notice,
    },
    error::Field,
    functions::auth::{confirm_sign_up, resend_code},
    i18n::{tr, tr_with},
    model::BrowserLocale,
    session::{go, keep_and_go, locale, path_with_query},
    validation::{check_code, check_email},
};

/// Shows `/verify?email=…` in the address bar once sign-up hands over to verification, so a
/// reload lands on the verify page.
pub fn show_verify_url(email: &str) {
    let _url = path_with_query("/verify", &[("email", email)]);
    #[cfg(feature = "hydrate")]
    if let Some(window) = web_sys::window() {
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&_url));
        }
        if let Some(document) = window.document() {
            document.set_title(&format!("{} · {}", tr("verify-step-heading"), crate::APP_NAME));
        }
    }
}

/// The code form. With the password still at hand (right after sign-up in this tab) a correct
/// code signs the person in; otherwise it leads to the sign-in page. The island showing it lists
/// `verify-step-` and `forgot-form-back` in its `island_texts`, with the form's.
#[component]
pub fn VerifyStep(email: String, password: Option<RwSignal<String>>, notice: Option<String>) -> impl IntoView {
    let ready = use_ready();
    let email = RwSignal::new(email);
    let code = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    // Arriving here from sign-up replaces the form in place: move focus to the code.
    Effect::new(move |_| focus_by_id("code"));

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input =
            check_email(&email.get_untracked()).and_then(|email| Ok((email, check_code(&code.get_untracked())?)));
        form.run(
            input,
            move |(address, code)| async move {
                // The password typed at sign-up signs the person straight in; without it, or
                // if that fails, the sign-in page takes over.
                let BrowserLocale { time_zone, language } = locale();
                let password = password.map(|password| password.get_untracked());
                let signed_in = confirm_sign_up(
                    address.clone(),
                    code.into(),
                    password.map(Into::into),
                    time_zone,
                    language,
                )
                .await?;
                Ok((address, signed_in))
            },
            |(address, signed_in)| match signed_in {
                Some(signed_in) => keep_and_go(signed_in, false, "/"),
                None => go(&path_with_query(
                    "/login",
                    &[("email", &address), ("notice", "verified")],
                )),
            },
        );
    };

    let send_code = move || {
        check_email(&email.get_untracked()).map(|address| async move {
            resend_code(address.clone())
                .await
                .map(|()| tr_with("verify-step-resent", &[("email", &address)]))
        })
    };

    view! {
        <h1>{tr("verify-step-heading")}</h1>
        <form on:submit=submit novalidate>
            <Notice text=notice />
            <FormAlert message=errors.general() />
            <EmailField value=email error=errors.on(Field::Email) />
            <CodeField value=code error=errors.on(Field::Code) />
            <SubmitButton label=tr("verify-step-verify") pending_label=tr("verify-step-verifying") pending ready />
            <ResendCodeButton ready errors send=send_code />
        </form>
        <p class="links">
            <a href="/login">{tr("forgot-form-back")}</a>
        </p>
    }
}
