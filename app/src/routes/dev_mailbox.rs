use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    error::AppError, functions::mailbox::read_mailbox, i18n::tr, model::MailMessage, routes::not_found::NotFound,
};

/// `/dev/mailbox`, local mode only: the codes the app "sent", so nobody needs a real inbox.
#[component]
pub fn DevMailboxPage() -> impl IntoView {
    let messages = Resource::new_blocking(|| (), |_| read_mailbox());
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match messages.await {
                    Err(AppError::NotFound) => NotFound().into_any(),
                    Err(error) => view! {
                        <Title text=tr("mailbox-heading") />
                        <section class="card">
                            <h1>{tr("mailbox-heading")}</h1>
                            <p class="alert" role="alert">{error.to_string()}</p>
                        </section>
                    }
                    .into_any(),
                    Ok(messages) => view! { <MailboxTable messages /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn MailboxTable(messages: Vec<MailMessage>) -> impl IntoView {
    let empty = messages.is_empty();
    // The column headings, which each row repeats for the phone layout.
    let [to, purpose, subject, code, links, sent] = [
        "mailbox-to",
        "mailbox-purpose",
        "mailbox-subject",
        "mailbox-code",
        "mailbox-links",
        "mailbox-sent",
    ]
    .map(tr);
    view! {
        <Title text=tr("mailbox-heading") />
        <section class="card">
            <h1>{tr("mailbox-heading")}</h1>
            <p class="muted">{tr("mailbox-intro")}</p>
            <Show when=move || empty>
                <p>{tr("mailbox-empty")}</p>
            </Show>
            <Show when=move || !empty>
                <div class="table-wrap">
                    <table role="table">
                        <thead>
                            <tr>
                                <th scope="col">{to.clone()}</th>
                                <th scope="col">{purpose.clone()}</th>
                                <th scope="col">{subject.clone()}</th>
                                <th scope="col">{code.clone()}</th>
                                <th scope="col">{links.clone()}</th>
                                <th scope="col">{sent.clone()}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {messages
                                .clone()
                                .into_iter()
                                .map(|m| {
                                    let email_links = m.links();
                                    view! {
                                        // Explicit roles: the phone layout restyles the rows as cards.
                                        <tr role="row">
                                            <td data-label=to.clone() translate="no">{m.to}</td>
                                            <td data-label=purpose.clone()>{m.purpose.label()}</td>
                                            // In the account's language, not the page's.
                                            <td data-label=subject.clone() translate="no">{m.subject}</td>
                                            <td data-label=code.clone()><code class="code">{m.code}</code></td>
                                            <td data-label=links.clone() translate="no">
                                                {email_links
                                                    .into_iter()
                                                    .map(|link| {
                                                        let shown = link.clone();
                                                        view! { <a href=link>{shown}</a> }
                                                    })
                                                    .collect_view()}
                                            </td>
                                            <td data-label=sent.clone()>
                                                <time datetime=m.sent_at.clone()>{m.sent_at.replace('T', " ")}</time>
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
