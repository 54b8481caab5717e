//! After a password sign-in (and its second step): the offer to add a passkey, once per device
//! where one can be made. Built in the browser only, from a chunk of its own
//! (`components::built_later`).
use leptos::{prelude::*, task::spawn_local};

use super::{Shared, signed_in_with};
use crate::{
    components::{
        built_later::build_into,
        form::{FormAlert, Submission, aria_true},
    },
    functions::passwordless::{add_passkey, passkey_creation_options},
    i18n::tr,
    model::{Proof, SignInMethod, SignedIn},
    session::{
        keep_and_go,
        passkeys::{self, offer_passkey_once, opened_at_ip_address, remember_method},
        restart,
    },
};

/// After a password sign-in (and its second step): remembered as this device's way, then,
/// once per device where a passkey can be made, the offer to add one; else straight on.
/// Called without one while the password is checked, so that this chunk is ready by then.
#[lazy]
pub(super) fn password_signed_in(signed_in: Option<(SignedIn, Option<String>)>, owner: Option<Owner>, shared: Shared) {
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
    // What the browser said when no passkey was made (its message's key).
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
                        failure.set(Some(refused.key()));
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
    let alert = Signal::derive(move || failure.get().map(tr).or_else(|| form.errors.general().get()));
    let busy = aria_true(form.pending);
    view! {
        <div class="offer">
            <p class="notice">{tr("login-offer-signed-in")}</p>
            <h2>{tr("login-offer-heading")}</h2>
            <p>
                {tr("login-offer-text")}
            </p>
            <FormAlert message=alert />
            <div class="offer-actions">
                <button
                    type="button"
                    class="primary"
                    node_ref=add_button
                    on:click=add
                    aria-disabled=busy
                    aria-busy=busy
                >
                    {move || tr(if form.pending.get() { "login-offer-adding" } else { "login-offer-add" })}
                </button>
                <button type="button" on:click=move |_| go_on(None)>
                    {tr("login-offer-not-now")}
                </button>
            </div>
        </div>
    }
}
