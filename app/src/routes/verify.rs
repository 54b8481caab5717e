use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::{
    notice::{notice_text, query},
    verify_step::VerifyStep,
};

/// `/verify?email=…`: confirm the email with the code it received.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let email = query("email").unwrap_or_default();
    let notice = notice_text(query("notice")).map(String::from);
    view! {
        <Title text="Verify your email" />
        <section class="card narrow">
            <VerifyForm email notice />
        </section>
    }
}

#[island(lazy)]
fn VerifyForm(email: String, notice: Option<String>) -> impl IntoView {
    let notice = notice.or(Some("Enter the code we emailed you to confirm your address.".into()));
    view! { <VerifyStep email password=None notice /> }
}
