//! `/login`: the page, and its form: the email, then the password or another way to sign in.
//! The parts most people never see come in wasm chunks of their own and are built in the browser
//! (`components::built_later`): the other ways to sign in and the emailed code's step
//! (`methods`), the second step (`second_step`) and, after a password sign-in, the passkey offer
//! (`passkey_offer`).
use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::form::{
        EmailField, FocusReturn, FormAlert, FormErrors, PasswordField, Submission, aria_true, not_yet, use_ready,
    },
    components::notice::{Notice, notice_text, query},
    error::{AppError, Field},
    functions::auth::sign_in,
    i18n::{FORM_TEXTS, island_texts, tr},
    model::{BrowserLocale, OfferedProviders, SecondStep, SignInStep, SignedIn},
    session::{go, locale, path_with_query, safe_next},
    validation::check_email,
};

#[cfg(feature = "hydrate")]
mod methods;
#[cfg(feature = "hydrate")]
mod passkey_offer;
pub mod provider_return;
mod second_step;

/// `/login`: sign in, then return to the page that asked for it.
#[component]
pub fn LoginPage() -> impl IntoView {
    let email = query("email").unwrap_or_default();
    let next = safe_next(query("next").as_deref());
    let notice = notice_text(query("notice"));
    let providers = providers_offered();
    view! {
        <Title text=tr("nav-sign-in") />
        <section class="card narrow">
            <h1>{tr("nav-sign-in")}</h1>
            {island_texts(&[FORM_TEXTS, LOGIN_FORM_TEXTS].concat())}
            <LoginForm email next=next.clone() notice />
            <ProviderLinks providers next />
        </section>
    }
}

/// "Continue with {provider}" for each identity provider the pool has: plain links, a top-level
/// navigation each, which the server turns into the provider's sign-in. Rendered on the server
/// alone: they cost the wasm nothing but keeping "Keep me signed in" on them (`provider_links`).
#[component]
fn ProviderLinks(providers: Vec<(String, String)>, next: String) -> impl IntoView {
    (!providers.is_empty()).then(|| {
        let links = providers
            .into_iter()
            .map(|(name, label)| {
                let href = path_with_query(&format!("/auth/{name}/start"), &[("next", &next)]);
                view! { <li><a class="provider" href=href>{label}</a></li> }
            })
            .collect_view();
        view! { <ul class="providers">{links}</ul> }
    })
}

#[cfg(feature = "hydrate")]
mod provider_links {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/src/routes/login/provider_links.js")]
    extern "C" {
        #[wasm_bindgen(js_name = rememberInProviderLinks)]
        pub fn remember_in_links(checked: bool);
    }
}

/// Each identity provider the pool has, as (its name, "Continue with {provider}").
fn providers_offered() -> Vec<(String, String)> {
    let offered = use_context::<OfferedProviders>().unwrap_or_default();
    offered
        .0
        .into_iter()
        .map(|(name, display_name)| {
            let label = crate::i18n::tr_with("login-continue-with", &[("provider", &display_name)]);
            (name, label)
        })
        .collect()
}

/// The keys of the texts the form and the parts built later may show, beyond the form pieces'
/// (`FORM_TEXTS`): the password form's, the other ways' and the emailed code's step's, the second
/// step's and the passkey offer's, and the browser's answers about passkeys.
const LOGIN_FORM_TEXTS: &[&str] = &[
    "nav-sign-in",
    "nav-create-account",
    "login-form-",
    "login-methods-",
    "login-email-code-",
    "login-second-step-",
    "login-offer-",
    // What the browser says when no passkey was used or made.
    "session-passkey-",
];

