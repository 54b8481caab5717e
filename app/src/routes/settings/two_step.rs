//! The "Two-step sign-in" section of settings: setting up an authenticator app, turning it off,
//! and recovery codes (made with the setup or anew, shown once).
use std::future::Future;

use leptos::{
    either::{Either, EitherOf3},
    ev::SubmitEvent,
    prelude::*,
};

use super::{CurrentPasswordField, Open, OpenButton, SubmitOrCancel, current_password_given, day_of};
use crate::i18n::sentence;
use crate::{
    APP_NAME,
    components::{
        form::{FormAlert, FormErrors, Submission, TextField, aria_true, use_ready},
        signed_in::save_file,
    },
    error::{AppError, Field},
    functions::{
        profile::get_profile,
        two_step::{finish_two_step_setup, renew_recovery_codes, start_two_step_setup, turn_off_two_step},
    },
    i18n::{tr, tr_with},
    model::{AuthenticatorSetup, Profile, QrCode, RecoveryCodes, Secret, TwoStepStatus},
    session::with_access_token,
    validation::{check_app_code, check_app_or_recovery_code, check_device_name},
};

/// The section. Its content comes in a wasm chunk of its own once the settings are on screen
/// (`components::built_later`; one chunk holding both would outgrow the budget of a lazily
/// loaded chunk, bench/check-size.mjs).
#[component]
pub(super) fn TwoStepSection(
    status: TwoStepStatus,
    open: RwSignal<Open>,
    done: RwSignal<Option<String>>,
) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    // What the section says when recovery codes are made, in a live region on the page from the
    // start: screen readers announce a change of its text, not a region arriving with its text.
    let said = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    {
        let owner = Owner::current();
        section.on_load(move |element| {
            leptos::task::spawn_local(build_two_step_settings(element.into(), owner, status, open, done, said));
        });
    }
    // Settings render only in the browser; this keeps the server build's view of them whole.
    #[cfg(not(feature = "hydrate"))]
    let content = view! { <TwoStepSettings status open done said /> };
    #[cfg(feature = "hydrate")]
    let content = ();
    view! {
        <section class="setting" aria-labelledby="two-step-heading" node_ref=section>
            <h2 id="two-step-heading">{tr("settings-two-step-heading")}</h2>
            <p class="notice" role="status">{move || said.get()}</p>
            {content}
        </section>
    }
}

/// The section's content, built at the end of `section` under the settings' `owner`.
#[cfg(feature = "hydrate")]
#[lazy]
fn build_two_step_settings(
    section: web_sys::Element,
    owner: Option<Owner>,
    status: TwoStepStatus,
    open: RwSignal<Open>,
    done: RwSignal<Option<String>>,
    said: RwSignal<Option<String>>,
) {
    crate::components::built_later::build_into(
        section,
        owner,
        move || view! { <TwoStepSettings status open done said /> },
    );
}

#[component]
fn TwoStepSettings(
    status: TwoStepStatus,
    open: RwSignal<Open>,
    done: RwSignal<Option<String>>,
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let two_step = RwSignal::new(status);
    // Recovery codes just made: shown until "Done", whatever else is opened meanwhile, as they
    // are never shown again.
    let fresh_codes = RwSignal::new(None::<FreshCodes>);
    let opener = move |panel: Open, label: String| {
        view! { <OpenButton open done panel label class="" /> }
    };
    let close = move || open.set(Open::Nothing);
    move || match (fresh_codes.get(), two_step.get()) {
        (Some(codes), _) => EitherOf3::A(view! { <FreshRecoveryCodes codes two_step fresh_codes said /> }),
        (None, status) if status.on => EitherOf3::B(view! {
            <TwoStepOnSummary status />
            <div class="button-row">
                {opener(Open::TwoStepOff, tr("settings-two-step-turn-off"))}
                {opener(Open::NewRecoveryCodes, tr("settings-two-step-new-codes"))}
            </div>
            {move || match open.get() {
                Open::TwoStepOff => Some(Either::Left(view! { <TurnOffTwoStepForm close two_step done /> })),
                Open::NewRecoveryCodes => Some(Either::Right(view! {
                    <PasswordOnlyForm
                        intro=tr("settings-two-step-new-codes-intro")
                        label=tr("settings-two-step-new-codes")
                        pending_label=tr("settings-two-step-making-codes")
                        close
                        call=renew_recovery_codes
                        done=move |codes| {
                            close();
                            fresh_codes.set(Some(FreshCodes::new(codes, tr("settings-two-step-new-codes-made"))));
                        }
                    />
                })),
                _ => None,
            }}
        }),
        (None, _) => EitherOf3::C(view! {
            <p>{tr("settings-two-step-intro")}</p>
            {opener(Open::TwoStepSetup, tr("settings-two-step-set-up"))}
            {move || (open.get() == Open::TwoStepSetup).then(|| view! { <SetUpTwoStep close fresh_codes /> })}
        }),
    }
}

