//! The "Email" section of settings: the address the person signs in with, a change waiting for
//! its code, and changing it.
use leptos::{either::EitherOf3, ev::SubmitEvent, prelude::*};

use super::{CodeWhenAsked, CurrentPasswordField, Open, OpenButton, SubmitOrCancel, current_password_given};
use crate::i18n::sentence;
use crate::{
    components::form::{CodeField, FormAlert, ResendCodeButton, Submission, SubmitButton, TextField, use_ready},
    error::Field,
    functions::settings::{change_email, confirm_email_change, resend_email_code},
    i18n::tr,
    model::EmailStatus,
    session::{update_stored, with_access_token},
    validation::{check_code, check_email},
};

#[component]
pub(super) fn EmailSection(email: EmailStatus, open: RwSignal<Open>, done: RwSignal<Option<String>>) -> impl IntoView {
    let email = RwSignal::new(email);
    let close = move || open.set(Open::Nothing);
    view! {
        <section class="setting" aria-labelledby="email-heading">
            <h2 id="email-heading">{tr("field-email")}</h2>
            <EmailSummary email />
            {move || email.with(|e| e.pending.is_some()).then(|| view! { <EmailCodeForm email done /> })}
            <OpenButton open done panel=Open::Email label=tr("settings-email-change") class="" />
            {move || (open.get() == Open::Email).then(|| view! { <ChangeEmailForm email close /> })}
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
            Some(new) if new != current => {
                let addresses = [new, current];
                EitherOf3::A(view! {
                    <p>
                        {sentence(
                            "settings-email-pending",
                            &["new", "current"],
                            |slot| view! { <strong translate="no">{addresses[slot].clone()}</strong> },
                        )}
                    </p>
                })
            }
            // Some user pools switch the address at once and then ask for the code.
            Some(_) => EitherOf3::B(view! {
                <p>
                    {sentence("settings-email-code-sent", &["address"], |_| view! { <strong translate="no">{current.clone()}</strong> })}
                </p>
            }),
            None => EitherOf3::C(view! {
                <p>{sentence("settings-email-current", &["address"], |_| view! { <strong translate="no">{current.clone()}</strong> })}</p>
            }),
        }
    }
}

#[component]
fn ChangeEmailForm(email: RwSignal<EmailStatus>, close: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let ready = use_ready();
    let new_email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
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
                let code = Some(code.get_untracked()).filter(|code| !code.is_empty());
                with_access_token(|token| {
                    change_email(
                        token,
                        address.clone(),
                        current.clone().into(),
                        code.clone().map(Into::into),
                    )
                })
                .await
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
                label=tr("settings-email-new")
                kind="email"
                autocomplete="email"
                value=new_email
                error=errors.on(Field::Email)
                autofocus=true
            />
            <CurrentPasswordField value=password error=errors.on(Field::CurrentPassword) />
            <CodeWhenAsked value=code error=errors.on(Field::Code) />
            <SubmitOrCancel
                label=tr("settings-email-change")
                pending_label=tr("settings-email-sending-code")
                pending
                ready
                close
            />
        </form>
    }
}

#[component]
fn EmailCodeForm(email: RwSignal<EmailStatus>, done: RwSignal<Option<String>>) -> impl IntoView {
    let ready = use_ready();
    let code = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        form.run(
            check_code(&code.get_untracked()),
            move |code: String| async move {
                with_access_token(|token| confirm_email_change(token, code.clone().into())).await
            },
            move |status: EmailStatus| {
                let address = status.email.clone();
                update_stored(|session| session.email = address);
                email.set(status);
                done.set(Some(tr("settings-email-verified")));
            },
        );
    };
    let send_code = || {
        Ok(async {
            with_access_token(resend_email_code)
                .await
                .map(|()| tr("settings-email-code-resent"))
        })
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            <CodeField value=code error=errors.on(Field::Code) />
            <SubmitButton label=tr("settings-verify") pending_label=tr("settings-verifying") pending ready />
            <ResendCodeButton ready errors send=send_code />
        </form>
    }
}
