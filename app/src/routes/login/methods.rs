//! The ways to sign in without a password, after the email ("Continue"): a passkey, or a code
//! sent by email, whose step then takes the form's place. Built in the browser only, from a chunk
//! of their own (`components::built_later`), so the first visit loads none of it.
use leptos::{either::Either, ev::SubmitEvent, prelude::*};

use super::{Shared, signed_in_with};
use crate::{
    components::{
        built_later::build_into,
        form::{FormAlert, ResendCodeButton, Submission, SubmitButton, TextField, focus_by_id, use_ready},
    },
    error::Field,
    functions::passwordless::{send_sign_in_code, sign_in_with_code, sign_in_with_passkey, start_passkey_sign_in},
    i18n::{tr, tr_with},
    model::{BrowserLocale, CodeSent, PasskeyChallenge, Secret, SignInMethod},
    session::{
        locale,
        passkeys::{self, Availability, last_method},
        path_with_query,
    },
    validation::{check_email, check_sign_in_code},
};

/// The ways to sign in, at the first "Continue": before the password, or after it when this
/// device used the password last; and the emailed code's step, in place of the form.
#[lazy]
pub(super) fn build_methods(owner: Option<Owner>, shared: Shared) {
    let (Some(before), Some(after), Some(instead)) = (
        shared.before.get_untracked(),
        shared.after.get_untracked(),
        shared.instead.get_untracked(),
    ) else {
        return;
    };
    let password_leads = last_method() == Some(SignInMethod::Password);
    // The emailed code's session, while its step is shown (in memory only).
    let code_session = RwSignal::new(None::<Secret>);
    build_into(before.into(), owner.clone(), move || {
        view! { <Intro shared code_session password_leads /> }
    });
    if password_leads {
        build_into(after.into(), owner.clone(), move || {
            view! {
                <div class="part" hidden=move || !shared.methods.get()>
                    <p class="or">{tr("login-methods-or")}</p>
                    <Methods shared code_session lead=false />
                </div>
            }
        });
    }
    build_into(instead.into(), owner, move || {
        move || {
            code_session
                .get()
                .map(|session| view! { <EmailCodeStep shared session code_session /> })
        }
    });
    shared.methods.set(true);
}

/// Whose sign-in this is, the way back to another address, and the other ways when they lead.
#[component]
fn Intro(shared: Shared, code_session: RwSignal<Option<Secret>>, password_leads: bool) -> impl IntoView {
    let shown = shared.methods;
    let first = NodeRef::<leptos::html::Button>::new();
    // Each time the ways are shown, the one to use first takes the focus.
    Effect::new(move |_| {
        if shown.get() {
            request_animation_frame(move || match first.get_untracked() {
                Some(button) => {
                    let _ = button.focus();
                }
                None => focus_by_id("password"),
            });
        }
    });
    let another = move |_| {
        shared.errors.set(None);
        shown.set(false);
        request_animation_frame(|| focus_by_id("email"));
    };
    view! {
        <div class="part" hidden=move || !shown.get()>
            <p class="signing-in-as">
                <span>{tr("login-methods-signing-in-as")} <strong translate="no">{move || shared.email.get()}</strong></span>
                <button type="button" class="link" on:click=another>
                    {tr("login-methods-use-another-email")}
                </button>
            </p>
            {(!password_leads)
                .then(|| {
                    view! {
                        <Methods shared code_session lead=true first />
                        <p class="or">{tr("login-methods-or-password")}</p>
                    }
                })}
        </div>
    }
}

