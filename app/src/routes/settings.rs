use std::future::Future;

use leptos::{
    either::{Either, EitherOf3},
    ev::SubmitEvent,
    prelude::*,
};
use leptos_meta::Title;

use crate::{
    APP_NAME,
    components::{
        form::{
            CodeField, FormAlert, FormErrors, PasswordField, ResendCodeButton, Submission, SubmitButton, TextField,
            use_ready,
        },
        notice::{Notice, notice_text, query},
        recent_activity::RecentActivity,
        signed_in::{Loaded, LoadingNote, load_signed_in, save_file},
    },
    error::{AppError, Field},
    functions::{
        profile::{export_data, get_profile},
        settings::{
            change_email, change_password, confirm_email_change, delete_account, resend_email_code, sign_out_everywhere,
        },
        two_step::{finish_two_step_setup, renew_recovery_codes, start_two_step_setup, turn_off_two_step},
    },
    model::{AuthenticatorSetup, EmailStatus, Profile, QrCode, RecoveryCodes, Secret, TwoStepStatus},
    session::{forget_and_go, restart, update_stored, with_access_token},
    validation::{
        check_app_code, check_app_or_recovery_code, check_code, check_delete_confirmation, check_device_name,
        check_email, check_password,
    },
};

mod passkeys;

/// `/settings`: password, email, two-step sign-in, passkeys, sessions, the data export and
/// deleting the account.
#[component]
pub fn SettingsPage() -> impl IntoView {
    // Rendered on the server: a notice costs the island nothing.
    let notice = notice_text(query("notice")).map(String::from);
    view! {
        <Title text="Account settings" />
        <section class="card medium">
            <h1>"Account settings"</h1>
            <p class="links"><a href="/profile">"← Back to your profile"</a></p>
            <Notice text=notice />
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
    TwoStepSetup,
    TwoStepOff,
    NewRecoveryCodes,
    AddPasskey,
    RemovePasskey,
    Delete,
}

#[island(lazy)]
fn AccountSettings() -> impl IntoView {
    let profile = load_signed_in(get_profile);
    move || match profile.get() {
        Loaded::Loading => EitherOf3::A(view! { <LoadingNote text="Loading your account…" /> }),
        Loaded::Failed(message) => EitherOf3::B(view! { <p class="alert" role="alert">{message}</p> }),
        Loaded::Ready(Profile {
            email,
            two_step,
            fields,
            ..
        }) => EitherOf3::C(view! { <Settings email two_step time_zone=fields.time_zone /> }),
    }
}

#[component]
fn Settings(email: EmailStatus, two_step: TwoStepStatus, time_zone: String) -> impl IntoView {
    let email = RwSignal::new(email);
    let open = RwSignal::new(Open::Nothing);
    let done = RwSignal::new(None::<&'static str>);
    let opener = move |panel: Open, label: &'static str, class: &'static str| {
        view! { <OpenButton open done panel label class /> }
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
        <TwoStepSection status=two_step open done />
        <passkeys::PasskeysSection open done />
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
        <RecentActivity time_zone />
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
                label="New email"
                kind="email"
                autocomplete="email"
                value=new_email
                error=errors.on(Field::Email)
                autofocus=true
            />
            <CurrentPasswordField value=password error=errors.on(Field::CurrentPassword) />
            <CodeWhenAsked value=code error=errors.on(Field::Code) />
            <SubmitOrCancel label="Change email" pending_label="Sending a code…" pending ready close />
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
                with_access_token(|token| confirm_email_change(token, code.clone().into())).await
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
                with_access_token(|token| change_password(token, current.clone().into(), new.clone().into())).await
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
            <SubmitOrCancel label="Change password" pending_label="Changing…" pending ready close />
        </form>
    }
}

/// A button that opens one of the forms, hidden while that form is open.
#[component]
fn OpenButton(
    open: RwSignal<Open>,
    done: RwSignal<Option<&'static str>>,
    panel: Open,
    label: &'static str,
    class: &'static str,
) -> impl IntoView {
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
}

/// A settings panel's buttons: its own submit button, and "Cancel", which closes the panel.
#[component]
fn SubmitOrCancel(
    label: &'static str,
    pending_label: &'static str,
    pending: RwSignal<bool>,
    ready: RwSignal<bool>,
    close: impl Fn() + Copy + Send + Sync + 'static,
    #[prop(default = "primary")] class: &'static str,
) -> impl IntoView {
    view! {
        <div class="actions">
            <SubmitButton label pending_label pending ready class />
            <button type="button" on:click=move |_| close()>"Cancel"</button>
        </div>
    }
}

/// The two-step section. Its content comes in a wasm chunk of its own once the settings are on
/// screen (`components::built_later`; one chunk holding both would outgrow the budget of a lazily
/// loaded chunk, bench/check-size.mjs).
#[component]
fn TwoStepSection(status: TwoStepStatus, open: RwSignal<Open>, done: RwSignal<Option<&'static str>>) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    #[cfg(feature = "hydrate")]
    {
        let owner = Owner::current();
        section.on_load(move |element| {
            leptos::task::spawn_local(build_two_step_settings(element.into(), owner, status, open, done));
        });
    }
    // Settings render only in the browser; this keeps the server build's view of them whole.
    #[cfg(not(feature = "hydrate"))]
    let content = view! { <TwoStepSettings status open done /> };
    #[cfg(feature = "hydrate")]
    let content = ();
    view! {
        <section class="setting" aria-labelledby="two-step-heading" node_ref=section>
            <h2 id="two-step-heading">"Two-step sign-in"</h2>
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
    done: RwSignal<Option<&'static str>>,
) {
    crate::components::built_later::build_into(section, owner, move || view! { <TwoStepSettings status open done /> });
}

#[component]
fn TwoStepSettings(status: TwoStepStatus, open: RwSignal<Open>, done: RwSignal<Option<&'static str>>) -> impl IntoView {
    let two_step = RwSignal::new(status);
    // Recovery codes just made: shown until "Done", whatever else is opened meanwhile, as they
    // are never shown again.
    let fresh_codes = RwSignal::new(None::<FreshCodes>);
    let opener = move |panel: Open, label: &'static str, class: &'static str| {
        view! { <OpenButton open done panel label class /> }
    };
    let close = move || open.set(Open::Nothing);
    move || match (fresh_codes.get(), two_step.get()) {
        (Some(codes), _) => EitherOf3::A(view! { <FreshRecoveryCodes codes two_step fresh_codes /> }),
        (None, status) if status.on => EitherOf3::B(view! {
            <TwoStepOnSummary status />
            <div class="button-row">
                {opener(Open::TwoStepOff, "Turn off", "")}
                {opener(Open::NewRecoveryCodes, "New recovery codes", "")}
            </div>
            {move || match open.get() {
                Open::TwoStepOff => Some(Either::Left(view! { <TurnOffTwoStepForm close two_step done /> })),
                Open::NewRecoveryCodes => Some(Either::Right(view! {
                    <PasswordOnlyForm
                        intro="A new set of ten replaces the codes you have now, used or not."
                        label="New recovery codes"
                        pending_label="Making new codes…"
                        close
                        call=renew_recovery_codes
                        done=move |codes| {
                            close();
                            fresh_codes.set(Some(FreshCodes::new(
                                codes,
                                "Here are your new recovery codes. The old ones no longer work.",
                            )));
                        }
                    />
                })),
                _ => None,
            }}
        }),
        (None, _) => EitherOf3::C(view! {
            <p>
                "Ask for a code from an authenticator app on your phone as well as your password, so a "
                "stolen password alone can't sign in."
            </p>
            {opener(Open::TwoStepSetup, "Set up two-step sign-in", "")}
            {move || (open.get() == Open::TwoStepSetup).then(|| view! { <SetUpTwoStep close fresh_codes /> })}
        }),
    }
}

/// Recovery codes just made, and the sentence that says what made them.
#[derive(Clone, PartialEq)]
struct FreshCodes {
    codes: Vec<String>,
    lead: &'static str,
}

impl FreshCodes {
    fn new(codes: RecoveryCodes, lead: &'static str) -> Self {
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
    let left = match recovery_codes_left {
        0 => "No recovery codes left: make new ones, or losing your phone would lock you out.".to_string(),
        1 => "1 recovery code left.".to_string(),
        n => format!("{n} recovery codes left."),
    };
    view! {
        <p>
            "Two-step sign-in is on"
            {since
                .map(|since| {
                    let day = day_of(&since).to_string();
                    view! { " since " <time datetime=since>{day}</time> }
                })}
            {device_name.map(|name| format!(" ({name})"))}
            "."
        </p>
        <p>{left}</p>
    }
}

/// The day of an RFC 3339 time, `2025-12-01`: read the same way everywhere, and no date library
/// has to travel to the browser for it.
fn day_of(rfc3339: &str) -> &str {
    rfc3339.get(..10).unwrap_or(rfc3339)
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
                intro="You'll need an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or your password manager."
                label="Continue"
                pending_label="Preparing…"
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
                    .map_err(|error| code_not_right(error, "That code isn't right. Enter the one the app shows now."))
            },
            move |codes| {
                close();
                fresh_codes.set(Some(FreshCodes::new(
                    codes,
                    "Two-step sign-in is on. From now on, signing in asks for the app's code.",
                )));
            },
        );
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            <p>"Scan this QR code with your authenticator app, then enter the six-digit code it shows."</p>
            <QrImage qr />
            <p class="setup-key">
                "Or enter this key:" <code translate="no">{secret.expose().to_string()}</code>
            </p>
            // On a phone the QR code is on the very screen that would have to scan it.
            <p class="hint">
                <a href=uri.expose().to_string()>"Open in an authenticator app on this device"</a>
            </p>
            <TextField
                id="app_code"
                label="Code"
                autocomplete="one-time-code"
                inputmode="numeric"
                value=code
                error=errors.on(Field::Code)
            />
            <TextField
                id="device_name"
                label="Device name (optional)"
                hint="Shown in settings, e.g. Ada's phone"
                value=device_name
                error=errors.on(Field::DeviceName)
            />
            <SubmitOrCancel label="Verify" pending_label="Verifying…" pending ready close />
        </form>
    }
}

/// A panel that asks for the current password alone, then makes `call` with it and hands its
/// answer to `done`.
#[component]
fn PasswordOnlyForm<T, Fut>(
    intro: &'static str,
    label: &'static str,
    pending_label: &'static str,
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
            aria-label="QR code for your authenticator app"
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
    done: RwSignal<Option<&'static str>>,
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
                    .map_err(|error| {
                        code_not_right(
                            error,
                            "That code isn't right. Enter the one the app shows now, or a recovery code you haven't used.",
                        )
                    })
            },
            move |()| {
                close();
                done.set(Some("Two-step sign-in is off. Your recovery codes no longer work."));
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
                label="Code"
                autocomplete="one-time-code"
                hint="The code your authenticator app shows, or one of your recovery codes."
                value=code
                error=errors.on(Field::Code)
            />
            <SubmitOrCancel label="Turn off" pending_label="Turning off…" pending ready close />
        </form>
    }
}