/// What the parts built later (`methods`, `second_step`, `passkey_offer`, in chunks of their own)
/// share with the form. The form's state is kept in signals of types the page has anyway (`bool`,
/// `String`): each new signal type costs the first visit's wasm about a kilobyte.
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
    remember_box.on_load(move |checkbox| keep_remember(remember, checkbox.checked()));
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
    let methods_built = RwSignal::new(false);

    let submit = {
        let owner = owner.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            if !methods.get_untracked() && password.with_untracked(String::is_empty) {
                // "Continue": the ways to sign in. Every address gets the same ones.
                let checked = check_email(&email.get_untracked()).err();
                let valid = checked.is_none() && !pending.get_untracked();
                let sent_from = FocusReturn::capture();
                errors.set(checked);
                if valid {
                    show_methods(methods_built, owner.clone(), shared);
                } else {
                    sent_from.after_error();
                }
                return;
            }
            let input = check_email(&email.get_untracked()).and_then(|address| {
                if password.with_untracked(String::is_empty) {
                    return Err(AppError::invalid(Field::Password, tr("login-form-password-missing")));
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
                        // Said beside the password, what a person types again: the field is
                        // marked invalid and described by the message (it names the email too).
                        Err(AppError::WrongCredentials) => Err(AppError::invalid(
                            Field::Password,
                            AppError::WrongCredentials.to_string(),
                        )),
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

    let busy = aria_true(pending);
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
                label=tr("login-form-password")
                autocomplete="current-password"
                value=password
                error=errors.on(Field::Password)
            />
            <label class="check">
                <input
                    type="checkbox"
                    name="remember"
                    node_ref=remember_box
                    on:change=move |ev| keep_remember(remember, event_target_checked(&ev))
                />
                {tr("login-form-remember")}
            </label>
            // Behind the other ways, the password's button steps back (style/main.css).
            <button
                type="submit"
                class="primary"
                disabled=not_yet(ready)
                aria-disabled=busy
                aria-busy=busy
            >
                {move || {
                    if pending.get() {
                        tr("login-form-signing-in")
                    } else if methods.get() || password.with(|password| !password.is_empty()) {
                        tr("nav-sign-in")
                    } else {
                        tr("login-form-continue")
                    }
                }}
            </button>
            <div class="later" node_ref=shared.after></div>
        </form>
        <p class="links">
            <a href="/forgot-password">{tr("login-form-forgot-password")}</a>
            <span>{tr("login-form-new-here")} <a href="/signup">{tr("nav-create-account")}</a></span>
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
        {move || second.get().map(|step| second_step::code_step(step, back, owner.clone(), shared))}
    }
}

/// "Keep me signed in": for the password and the other ways, and for the provider links.
fn keep_remember(remember: RwSignal<bool>, checked: bool) {
    remember.set(checked);
    #[cfg(feature = "hydrate")]
    provider_links::remember_in_links(checked);
}

/// "Continue" with an address: the ways to sign in, built at the first one. Only the browser
/// builds them; the server renders none.
fn show_methods(built: RwSignal<bool>, owner: Option<Owner>, shared: Shared) {
    #[cfg(feature = "hydrate")]
    if built.get_untracked() {
        shared.methods.set(true);
    } else {
        built.set(true);
        leptos::task::spawn_local(methods::build_methods(owner, shared));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (built, owner, shared);
}

/// Signed in with the password (and the second step, when the account has one): on to the path
/// given, or to the page that asked, after the passkey offer when this device gets one. Without a
/// sign-in, only loads what that takes.
fn password_signed_in(signed_in: Option<(SignedIn, Option<String>)>, owner: Option<Owner>, shared: Shared) {
    #[cfg(feature = "hydrate")]
    leptos::task::spawn_local(passkey_offer::password_signed_in(signed_in, owner, shared));
    #[cfg(not(feature = "hydrate"))]
    let _ = (signed_in, owner, shared);
}

/// Signed in: remembered as this device's way, then on to `then`, or to the page that asked.
#[cfg(feature = "hydrate")]
fn signed_in_with(method: crate::model::SignInMethod, signed_in: SignedIn, then: Option<String>, shared: Shared) {
    crate::session::passkeys::remember_method(method);
    let then = then.unwrap_or_else(|| shared.next.get_untracked());
    crate::session::keep_and_go(signed_in, shared.remember.get_untracked(), &then);
}
