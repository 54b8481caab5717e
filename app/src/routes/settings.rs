use std::future::Future;

use leptos::{either::EitherOf3, ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::{
        form::{CodeField, FormAlert, PasswordField, ResendCodeButton, Submission, SubmitButton, TextField, use_ready},
        signed_in::{Loaded, LoadingNote, load_signed_in, save_file},
    },
    error::{AppError, Field},
    functions::{
        profile::{export_data, get_profile},
        settings::{
            change_email, change_password, confirm_email_change, delete_account, resend_email_code, sign_out_everywhere,
        },
    },
    model::{EmailStatus, Profile},
    session::{forget_and_go, restart, update_stored, with_access_token},
    validation::{check_code, check_delete_confirmation, check_email, check_password},
};

/// `/settings`: password, email, sessions, the data export and deleting the account.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <Title text="Account settings" />
        <section class="card medium">
            <h1>"Account settings"</h1>
            <p class="links"><a href="/profile">"← Back to your profile"</a></p>
            <AccountSettings />
        </section>
    }
}

/// Which form is open: one at a time, so each page state has one field per label.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    Nothing,
    Password,
    Email,
    Delete,
}

#[island(lazy)]
fn AccountSettings() -> impl IntoView {
    let profile = load_signed_in("/settings", get_profile);
    move || match profile.get() {
        Loaded::Loading => EitherOf3::A(view! { <LoadingNote text="Loading your account…" /> }),
        Loaded::Failed(message) => EitherOf3::B(view! { <p class="alert" role="alert">{message}</p> }),
        Loaded::Ready(Profile { email, .. }) => EitherOf3::C(view! { <Settings email /> }),
    }
}

#[component]
fn Settings(email: EmailStatus) -> impl IntoView {
    let email = RwSignal::new(email);
    let open = RwSignal::new(Open::Nothing);
    let done = RwSignal::new(None::<&'static str>);
    let opener = move |panel: Open, label: &'static str, class: &'static str| {
        move || {
            (open.get() != panel).then(|| {
                view! {
                    <button
                        type="button"
                        class=class
                        on:click=move |_| {
                            done.set(None);
                            open.set(panel);
                        }
                    >
                        {label}
                    </button>
                }
            })
        }
    };
    let close = move || open.set(Open::Nothing);

    view! {
        {move || done.get().map(|text| view! { <p class="notice" role="status">{text}</p> })}
        <section class="setting" aria-labelledby="email-heading">
            <h2 id="email-heading">"Email"</h2>
            <EmailSummary email />
            {move || email.with(|e| e.pending.is_some()).then(|| view! { <EmailCodeForm email done /> })}
            {opener(Open::Email, "Change email", "")}
            {move || (open.get() == Open::Email).then(|| view! { <ChangeEmailForm email close /> })}
        </section>
        <section class="setting" aria-labelledby="password-heading">
            <h2 id="password-heading">"Password"</h2>
            <p>"Changing it signs you out on every other device."</p>
            {opener(Open::Password, "Change password", "")}
            {move || (open.get() == Open::Password).then(|| view! { <ChangePasswordForm close done /> })}
        </section>
        <section class="setting" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">"Devices"</h2>
            <p>"Lost a device or used a shared computer? End every session, this one included."</p>
            <ActionButton
                label="Sign out everywhere"
                pending_label="Signing out everywhere…"
                call=sign_out_everywhere
                done=|()| forget_and_go("/login?notice=everywhere")
            />
        </section>
        <section class="setting" aria-labelledby="data-heading">
            <h2 id="data-heading">"Your data"</h2>
            <p>"Everything we keep about your account, as a JSON file."</p>
            <ActionButton
                label="Download my data"
                pending_label="Preparing your data…"
                call=export_data
                done=|json: String| save_file("doorway-my-data.json", &json)
            />
        </section>
        <section class="setting danger-zone" aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete account"</h2>
            <p>"Deletes your sign-in and your profile for good. This can't be undone."</p>
            {opener(Open::Delete, "Delete account", "danger")}
            {move || (open.get() == Open::Delete).then(|| view! { <DeleteAccountForm close /> })}
        </section>
    }
}

#[component]
fn EmailSummary(email: RwSignal<EmailStatus>) -> impl IntoView {
    move || {
        let EmailStatus {
            email: current,
            pending,
            ..
        } = email.get();
        match pending {
            Some(new) if new != current => EitherOf3::A(view! {
                <p>
                    "We sent a code to " <strong>{new}</strong> ". Until you enter it, keep signing in with "
                    <strong>{current}</strong> "."
                </p>
            }),
            // Some user pools switch the address at once and then ask for the code.
            Some(_) => EitherOf3::B(view! {
                <p>"We sent a code to " <strong>{current}</strong> ". Enter it to verify your new address."</p>
            }),
            None => EitherOf3::C(view! { <p>"You sign in with " <strong>{current}</strong> "."</p> }),
        }
    }
}

#[component]
fn ChangeEmailForm(email: RwSignal<EmailStatus>, close: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let ready = use_ready();
    let new_email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = check_email(&new_email.get_untracked()).and_then(|address| {
            current_password_given(password)?;
            Ok(address)
        });
        form.run(
            input,
            move |address: String| async move {
                let current = password.get_untracked();
                with_access_token(|token| change_email(token, address.clone(), current.clone())).await
            },
            move |status| {
                email.set(status);
                close();
            },
        );
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            <TextField
                id="new_email"
                label="New email"
                kind="email"
                autocomplete="email"
                value=new_email
                error=errors.on(Field::Email)
                autofocus=true
            />
            <CurrentPasswordField value=password error=errors.on(Field::CurrentPassword) />
            <div class="actions">
                <SubmitButton label="Change email" pending_label="Sending a code…" pending ready />
                <button type="button" on:click=move |_| close()>"Cancel"</button>
            </div>
        </form>
    }
}

