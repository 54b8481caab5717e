//! The second step of a password sign-in, when the account has one: the authenticator app's
//! code, or a recovery code instead. It comes in a wasm chunk of its own
//! (`components::built_later`): most people never see it, and everyone's first visit loads the
//! wasm of this page.
use leptos::{ev::SubmitEvent, prelude::*};

use super::{Shared, password_signed_in};
use crate::{
    components::form::{FormAlert, Submission, SubmitButton, TextField, focus_by_id, use_ready},
    error::{AppError, Field},
    functions::two_step::{sign_in_code, sign_in_recovery_code},
    i18n::tr,
    model::{BrowserLocale, SecondStep},
    session::locale,
    validation::{check_app_code, check_recovery_code},
};

/// Where a recovery-code sign-in goes: settings, to set up a new authenticator.
const AFTER_RECOVERY_CODE: &str = "/settings?notice=two-step-lifted";

/// The step, in place of the password form: a slot it is built into once the slot is on the page.
#[cfg(feature = "hydrate")]
pub(super) fn code_step(
    step: SecondStep,
    back: Callback<Option<AppError>>,
    form_owner: Option<Owner>,
    shared: Shared,
) -> impl IntoView {
    let slot = NodeRef::<leptos::html::Div>::new();
    let owner = Owner::current();
    slot.on_load(move |element| {
        let step = CodeStepProps {
            step,
            back,
            form_owner,
            shared,
        };
        leptos::task::spawn_local(build_code_step(element.into(), owner, step));
    });
    view! { <div node_ref=slot></div> }
}

/// The step appears only in the browser; this keeps the server build's view of it whole.
#[cfg(not(feature = "hydrate"))]
pub(super) fn code_step(
    step: SecondStep,
    back: Callback<Option<AppError>>,
    form_owner: Option<Owner>,
    shared: Shared,
) -> impl IntoView {
    view! {
        <div>
            <CodeStep step back form_owner shared />
        </div>
    }
}

/// Builds the step from its own chunk.
#[cfg(feature = "hydrate")]
#[lazy]
fn build_code_step(slot: web_sys::Element, owner: Option<Owner>, props: CodeStepProps) {
    crate::components::built_later::build_into(slot, owner, move || CodeStep(props));
}

/// The second step: the authenticator app's code, or a recovery code instead.
#[component]
fn CodeStep(
    step: SecondStep,
    back: Callback<Option<AppError>>,
    /// The sign-in form's owner, for what follows.
    form_owner: Option<Owner>,
    shared: Shared,
) -> impl IntoView {
    let ready = use_ready();
    let (email, password) = (shared.email, shared.password);
    let code = RwSignal::new(String::new());
    let recovery = RwSignal::new(false);
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let step = StoredValue::new(step);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let with_recovery_code = recovery.get_untracked();
        let typed = code.get_untracked();
        let input = if with_recovery_code {
            check_recovery_code(&typed).map(|_| typed)
        } else {
            check_app_code(&typed)
        };
        let owner = form_owner.clone();
        form.run(
            input,
            move |code| async move {
                let BrowserLocale { time_zone, language } = locale();
                let address = email.get_untracked();
                let answer = if with_recovery_code {
                    let password = password.get_untracked().into();
                    sign_in_recovery_code(address, password, code.into(), time_zone, language)
                        .await
                        .map(|signed_in| (signed_in, Some(AFTER_RECOVERY_CODE.to_string())))
                } else {
                    let SecondStep { session, username } = step.get_value();
                    sign_in_code(address, username, session, code.into(), time_zone, language)
                        .await
                        .map(|signed_in| (signed_in, None))
                };
                match answer {
                    // The challenge is gone: start again from the password.
                    Err(AppError::SignInExpired) => {
                        back.run(Some(AppError::SignInExpired));
                        Err(AppError::SignInExpired)
                    }
                    // The code was wrong: said beside the field it was typed in, in words for
                    // that code (the server's answer speaks of emailed ones, sent again).
                    Err(AppError::WrongCode) => Err(if with_recovery_code {
                        AppError::invalid(Field::RecoveryCode, tr("login-second-step-recovery-code-wrong"))
                    } else {
                        AppError::invalid(Field::Code, tr("login-second-step-app-code-wrong"))
                    }),
                    other => other,
                }
            },
            move |signed_in_then| password_signed_in(Some(signed_in_then), owner, shared),
        );
    };
    // The step replaces the password form in place, and each switch replaces the field.
    Effect::new(move |_| focus_by_id(if recovery.get() { "recovery-code" } else { "code" }));
    let switch = move |_| {
        code.set(String::new());
        errors.set(None);
        recovery.update(|on| *on = !*on);
    };

    view! {
        <form on:submit=submit novalidate>
            <h2>{tr("login-second-step-heading")}</h2>
            <FormAlert message=errors.general() />
            {move || {
                // One field, which of the two codes it takes.
                let (intro, id, label, field, autocomplete, inputmode) = if recovery.get() {
                    (
                        tr("login-second-step-recovery-intro"),
                        "recovery-code",
                        tr("login-second-step-recovery-code"),
                        Field::RecoveryCode,
                        "off",
                        "text",
                    )
                } else {
                    (
                        tr("login-second-step-app-intro"),
                        "code",
                        tr("login-form-code"),
                        Field::Code,
                        "one-time-code",
                        "numeric",
                    )
                };
                view! {
                    <p>{intro}</p>
                    <TextField id label value=code error=errors.on(field) autocomplete inputmode />
                }
            }}
            <SubmitButton
                label=tr("login-second-step-verify")
                pending_label=tr("login-second-step-checking")
                pending
                ready
            />
            <div class="actions">
                <button type="button" class="secondary" on:click=switch>
                    {move || {
                        if recovery.get() {
                            tr("login-second-step-use-app")
                        } else {
                            tr("login-second-step-use-recovery-code")
                        }
                    }}
                </button>
                <button type="button" class="link" on:click=move |_| back.run(None)>
                    {tr("login-second-step-start-again")}
                </button>
            </div>
        </form>
    }
}
