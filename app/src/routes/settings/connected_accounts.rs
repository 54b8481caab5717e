//! The "Connected accounts" section of settings: the identity providers that sign in to this
//! account too. Connecting one takes the current password, then a sign-in with the provider
//! (`/auth/{provider}/start`, which the server turns into a connection); an account is never
//! connected by its email alone. An account made through a provider says so here.
use leptos::{ev::SubmitEvent, prelude::*};

use super::{CurrentPasswordField, Open, OpenButton, SubmitOrCancel, current_password_given, day_of};
use crate::{
    components::form::{FormAlert, Submission, use_ready},
    error::Field,
    functions::federation::{disconnect_provider, start_connecting},
    i18n::{tr, tr_with},
    model::{ProviderLink, SignInWays},
    session::{go, with_access_token},
};

/// The section. Its content comes in a wasm chunk of its own once the settings are on screen,
/// as the delete section's does.
#[component]
pub(super) fn ConnectedAccountsSection(
    ways: SignInWays,
    open: RwSignal<Open>,
    done: RwSignal<Option<String>>,
) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    #[cfg(feature = "hydrate")]
    {
        let owner = Owner::current();
        section.on_load(move |element| {
            leptos::task::spawn_local(build_connected_accounts(element.into(), owner, ways, open, done));
        });
    }
    #[cfg(feature = "hydrate")]
    let content = ();
    // Settings render only in the browser; this keeps the server build's view of them whole.
    #[cfg(not(feature = "hydrate"))]
    let content = view! { <ConnectedAccounts ways open done /> };
    view! {
        <section class="setting" aria-labelledby="connected-heading" node_ref=section>
            <h2 id="connected-heading">{tr("settings-connected-heading")}</h2>
            {content}
        </section>
    }
}

#[cfg(feature = "hydrate")]
#[lazy]
fn build_connected_accounts(
    section: web_sys::Element,
    owner: Option<Owner>,
    ways: SignInWays,
    open: RwSignal<Open>,
    done: RwSignal<Option<String>>,
) {
    crate::components::built_later::build_into(section, owner, move || {
        view! { <ConnectedAccounts ways open done /> }
    });
}

#[component]
fn ConnectedAccounts(ways: SignInWays, open: RwSignal<Open>, done: RwSignal<Option<String>>) -> impl IntoView {
    if let Some(provider) = ways.made_with {
        // Nothing to connect it to without a password to prove the account is theirs.
        return view! { <p>{tr_with("settings-connected-made-with", &[("provider", &provider.display_name)])}</p> }
            .into_any();
    }
    let providers = RwSignal::new(ways.providers);
    let rows = move || {
        providers
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, provider)| view! { <ProviderRow index provider providers open done /> })
            .collect_view()
    };
    view! {
        <p>{tr("settings-connected-intro")}</p>
        <ul class="connected">{rows}</ul>
    }
    .into_any()
}

#[component]
fn ProviderRow(
    index: usize,
    provider: ProviderLink,
    providers: RwSignal<Vec<ProviderLink>>,
    open: RwSignal<Open>,
    done: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = match &provider.connected_since {
        Some(since) => tr_with("settings-connected-since", &[("date", &day_of(since))]),
        None => tr("settings-connected-not"),
    };
    let connected = provider.connected_since.is_some();
    let (panel, label, class) = if connected {
        (Open::Disconnect(index), tr("settings-disconnect"), "danger")
    } else {
        (Open::Connect(index), tr("settings-connect"), "")
    };
    let close = move || open.set(Open::Nothing);
    let name = provider.name.clone();
    view! {
        <li>
            // A name, not a text to translate.
            <span class="name" translate="no">{provider.display_name.clone()}</span>
            <span class="hint">{state}</span>
            <OpenButton open done panel label class />
            {move || (open.get() == panel).then(|| view! { <ProviderForm name=name.clone() connected providers close done /> })}
        </li>
    }
}

/// The current password, then: connect (off to the provider) or disconnect (done here).
#[component]
fn ProviderForm(
    name: String,
    connected: bool,
    providers: RwSignal<Vec<ProviderLink>>,
    close: impl Fn() + Copy + Send + Sync + 'static,
    done: RwSignal<Option<String>>,
) -> impl IntoView {
    let ready = use_ready();
    let password = RwSignal::new(String::new());
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let name = StoredValue::new(name);
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        form.run(
            current_password_given(password),
            move |()| async move {
                let (password, provider) = (password.get_untracked(), name.get_value());
                with_access_token(|token| {
                    let (password, provider) = (password.clone().into(), provider.clone());
                    async move {
                        if connected {
                            disconnect_provider(token, password, provider).await
                        } else {
                            start_connecting(token, password, provider).await
                        }
                    }
                })
                .await
            },
            move |()| {
                let provider = name.get_value();
                if !connected {
                    // The provider's own sign-in proves the other half: whose account it is there.
                    go(&format!("/auth/{provider}/start?next=/settings"));
                    return;
                }
                providers.update(|list| {
                    if let Some(link) = list.iter_mut().find(|link| link.name == provider) {
                        link.connected_since = None;
                    }
                });
                done.set(Some(tr("settings-provider-disconnected")));
                close();
            },
        );
    };
    let (label, pending_label, class) = if connected {
        (tr("settings-disconnect"), tr("settings-disconnecting"), "danger")
    } else {
        (tr("settings-connect"), tr("settings-connecting"), "primary")
    };
    view! {
        <form on:submit=submit novalidate class="panel">
            <FormAlert message=errors.general() />
            <CurrentPasswordField value=password error=errors.on(Field::CurrentPassword) />
            <SubmitOrCancel label pending_label pending ready close class />
        </form>
    }
}
