//! The "Passkeys" section of settings: the account's passkeys, adding one made by this device and
//! removing any, each once the person proves it is them (the current password, or a passkey of
//! theirs answered just now). The browser's part is `session::passkeys`; the server's,
//! `functions::passwordless`.
use leptos::{
    either::{Either, EitherOf3},
    ev::SubmitEvent,
    prelude::*,
};

use super::{CodeWhenAsked, CurrentPasswordField, Open, OpenButton, SubmitOrCancel, current_password_given, day_of};
use crate::{
    components::{
        form::{FormAlert, Submission, aria_true, focus_by_id, not_yet, use_ready},
        signed_in::{Loaded, load_signed_in},
    },
    error::{AppError, Field},
    functions::passwordless::{
        add_passkey, list_passkeys, passkey_creation_options, remove_passkey, start_passkey_proof,
    },
    i18n::{sentence, tr},
    model::{Passkey, Proof},
    session::{
        passkeys::{self, Availability, PasskeyFailure},
        with_access_token,
    },
};

/// The section. Its content comes in a wasm chunk of its own once the settings are on screen
/// (`components::built_later`), as the two-step section's does: the settings' chunk has no room
/// left in the budget of a lazily loaded chunk (bench/check-size.mjs).
#[component]
pub(super) fn PasskeysSection(open: RwSignal<Open>, done: RwSignal<Option<String>>) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    #[cfg(feature = "hydrate")]
    {
        let owner = Owner::current();
        section.on_load(move |element| {
            leptos::task::spawn_local(build_passkey_settings(element.into(), owner, open, done));
        });
    }
    // Settings render only in the browser; this keeps the server build's view of them whole.
    #[cfg(not(feature = "hydrate"))]
    let content = view! { <PasskeySettings open done /> };
    #[cfg(feature = "hydrate")]
    let content = ();
    view! {
        <section class="setting passkeys-setting" aria-labelledby="passkeys-heading" node_ref=section>
            <h2 id="passkeys-heading">{tr("passkeys-heading")}</h2>
            {content}
        </section>
    }
}

/// The section's content, built at the end of `section` under the settings' `owner`.
#[cfg(feature = "hydrate")]
#[lazy]
fn build_passkey_settings(
    section: web_sys::Element,
    owner: Option<Owner>,
    open: RwSignal<Open>,
    done: RwSignal<Option<String>>,
) {
    crate::components::built_later::build_into(section, owner, move || view! { <PasskeySettings open done /> });
}

#[component]
fn PasskeySettings(open: RwSignal<Open>, done: RwSignal<Option<String>>) -> impl IntoView {
    let passkeys = load_signed_in(list_passkeys);
    let support = passkeys::availability();
    // What the last change did, said beside the list until another form opens.
    let said = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if open.get() != Open::Nothing {
            said.set(None);
        }
    });
    let state = SectionState {
        open,
        passkeys,
        said,
        support,
    };
    view! {
        <p>{tr("passkeys-intro")}</p>
        {move || match passkeys.get() {
            Loaded::Loading => EitherOf3::A(view! { <p class="hint" role="status">{tr("passkeys-loading")}</p> }),
            Loaded::Failed(message) => EitherOf3::B(view! { <p class="alert" role="alert">{message}</p> }),
            Loaded::Ready(list) => EitherOf3::C(view! { <PasskeyList list state /> }),
        }}
        // On the page while empty: a change of text in a live region is what screen readers say.
        <p class="notice" role="status">{move || said.get()}</p>
        {move || {
            passkeys
                .with(|loaded| matches!(loaded, Loaded::Ready(_)))
                .then(|| match support {
                    Availability::Here => EitherOf3::A(view! {
                        <OpenButton open done panel=Open::AddPasskey label=tr("passkeys-add") class="" />
                        {move || {
                            (open.get() == Open::AddPasskey)
                                .then(|| {
                                    view! {
                                        <ProofForm
                                            change=Change::Add
                                            intro=tr("passkeys-add-intro")
                                            label=tr("passkeys-add")
                                            pending_label=tr("passkeys-adding")
                                            class="primary"
                                            state
                                        />
                                    }
                                })
                        }}
                    }),
                    Availability::AtIpAddress => EitherOf3::B(view! { <AtIpAddress /> }),
                    Availability::Unsupported => EitherOf3::C(view! { <p class="muted">{tr("passkeys-unsupported")}</p> }),
                })
        }}
    }
}

