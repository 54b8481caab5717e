use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::form::{EmailField, FormAlert, Submission, SubmitButton, use_ready},
    components::notice::query,
    functions::auth::forgot_password,
    i18n::{FORM_TEXTS, island_texts, tr},
    session::{go, path_with_query},
    validation::check_email,
};

/// `/forgot-password`: ask for a reset code. The answer never says whether the account exists.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let email = query("email").unwrap_or_default();
    view! {
        <Title text=tr("forgot-title") />
        <section class="card narrow">
            <h1>{tr("forgot-heading")}</h1>
            <p class="muted">{tr("forgot-intro")}</p>
            {island_texts(&[FORM_TEXTS, &["forgot-form-"]].concat())}
            <ForgotPasswordForm email />
        </section>
    }
}

#[island(lazy)]
fn ForgotPasswordForm(email: String) -> impl IntoView {
    let ready = use_ready();
    let email = RwSignal::new(email);
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        form.run(
            check_email(&email.get_untracked()),
            |address| async move { forgot_password(address.clone()).await.map(|()| address) },
            |address| go(&path_with_query("/reset-password", &[("email", &address)])),
        );
    };

    view! {
        <form on:submit=submit novalidate>
            <FormAlert message=errors.general() />
            <EmailField value=email error=errors.on(crate::error::Field::Email) autofocus=true />
            <SubmitButton label=tr("forgot-form-send") pending_label=tr("form-sending") pending ready />
        </form>
        <p class="links">
            <a href="/login">{tr("forgot-form-back")}</a>
        </p>
    }
}
