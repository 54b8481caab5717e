use leptos::prelude::*;
use leptos_meta::Title;

use crate::{error::AppError, functions::mailbox::read_mailbox, model::MailMessage, routes::not_found::NotFound};

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
                        <Title text="Mailbox" />
                        <section class="card">
                            <h1>"Mailbox"</h1>
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
    view! {
        <Title text="Mailbox" />
        <section class="card">
            <h1>"Mailbox"</h1>
            <p class="muted">
                "Local mode sends no real email. Every message the app would have sent is listed here, newest first."
            </p>
            <Show when=move || empty>
                <p>"No messages yet. Create an account or ask for a reset code, then reload this page."</p>
            </Show>
            <Show when=move || !empty>
                <div class="table-wrap">
                    <table role="table">
                        <thead>
                            <tr>
                                <th scope="col">"To"</th>
                                <th scope="col">"Purpose"</th>
                                <th scope="col">"Code"</th>
                                <th scope="col">"Sent"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {messages
                                .clone()
                                .into_iter()
                                .map(|m| {
                                    view! {
                                        // Explicit roles: the phone layout restyles the rows as cards.
                                        <tr role="row">
                                            <td data-label="To">{m.to}</td>
                                            <td data-label="Purpose">{m.purpose.label()}</td>
                                            <td data-label="Code"><code class="code">{m.code}</code></td>
                                            <td data-label="Sent">
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