/// What every part of the section shares.
#[derive(Clone, Copy)]
struct SectionState {
    open: RwSignal<Open>,
    passkeys: RwSignal<Loaded<Vec<Passkey>>>,
    said: RwSignal<Option<String>>,
    support: Availability,
}

impl SectionState {
    fn close(self) {
        self.open.set(Open::Nothing);
    }

    /// Whether a passkey can prove it is the person: they have one, and this browser can use it.
    fn passkey_proof(self) -> bool {
        self.support == Availability::Here
            && self
                .passkeys
                .with_untracked(|loaded| matches!(loaded, Loaded::Ready(list) if !list.is_empty()))
    }
}

#[component]
fn PasskeyList(list: Vec<Passkey>, state: SectionState) -> impl IntoView {
    if list.is_empty() {
        return Either::Left(view! { <p>{tr("passkeys-none")}</p> });
    }
    // Which passkey the open removal form is for.
    let removing = RwSignal::new(None::<String>);
    let items = list
        .into_iter()
        .enumerate()
        .map(|(index, passkey)| view! { <PasskeyItem passkey index removing state /> })
        .collect_view();
    Either::Right(view! { <ul class="passkeys" aria-label=tr("passkeys-list")>{items}</ul> })
}

#[component]
fn PasskeyItem(
    passkey: Passkey,
    index: usize,
    removing: RwSignal<Option<String>>,
    state: SectionState,
) -> impl IntoView {
    let Passkey { id, name, created_at } = passkey;
    let name = if name.trim().is_empty() {
        tr("passkeys-unnamed")
    } else {
        name
    };
    let name_id = format!("passkey-{index}");
    let day = day_of(&created_at);
    let open = state.open;
    let this = StoredValue::new(id);
    let is_open =
        move || open.get() == Open::RemovePasskey && this.with_value(|id| removing.with(|r| r.as_ref() == Some(id)));
    view! {
        <li>
            <div class="passkey">
                <span class="passkey-name" id=name_id.clone() translate="no">{name}</span>
                <span class="hint">
                    {sentence("passkeys-added-on", &["day"], |_| view! { <time datetime=created_at.clone()>{day.clone()}</time> })}
                </span>
            </div>
            {move || {
                (!is_open())
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="small"
                                aria-describedby=name_id.clone()
                                on:click=move |_| {
                                    removing.set(Some(this.get_value()));
                                    open.set(Open::RemovePasskey);
                                }
                            >
                                {tr("passkeys-remove")}
                            </button>
                        }
                    })
            }}
            {move || {
                is_open()
                    .then(|| {
                        view! {
                            <ProofForm
                                change=Change::Remove(this.get_value())
                                intro=tr("passkeys-remove-intro")
                                label=tr("passkeys-remove")
                                pending_label=tr("passkeys-removing")
                                class="danger"
                                state
                            />
                        }
                    })
            }}
        </li>
    }
}

/// At an IP address no passkey works: the same page at localhost, where they do.
#[component]
fn AtIpAddress() -> impl IntoView {
    let here = passkeys::at_localhost("/settings");
    view! {
        <p class="muted">
            {sentence("passkeys-at-ip-address", &["address"], |_| view! { <a href=here.clone() translate="no">{here.clone()}</a> })}
        </p>
    }
}

/// What a proven person asked for.
#[derive(Clone)]
enum Change {
    Add,
    /// The credential id.
    Remove(String),
}

/// How a change ended that the server did not refuse.
enum Outcome {
    /// Made: the list as it is now, and what to say.
    Done(Loaded<Vec<Passkey>>, String),
    /// The browser gave no passkey: why, in words.
    NoPasskey(String),
}

