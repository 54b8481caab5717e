//! The "Recent activity" section of settings: the person's own sign-ins and changes, newest first,
//! in their time zone, with the approximate device and address; what to do about a line they do
//! not recognise.
use leptos::{either::EitherOf3, prelude::*};

use super::signed_in::{Loaded, load_signed_in};
use crate::{
    functions::settings::recent_activity,
    model::{ActivityItem, ActivityKind},
};

#[component]
pub fn RecentActivity(time_zone: String) -> impl IntoView {
    let items = load_signed_in(recent_activity);
    view! {
        <section class="setting" aria-labelledby="activity-heading">
            <h2 id="activity-heading">"Recent activity"</h2>
            <p>
                "Don't recognise a line? Use " <a href="#sessions-heading">"Sign out everywhere"</a>
                " above, then " <a href="#password-heading">"Change password"</a> "."
            </p>
            {move || match items.get() {
                Loaded::Loading => EitherOf3::A(view! { <p class="hint">"Loading your activity…"</p> }),
                Loaded::Failed(message) => EitherOf3::B(view! { <p class="alert" role="alert">{message}</p> }),
                Loaded::Ready(list) => {
                    let zone = time_zone.clone();
                    EitherOf3::C(
                        view! {
                            <ol class="activity">
                                {list
                                    .into_iter()
                                    .map(|item| view! { <ActivityLine item time_zone=zone.clone() /> })
                                    .collect_view()}
                            </ol>
                        },
                    )
                }
            }}
        </section>
    }
}

#[component]
fn ActivityLine(item: ActivityItem, time_zone: String) -> impl IntoView {
    let failed = item.kind == ActivityKind::SignInFailed;
    let device = if item.device.is_empty() {
        "Unknown device".to_string()
    } else {
        item.device
    };
    view! {
        <li class:failed=failed>
            <span class="what">{item.kind.label()}</span>
            <time datetime=item.at.clone()>{crate::locale::local_time(&item.at, &time_zone)}</time>
            <span class="where">{format!("{device} · {}", item.ip)}</span>
        </li>
    }
}
