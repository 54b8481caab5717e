//! Form pieces used inside the page islands: labelled fields with their errors, and submit
//! buttons that show progress and cannot be pressed twice.
use std::future::Future;

use leptos::{html, prelude::*, tachys::html::element::ElementType, task::spawn_local, wasm_bindgen::JsCast, web_sys};

use crate::{
    error::{AppError, Field},
    i18n::{tr, tr_with},
};

/// One form's submissions: at most one in flight, progress while it runs, and a failure put
/// beside its field with the form enabled again (what was typed stays where it was).
#[derive(Clone, Copy)]
pub struct Submission {
    pub pending: RwSignal<bool>,
    pub errors: FormErrors,
}

impl Submission {
    pub fn new() -> Self {
        Self {
            pending: RwSignal::new(false),
            errors: FormErrors::new(),
        }
    }

    /// Checks the input first (the same rules the server applies), then calls the server and
    /// hands a success to `done`.
    pub fn run<I, T, Fut>(
        self,
        input: Result<I, AppError>,
        call: impl FnOnce(I) -> Fut + 'static,
        done: impl FnOnce(T) + 'static,
    ) where
        I: 'static,
        Fut: Future<Output = Result<T, AppError>> + 'static,
    {
        if self.pending.get_untracked() {
            return;
        }
        let sent_from = FocusReturn::capture();
        let input = match input {
            Ok(input) => input,
            Err(error) => return self.fail(error, sent_from),
        };
        self.errors.set(None);
        self.pending.set(true);
        spawn_local(async move {
            match call(input).await {
                Ok(value) => done(value),
                Err(error) => self.fail(error, sent_from),
            }
        });
    }

    /// Shows a failure (once, not in every form's copy of `run`).
    #[inline(never)]
    fn fail(self, error: AppError, sent_from: FocusReturn) {
        self.pending.set(false);
        self.errors.set(Some(error));
        sent_from.after_error();
    }
}

impl Default for Submission {
    fn default() -> Self {
        Self::new()
    }
}

/// Where the keyboard was when a form was sent, so that after a failure the focus goes to the
/// form's first field in error: a keyboard or screen-reader user lands on what to fix. (With no
/// field in error it stays on the button, which is never disabled while a request runs.)
pub struct FocusReturn {
    #[cfg(feature = "hydrate")]
    sent_from: wasm_bindgen::JsValue,
}

impl FocusReturn {
    pub fn capture() -> Self {
        Self {
            #[cfg(feature = "hydrate")]
            sent_from: focus::focused_element(),
        }
    }

    pub fn after_error(self) {
        #[cfg(feature = "hydrate")]
        focus::focus_first_after_render(&self.sent_from, "form", "[aria-invalid=\"true\"]");
    }
}

#[cfg(feature = "hydrate")]
pub mod focus {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/src/components/focus.js")]
    extern "C" {
        #[wasm_bindgen(js_name = focusedElement)]
        pub fn focused_element() -> JsValue;
        #[wasm_bindgen(js_name = focusById)]
        pub fn focus_by_id(id: &str);
        #[wasm_bindgen(js_name = focusFirstAfterRender)]
        pub fn focus_first_after_render(from: &JsValue, container: &str, selector: &str);
    }
}

/// The errors of the last submission: one per field, or one for the whole form.
#[derive(Clone, Copy)]
pub struct FormErrors {
    error: RwSignal<Option<AppError>>,
}

impl FormErrors {
    pub fn new() -> Self {
        Self {
            error: RwSignal::new(None),
        }
    }

    pub fn set(&self, error: Option<AppError>) {
        self.error.set(error);
    }

    /// The message for one field.
    pub fn on(&self, field: Field) -> Signal<Option<String>> {
        let error = self.error;
        Signal::derive(move || error.get().filter(|e| e.field() == Some(field)).map(|e| e.to_string()))
    }

    /// The message that belongs to no field.
    pub fn general(&self) -> Signal<Option<String>> {
        let error = self.error;
        Signal::derive(move || error.get().filter(|e| e.field().is_none()).map(|e| e.to_string()))
    }
}

impl Default for FormErrors {
    fn default() -> Self {
        Self::new()
    }
}

/// A labelled input with its error below it, announced when it appears.
#[component]
pub fn TextField(
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] autofocus: bool,
    /// The keyboard phones show (`numeric` for codes of digits).
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let input = NodeRef::<html::Input>::new();
    keep_in_step(input, value);
    let has_hint = hint.is_some();
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.get().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                name=id
                type=kind
                autocomplete=autocomplete
                autofocus=autofocus
                inputmode=inputmode
                value=value.get_untracked()
                node_ref=input
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=described_by
            />
            {hint.map(|hint| view! { <p id=hint_id class="hint">{hint}</p> })}
            <ErrorText id=error_id message=error />
        </div>
    }
}

/// The email field every sign-in form starts with (it is the account's user name).
#[component]
pub fn EmailField(
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] autofocus: bool,
) -> impl IntoView {
    view! { <TextField id="email" label=tr("field-email") kind="email" autocomplete="username" value error autofocus /> }
}

