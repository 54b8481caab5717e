//! The "Your data" section of settings: everything kept about the account, as a JSON file.
use leptos::prelude::*;

use super::ActionButton;
use crate::{components::signed_in::save_file, functions::profile::export_data, i18n::tr};

#[component]
pub(super) fn YourDataSection() -> impl IntoView {
    view! {
        <section class="setting" aria-labelledby="data-heading">
            <h2 id="data-heading">{tr("settings-data-heading")}</h2>
            <p>{tr("settings-data-intro")}</p>
            <ActionButton
                label=tr("settings-data-download")
                pending_label=tr("settings-data-preparing")
                call=export_data
                done=|json: String| save_file("doorway-my-data.json", &json)
            />
        </section>
    }
}
