//! The "Password" section of settings: changing it, which ends every other session.
use leptos::{ev::SubmitEvent, prelude::*};

use super::{CurrentPasswordField, Open, OpenButton, SubmitOrCancel, current_password_given};
use crate::{
    components::form::{FormAlert, PasswordField, Submission, use_ready},
    error::Field,
    functions::settings::change_password,
    i18n::tr,
    session::{restart, with_access_token},
    validation::check_password,
};

#[component]
pub(super) fn PasswordSection(open: RwSignal<Open>, done: RwSignal<Option<String>>) -> impl IntoView {
    let close = move || open.set(Open::Nothing);
    view! {
        <section class="setting" aria-labelledby="password-heading">
            <h2 id="password-heading">{tr("settings-password-heading")}</h2>
            <p>{tr("settings-password-intro")}</p>
            <OpenButton open done panel=Open::Password label=tr("settings-password-change") class="" />
            {move || (open.get() == Open::Password).then(|| view! { <ChangePasswordForm close done /> })}
        </section>
    }
}

#[component]
fn ChangePasswordForm(
    close: impl Fn() + Copy + Send + Sync + 'static,
    done: RwSignal<Option<String>>,
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
                with_access_token(|token| change_password(token, current.clone().into(), new.clone().into())).await
            },
            move |signed_in| {
                restart(signed_in);
                done.set(Some(tr("settings-password-changed")));
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
                label=tr("settings-password-new")
                autocomplete="new-password"
                value=new
                error=errors.on(Field::NewPassword)
                with_strength=true
            />
            <SubmitOrCancel
                label=tr("settings-password-change")
                pending_label=tr("settings-password-changing")
                pending
                ready
                close
            />
        </form>
    }
}
