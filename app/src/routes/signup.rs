use leptos::{either::Either, ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::form::{EmailField, FormAlert, PasswordField, Submission, SubmitButton, TextField, use_ready},
    components::verify_step::{VerifyStep, show_verify_url},
    error::Field,
    functions::auth::sign_up,
    i18n::{FORM_TEXTS, island_texts, tr},
    validation::{check_display_name, check_email, check_password},
};

/// `/signup`: create an account, then confirm it with the emailed code on the same page.
#[component]
pub fn SignUpPage() -> impl IntoView {
    // The code step follows in the same island, and the display name's label is the profile's.
    let steps = [
        "signup-form-",
        "verify-step-",
        "forgot-form-back",
        "profile-form-display-name",
        "nav-",
    ];
    view! {
        <Title text=tr("nav-create-account") />
        <section class="card narrow">
            {island_texts(&[FORM_TEXTS, &steps].concat())}
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
                    notice=Some(tr("signup-form-check-inbox"))
                />
            }),
            None => Either::Left(view! {
            <h1>{tr("nav-create-account")}</h1>
            <form on:submit=submit novalidate>
                <FormAlert message=errors.general() />
                <EmailField value=email error=errors.on(Field::Email) autofocus=true />
                <PasswordField
                    id="password"
                    label=tr("signup-form-password")
                    autocomplete="new-password"
                    value=password
                    error=errors.on(Field::Password)
                    with_strength=true
                />
                <TextField
                    id="display-name"
                    label=tr("profile-form-display-name")
                    autocomplete="nickname"
                    value=display_name
                    error=errors.on(Field::DisplayName)
                    hint=tr("signup-form-display-name-hint")
                />
                <SubmitButton
                    label=tr("nav-create-account")
                    pending_label=tr("signup-form-creating")
                    pending
                    ready
                />
            </form>
            <p class="links">
                <span>{tr("signup-form-have-account")} " " <a href="/login">{tr("nav-sign-in")}</a></span>
            </p>
            }),
        }}
    }
}
