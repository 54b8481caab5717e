use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::form::{EmailField, FormAlert, PasswordField, Submission, SubmitButton, use_ready},
    components::notice::{Notice, notice_text, query},
    error::{AppError, Field},
    functions::auth::sign_in,
    model::BrowserLocale,
    session::{go, keep_and_go, locale, path_with_query, safe_next},
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
    // Ticked before the page woke up: keep the tick.
    let remember_box = NodeRef::<leptos::html::Input>::new();
    remember_box.on_load(move |checkbox| remember.set(checkbox.checked()));
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = check_email(&email.get_untracked()).and_then(|address| {
            if password.with_untracked(String::is_empty) {
                return Err(AppError::invalid(Field::Password, "Enter your password."));
            }
            Ok(address)
        });
        let next = next.clone();
        form.run(
            input,
            move |address| async move {
                let BrowserLocale { time_zone, language } = locale();
                match sign_in(address.clone(), password.get_untracked(), time_zone, language).await {
                    // Not confirmed yet: verification comes first (a fresh code is on its way).
                    Err(AppError::NotConfirmed) => Ok(Err(path_with_query(
                        "/verify",
                        &[("email", &address), ("notice", "resent")],
                    ))),
                    other => other.map(Ok),
                }
            },
            move |outcome| match outcome {
                Ok(signed_in) => keep_and_go(signed_in, remember.get_untracked(), &next),
                Err(verify) => go(&verify),
            },
        );
    };

    view! {
        <form on:submit=submit novalidate>
            <Notice text=notice />
            <FormAlert message=errors.general() />
            <EmailField value=email error=errors.on(Field::Email) autofocus=true />
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
                    node_ref=remember_box
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
