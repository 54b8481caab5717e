use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_meta::Title;

use crate::{
    components::form::{FormAlert, FormErrors, SubmitButton, TextField, use_ready},
    error::Field,
    functions::auth::forgot_password,
    routes::auth_pages::query,
    session::path_with_query,
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

#[island]
fn ForgotPasswordForm(email: String) -> impl IntoView {
    let ready = use_ready();
    let email = RwSignal::new(email);
    let errors = FormErrors::new();
    let pending = RwSignal::new(false);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let address = match check_email(&email.get_untracked()) {
            Ok(address) => address,
            Err(error) => return errors.set(Some(error)),
        };
        errors.set(None);
        pending.set(true);
        spawn_local(async move {
            match forgot_password(address.clone()).await {
                Ok(()) => {
                    let _next = path_with_query("/reset-password", &[("email", &address)]);
                    #[cfg(feature = "hydrate")]
                    crate::session::browser::go(&_next);
                }
                Err(error) => {
                    pending.set(false);
                    errors.set(Some(error));
                }
            }
        });
    };

    view! {
        <form on:submit=submit novalidate>
            <FormAlert message=errors.general() />
            <TextField
                id="email"
                label="Email"
                kind="email"
                autocomplete="username"
                value=email
                error=errors.on(Field::Email)
                autofocus=true
            />
            <SubmitButton label="Send reset code" pending_label="Sending…" pending ready />
        </form>
        <p class="links">
            <a href="/login">"Back to sign in"</a>
        </p>
    }
}