/// The emailed verification code; it takes the focus, as it is what the page is for.
#[component]
pub fn CodeField(value: RwSignal<String>, #[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    view! {
        <TextField
            id="code"
            label=tr("field-verification-code")
            autocomplete="one-time-code"
            value
            error
            hint=tr("field-verification-code-hint")
            autofocus=true
        />
    }
}

/// A password input with a show/hide toggle and, optionally, a live strength hint.
#[component]
pub fn PasswordField(
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    autocomplete: &'static str,
    #[prop(optional)] with_strength: bool,
) -> impl IntoView {
    let visible = RwSignal::new(false);
    let input = NodeRef::<html::Input>::new();
    keep_in_step(input, value);
    let error_id = format!("{id}-error");
    let rules_id = format!("{id}-rules");
    let strength = move || crate::validation::password_strength(&value.get());
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <div class="with-toggle">
                <input
                    id=id
                    name=id
                    type=move || if visible.get() { "text" } else { "password" }
                    autocomplete=autocomplete
                    value=value.get_untracked()
                    node_ref=input
                    on:input=move |ev| value.set(event_target_value(&ev))
                    aria-invalid=move || error.get().is_some().then_some("true")
                    aria-describedby=move || {
                        let mut ids = Vec::new();
                        if with_strength {
                            ids.push(rules_id.clone());
                        }
                        if error.get().is_some() {
                            ids.push(error_id.clone());
                        }
                        (!ids.is_empty()).then(|| ids.join(" "))
                    }
                />
                <button
                    type="button"
                    class="small"
                    aria-controls=id
                    aria-pressed=move || if visible.get() { "true" } else { "false" }
                    on:click=move |_| visible.update(|v| *v = !*v)
                >
                    {move || if visible.get() { tr("form-hide") } else { tr("form-show") }}
                </button>
            </div>
            {with_strength
                .then(|| {
                    view! {
                        <p id=format!("{id}-rules") class="hint">
                            {tr("form-password-rules")}
                        </p>
                        <p class="strength" data-level=move || strength().1 aria-live="polite">
                            {move || {
                                let (key, level) = strength();
                                (level > 0).then(|| tr_with("form-strength", &[("level", &tr(key))]))
                            }}
                        </p>
                    }
                })}
            <ErrorText id=format!("{id}-error") message=error />
        </div>
    }
}

/// A labelled multi-line input with a live character count.
#[component]
pub fn TextAreaField(
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    max_chars: usize,
) -> impl IntoView {
    let count_id = format!("{id}-count");
    let error_id = format!("{id}-error");
    let count = move || value.with(|v| v.chars().count());
    let textarea = NodeRef::<html::Textarea>::new();
    keep_in_step(textarea, value);
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <textarea
                id=id
                name=id
                rows="4"
                node_ref=textarea
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=format!("{count_id} {error_id}")
            >
                {value.get_untracked()}
            </textarea>
            <p id=count_id class="hint" class:over=move || { count() > max_chars }>
                {move || {
                    let (count, max) = (count().to_string(), max_chars.to_string());
                    tr_with("form-character-count", &[("count", &count), ("max", &max)])
                }}
            </p>
            <ErrorText id=error_id message=error />
        </div>
    }
}

/// A labelled drop-down of `(value, label)` options.
#[component]
pub fn SelectField(
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    options: Vec<(String, String)>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select
                id=id
                name=id
                on:change=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().then_some("true")
                aria-describedby=move || error.get().is_some().then(|| format!("{id}-error"))
            >
                {options
                    .into_iter()
                    .map(|(option, text)| {
                        let selected = {
                            let option = option.clone();
                            move || value.with(|v| *v == option)
                        };
                        view! { <option value=option prop:selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
            <ErrorText id=error_id message=error />
        </div>
    }
}

/// An error message that screen readers announce when it appears.
#[component]
pub fn ErrorText(#[prop(into)] id: String, message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message
            .get()
            .map(|text| view! { <p id=id.clone() class="field-error" role="alert">{text}</p> })
    }
}

/// The form-level error, for problems that belong to no single field.
#[component]
pub fn FormAlert(message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message
            .get()
            .map(|text| view! { <p class="alert" role="alert">{text}</p> })
    }
}

/// `disabled` until the island runs (`use_ready`). Like [`aria_true`], one closure for every
/// button: the wasm holds one copy of the attribute's code, not one per button.
pub fn not_yet(ready: RwSignal<bool>) -> impl Fn() -> bool + Copy + Send + Sync + 'static {
    move || !ready.get()
}

/// `"true"` while `flag` holds, for `aria-disabled` and `aria-busy`: a button waiting for its
/// request takes no second press yet keeps the keyboard's focus, which `disabled` would drop.
pub fn aria_true(flag: impl Into<Signal<bool>>) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    aria_true_of(flag.into())
}

