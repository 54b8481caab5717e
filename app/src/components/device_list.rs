//! The list of the "Devices" section of settings: every signed-in session of the account, "This
//! device" marked, "Sign out device" on each of the others. Built in the browser, in the wasm
//! chunk recent activity's list comes in (`recent_activity::build_account_list`).
use leptos::{either::EitherOf3, prelude::*};

use super::signed_in::{Loaded, load_signed_in};
use crate::{
    functions::settings::{sign_out_device, signed_in_devices},
    i18n::{tr, tr_with},
    model::SignedInDevice,
    session::with_access_token,
};

/// The sessions, most recently used first, once they have arrived.
#[component]
pub fn DeviceList(time_zone: String) -> impl IntoView {
    let devices = load_signed_in(signed_in_devices);
    move || match devices.get() {
        Loaded::Loading => EitherOf3::A(view! { <p class="hint">{tr("settings-devices-loading")}</p> }),
        Loaded::Failed(message) => EitherOf3::B(view! { <p class="alert" role="alert">{message}</p> }),
        Loaded::Ready(list) => {
            let zone = time_zone.clone();
            EitherOf3::C(view! {
                <ul class="devices">
                    {list
                        .into_iter()
                        .map(|device| view! { <DeviceLine device time_zone=zone.clone() devices /> })
                        .collect_view()}
                </ul>
            })
        }
    }
}

#[component]
fn DeviceLine(
    device: SignedInDevice,
    time_zone: String,
    devices: RwSignal<Loaded<Vec<SignedInDevice>>>,
) -> impl IntoView {
    let name = if device.device.is_empty() {
        tr("activity-unknown-device")
    } else {
        device.device.clone()
    };
    let how = if device.via.is_empty() {
        device.ip.clone()
    } else {
        format!(
            "{} · {}",
            device.ip,
            tr_with("activity-signed-in-with", &[("provider", &device.via)])
        )
    };
    let local = |at: &str| crate::locale::local_time(at, &time_zone);
    let seen = format!(
        "{} · {}",
        tr_with("settings-devices-signed-in", &[("time", &local(&device.first_seen))]),
        tr_with("settings-devices-last-active", &[("time", &local(&device.last_seen))]),
    );
    let error = RwSignal::new(None::<String>);
    let pending = RwSignal::new(false);
    let id = device.id.clone();
    let sign_out = move |_| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        let id = id.clone();
        leptos::task::spawn_local(async move {
            match with_access_token(|token| sign_out_device(token, id.clone())).await {
                Ok(()) => devices.update(|loaded| {
                    if let Loaded::Ready(list) = loaded {
                        list.retain(|device| device.id != id);
                    }
                }),
                Err(failure) => {
                    pending.set(false);
                    error.set(Some(failure.to_string()));
                }
            }
        });
    };
    let name_id = format!("device-{}", device.id);
    view! {
        <li>
            <span class="what" id=name_id.clone() translate="no">{name}</span>
            {device.this_device.then(|| view! { <strong class="badge">{tr("settings-devices-this")}</strong> })}
            <span class="where" translate="no">{how}</span>
            <span class="when">{seen}</span>
            {(!device.this_device).then(|| view! {
                <button
                    type="button"
                    class="small"
                    aria-describedby=name_id.clone()
                    aria-busy=move || pending.get().then_some("true")
                    on:click=sign_out.clone()
                >
                    {move || if pending.get() { tr("settings-signing-out-device") } else { tr("settings-sign-out-device") }}
                </button>
            })}
            {move || error.get().map(|message| view! { <p class="alert" role="alert">{message}</p> })}
        </li>
    }
}