/// The passkey and the emailed code, in this device's order; the first one leads when `lead`.
/// What goes wrong is said below them.
#[component]
fn Methods(
    shared: Shared,
    code_session: RwSignal<Option<Secret>>,
    lead: bool,
    #[prop(optional)] first: NodeRef<leptos::html::Button>,
) -> impl IntoView {
    let passkeys_here = passkeys::availability();
    let email = shared.email;
    let passkey = Submission::new();
    let emailing = Submission {
        pending: RwSignal::new(false),
        errors: passkey.errors,
    };
    // What the browser said when no passkey was used (its message's key).
    let failure = RwSignal::new(None::<&'static str>);
    let busy = move || !shared.ready.get() || passkey.pending.get() || emailing.pending.get();

    let use_passkey = move |_| {
        failure.set(None);
        passkey.run(
            check_email(&email.get_untracked()),
            move |address| async move {
                let PasskeyChallenge { session, options } = start_passkey_sign_in(address.clone()).await?;
                let credential = match passkeys::get(&options).await {
                    Ok(credential) => credential,
                    Err(refused) => {
                        failure.set(Some(refused.key()));
                        return Ok(None);
                    }
                };
                let BrowserLocale { time_zone, language } = locale();
                sign_in_with_passkey(address, session, credential, time_zone, language)
                    .await
                    .map(Some)
            },
            move |signed_in| match signed_in {
                Some(signed_in) => signed_in_with(SignInMethod::Passkey, signed_in, None, shared),
                None => passkey.pending.set(false),
            },
        );
    };
    let email_me = move |_| {
        failure.set(None);
        emailing.run(
            check_email(&email.get_untracked()),
            send_sign_in_code,
            move |sent: CodeSent| {
                emailing.pending.set(false);
                code_session.set(Some(sent.session));
                shared.away.set(true);
            },
        );
    };

    let buttons = SignInMethod::in_order(last_method())
        .into_iter()
        .filter(|method| match method {
            SignInMethod::Passkey => passkeys_here == Availability::Here,
            SignInMethod::EmailCode => true,
            SignInMethod::Password => false,
        })
        .enumerate()
        .map(|(i, method)| {
            let class = if lead && i == 0 { "primary" } else { "" };
            let node_ref = if i == 0 { first } else { NodeRef::new() };
            let (pending, label, pending_label) = match method {
                SignInMethod::Passkey => (
                    passkey.pending,
                    "login-methods-passkey",
                    "login-methods-passkey-waiting",
                ),
                _ => (
                    emailing.pending,
                    "login-methods-email-code",
                    "login-methods-email-code-sending",
                ),
            };
            let start = move |ev| match method {
                SignInMethod::Passkey => use_passkey(ev),
                _ => email_me(ev),
            };
            view! {
                <button
                    type="button"
                    class=class
                    node_ref=node_ref
                    on:click=start
                    disabled=busy
                    aria-busy=move || pending.get().then_some("true")
                >
                    {move || tr(if pending.get() { pending_label } else { label })}
                </button>
            }
        })
        .collect_view();
    let note = match passkeys_here {
        Availability::Here => None,
        Availability::AtIpAddress => {
            let shown = passkeys::at_localhost("/login");
            let link = path_with_query(&shown, &[("email", &email.get_untracked())]);
            Some(Either::Left(view! {
                <p class="hint">
                    {tr("login-methods-passkey-ip-address-before")} <a href=link translate="no">{shown}</a>
                    {tr("login-methods-passkey-ip-address-after")}
                </p>
            }))
        }
        Availability::Unsupported => Some(Either::Right(
            view! { <p class="hint">{tr("login-methods-passkey-unsupported")}</p> },
        )),
    };
    let alert = Signal::derive(move || failure.get().map(tr).or_else(|| passkey.errors.general().get()));
    view! {
        <div class="methods" role="group" aria-label=tr("login-methods-label")>
            {buttons}
        </div>
        <FormAlert message=alert />
        {note}
    }
}

/// The emailed code: typed in, it signs in.
#[component]
fn EmailCodeStep(shared: Shared, session: Secret, code_session: RwSignal<Option<Secret>>) -> impl IntoView {
    let ready = use_ready();
    let code = RwSignal::new(String::new());
    let session = StoredValue::new(session);
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let email = shared.email;

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = check_email(&email.get_untracked())
            .and_then(|address| Ok((address, check_sign_in_code(&code.get_untracked())?)));
        form.run(
            input,
            move |(address, code)| async move {
                let BrowserLocale { time_zone, language } = locale();
                sign_in_with_code(address, session.get_value(), code.into(), time_zone, language).await
            },
            move |signed_in| signed_in_with(SignInMethod::EmailCode, signed_in, None, shared),
        );
    };
    let send_code = move || {
        check_email(&email.get_untracked()).map(|address| async move {
            let CodeSent { session: fresh } = send_sign_in_code(address.clone()).await?;
            session.set_value(fresh);
            Ok(tr_with("login-email-code-resent", &[("address", &address)]))
        })
    };
    let back = move |_| {
        shared.away.set(false);
        code_session.set(None);
    };
    Effect::new(move |_| focus_by_id("code"));

    view! {
        <form on:submit=submit novalidate>
            <h2>{tr("login-email-code-heading")}</h2>
            <p>
                {tr("login-email-code-sent-before")} <strong class="address" translate="no">{move || email.get()}</strong>
                {tr("login-email-code-sent-after")}
            </p>
            <FormAlert message=errors.general() />
            <TextField
                id="code"
                label=tr("login-form-code")
                value=code
                error=errors.on(Field::Code)
                autocomplete="one-time-code"
                inputmode="numeric"
            />
            <SubmitButton label=tr("nav-sign-in") pending_label=tr("login-form-signing-in") pending ready />
            <ResendCodeButton ready errors send=send_code />
            // Said to everyone alike: no code comes for an address without an account, or
            // for an account whose sign-in asks for an authenticator code.
            <p class="hint">
                {tr("login-email-code-hint")}
            </p>
            <div class="actions">
                <button type="button" class="link" on:click=back>
                    {tr("login-email-code-another-way")}
                </button>
            </div>
        </form>
    }
}
