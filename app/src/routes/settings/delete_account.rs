//! The "Delete account" section of settings: the sign-in and the profile, for good, once the
//! person gives their password and types the confirming word.
use leptos::{either::Either, ev::SubmitEvent, prelude::*};

use super::{CurrentPasswordField, MadeWith, Open, OpenButton, SubmitOrCancel, current_password_given};
use crate::{
    components::form::{FormAlert, Submission, TextField, use_ready},
    error::Field,
    functions::settings::delete_account,
    i18n::{tr, tr_with},
    session::{forget_and_go, with_access_token},
    validation::{DELETE_CONFIRMATION, check_delete_confirmation},
};

/// The section. What it holds comes in a wasm chunk of its own once the settings are on screen
/// (`components::built_later`), as the passkeys' and two-step sections' do: with it, the
/// settings' chunk outgrew the budget of a lazily loaded chunk (bench/check-size.mjs).
#[component]
pub(super) fn DeleteAccountSection(open: RwSignal<Open>, done: RwSignal<Option<String>>) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    #[cfg(feature = "hydrate")]
    {
        let owner = Owner::current();
        section.on_load(move |element| {
            leptos::task::spawn_local(build_delete_account(element.into(), owner, open, done));
        });
    }
    // Settings render only in the browser; this keeps the server build's view of them whole.
    #[cfg(not(feature = "hydrate"))]
    let content = view! { <DeleteAccount open done /> };
    #[cfg(feature = "hydrate")]
    let content = ();
    view! {
        <section class="setting danger-zone" aria-labelledby="delete-heading" node_ref=section>
            <h2 id="delete-heading">{tr("settings-delete")}</h2>
            {content}
        </section>
    }
}

/// The section's content, built at the end of `section` under the settings' `owner`.
#[cfg(feature = "hydrate")]
#[lazy]
fn build_delete_account(
    section: web_sys::Element,
    owner: Option<Owner>,
    open: RwSignal<Open>,
    done: RwSignal<Option<String>>,
) {
    crate::components::built_later::build_into(section, owner, move || view! { <DeleteAccount open done /> });
}

#[component]
fn DeleteAccount(open: RwSignal<Open>, done: RwSignal<Option<String>>) -> impl IntoView {
    let close = move || open.set(Open::Nothing);
    view! {
        <p>{tr("settings-delete-intro")}</p>
        <OpenButton open done panel=Open::Delete label=tr("settings-delete") class="danger" />
        {move || (open.get() == Open::Delete).then(|| view! { <DeleteAccountForm close /> })}
    }
}

#[component]
fn DeleteAccountForm(close: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let ready = use_ready();
    let password = RwSignal::new(String::new());
    let confirmation = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    // Without a password, a sign-in with the provider a few minutes old is the proof.
    let made_with = use_context::<MadeWith>().and_then(|MadeWith(provider)| provider);
    let has_password = made_with.is_none();
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let given = if has_password {
            current_password_given(password)
        } else {
            Ok(())
        };
        let input = given.and_then(|()| check_delete_confirmation(&confirmation.get_untracked()));
        form.run(
            input,
            move |()| async move {
                let (password, confirmation) = (password.get_untracked(), confirmation.get_untracked());
                with_access_token(|token| delete_account(token, password.clone().into(), confirmation.clone())).await
            },
            |()| forget_and_go("/?notice=deleted"),
        );
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            {match made_with {
                None => Either::Left(view! { <CurrentPasswordField value=password error=errors.on(Field::CurrentPassword) /> }),
                Some(provider) => Either::Right(view! {
                    <p>
                        {tr_with("settings-fresh-sign-in", &[("provider", &provider.display_name)])} " "
                        <a href=format!("/auth/{}/start?next=/settings&fresh=1", provider.name)>
                            {tr_with("settings-sign-in-again", &[("provider", &provider.display_name)])}
                        </a>
                    </p>
                    // Where the password would be: the sign-in is too old.
                    <p class="alert" role="alert">{errors.on(Field::CurrentPassword)}</p>
                }),
            }}
            <TextField
                id="confirmation"
                label=tr_with("settings-delete-confirmation", &[("word", DELETE_CONFIRMATION)])
                value=confirmation
                error=errors.on(Field::Confirmation)
            />
            <SubmitOrCancel
                label=tr("settings-delete")
                pending_label=tr("settings-deleting")
                pending
                ready
                close
                class="danger"
            />
        </form>
    }
}
