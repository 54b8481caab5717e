//! Every sentence a person reads, in their language, rendered on the server.
//!
//! The catalogs (`app/locales/{language}/*.ftl`, Fluent) exist only in the server build. Pages
//! rendered there read them directly. An island, which runs again in the browser, finds the
//! texts it shows in the page (`island_texts`), rendered on the server in the page's language, so
//! the wasm carries message keys but no sentences. Messages an island fills in itself (a countdown, a
//! character count) arrive with their `{ $name }` placeholders left in, and `tr_with` fills them.

#[cfg(feature = "ssr")]
pub mod catalog;
#[cfg(feature = "ssr")]
pub mod negotiate;

/// The languages the pages, messages and emails are written in, English first, each by its own
/// name; the profile offers them all. The catalog module compiles in exactly these (a test keeps
/// the two lists the same).
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("sv", "Svenska"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("he", "עברית"),
    ("hi", "हिन्दी"),
    ("id", "Bahasa Indonesia"),
    ("vi", "Tiếng Việt"),
    ("zh", "中文"),
    ("ja", "日本語"),
    ("ko", "한국어"),
];

/// Local mode's server offers the pseudo-language (a context the server provides there).
#[derive(Clone, Copy, Debug)]
pub struct PseudoLanguageOffered;

/// The languages pages can be read in, each by its own name; in local mode also the
/// pseudo-language.
pub fn page_languages() -> impl Iterator<Item = (&'static str, &'static str)> {
    #[cfg(feature = "ssr")]
    let pseudo = negotiate::supported(catalog::PSEUDO_LANGUAGE).map(|tag| (tag, "[Ƥšéûđö]"));
    #[cfg(not(feature = "ssr"))]
    let pseudo = None;
    LANGUAGES.iter().copied().chain(pseudo)
}

/// The language of the page being rendered: on the server, the request's; in the browser, the
/// one the server rendered the page in.
pub fn current_language() -> &'static str {
    #[cfg(feature = "ssr")]
    return negotiate::current_language();
    #[cfg(not(feature = "ssr"))]
    {
        let shown = web_document_language();
        LANGUAGES
            .iter()
            .map(|(tag, _)| *tag)
            .find(|tag| Some(*tag) == shown.as_deref())
            .unwrap_or("en")
    }
}

#[cfg(feature = "hydrate")]
fn web_document_language() -> Option<String> {
    use leptos::wasm_bindgen::JsCast;
    let root = leptos::web_sys::window()?.document()?.document_element()?;
    Some(root.dyn_into::<leptos::web_sys::HtmlElement>().ok()?.lang())
}

#[cfg(not(any(feature = "ssr", feature = "hydrate")))]
fn web_document_language() -> Option<String> {
    None
}

/// Whether a language reads right to left.
pub fn is_right_to_left(language: &str) -> bool {
    matches!(language, "ar" | "he")
}

/// The cookie that keeps the language a person picked (or their profile's, once signed in).
pub const LANGUAGE_COOKIE: &str = "lang";

/// The message `key` in the page's language.
pub fn tr(key: &str) -> String {
    tr_with(key, &[])
}

/// The message `key` in the page's language, its placeholders filled in with `args`. On the
/// server numbers choose the language's plural form; in the browser, messages an island renders
/// with a number are written without plural forms (units such as "30 s" instead).
pub fn tr_with(key: &str, args: &[(&str, &str)]) -> String {
    #[cfg(feature = "ssr")]
    {
        catalog::check_island_has(key);
        catalog::render(negotiate::current_language(), key, args)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let pattern = browser_text(key);
        args.iter().fold(pattern, |text, (name, value)| {
            text.replace(&format!("{{${name}}}"), value)
        })
    }
}

