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

/// The section, its list built in the browser ([`account_list`]).
/// `has_password`: what to do next names changing it (an account made through another identity
/// provider has none here).
#[component]
pub fn RecentActivity(time_zone: String, has_password: bool) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    let content = account_list(section, AccountList::Activity, time_zone);
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

/// The lists of settings that read the account's sessions and history.
pub enum AccountList {
    Activity,
    Devices,
}

/// `list`, for `section`: built into it once it is on the page, from a wasm chunk of its own
/// (`super::built_later`; in the settings' chunk the lists would outgrow the budget of a lazily
/// loaded chunk, bench/check-size.mjs).
#[cfg(feature = "hydrate")]
pub fn account_list(section: NodeRef<leptos::html::Section>, list: AccountList, time_zone: String) -> impl IntoView {
    let owner = Owner::current();
    section.on_load(move |element| {
        leptos::task::spawn_local(build_account_list(list, element.into(), owner, time_zone));
    });
}

/// Settings render only in the browser; this keeps the server build's view of them whole.
#[cfg(not(feature = "hydrate"))]
pub fn account_list(_: NodeRef<leptos::html::Section>, list: AccountList, time_zone: String) -> impl IntoView {
    list_view(list, time_zone)
}

/// Builds `list` into `section`. Both lists come in this one chunk: each lazily loaded function
/// costs the first visit's wasm a loader of its own.
#[cfg(feature = "hydrate")]
#[lazy]
fn build_account_list(list: AccountList, section: web_sys::Element, owner: Option<Owner>, time_zone: String) {
    super::built_later::build_into(section, owner, move || list_view(list, time_zone));
}

fn list_view(list: AccountList, time_zone: String) -> impl IntoView {
    use leptos::either::Either;
    match list {
        AccountList::Activity => Either::Left(view! { <ActivityList time_zone /> }),
        AccountList::Devices => Either::Right(view! { <super::device_list::DeviceList time_zone /> }),
    }
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