/// The proof, then the change: asks for the current password, or (when the person has a passkey
/// and this browser can use it) offers a passkey instead.
#[component]
fn ProofForm(
    change: Change,
    #[prop(into)] intro: String,
    #[prop(into)] label: String,
    #[prop(into)] pending_label: String,
    class: &'static str,
    state: SectionState,
) -> impl IntoView {
    let ready = use_ready();
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    // The browser's reason for giving no passkey, which no server error says.
    let no_passkey = RwSignal::new(None::<String>);
    let change = StoredValue::new(change);
    let finish = move |outcome: Outcome| match outcome {
        Outcome::Done(list, message) => {
            state.close();
            state.passkeys.set(list);
            state.said.set(Some(message));
        }
        Outcome::NoPasskey(reason) => {
            pending.set(false);
            no_passkey.set(Some(reason));
        }
    };
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        no_passkey.set(None);
        form.run(
            current_password_given(password),
            move |()| {
                let password = password.get_untracked().into();
                let proof = match code.get_untracked() {
                    code if code.is_empty() => Proof::Password(password),
                    code => Proof::PasswordAndCode {
                        password,
                        code: code.into(),
                    },
                };
                make_change(change.get_value(), proof)
            },
            finish,
        );
    };
    let with_passkey = move |_| {
        no_passkey.set(None);
        form.run(
            Ok(()),
            move |()| async move {
                match passkey_proof().await? {
                    Ok(proof) => make_change(change.get_value(), proof).await,
                    Err(reason) => Ok(Outcome::NoPasskey(reason)),
                }
            },
            finish,
        );
    };
    let general = errors.general();
    let alert = Signal::derive(move || no_passkey.get().or_else(|| general.get()));
    let offer_passkey = state.passkey_proof();
    // The button that opened the form is gone: the focus goes where the form starts.
    Effect::new(|_| focus_by_id("current_password"));
    view! {
        <form on:submit=submit novalidate class="panel passkey-form">
            <p>{intro}</p>
            <FormAlert message=alert />
            <CurrentPasswordField value=password error=errors.on(Field::CurrentPassword) />
            <CodeWhenAsked value=code error=errors.on(Field::Code) />
            {offer_passkey
                .then(|| {
                    view! {
                        <p class="passkey-instead">
                            <button
                                type="button"
                                class="link"
                                on:click=with_passkey
                                disabled=not_yet(ready)
                                aria-disabled=aria_true(pending)
                            >
                                {tr("passkeys-use-passkey")}
                            </button>
                        </p>
                    }
                })}
            <SubmitOrCancel label pending_label pending ready close=move || state.close() class />
        </form>
    }
}

/// A passkey of the person's, answered just now for their own account: a proof.
async fn passkey_proof() -> Result<Result<Proof, String>, AppError> {
    let challenge = with_access_token(start_passkey_proof).await?;
    Ok(match passkeys::get(&challenge.options).await {
        Ok(credential) => Ok(Proof::Passkey {
            session: challenge.session,
            credential,
        }),
        Err(failure) => Err(proof_failure(failure)),
    })
}

/// Adds or removes, then reads the list again. A list that fails to load after the change was
/// made is shown as such; the change still counts.
async fn make_change(change: Change, proof: Proof) -> Result<Outcome, AppError> {
    let message = match change {
        Change::Add => {
            let options = with_access_token(|token| passkey_creation_options(token, proof.clone())).await?;
            let credential = match passkeys::create(&options).await {
                Ok(credential) => credential,
                Err(failure) => return Ok(Outcome::NoPasskey(creation_failure(failure))),
            };
            with_access_token(|token| add_passkey(token, credential.clone())).await?;
            tr("passkeys-added")
        }
        Change::Remove(id) => {
            with_access_token(|token| remove_passkey(token, proof.clone(), id.clone())).await?;
            tr("passkeys-removed")
        }
    };
    let list = match with_access_token(list_passkeys).await {
        Ok(list) => Loaded::Ready(list),
        Err(error) => Loaded::Failed(error.to_string()),
    };
    Ok(Outcome::Done(list, message))
}

/// Why no passkey was made, in settings' words (`PasskeyFailure::message` speaks of signing in).
fn creation_failure(failure: PasskeyFailure) -> String {
    match failure {
        PasskeyFailure::Cancelled => tr("passkeys-not-made-cancelled"),
        PasskeyFailure::Unsupported => tr("passkeys-unsupported"),
        PasskeyFailure::Failed => tr("passkeys-not-made"),
        other => other.message(),
    }
}

/// Why a passkey gave no proof.
fn proof_failure(failure: PasskeyFailure) -> String {
    match failure {
        PasskeyFailure::Cancelled => tr("passkeys-proof-cancelled"),
        PasskeyFailure::Failed => tr("passkeys-proof-failed"),
        PasskeyFailure::Unsupported => tr("passkeys-proof-unsupported"),
        other => other.message(),
    }
}
