use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use leptos_meta::Title;

use crate::{
    components::form::{FormAlert, FormErrors, PasswordField, SubmitButton, TextField, use_ready},
    error::{AppError, Field},
    functions::auth::sign_in,
    routes::auth_pages::{Notice, notice_text, query},
    session::{path_with_query, safe_next},
    validation::check_email,
};

/// `/login`: sign in, then return to the page that asked for it.
#[component]
pub fn LoginPage() -> impl IntoView {
    let email = query("email").unwrap_or_default();
    let next = safe_next(query("next").as_deref());
    let notice = notice_text(query("notice")).map(String::from);
    view! {
        <Title text="Sign in" />
        <section class="card narrow">
            <h1>"Sign in"</h1>
            <LoginForm email next notice />
        </section>
    }
}

#[island]
fn LoginForm(email: String, next: String, notice: Option<String>) -> impl IntoView {
    let ready = use_ready();
    let email = RwSignal::new(email);
    let password = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
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
        if password.with_untracked(String::is_empty) {
            return errors.set(Some(AppError::invalid(Field::Password, "Enter your password.")));
        }
        errors.set(None);
        pending.set(true);
        let next = next.clone();
        spawn_local(async move {
            match sign_in(address.clone(), password.get_untracked()).await {
                Ok(_signed_in) => {
                    #[cfg(feature = "hydrate")]
                    {
                        crate::session::browser::start(_signed_in, remember.get_untracked());
                        crate::session::browser::go(&next);
                    }
                }
                Err(AppError::NotConfirmed) => {
                    let _verify = path_with_query("/verify", &[("email", &address), ("notice", "resent")]);
                    #[cfg(feature = "hydrate")]
                    crate::session::browser::go(&_verify);
                }
                Err(error) => {
                    pending.set(false);
                    errors.set(Some(error));
                }
            }
            let _ = &next;
        });
    };

    view! {
        <form on:submit=submit novalidate>
            <Notice text=notice />
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
            <PasswordField
                id="password"
                label="Password"
                autocomplete="current-password"
                value=password
                error=errors.on(Field::Password)
            />
            <label class="check">
                <input
                    type="checkbox"
                    name="remember"
                    prop:checked=move || remember.get()
                    on:change=move |ev| remember.set(event_target_checked(&ev))
                />
                "Keep me signed in"
            </label>
            <SubmitButton label="Sign in" pending_label="Signing in…" pending ready />
        </form>
        <p class="links">
            <a href="/forgot-password">"Forgot your password?"</a>
            <span>"New here? " <a href="/signup">"Create account"</a></span>
        </p>
    }
}
