use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::form::{
        EmailField, FormAlert, FormErrors, PasswordField, Submission, SubmitButton, TextField, focus_by_id, use_ready,
    },
    components::notice::{Notice, notice_text, query},
    error::{AppError, Field},
    functions::{
        auth::sign_in,
        two_step::{sign_in_code, sign_in_recovery_code},
    },
    model::{BrowserLocale, SecondStep, SignInStep, SignedIn},
    session::{go, locale, path_with_query, safe_next},
    validation::{check_app_code, check_email, check_recovery_code},
};

/// `/login`: sign in, then return to the page that asked for it.
#[component]
pub fn LoginPage() -> impl IntoView {
    let email = query("email").unwrap_or_default();
    let next = safe_next(query("next").as_deref());
    let notice = notice_text(query("notice")).map(String::from);
    view! {
        <Title text="Sign in" />
        <section class="card narrow">
            <h1>"Sign in"</h1>
            <LoginForm email next notice />
        </section>
    }
}

/// Where a recovery-code sign-in goes: settings, to set up a new authenticator.
const AFTER_RECOVERY_CODE: &str = "/settings?notice=two-step-lifted";

/// What the parts built later (`passwordless`, in chunks of their own) share with the form. The
/// form's state is kept in signals of types the page has anyway (`bool`, `String`): each new
/// signal type costs the first visit's wasm about a kilobyte.
#[derive(Clone, Copy)]
// The server renders none of those parts.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
struct Shared {
    email: RwSignal<String>,
    password: RwSignal<String>,
    remember: RwSignal<bool>,
    /// After "Continue": the ways to sign in are shown, the same for every address.
    methods: RwSignal<bool>,
    /// A step is shown in place of the form: the emailed code, or the passkey offer.
    away: RwSignal<bool>,
    /// The second step's challenge, while it is asked for.
    second: RwSignal<Option<SecondStep>>,
    /// The form's errors, shown beside their field or in its alert.
    errors: FormErrors,
    ready: RwSignal<bool>,
    /// Where to go once signed in (it never changes).
    next: RwSignal<String>,
    /// Where the later parts go: before and after the password, and in place of the form.
    before: NodeRef<leptos::html::Div>,
    after: NodeRef<leptos::html::Div>,
    instead: NodeRef<leptos::html::Div>,
}

