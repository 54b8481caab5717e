use leptos::{either::Either, ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::form::{EmailField, FormAlert, PasswordField, Submission, SubmitButton, TextField, use_ready},
    components::verify_step::{VerifyStep, show_verify_url},
    error::Field,
    functions::auth::sign_up,
    validation::{check_display_name, check_email, check_password},
};

/// `/signup`: create an account, then confirm it with the emailed code on the same page.
#[component]
pub fn SignUpPage() -> impl IntoView {
    view! {
        <Title text="Create account" />
        <section class="card narrow">
            <SignUpFlow />
        </section>
    }
}

/// Sign-up and then verification in one island, so the password typed here is still at hand
/// to sign the person straight in once the code is confirmed (it is never stored).
#[island]
fn SignUpFlow() -> impl IntoView {
    let ready = use_ready();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let display_name = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let created_for = RwSignal::new(None::<String>);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = check_email(&email.get_untracked()).and_then(|email| {
            check_password(&password.get_untracked(), Field::Password)?;
            check_display_name(&display_name.get_untracked())?;
            Ok(email)
        });
        form.run(
            input,
            move |address| async move {
                sign_up(
                    address.clone(),
                    password.get_untracked().into(),
                    display_name.get_untracked(),
                )
                .await
                .map(|()| address)
            },
            move |address| {
                show_verify_url(&address);
                pending.set(false);
                created_for.set(Some(address));
            },
        );
    };

    view! {
        {move || match created_for.get() {
            Some(address) => Either::Right(view! {
                <VerifyStep
                    email=address
                    password=Some(password)
                    notice=Some("Check your inbox: we sent a code to confirm your email.".into())
                />
            }),
            None => Either::Left(view! {
            <h1>"Create account"</h1>
            <form on:submit=submit novalidate>
                <FormAlert message=errors.general() />
                <EmailField value=email error=errors.on(Field::Email) autofocus=true />
                <PasswordField
                    id="password"
                    label="Password"
                    autocomplete="new-password"
                    value=password
                    error=errors.on(Field::Password)
                    with_strength=true
                />
                <TextField
                    id="display-name"
                    label="Display name"
                    autocomplete="nickname"
                    value=display_name
                    error=errors.on(Field::DisplayName)
                    hint="How we greet you. You can change it later."
                />
                <SubmitButton label="Create account" pending_label="Creating account…" pending ready />
            </form>
            <p class="links">
                <span>"Already have an account? " <a href="/login">"Sign in"</a></span>
            </p>
            }),
        }}
    }
}
