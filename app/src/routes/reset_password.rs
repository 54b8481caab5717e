use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_meta::Title;

use crate::{
    components::form::{FormAlert, FormErrors, PasswordField, SubmitButton, TextField, use_ready},
    error::Field,
    functions::auth::reset_password,
    routes::auth_pages::query,
    session::path_with_query,
    validation::{check_code, check_email, check_password},
};

/// `/reset-password?email=…`: set a new password with the emailed code.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let email = query("email").unwrap_or_default();
    view! {
        <Title text="Reset password" />
        <section class="card narrow">
            <h1>"Set a new password"</h1>
            <p class="notice" role="status">"If that email has an account, a code is on its way. Enter it with your new password."</p>
            <ResetPasswordForm email />
        </section>
    }
}

#[island]
fn ResetPasswordForm(email: String) -> impl IntoView {
    let ready = use_ready();
    let email = RwSignal::new(email);
    let code = RwSignal::new(String::new());
    let new_password = RwSignal::new(String::new());
    let errors = FormErrors::new();
    let pending = RwSignal::new(false);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let checked = check_email(&email.get_untracked()).and_then(|address| {
            let code = check_code(&code.get_untracked())?;
            check_password(&new_password.get_untracked(), Field::NewPassword)?;
            Ok((address, code))
        });
        let (address, code_value) = match checked {
            Ok(values) => values,
            Err(error) => return errors.set(Some(error)),
        };
        errors.set(None);
        pending.set(true);
        spawn_local(async move {
            match reset_password(address.clone(), code_value, new_password.get_untracked()).await {
                Ok(()) => {
                    let _next = path_with_query("/login", &[("email", &address), ("notice", "reset")]);
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
            <TextField id="email" label="Email" kind="email" autocomplete="username" value=email error=errors.on(Field::Email) />
            <TextField
                id="code"
                label="Verification code"
                autocomplete="one-time-code"
                value=code
                error=errors.on(Field::Code)
                autofocus=true
            />
            <PasswordField
                id="new-password"
                label="New password"
                autocomplete="new-password"
                value=new_password
                error=errors.on(Field::NewPassword)
                with_strength=true
            />
            <SubmitButton label="Reset password" pending_label="Saving…" pending ready />
        </form>
        <p class="links">
            <a href="/forgot-password">"Need a new code?"</a>
            <a href="/login">"Back to sign in"</a>
        </p>
    }
}