/// New recovery codes, shown this once, to copy or download; "Done" reads the status again.
#[component]
fn FreshRecoveryCodes(
    codes: FreshCodes,
    two_step: RwSignal<TwoStepStatus>,
    fresh_codes: RwSignal<Option<FreshCodes>>,
) -> impl IntoView {
    let FreshCodes { codes, lead } = codes;
    let listed = codes.join("\n");
    let file = format!(
        "{APP_NAME} recovery codes\nEach one signs you in once, in place of your authenticator app's code.\n\n{listed}\n"
    );
    let copied = RwSignal::new(None::<&'static str>);
    let reload = Submission::new();
    let (errors, pending) = (reload.errors, reload.pending);
    let finish = move |_| {
        reload.run(
            Ok(()),
            |()| with_access_token(get_profile),
            move |profile: Profile| {
                fresh_codes.set(None);
                two_step.set(profile.two_step);
            },
        )
    };
    view! {
        <div class="panel" role="group" aria-labelledby="recovery-codes-heading">
            <p class="notice" role="status">{lead}</p>
            <h3 id="recovery-codes-heading">"Your recovery codes"</h3>
            <p>
                "If you lose your phone, each code signs you in once instead of the app. Keep them somewhere "
                "safe, such as your password manager: this is the only time they are shown."
            </p>
            <ol class="recovery-codes">
                {codes.into_iter().map(|code| view! { <li><code translate="no">{code}</code></li> }).collect_view()}
            </ol>
            <div class="actions recovery-actions">
                <button type="button" on:click=move |_| copy_to_clipboard(listed.clone(), copied)>"Copy codes"</button>
                <button type="button" on:click=move |_| save_file("doorway-recovery-codes.txt", &file)>
                    "Download codes"
                </button>
                <button
                    type="button"
                    class="primary"
                    on:click=finish
                    disabled=move || pending.get()
                    aria-busy=move || pending.get().then_some("true")
                >
                    "Done"
                </button>
            </div>
            <p class="hint" aria-live="polite">{move || copied.get()}</p>
            <FormAlert message=errors.general() />
        </div>
    }
}

/// Puts `text` on the clipboard and says whether that worked: browsers offer no clipboard to
/// pages that are not served securely, and may refuse it.
fn copy_to_clipboard(text: String, said: RwSignal<Option<&'static str>>) {
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
        said.set(Some(if copied {
            "Copied."
        } else {
            "Couldn't copy. Select the codes and copy them, or download them."
        }));
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = (text, said);
}

/// The server's answer to a wrong code speaks of emailed codes ("send a new one"); an
/// authenticator app simply shows the next one.
fn code_not_right(error: AppError, message: &'static str) -> AppError {
    match error {
        AppError::WrongCode => AppError::invalid(Field::Code, message),
        other => other,
    }
}

/// The form-wide message, or one the server put beside a field this form does not have (the
/// code, when two-step sign-in changed in another tab).
fn general_or(errors: FormErrors, absent: Field) -> Signal<Option<String>> {
    let (general, stray) = (errors.general(), errors.on(absent));
    Signal::derive(move || general.get().or_else(|| stray.get()))
}

/// A button that runs one protected call, with progress on the button and any error above it.
#[component]
fn ActionButton<T, Fut, Done>(
    label: &'static str,
    pending_label: &'static str,
    call: fn(Secret) -> Fut,
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
                with_access_token(|token| delete_account(token, password.clone().into(), confirmation.clone())).await
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
            <SubmitOrCancel label="Delete account" pending_label="Deleting…" pending ready close class="danger" />
        </form>
    }
}

/// The password that every sensitive change asks for again.
/// The authenticator's code beside the current password, shown once the server asks for it (an
/// account with two-step sign-in: Cognito takes the password and the code as the proof).
#[component]
fn CodeWhenAsked(value: RwSignal<String>, error: Signal<Option<String>>) -> impl IntoView {
    let asked = RwSignal::new(false);
    Effect::new(move |_| {
        if error.get().is_some() {
            asked.set(true);
        }
    });
    move || {
        asked.get().then(|| {
            view! {
                <TextField
                    id="proof_code"
                    label="Code"
                    autocomplete="one-time-code"
                    inputmode="numeric"
                    hint="The code your authenticator app shows now."
                    value
                    error
                    autofocus=true
                />
            }
        })
    }
}

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
