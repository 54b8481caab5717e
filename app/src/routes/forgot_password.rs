use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::form::{EmailField, FormAlert, Submission, SubmitButton, use_ready},
    components::notice::query,
    functions::auth::forgot_password,
    session::{go, path_with_query},
    validation::check_email,
};

/// `/forgot-password`: ask for a reset code. The answer never says whether the account exists.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let email = query("email").unwrap_or_default();
    view! {
        <Title text="Forgot password" />
        <section class="card narrow">
            <h1>"Forgot your password?"</h1>
            <p class="muted">"Enter your email. If it belongs to an account, we'll send a code to set a new password."</p>
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
            <SubmitButton label="Send reset code" pending_label="Sending…" pending ready />
        </form>
        <p class="links">
            <a href="/login">"Back to sign in"</a>
        </p>
    }
}
