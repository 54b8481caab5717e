//! The "Devices" section of settings: ending every session, this one included.
use leptos::prelude::*;

use super::ActionButton;
use crate::{functions::settings::sign_out_everywhere, i18n::tr, session::forget_and_go};

#[component]
pub(super) fn DevicesSection() -> impl IntoView {
    view! {
        <section class="setting" aria-labelledby="sessions-heading">
            <h2 id="sessions-heading">{tr("settings-devices-heading")}</h2>
            <p>{tr("settings-devices-intro")}</p>
            <ActionButton
                label=tr("settings-sign-out-everywhere")
                pending_label=tr("settings-signing-out-everywhere")
                call=sign_out_everywhere
                done=|()| forget_and_go("/login?notice=everywhere")
            />
        </section>
    }
}
