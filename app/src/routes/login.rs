use leptos::{ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::form::{
        EmailField, FormAlert, PasswordField, Submission, SubmitButton, TextField, focus_by_id, use_ready,
    },
    components::notice::{Notice, notice_text, query},
    error::{AppError, Field},
    functions::{
        auth::sign_in,
        two_step::{sign_in_code, sign_in_recovery_code},
    },
    model::{BrowserLocale, SecondStep, SignInStep, SignedIn},
    session::{go, keep_and_go, locale, path_with_query, safe_next},
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
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);

    let submit = {
        let next = next.clone();
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let input = check_email(&email.get_untracked()).and_then(|address| {
                if password.with_untracked(String::is_empty) {
                    return Err(AppError::invalid(Field::Password, "Enter your password."));
                }
                Ok(address)
            });
            let next = next.clone();
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
                    Ok(SignInStep::SignedIn(signed_in)) => keep_and_go(signed_in, remember.get_untracked(), &next),
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
            <EmailField value=email error=errors.on(Field::Email) autofocus=true />
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
            <SubmitButton label="Sign in" pending_label="Signing in…" pending ready />
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
    });
    view! {
        <div hidden=move || second.with(Option::is_some)>{password_step}</div>
        {move || {
            second
                .get()
                .map(|step| {
                    let slot = NodeRef::<leptos::html::Div>::new();
                    #[cfg(feature = "hydrate")]
                    {
                        let (owner, next) = (Owner::current(), next.clone());
                        slot.on_load(move |element| {
                            let step = CodeStepProps { step, email, password, remember, next, back };
                            leptos::task::spawn_local(build_code_step(element.into(), owner, step));
                        });
                    }
                    // The step appears only in the browser; this keeps the server build's view of it whole.
                    #[cfg(not(feature = "hydrate"))]
                    let content = view! { <CodeStep step email password remember next=next.clone() back /> };
                    #[cfg(feature = "hydrate")]
                    let content = ();
                    view! { <div node_ref=slot>{content}</div> }
                })
        }}
    }
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
    email: RwSignal<String>,
    password: RwSignal<String>,
    remember: RwSignal<bool>,
    next: String,
    back: Callback<Option<AppError>>,
) -> impl IntoView {
    let ready = use_ready();
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
        let next = next.clone();
        form.run(
            input,
            move |code| async move {
                let BrowserLocale { time_zone, language } = locale();
                let address = email.get_untracked();
                let answer = if with_recovery_code {
                    let password = password.get_untracked().into();
                    sign_in_recovery_code(address, password, code.into(), time_zone, language)
                        .await
                        .map(|signed_in| (signed_in, AFTER_RECOVERY_CODE.to_string()))
                } else {
                    let SecondStep { session, username } = step.get_value();
                    sign_in_code(address, username, session, code.into(), time_zone, language)
                        .await
                        .map(|signed_in| (signed_in, next))
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
            move |(signed_in, then): (SignedIn, String)| keep_and_go(signed_in, remember.get_untracked(), &then),
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