#[island]
fn LoginForm(email: String, next: String, notice: Option<String>) -> impl IntoView {
    let ready = use_ready();
    let email = RwSignal::new(email);
    let password = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
    // Ticked before the page woke up: keep the tick.
    let remember_box = NodeRef::<leptos::html::Input>::new();
    remember_box.on_load(move |checkbox| remember.set(checkbox.checked()));
    // The second step's challenge lives here, in the page's memory only: never in storage or
    // the address, as it stands in for the password for a few minutes.
    let second: RwSignal<Option<SecondStep>> = RwSignal::new(None);
    let (methods, away) = (RwSignal::new(false), RwSignal::new(false));
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let shared = Shared {
        email,
        password,
        remember,
        methods,
        away,
        second,
        errors,
        ready,
        next: RwSignal::new(next),
        before: NodeRef::new(),
        after: NodeRef::new(),
        instead: NodeRef::new(),
    };
    // The parts built later belong to the form.
    let owner = Owner::current();
    // The ways to sign in are built once, at the first "Continue".
    #[cfg(feature = "hydrate")]
    let methods_built = RwSignal::new(false);

    let submit = {
        let owner = owner.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            if !methods.get_untracked() && password.with_untracked(String::is_empty) {
                // "Continue": the ways to sign in. Every address gets the same ones.
                let checked = check_email(&email.get_untracked()).err();
                let valid = checked.is_none() && !pending.get_untracked();
                errors.set(checked);
                #[cfg(feature = "hydrate")]
                if valid && methods_built.get_untracked() {
                    methods.set(true);
                } else if valid {
                    methods_built.set(true);
                    leptos::task::spawn_local(passwordless::build_methods(owner.clone(), shared));
                }
                #[cfg(not(feature = "hydrate"))]
                let _ = valid;
                return;
            }
            let input = check_email(&email.get_untracked()).and_then(|address| {
                if password.with_untracked(String::is_empty) {
                    return Err(AppError::invalid(Field::Password, "Enter your password."));
                }
                Ok(address)
            });
            // What follows a password sign-in comes while the password is checked.
            if input.is_ok() {
                password_signed_in(None, None, shared);
            }
            let owner = owner.clone();
            form.run(
                input,
                move |address| async move {
                    let BrowserLocale { time_zone, language } = locale();
                    match sign_in(address.clone(), password.get_untracked().into(), time_zone, language).await {
                        // Not confirmed yet: verification comes first (a fresh code is on its way).
                        Err(AppError::NotConfirmed) => Ok(Err(path_with_query(
                            "/verify",
                            &[("email", &address), ("notice", "resent")],
                        ))),
                        other => other.map(Ok),
                    }
                },
                move |outcome| match outcome {
                    Ok(SignInStep::SignedIn(signed_in)) => password_signed_in(Some((signed_in, None)), owner, shared),
                    Ok(SignInStep::CodeNeeded(step)) => {
                        pending.set(false);
                        second.set(Some(step));
                    }
                    Err(verify) => go(&verify),
                },
            );
        }
    };

    let password_step = view! {
        <form on:submit=submit novalidate>
            <Notice text=notice />
            <FormAlert message=errors.general() />
            <div hidden=move || methods.get()>
                <EmailField value=email error=errors.on(Field::Email) autofocus=true />
            </div>
            <div class="later" node_ref=shared.before></div>
            <PasswordField
                id="password"
                label="Password"
                autocomplete="current-password"
                value=password
                error=errors.on(Field::Password)
            />
            <label class="check">
                <input
                    type="checkbox"
                    name="remember"
                    node_ref=remember_box
                    on:change=move |ev| remember.set(event_target_checked(&ev))
                />
                "Keep me signed in"
            </label>
            // Behind the other ways, the password's button steps back (style/main.css).
            <button
                type="submit"
                class="primary"
                disabled=move || !ready.get() || pending.get()
                aria-busy=move || pending.get().then_some("true")
            >
                {move || {
                    if pending.get() {
                        "Signing in…"
                    } else if methods.get() || password.with(|password| !password.is_empty()) {
                        "Sign in"
                    } else {
                        "Continue"
                    }
                }}
            </button>
            <div class="later" node_ref=shared.after></div>
        </form>
        <p class="links">
            <a href="/forgot-password">"Forgot your password?"</a>
            <span>"New here? " <a href="/signup">"Create account"</a></span>
        </p>
    };
    // Back to the password, saying why when it was not the person's own choice.
    let back = Callback::new(move |why: Option<AppError>| {
        errors.set(why);
        second.set(None);
        methods.set(false);
    });
    let instead = shared.instead;
    view! {
        <div hidden=move || second.with(Option::is_some) || away.get()>{password_step}</div>
        <div class="later" node_ref=instead></div>
        {move || {
            second
                .get()
                .map(|step| {
                    let slot = NodeRef::<leptos::html::Div>::new();
                    let form_owner = owner.clone();
                    #[cfg(feature = "hydrate")]
                    {
                        let owner = Owner::current();
                        slot.on_load(move |element| {
                            let step = CodeStepProps { step, back, form_owner, shared };
                            leptos::task::spawn_local(build_code_step(element.into(), owner, step));
                        });
                    }
                    // The step appears only in the browser; this keeps the server build's view of it whole.
                    #[cfg(not(feature = "hydrate"))]
                    let content = view! { <CodeStep step back form_owner shared /> };
                    #[cfg(feature = "hydrate")]
                    let content = ();
                    view! { <div node_ref=slot>{content}</div> }
                })
        }}
    }
}

/// Signed in with the password (and the second step, when the account has one): on to the path
/// given, or to the page that asked, after the passkey offer when this device gets one. Without a
/// sign-in, only loads what that takes.
fn password_signed_in(signed_in: Option<(SignedIn, Option<String>)>, owner: Option<Owner>, shared: Shared) {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(passwordless::password_signed_in(signed_in, owner, shared));
    #[cfg(not(feature = "hydrate"))]
    let _ = (signed_in, owner, shared);
}

