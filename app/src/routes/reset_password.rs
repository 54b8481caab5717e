use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::form::{CodeField, EmailField, FormAlert, PasswordField, Submission, SubmitButton, use_ready},
    components::notice::query,
    error::Field,
    functions::auth::reset_password,
    i18n::{FORM_TEXTS, island_texts, tr},
    session::{go, path_with_query},
    validation::{check_code, check_email, check_password},
};

/// `/reset-password?email=…`: set a new password with the emailed code.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let email = query("email").unwrap_or_default();
    view! {
        <Title text=tr("reset-form-reset") />
        <section class="card narrow">
            <h1>{tr("reset-heading")}</h1>
            <p class="notice" role="status">{tr("reset-intro")}</p>
            {island_texts(&[FORM_TEXTS, &["reset-form-", "profile-form-saving", "forgot-form-back"]].concat())}
            <ResetPasswordForm email />
        </section>
    }
}

#[island(lazy)]
fn ResetPasswordForm(email: String) -> impl IntoView {
    let ready = use_ready();
    let email = RwSignal::new(email);
    let code = RwSignal::new(String::new());
    let new_password = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = check_email(&email.get_untracked()).and_then(|address| {
            let code = check_code(&code.get_untracked())?;
            check_password(&new_password.get_untracked(), Field::NewPassword)?;
            Ok((address, code))
        });
        form.run(
            input,
            move |(address, code)| async move {
                reset_password(address.clone(), code.into(), new_password.get_untracked().into())
                    .await
                    .map(|()| address)
            },
            |address| go(&path_with_query("/login", &[("email", &address), ("notice", "reset")])),
        );
    };

    view! {
        <form on:submit=submit novalidate>
            <FormAlert message=errors.general() />
            <EmailField value=email error=errors.on(Field::Email) />
            <CodeField value=code error=errors.on(Field::Code) />
            <PasswordField
                id="new-password"
                label=tr("reset-form-new-password")
                autocomplete="new-password"
                value=new_password
                error=errors.on(Field::NewPassword)
                with_strength=true
            />
            <SubmitButton label=tr("reset-form-reset") pending_label=tr("profile-form-saving") pending ready />
        </form>
        <p class="links">
            <a href="/forgot-password">{tr("reset-form-new-code")}</a>
            <a href="/login">{tr("forgot-form-back")}</a>
        </p>
    }
}