/// Recovery codes just made, and the sentence that says what made them.
#[derive(Clone, PartialEq)]
struct FreshCodes {
    codes: Vec<String>,
    lead: String,
}

impl FreshCodes {
    fn new(codes: RecoveryCodes, lead: String) -> Self {
        Self {
            codes: codes.codes.iter().map(|code| code.expose().to_string()).collect(),
            lead,
        }
    }
}

#[component]
fn TwoStepOnSummary(status: TwoStepStatus) -> impl IntoView {
    let TwoStepStatus {
        since,
        device_name,
        recovery_codes_left,
        ..
    } = status;
    let key = match (&since, &device_name) {
        (None, None) => "settings-two-step-on",
        (Some(_), None) => "settings-two-step-on-since",
        (None, Some(_)) => "settings-two-step-on-device",
        (Some(_), Some(_)) => "settings-two-step-on-since-device",
    };
    let (since, device_name) = (since.unwrap_or_default(), device_name.unwrap_or_default());
    let day = day_of(&since);
    let summary = sentence(key, &["day", "device"], |slot| match slot {
        0 => Either::Left(view! { <time datetime=since.clone()>{day.clone()}</time> }),
        _ => Either::Right(view! { <span translate="no">{device_name.clone()}</span> }),
    });
    let left = match recovery_codes_left {
        0 => tr("settings-two-step-codes-left-none"),
        1 => tr("settings-two-step-codes-left-one"),
        n => tr_with("settings-two-step-codes-left", &[("count", &n.to_string())]),
    };
    view! {
        <p>{summary}</p>
        <p>{left}</p>
    }
}

/// Setting up an authenticator app: the password, then the app's secret and its first code.
/// Nothing is on until that code is verified, so cancelling at any step needs no call.
#[component]
fn SetUpTwoStep(
    close: impl Fn() + Copy + Send + Sync + 'static,
    fresh_codes: RwSignal<Option<FreshCodes>>,
) -> impl IntoView {
    let setup = RwSignal::new(None::<AuthenticatorSetup>);
    move || match setup.get() {
        None => Either::Left(view! {
            <PasswordOnlyForm
                intro=tr("settings-two-step-setup-intro")
                label=tr("settings-two-step-continue")
                pending_label=tr("settings-two-step-preparing")
                close
                call=start_two_step_setup
                done=move |started| setup.set(Some(started))
            />
        }),
        Some(setup) => Either::Right(view! { <AuthenticatorStep setup close fresh_codes /> }),
    }
}