/// The second step comes in a wasm chunk of its own (`components::built_later`): most people
/// never see it, and everyone's first visit loads the wasm of this page.
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
                        AppError::invalid(
                            Field::RecoveryCode,
                            "That recovery code is not right or was used already.",
                        )
                    } else {
                        AppError::invalid(Field::Code, "That code isn't right. Enter the one the app shows now.")
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
            <h2>"Two-step sign-in"</h2>
            <FormAlert message=errors.general() />
            {move || {
                // One field, which of the two codes it takes.
                let (intro, id, label, field, autocomplete, inputmode) = if recovery.get() {
                    (
                        "Enter one of the recovery codes you saved when you set up two-step sign-in. Each works once.",
                        "recovery-code",
                        "Recovery code",
                        Field::RecoveryCode,
                        "off",
                        "text",
                    )
                } else {
                    (
                        "Enter the six-digit code your authenticator app shows for this account.",
                        "code",
                        "Code",
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
            <SubmitButton label="Verify" pending_label="Checking…" pending ready />
            <div class="actions">
                <button type="button" class="secondary" on:click=switch>
                    {move || if recovery.get() { "Use the authenticator app" } else { "Use a recovery code" }}
                </button>
                <button type="button" class="link" on:click=move |_| back.run(None)>
                    "Start again"
                </button>
            </div>
        </form>
    }
}

/// Signing in without a password, and the passkey offer after one: built in the browser only,
/// from chunks of their own (`components::built_later`), so the first visit loads none of it.
#[cfg(feature = "hydrate")]
mod passwordless {
    use leptos::{either::Either, ev::SubmitEvent, prelude::*, task::spawn_local};

    use super::Shared;
    use crate::{
        components::{
            built_later::build_into,
            form::{FormAlert, ResendCodeButton, Submission, SubmitButton, TextField, focus_by_id, use_ready},
        },
        error::Field,
        functions::passwordless::{
            add_passkey, passkey_creation_options, send_sign_in_code, sign_in_with_code, sign_in_with_passkey,
            start_passkey_sign_in,
        },
        model::{BrowserLocale, CodeSent, PasskeyChallenge, Proof, Secret, SignInMethod, SignedIn},
        session::{
            keep_and_go, locale,
            passkeys::{self, Availability, last_method, offer_passkey_once, opened_at_ip_address, remember_method},
            path_with_query, restart,
        },
        validation::{check_email, check_sign_in_code},
    };

    /// Signed in: remembered as this device's way, then on to `then`, or to the page that asked.
    fn signed_in_with(method: SignInMethod, signed_in: SignedIn, then: Option<String>, shared: Shared) {
        remember_method(method);
        let then = then.unwrap_or_else(|| shared.next.get_untracked());
        keep_and_go(signed_in, shared.remember.get_untracked(), &then);
    }

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
                        <p class="or">"Or"</p>
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
                    <span>"Signing in as " <strong>{move || shared.email.get()}</strong></span>
                    <button type="button" class="link" on:click=another>
                        "Use another email"
                    </button>
                </p>
                {(!password_leads)
                    .then(|| {
                        view! {
                            <Methods shared code_session lead=true first />
                            <p class="or">"Or use your password"</p>
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
        // What the browser said when no passkey was used.
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
                            failure.set(Some(refused.message()));
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
                    SignInMethod::Passkey => (passkey.pending, "Sign in with a passkey", "Waiting for your passkey…"),
                    _ => (emailing.pending, "Email me a code", "Sending a code…"),
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
                        {move || if pending.get() { pending_label } else { label }}
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
                        "Passkeys only work at this site's name, not at an IP address: open "
                        <a href=link>{shown}</a> " to use one."
                    </p>
                }))
            }
            Availability::Unsupported => Some(Either::Right(
                view! { <p class="hint">"This browser can't use passkeys."</p> },
            )),
        };
        let alert = Signal::derive(move || {
            failure
                .get()
                .map(String::from)
                .or_else(|| passkey.errors.general().get())
        });
        view! {
            <div class="methods" role="group" aria-label="Ways to sign in">
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
                Ok(format!("We sent a new code to {address}."))
            })
        };
        let back = move |_| {
            shared.away.set(false);
            code_session.set(None);
        };
        Effect::new(move |_| focus_by_id("code"));

        view! {
            <form on:submit=submit novalidate>
                <h2>"Check your email"</h2>
                <p>
                    "We sent a sign-in code to " <strong class="address">{move || email.get()}</strong>
                    ". Enter it here; it works for a few minutes."
                </p>
                <FormAlert message=errors.general() />
                <TextField
                    id="code"
                    label="Code"
                    value=code
                    error=errors.on(Field::Code)
                    autocomplete="one-time-code"
                    inputmode="numeric"
                />
                <SubmitButton label="Sign in" pending_label="Signing in…" pending ready />
                <ResendCodeButton ready errors send=send_code />
                // Said to everyone alike: no code comes for an address without an account, or
                // for an account whose sign-in asks for an authenticator code.
                <p class="hint">
                    "No email after a minute? Check the address. With two-step sign-in on, "
                    "sign in with your password instead."
                </p>
                <div class="actions">
                    <button type="button" class="link" on:click=back>
                        "Choose another way"
                    </button>
                </div>
            </form>
        }
    }

    /// After a password sign-in (and its second step): remembered as this device's way, then,
    /// once per device where a passkey can be made, the offer to add one; else straight on.
    /// Called without one while the password is checked, so that this chunk is ready by then.
    #[lazy]
    pub(super) fn password_signed_in(
        signed_in: Option<(SignedIn, Option<String>)>,
        owner: Option<Owner>,
        shared: Shared,
    ) {
        let Some((signed_in, then)) = signed_in else {
            return;
        };
        spawn_local(async move {
            // No passkey can be made at an IP address: the offer waits for a page at a name. After
            // a second step the password alone proves nothing to Cognito: settings offer it then.
            let second_step = shared.second.with_untracked(Option::is_some);
            let instead = match shared.instead.get_untracked() {
                Some(instead) if !second_step && !opened_at_ip_address() && offer_passkey_once().await => instead,
                _ => return signed_in_with(SignInMethod::Password, signed_in, then, shared),
            };
            remember_method(SignInMethod::Password);
            // Signed in already, whatever the answer to the offer.
            restart(signed_in.clone());
            let then = then.unwrap_or_else(|| shared.next.get_untracked());
            build_into(
                instead.into(),
                owner,
                move || view! { <PasskeyOffer signed_in then shared /> },
            );
            shared.second.set(None);
            shared.away.set(true);
        });
    }

    /// "Sign in faster next time": a passkey made now, proven by the password just typed.
    #[component]
    fn PasskeyOffer(signed_in: SignedIn, then: String, shared: Shared) -> impl IntoView {
        let form = Submission::new();
        let failure = RwSignal::new(None::<&'static str>);
        let access_token = StoredValue::new(signed_in.tokens.access_token.clone());
        let signed_in = StoredValue::new((signed_in, then));
        let go_on = move |method: Option<SignInMethod>| {
            let (signed_in, then) = signed_in.get_value();
            if let Some(method) = method {
                remember_method(method);
            }
            keep_and_go(signed_in, shared.remember.get_untracked(), &then);
        };
        let add = move |_| {
            failure.set(None);
            form.run(
                Ok(()),
                move |()| async move {
                    let token = access_token.get_value();
                    let proof = Proof::Password(shared.password.get_untracked().into());
                    let options = passkey_creation_options(token.clone().into(), proof).await?;
                    match passkeys::create(&options).await {
                        Ok(credential) => add_passkey(token.into(), credential).await.map(|()| true),
                        Err(refused) => {
                            failure.set(Some(refused.message()));
                            Ok(false)
                        }
                    }
                },
                // Added: the passkey leads next time.
                move |added| match added {
                    true => go_on(Some(SignInMethod::Passkey)),
                    false => form.pending.set(false),
                },
            );
        };
        let add_button = NodeRef::<leptos::html::Button>::new();
        add_button.on_load(|button| {
            let _ = button.focus();
        });
        let alert = Signal::derive(move || failure.get().map(String::from).or_else(|| form.errors.general().get()));
        view! {
            <div class="offer">
                <p class="notice">"You're signed in."</p>
                <h2>"Sign in faster next time"</h2>
                <p>
                    "Add a passkey, and next time this device signs you in with your fingerprint, face or screen lock: "
                    "no password to type, and nothing anyone can trick you into giving away."
                </p>
                <FormAlert message=alert />
                <div class="offer-actions">
                    <button
                        type="button"
                        class="primary"
                        node_ref=add_button
                        on:click=add
                        disabled=move || form.pending.get()
                        aria-busy=move || form.pending.get().then_some("true")
                    >
                        {move || if form.pending.get() { "Adding a passkey…" } else { "Add a passkey" }}
                    </button>
                    <button type="button" on:click=move |_| go_on(None)>
                        "Not now"
                    </button>
                </div>
            </div>
        }
    }
}
