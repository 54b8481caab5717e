//! `/settings`: the page, and what its sections share. Each section is a file of its own, in the
//! order the page shows them: the email address, the password, two-step sign-in, passkeys, devices
//! (recent activity is `components::recent_activity`), the data export and deleting the account.
use std::future::Future;

use leptos::{
    either::{Either, EitherOf3},
    prelude::*,
};
use leptos_meta::Title;

use crate::{
    components::{
        form::{FormAlert, PasswordField, Submission, SubmitButton, TextField, aria_true, not_yet, use_ready},
        notice::{Notice, notice_text, query},
        recent_activity::RecentActivity,
        signed_in::{Loaded, LoadingNote, load_signed_in},
    },
    error::{AppError, Field},
    functions::profile::get_profile,
    i18n::{FORM_TEXTS, island_texts, tr, tr_with},
    model::{EmailStatus, OfferedProviders, Profile, ProviderLink, Secret, SignInWays, TwoStepStatus},
    session::with_access_token,
};

mod connected_accounts;
mod delete_account;
mod devices;
mod email;
mod passkeys;
mod password;
mod two_step;
mod your_data;

/// The key prefixes of every text the settings island and its sections may show, besides the
/// forms' (`FORM_TEXTS`): the page's own, and what the browser says when a passkey fails.
const SETTINGS_TEXTS: &[&str] = &["settings-", "passkeys-", "activity-", "session-passkey-"];

/// `/settings`: password, email, two-step sign-in, passkeys, sessions, the data export and
/// deleting the account.
#[component]
pub fn SettingsPage() -> impl IntoView {
    // Rendered on the server: a notice costs the island nothing.
    let notice = match query("notice").as_deref() {
        Some("connected") => connected_notice(query("provider")),
        _ => notice_text(query("notice")),
    };
    view! {
        <Title text=tr("settings-title") />
        <section class="card medium">
            <h1>{tr("settings-title")}</h1>
            <p class="links"><a href="/profile">{tr("settings-back")}</a></p>
            <Notice text=notice />
            {island_texts(&[FORM_TEXTS, SETTINGS_TEXTS].concat())}
            <AccountSettings />
        </section>
    }
}

/// "{provider} is connected", for a provider the pool has (the address names it, not the text).
fn connected_notice(provider: Option<String>) -> Option<String> {
    let offered = use_context::<OfferedProviders>()?;
    let display_name = offered.display_name(&provider?)?;
    Some(tr_with("notice-connected", &[("provider", display_name)]))
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
    /// The current password before connecting or disconnecting the provider at this index.
    Connect(usize),
    Disconnect(usize),
    Delete,
}

#[island(lazy)]
fn AccountSettings() -> impl IntoView {
    let profile = load_signed_in(get_profile);
    move || match profile.get() {
        Loaded::Loading => EitherOf3::A(view! { <LoadingNote text=tr("settings-loading") /> }),
        Loaded::Failed(message) => EitherOf3::B(view! { <p class="alert" role="alert">{message}</p> }),
        Loaded::Ready(Profile {
            email,
            two_step,
            fields,
            sign_in_ways,
            ..
        }) => EitherOf3::C(view! { <Settings email two_step time_zone=fields.time_zone sign_in_ways /> }),
    }
}

/// The sections, in order. `done` is what the last change did, said above them until another
/// form opens.
#[component]
fn Settings(email: EmailStatus, two_step: TwoStepStatus, time_zone: String, sign_in_ways: SignInWays) -> impl IntoView {
    let open = RwSignal::new(Open::Nothing);
    let done = RwSignal::new(None::<String>);
    provide_context(ProfileTimeZone(time_zone.clone()));
    let made_with = sign_in_ways.made_with.clone();
    let has_password = made_with.is_none();
    provide_context(MadeWith(made_with.clone()));
    // An account made through a provider has no password: its provider does what the password,
    // the email and two-step sign-in would, and the page says so instead.
    let sign_in_sections = match made_with {
        None => Either::Left(view! {
            <email::EmailSection email open done />
            <password::PasswordSection open done />
            <two_step::TwoStepSection status=two_step open done />
            <passkeys::PasskeysSection open done />
        }),
        Some(provider) => Either::Right(view! {
            <section class="setting" aria-labelledby="made-with-heading">
                <h2 id="made-with-heading">{tr("settings-made-with-heading")}</h2>
                <p>{tr_with("settings-made-with-intro", &[("provider", &provider.display_name)])}</p>
            </section>
        }),
    };
    let connected = (!sign_in_ways.providers.is_empty())
        .then(|| view! { <connected_accounts::ConnectedAccountsSection ways=sign_in_ways open done /> });
    view! {
        // Always on the page, empty until a change is done: screen readers announce a change of
        // text inside a live region they know, not a region that arrives with its text.
        <p class="notice" role="status">{move || done.get()}</p>
        {sign_in_sections}
        {connected}
        <devices::DevicesSection time_zone=time_zone.clone() />
        <RecentActivity time_zone has_password />
        <your_data::YourDataSection />
        <delete_account::DeleteAccountSection open done />
    }
}