/// Not generic, so that every caller gets the same closure type.
fn aria_true_of(flag: Signal<bool>) -> impl Fn() -> Option<&'static str> + Copy + Send + Sync + 'static {
    move || flag.get().then_some("true")
}

/// A submit button that is disabled until the page is interactive. While a request runs it says
/// so and takes no second press, but stays focusable (`aria-disabled`): a disabled button drops
/// the keyboard's focus to the page.
#[component]
pub fn SubmitButton(
    #[prop(into)] label: String,
    #[prop(into)] pending_label: String,
    #[prop(into)] pending: Signal<bool>,
    ready: RwSignal<bool>,
    #[prop(default = "primary")] class: &'static str,
) -> impl IntoView {
    let busy = aria_true(pending);
    view! {
        <button
            type="submit"
            class=class
            disabled=not_yet(ready)
            aria-disabled=busy
            aria-busy=busy
        >
            {move || if pending.get() { pending_label.clone() } else { label.clone() }}
        </button>
    }
}

/// Seconds before another code may be requested.
const RESEND_COOLDOWN_SECS: u32 = 30;

/// "Send a new code": one request at a time, what it did said beside it, then a visible
/// cooldown before the next. `send` checks its input (a failure shows in `errors`) and returns
/// the request, which answers with the sentence to show.
#[component]
pub fn ResendCodeButton<Send, Fut>(ready: RwSignal<bool>, errors: FormErrors, send: Send) -> impl IntoView
where
    Send: Fn() -> Result<Fut, AppError> + Copy + 'static,
    Fut: Future<Output = Result<String, AppError>> + 'static,
{
    let resend = Submission {
        pending: RwSignal::new(false),
        errors,
    };
    let cooldown = RwSignal::new(0u32);
    let sent = RwSignal::new(None::<String>);
    let click = move |_| {
        if cooldown.get_untracked() > 0 {
            return;
        }
        resend.run(
            send(),
            |request| request,
            move |message| {
                resend.pending.set(false);
                sent.set(Some(message));
                start_cooldown(cooldown);
            },
        );
    };
    view! {
        <div class="resend">
            <button
                type="button"
                on:click=click
                disabled=not_yet(ready)
                aria-disabled=aria_true(Signal::derive(move || resend.pending.get() || cooldown.get() != 0))
            >
                {move || match cooldown.get() {
                    0 => tr("form-send-new-code"),
                    seconds => tr_with("form-send-new-code-in", &[("seconds", &seconds.to_string())]),
                }}
            </button>
            <p class="hint" aria-live="polite">{move || sent.get()}</p>
        </div>
    }
}

/// Counts the resend cooldown down once a second.
fn start_cooldown(cooldown: RwSignal<u32>) {
    cooldown.set(RESEND_COOLDOWN_SECS);
    let handle = set_interval_with_handle(
        move || cooldown.update(|left| *left = left.saturating_sub(1)),
        std::time::Duration::from_secs(1),
    );
    if let Ok(handle) = handle {
        set_timeout(
            move || handle.clear(),
            std::time::Duration::from_secs(u64::from(RESEND_COOLDOWN_SECS) + 1),
        );
    }
}

/// Moves the focus to the element with this id, if the page has it: for a form that replaced
/// another in place, where the `autofocus` attribute does nothing.
pub fn focus_by_id(id: &str) {
    #[cfg(feature = "hydrate")]
    focus::focus_by_id(id);
    #[cfg(not(feature = "hydrate"))]
    let _ = id;
}

/// A signal that turns true once the island runs in the browser: forms wait for it, so a click
/// before hydration can never post a password as a plain HTML form.
pub fn use_ready() -> RwSignal<bool> {
    let ready = RwSignal::new(false);
    Effect::new(move |_| ready.set(true));
    ready
}

/// An element whose text a person edits.
trait Editable {
    fn text(&self) -> String;
    fn set_text(&self, text: &str);
}

impl Editable for web_sys::HtmlInputElement {
    fn text(&self) -> String {
        self.value()
    }
    fn set_text(&self, text: &str) {
        self.set_value(text)
    }
}

impl Editable for web_sys::HtmlTextAreaElement {
    fn text(&self) -> String {
        self.value()
    }
    fn set_text(&self, text: &str) {
        self.set_value(text)
    }
}

/// Keeps an element's text and its signal in step. The element is rendered with the signal's
/// first value; when the island wakes up, whatever the element holds by then wins, because a
/// person may have typed, or the browser filled in a saved password, while the page's code was
/// still on its way. From then on, a change to the signal is written to the element.
fn keep_in_step<E>(node: NodeRef<E>, value: RwSignal<String>)
where
    E: ElementType,
    E::Output: Editable + JsCast + Clone + 'static,
{
    Effect::new(move |adopted: Option<bool>| {
        let wanted = value.get();
        let Some(element) = node.get() else {
            return false;
        };
        let shown = element.text();
        if shown != wanted {
            if adopted == Some(true) {
                element.set_text(&wanted);
            } else {
                value.set(shown);
            }
        }
        true
    });
}