#[component]
fn AuthenticatorStep(
    setup: AuthenticatorSetup,
    close: impl Fn() + Copy + Send + Sync + 'static,
    fresh_codes: RwSignal<Option<FreshCodes>>,
) -> impl IntoView {
    let ready = use_ready();
    let AuthenticatorSetup { secret, uri, qr } = setup;
    let code = RwSignal::new(String::new());
    let device_name = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = check_app_code(&code.get_untracked())
            .and_then(|code| Ok((code, check_device_name(&device_name.get_untracked())?)));
        form.run(
            input,
            move |(code, name): (String, String)| async move {
                with_access_token(|token| finish_two_step_setup(token, code.clone().into(), name.clone()))
                    .await
                    .map_err(|error| code_not_right(error, "settings-two-step-wrong-code"))
            },
            move |codes| {
                close();
                fresh_codes.set(Some(FreshCodes::new(codes, tr("settings-two-step-turned-on"))));
            },
        );
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            <p>{tr("settings-two-step-scan")}</p>
            <QrImage qr />
            <p class="setup-key">
                {tr("settings-two-step-key")} <code translate="no">{secret.expose().to_string()}</code>
            </p>
            // On a phone the QR code is on the very screen that would have to scan it.
            <p class="hint">
                <a href=uri.expose().to_string()>{tr("settings-two-step-open-app")}</a>
            </p>
            <TextField
                id="app_code"
                label=tr("settings-code")
                autocomplete="one-time-code"
                inputmode="numeric"
                value=code
                error=errors.on(Field::Code)
            />
            <TextField
                id="device_name"
                label=tr("settings-two-step-device-name")
                hint=tr("settings-two-step-device-name-hint")
                value=device_name
                error=errors.on(Field::DeviceName)
            />
            <SubmitOrCancel
                label=tr("settings-verify")
                pending_label=tr("settings-verifying")
                pending
                ready
                close
            />
        </form>
    }
}

/// A panel that asks for the current password alone, then makes `call` with it and hands its
/// answer to `done`.
#[component]
fn PasswordOnlyForm<T, Fut>(
    #[prop(into)] intro: String,
    #[prop(into)] label: String,
    #[prop(into)] pending_label: String,
    close: impl Fn() + Copy + Send + Sync + 'static,
    call: fn(Secret, Secret) -> Fut,
    done: impl Fn(T) + Copy + 'static,
) -> impl IntoView
where
    T: 'static,
    Fut: Future<Output = Result<T, AppError>> + 'static,
{
    let ready = use_ready();
    let password = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        form.run(
            current_password_given(password),
            move |()| async move {
                let current = password.get_untracked();
                with_access_token(|token| call(token, current.clone().into())).await
            },
            done,
        );
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <p>{intro}</p>
            <FormAlert message=general_or(errors, Field::Code) />
            <CurrentPasswordField value=password error=errors.on(Field::CurrentPassword) />
            <SubmitOrCancel label pending_label pending ready close />
        </form>
    }
}

/// The QR code with the quiet zone of four modules scanners need, dark on white in either colour
/// scheme.
#[component]
fn QrImage(qr: QrCode) -> impl IntoView {
    let side = (qr.size + 8).to_string();
    let view_box = format!("-4 -4 {side} {side}");
    view! {
        <svg
            class="qr"
            viewBox=view_box
            role="img"
            aria-label=tr("settings-two-step-qr-code")
            shape-rendering="crispEdges"
        >
            <rect x="-4" y="-4" width=side.clone() height=side fill="#fff" />
            <path d=qr.path fill="#000" />
        </svg>
    }
}

#[component]
fn TurnOffTwoStepForm(
    close: impl Fn() + Copy + Send + Sync + 'static,
    two_step: RwSignal<TwoStepStatus>,
    done: RwSignal<Option<String>>,
) -> impl IntoView {
    let ready = use_ready();
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = current_password_given(password).and_then(|()| check_app_or_recovery_code(&code.get_untracked()));
        form.run(
            input,
            move |code: String| async move {
                let current = password.get_untracked();
                with_access_token(|token| turn_off_two_step(token, current.clone().into(), code.clone().into()))
                    .await
                    .map_err(|error| code_not_right(error, "settings-two-step-off-wrong-code"))
            },
            move |()| {
                close();
                done.set(Some(tr("settings-two-step-turned-off")));
                two_step.set(TwoStepStatus::default());
            },
        );
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            <CurrentPasswordField value=password error=errors.on(Field::CurrentPassword) />
            <TextField
                id="app_code"
                label=tr("settings-code")
                autocomplete="one-time-code"
                hint=tr("settings-two-step-off-code-hint")
                value=code
                error=errors.on(Field::Code)
            />
            <SubmitOrCancel
                label=tr("settings-two-step-turn-off")
                pending_label=tr("settings-two-step-turning-off")
                pending
                ready
                close
            />
        </form>
    }
}