/// A sentence with elements inside it (an address in bold, a date, a link): the message `key`,
/// cut where its placeholders `slots` are (left unfilled, `{$name}`), with `fill` making the
/// element for each slot by its index in `slots`. The text before the first slot, then each slot
/// as the language orders them, with the text after it. No value passes through the message's
/// text, so none is mistaken for a placeholder.
pub fn sentence<V>(key: &str, slots: &[&str], fill: impl Fn(usize) -> V) -> (String, Vec<(V, String)>) {
    let (before, parts) = sentence_cut(key, slots);
    (
        before,
        parts.into_iter().map(|(slot, after)| (fill(slot), after)).collect(),
    )
}

/// `sentence`'s cut, by slot index: one copy of it in the wasm, whatever the elements are.
fn sentence_cut(key: &str, slots: &[&str]) -> (String, Vec<(usize, String)>) {
    let text = tr(key);
    let marks: Vec<String> = slots.iter().map(|name| format!("{{${name}}}")).collect();
    let (mut before, mut parts) = (String::new(), Vec::new());
    let mut rest = text.as_str();
    loop {
        let next = marks
            .iter()
            .enumerate()
            .filter_map(|(slot, mark)| Some((rest.find(mark.as_str())?, slot)))
            .min();
        let words = next.map_or(rest, |(at, _)| &rest[..at]).to_string();
        match parts.last_mut() {
            Some((_, after)) => *after = words,
            None => before = words,
        }
        let Some((at, slot)) = next else {
            break;
        };
        parts.push((slot, String::new()));
        rest = &rest[at + marks[slot].len()..];
    }
    (before, parts)
}

/// The texts the islands of a page show, in the page's language: every message whose key starts
/// with one of `prefixes` (`"login-form-"`, `"form-"`, …), its placeholders left for the island
/// to fill. Rendered on the server beside the island as an inert `<template data-texts>` holding
/// the messages as JSON, which the page's script gathers with `JSON.parse` before the wasm starts: no
/// prop to deserialize, no string table in the wasm. Only the server renders pages; in the
/// browser, where islands run alone, this renders nothing.
pub fn island_texts(prefixes: &[&str]) -> impl leptos::IntoView + use<> {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::*;
        let texts = catalog::island_texts(negotiate::current_language(), prefixes);
        catalog::offer_to_islands(texts.keys.iter().copied());
        view! { <template data-texts=texts.json.clone()></template> }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = prefixes;
}

/// The message keys every form island needs: the fields' labels, the buttons' progress, and the
/// errors any server function can answer.
pub const FORM_TEXTS: &[&str] = &["form-", "field-", "error-", "invalid-"];

/// A message as the browser has it: one of the texts its islands received, or, missing, the key
/// itself, which the pseudo-language's check finds.
#[cfg(not(feature = "ssr"))]
fn browser_text(key: &str) -> String {
    #[cfg(feature = "hydrate")]
    return browser::lookup(key).unwrap_or_else(|| key.to_string());
    #[cfg(not(feature = "hydrate"))]
    key.to_string()
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
mod browser {
    use leptos::wasm_bindgen::JsValue;

    /// The page's script gathers every `<template data-texts>` into `window.doorwayTexts` before
    /// it starts the wasm (`IslandScripts`): the wasm only looks a key up.
    pub fn lookup(key: &str) -> Option<String> {
        let texts = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("doorwayTexts")).ok()?;
        js_sys::Reflect::get(&texts, &JsValue::from_str(key)).ok()?.as_string()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::sentence;

    #[test]
    fn a_sentence_is_cut_where_its_elements_go_in_the_order_of_its_words() {
        let (before, parts) = sentence("settings-email-pending", &["current", "new"], |slot| slot);
        assert_eq!(before, "We sent a code to ");
        assert_eq!(
            parts,
            [
                (1, ". Until you enter it, keep signing in with ".to_string()),
                (0, ".".to_string())
            ]
        );
        let (before, parts) = sentence("settings-two-step-on", &["day", "device"], |slot| slot);
        assert_eq!((before.as_str(), parts.len()), ("Two-step sign-in is on.", 0));
    }
}
