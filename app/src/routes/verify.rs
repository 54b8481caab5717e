use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    components::{
        notice::{notice_text, query},
        verify_step::VerifyStep,
    },
    i18n::{FORM_TEXTS, island_texts, tr},
};

/// `/verify?email=…`: confirm the email with the code it received.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let email = query("email").unwrap_or_default();
    let notice = notice_text(query("notice"));
    view! {
        <Title text=tr("verify-step-heading") />
        <section class="card narrow">
            {island_texts(&[FORM_TEXTS, &["verify-", "forgot-form-back"]].concat())}
            <VerifyForm email notice />
        </section>
    }
}

#[island(lazy)]
fn VerifyForm(email: String, notice: Option<String>) -> impl IntoView {
    let notice = notice.or_else(|| Some(tr("verify-form-enter-code")));
    view! { <VerifyStep email password=None notice /> }
}