/// New recovery codes, shown this once, to copy or download; "Done" reads the status again.
#[component]
fn FreshRecoveryCodes(
    codes: FreshCodes,
    two_step: RwSignal<TwoStepStatus>,
    fresh_codes: RwSignal<Option<FreshCodes>>,
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let FreshCodes { codes, lead } = codes;
    said.set(Some(lead));
    let listed = codes.join("\n");
    let file = format!(
        "{}\n{}\n\n{listed}\n",
        tr_with("settings-recovery-file-title", &[("app", APP_NAME)]),
        tr("settings-recovery-file-intro"),
    );
    let copied = RwSignal::new(None::<String>);
    let reload = Submission::new();
    let (errors, pending) = (reload.errors, reload.pending);
    let finish = move |_| {
        reload.run(
            Ok(()),
            |()| with_access_token(get_profile),
            move |profile: Profile| {
                fresh_codes.set(None);
                said.set(None);
                two_step.set(profile.two_step);
            },
        )
    };
    let busy = aria_true(pending);
    view! {
        <div class="panel" role="group" aria-labelledby="recovery-codes-heading">
            <h3 id="recovery-codes-heading">{tr("settings-recovery-heading")}</h3>
            <p>{tr("settings-recovery-intro")}</p>
            <ol class="recovery-codes">
                {codes.into_iter().map(|code| view! { <li><code translate="no">{code}</code></li> }).collect_view()}
            </ol>
            <div class="actions recovery-actions">
                <button type="button" on:click=move |_| copy_to_clipboard(listed.clone(), copied)>
                    {tr("settings-recovery-copy")}
                </button>
                <button type="button" on:click=move |_| save_file("doorway-recovery-codes.txt", &file)>
                    {tr("settings-recovery-download")}
                </button>
                <button
                    type="button"
                    class="primary"
                    on:click=finish
                    aria-disabled=busy
                    aria-busy=busy
                >
                    {tr("settings-recovery-done")}
                </button>
            </div>
            <p class="hint" aria-live="polite">{move || copied.get()}</p>
            <FormAlert message=errors.general() />
        </div>
    }
}

/// Puts `text` on the clipboard and says whether that worked: browsers offer no clipboard to
/// pages that are not served securely, and may refuse it.
fn copy_to_clipboard(text: String, said: RwSignal<Option<String>>) {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(async move {
        let clipboard = web_sys::window().map(|window| window.navigator().clipboard());
        let copied = match clipboard {
            Some(clipboard) if !clipboard.is_undefined() => {
                wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
                    .await
                    .is_ok()
            }
            _ => false,
        };
        said.set(Some(tr(if copied {
            "settings-recovery-copied"
        } else {
            "settings-recovery-not-copied"
        })));
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (text, said);
}

/// The server's answer to a wrong code speaks of emailed codes ("send a new one"); an
/// authenticator app simply shows the next one: the message of `key` says so.
fn code_not_right(error: AppError, key: &str) -> AppError {
    match error {
        AppError::WrongCode => AppError::invalid(Field::Code, tr(key)),
        other => other,
    }
}

/// The form-wide message, or one the server put beside a field this form does not have (the
/// code, when two-step sign-in changed in another tab).
fn general_or(errors: FormErrors, absent: Field) -> Signal<Option<String>> {
    let (general, stray) = (errors.general(), errors.on(absent));
    Signal::derive(move || general.get().or_else(|| stray.get()))
}
