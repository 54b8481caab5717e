//! The "Recent activity" section of settings: the person's own sign-ins and changes, newest first,
//! in their time zone, with the approximate device and address; what to do about a line they do
//! not recognise.
use leptos::{either::EitherOf3, prelude::*};

use super::signed_in::{Loaded, load_signed_in};
use crate::{
    functions::settings::recent_activity,
    i18n::sentence,
    i18n::tr,
    model::{ActivityItem, ActivityKind},
};

/// The section. Its list comes in a wasm chunk of its own once the settings are on screen
/// (`super::built_later`; in the settings' chunk it would outgrow the budget of a lazily loaded
/// chunk, bench/check-size.mjs).
/// `has_password`: what to do next names changing it (an account made through another identity
/// provider has none here).
#[component]
pub fn RecentActivity(time_zone: String, has_password: bool) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    #[cfg(feature = "hydrate")]
    {
        let (owner, time_zone) = (Owner::current(), time_zone.clone());
        section.on_load(move |element| {
            leptos::task::spawn_local(build_activity_list(element.into(), owner, time_zone));
        });
    }
    // Settings render only in the browser; this keeps the server build's view of them whole.
    #[cfg(not(feature = "hydrate"))]
    let content = view! { <ActivityList time_zone /> };
    #[cfg(feature = "hydrate")]
    let content = ();
    view! {
        <section class="setting" aria-labelledby="activity-heading" node_ref=section>
            <h2 id="activity-heading">{tr("activity-heading")}</h2>
            <p>
                {sentence(
                    if has_password { "activity-help" } else { "activity-help-no-password" },
                    &["sign-out-everywhere", "change-password"],
                    |slot| match slot {
                        0 => view! { <a href="#sessions-heading">{tr("settings-sign-out-everywhere")}</a> },
                        _ => view! { <a href="#password-heading">{tr("settings-password-change")}</a> },
                    },
                )}
            </p>
            {content}
        </section>
    }
}

#[cfg(feature = "hydrate")]
#[lazy]
fn build_activity_list(section: web_sys::Element, owner: Option<Owner>, time_zone: String) {
    super::built_later::build_into(section, owner, move || view! { <ActivityList time_zone /> });
}

/// The person's activity, newest first, once it has arrived.
#[component]
fn ActivityList(time_zone: String) -> impl IntoView {
    let items = load_signed_in(recent_activity);
    move || match items.get() {
        Loaded::Loading => EitherOf3::A(view! { <p class="hint">{tr("activity-loading")}</p> }),
        Loaded::Failed(message) => EitherOf3::B(view! { <p class="alert" role="alert">{message}</p> }),
        Loaded::Ready(list) => {
            let zone = time_zone.clone();
            EitherOf3::C(view! {
                <ol class="activity">
                    {list.into_iter().map(|item| view! { <ActivityLine item time_zone=zone.clone() /> }).collect_view()}
                </ol>
            })
        }
    }
}

#[component]
fn ActivityLine(item: ActivityItem, time_zone: String) -> impl IntoView {
    let failed = item.kind == ActivityKind::SignInFailed;
    let device = if item.device.is_empty() {
        tr("activity-unknown-device")
    } else {
        item.device
    };
    view! {
        <li class:failed=failed>
            <span class="what">{item.kind.label(&item.provider)}</span>
            <time datetime=item.at.clone()>{crate::locale::local_time(&item.at, &time_zone)}</time>
            <span class="where">{format!("{device} · {}", item.ip)}</span>
        </li>
    }
}