/// A button that opens one of the forms, hidden while that form is open. The keyboard goes
/// with it: to the form's first field once it opens, and back to this button once it closes
/// (cancelled or done), as the button it pressed is gone meanwhile.
#[component]
fn OpenButton(
    open: RwSignal<Open>,
    done: RwSignal<Option<String>>,
    panel: Open,
    #[prop(into)] label: String,
    class: &'static str,
) -> impl IntoView {
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was_open: Option<bool>| {
        let now = open.get();
        if was_open == Some(true) && now == Open::Nothing {
            // Unless the button went with its section meanwhile (a removed passkey's, say).
            request_animation_frame(move || {
                if let Some(button) = button.try_get_untracked().flatten() {
                    let _ = button.focus();
                }
            });
        }
        now == panel
    });
    move || {
        (open.get() != panel).then(|| {
            view! {
                <button
                    type="button"
                    class=class
                    node_ref=button
                    on:click=move |_ev| {
                        #[cfg(feature = "hydrate")]
                        crate::components::form::focus::focus_first_after_render(
                            &_ev.target().map_or(leptos::wasm_bindgen::JsValue::NULL, Into::into),
                            "section",
                            "input, select, textarea",
                        );
                        done.set(None);
                        open.set(panel);
                    }
                >
                    {label.clone()}
                </button>
            }
        })
    }
}

/// A settings panel's buttons: its own submit button, and "Cancel", which closes the panel.
#[component]
fn SubmitOrCancel(
    #[prop(into)] label: String,
    #[prop(into)] pending_label: String,
    pending: RwSignal<bool>,
    ready: RwSignal<bool>,
    close: impl Fn() + Copy + Send + Sync + 'static,
    #[prop(default = "primary")] class: &'static str,
) -> impl IntoView {
    view! {
        <div class="actions">
            <SubmitButton label pending_label pending ready class />
            <button type="button" on:click=move |_| close()>{tr("settings-cancel")}</button>
        </div>
    }
}

/// A button that runs one protected call, with progress on the button and any error above it.
#[component]
fn ActionButton<T, Fut, Done>(
    #[prop(into)] label: String,
    #[prop(into)] pending_label: String,
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
    let busy = aria_true(pending);
    view! {
        <FormAlert message=errors.general() />
        <button
            type="button"
            on:click=click
            disabled=not_yet(ready)
            aria-disabled=busy
            aria-busy=busy
        >
            {move || if pending.get() { pending_label.clone() } else { label.clone() }}
        </button>
    }
}

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
                    label=tr("settings-code")
                    autocomplete="one-time-code"
                    inputmode="numeric"
                    hint=tr("settings-code-hint")
                    value
                    error
                    autofocus=true
                />
            }
        })
    }
}

/// The password that every sensitive change asks for again.
#[component]
fn CurrentPasswordField(value: RwSignal<String>, error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <PasswordField
            id="current_password"
            label=tr("settings-current-password")
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
            tr("invalid-current-password"),
        ))
    } else {
        Ok(())
    }
}

/// The provider the account was made through, when it has no password (the delete section
/// asks for a fresh sign-in with it instead).
#[derive(Clone)]
struct MadeWith(Option<ProviderLink>);

/// The profile's time zone, which the sections show days in (`day_of`).
#[derive(Clone)]
struct ProfileTimeZone(String);

/// The day of an RFC 3339 time as the person reads it: in the page's language and their
/// profile's time zone (the browser's `Intl`; no date library travels to the browser for it).
fn day_of(rfc3339: &str) -> String {
    let zone = use_context::<ProfileTimeZone>().map_or_else(|| "UTC".to_string(), |ProfileTimeZone(zone)| zone);
    crate::locale::local_day(rfc3339, &zone)
}