#[component]
fn EmailCodeForm(email: RwSignal<EmailStatus>, done: RwSignal<Option<&'static str>>) -> impl IntoView {
    let ready = use_ready();
    let code = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        form.run(
            check_code(&code.get_untracked()),
            move |code: String| async move {
                with_access_token(|token| confirm_email_change(token, code.clone())).await
            },
            move |status: EmailStatus| {
                let address = status.email.clone();
                update_stored(|session| session.email = address);
                email.set(status);
                done.set(Some("Your new email is verified. Use it to sign in from now on."));
            },
        );
    };
    let send_code = || {
        Ok(async {
            with_access_token(resend_email_code)
                .await
                .map(|()| "A new code is on its way.".to_string())
        })
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            <CodeField value=code error=errors.on(Field::Code) />
            <SubmitButton label="Verify" pending_label="Verifying…" pending ready />
            <ResendCodeButton ready errors send=send_code />
        </form>
    }
}

#[component]
fn ChangePasswordForm(
    close: impl Fn() + Copy + Send + Sync + 'static,
    done: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let ready = use_ready();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input =
            current_password_given(current).and_then(|()| check_password(&new.get_untracked(), Field::NewPassword));
        form.run(
            input,
            move |()| async move {
                let (current, new) = (current.get_untracked(), new.get_untracked());
                with_access_token(|token| change_password(token, current.clone(), new.clone())).await
            },
            move |signed_in| {
                restart(signed_in);
                done.set(Some("Your password is changed. Every other session has ended."));
                close();
            },
        );
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            <CurrentPasswordField value=current error=errors.on(Field::CurrentPassword) />
            <PasswordField
                id="new_password"
                label="New password"
                autocomplete="new-password"
                value=new
                error=errors.on(Field::NewPassword)
                with_strength=true
            />
            <div class="actions">
                <SubmitButton label="Change password" pending_label="Changing…" pending ready />
                <button type="button" on:click=move |_| close()>"Cancel"</button>
            </div>
        </form>
    }
}

/// A button that runs one protected call, with progress on the button and any error above it.
#[component]
fn ActionButton<T, Fut, Done>(
    label: &'static str,
    pending_label: &'static str,
    call: fn(String) -> Fut,
    done: Done,
) -> impl IntoView
where
    T: 'static,
    Fut: Future<Output = Result<T, AppError>> + 'static,
    Done: Fn(T) + Copy + 'static,
{
    let ready = use_ready();
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let click = move |_| {
        form.run(
            Ok(()),
            move |()| with_access_token(call),
            move |value| {
                pending.set(false);
                done(value);
            },
        )
    };
    view! {
        <FormAlert message=errors.general() />
        <button
            type="button"
            on:click=click
            disabled=move || !ready.get() || pending.get()
            aria-busy=move || pending.get().then_some("true")
        >
            {move || if pending.get() { pending_label } else { label }}
        </button>
    }
}

#[component]
fn DeleteAccountForm(close: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let ready = use_ready();
    let password = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input =
            current_password_given(password).and_then(|()| check_delete_confirmation(&confirmation.get_untracked()));
        form.run(
            input,
            move |()| async move {
                let (password, confirmation) = (password.get_untracked(), confirmation.get_untracked());
                with_access_token(|token| delete_account(token, password.clone(), confirmation.clone())).await
            },
            |()| forget_and_go("/?notice=deleted"),
        );
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            <CurrentPasswordField value=password error=errors.on(Field::CurrentPassword) />
            <TextField
                id="confirmation"
                label="Type DELETE to confirm"
                value=confirmation
                error=errors.on(Field::Confirmation)
            />
            <div class="actions">
                <SubmitButton label="Delete account" pending_label="Deleting…" pending ready class="danger" />
                <button type="button" on:click=move |_| close()>"Cancel"</button>
            </div>
        </form>
    }
}

/// The password that every sensitive change asks for again.
#[component]
fn CurrentPasswordField(value: RwSignal<String>, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <PasswordField
            id="current_password"
            label="Current password"
            autocomplete="current-password"
            value
            error
        />
    }
}

/// Sensitive changes need the current password; the server checks it, the browser only that it
/// was typed.
fn current_password_given(password: RwSignal<String>) -> Result<(), AppError> {
    if password.with_untracked(String::is_empty) {
        Err(AppError::invalid(
            Field::CurrentPassword,
            "Enter your current password.",
        ))
    } else {
        Ok(())
    }
}
