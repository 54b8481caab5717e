//! The "Devices" section of settings: every signed-in session of the account, "This device"
//! marked, "Sign out device" on each of the others, and ending every session, this one included.
use leptos::prelude::*;

use super::ActionButton;
use crate::{
    components::recent_activity::{AccountList, account_list},
    functions::settings::sign_out_everywhere,
    i18n::tr,
    session::forget_and_go,
};

#[component]
pub(super) fn DevicesSection(time_zone: String) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    let content = account_list(section, AccountList::Devices, time_zone);
    view! {
        <section class="setting" aria-labelledby="sessions-heading" node_ref=section>
            <h2 id="sessions-heading">{tr("settings-devices-heading")}</h2>
            <p>{tr("settings-devices-intro")}</p>
            <ActionButton
                label=tr("settings-sign-out-everywhere")
                pending_label=tr("settings-signing-out-everywhere")
                call=sign_out_everywhere
                done=|()| forget_and_go("/login?notice=everywhere")
            />
            {content}
        </section>
    }
}
