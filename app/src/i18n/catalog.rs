//! The catalogs, one Fluent bundle per language, built once from the `.ftl` files compiled into
//! the server.
use std::{
    borrow::Cow,
    collections::{BTreeMap, BTreeSet, HashMap},
    sync::{Arc, LazyLock, Mutex},
};

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};

/// The catalog files of one language, as the area of the app they cover.
const FILES: [&str; 6] = ["common", "pages", "sign-in", "settings", "messages", "emails"];

macro_rules! catalogs {
    ($($language:literal),* $(,)?) => {
        &[$(($language, [
            include_str!(concat!("../../locales/", $language, "/common.ftl")),
            include_str!(concat!("../../locales/", $language, "/pages.ftl")),
            include_str!(concat!("../../locales/", $language, "/sign-in.ftl")),
            include_str!(concat!("../../locales/", $language, "/settings.ftl")),
            include_str!(concat!("../../locales/", $language, "/messages.ftl")),
            include_str!(concat!("../../locales/", $language, "/emails.ftl")),
        ])),*]
    };
}

/// Every language with a catalog, English first (it is the fallback and the reference).
const SOURCES: &[(&str, [&str; FILES.len()])] = catalogs!(
    "en", "de", "es", "fr", "it", "nl", "pl", "pt", "sv", "tr", "uk", "ru", "ar", "he", "hi", "id", "vi", "zh", "ja",
    "ko"
);

/// Local mode's pseudo-language: the English text, accented, lengthened and bracketed, so any
/// text left untranslated and any layout that breaks with longer words shows at a glance.
pub const PSEUDO_LANGUAGE: &str = "en-XA";

struct Catalog {
    language: &'static str,
    bundle: FluentBundle<FluentResource>,
}

static CATALOGS: LazyLock<Vec<Catalog>> = LazyLock::new(|| {
    let mut catalogs: Vec<Catalog> = SOURCES
        .iter()
        .map(|(language, sources)| Catalog {
            language,
            bundle: bundle(language, sources, None),
        })
        .collect();
    catalogs.push(Catalog {
        language: PSEUDO_LANGUAGE,
        bundle: bundle("en", &SOURCES[0].1, Some(pseudo)),
    });
    catalogs
});

fn bundle(language: &str, sources: &[&str], transform: Option<fn(&str) -> Cow<str>>) -> FluentBundle<FluentResource> {
    let tag = language.parse().expect("catalog languages are valid tags");
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No bidi isolation marks around placeholders: the page sets `dir`, and the marks would
    // end up in attributes and emails.
    bundle.set_use_isolating(false);
    bundle.set_transform(transform);
    for (file, source) in FILES.iter().zip(sources) {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{language}/{file}.ftl does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{language}/{file}.ftl repeats a key: {errors:?}"));
    }
    bundle
}

/// The languages whose catalogs exist, English first (not the pseudo-language).
pub fn languages() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(language, _)| *language)
}

fn catalog(language: &str) -> &'static Catalog {
    CATALOGS
        .iter()
        .find(|catalog| catalog.language == language)
        .unwrap_or(&CATALOGS[0])
}

/// Every message key, from the English catalog.
pub fn keys() -> impl Iterator<Item = &'static str> {
    static KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        SOURCES[0]
            .1
            .iter()
            .flat_map(|source| source.lines())
            .filter_map(|line| line.split_once(" =").map(|(key, _)| key))
            .filter(|key| key.starts_with(|c: char| c.is_ascii_lowercase()) && !key.contains(' '))
            .collect()
    });
    KEYS.iter().copied()
}

/// The message `key` in `language` (English when that catalog lacks it), with `args`; a number
/// picks the plural form by the language's CLDR rules.
pub fn render(language: &str, key: &str, args: &[(&str, &str)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value.parse::<f64>() {
            Ok(number) if !value.is_empty() => FluentValue::from(number),
            _ => FluentValue::from(*value),
        };
        fluent_args.set(*name, value);
    }
    format(language, key, Some(&fluent_args)).unwrap_or_else(|| {
        tracing::error!(key, language, "a message is missing from the English catalog");
        key.to_string()
    })
}

/// The message `key` with its placeholders left as `{$name}`, for an island to fill in.
pub fn pattern(language: &str, key: &str) -> String {
    format(language, key, None).unwrap_or_else(|| key.to_string())
}

fn format(language: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    [catalog(language), &CATALOGS[0]].into_iter().find_map(|catalog| {
        let bundle = &catalog.bundle;
        let pattern = bundle.get_message(key)?.value()?;
        // Errors here are placeholders left unfilled, which `pattern` wants.
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
    })
}

/// The texts of a page's islands in one language (`super::island_texts`): the JSON of every
/// message whose key starts with one of the prefixes, placeholders left, and those keys.
pub struct IslandTexts {
    pub json: String,
    pub keys: Vec<&'static str>,
}

/// `IslandTexts` for `language` and `prefixes`, made once: a page asks for the same prefixes at
/// every render, so there are as many as languages times the pages' sets of prefixes.
pub fn island_texts(language: &'static str, prefixes: &[&str]) -> Arc<IslandTexts> {
    type Made = HashMap<(&'static str, Vec<String>), Arc<IslandTexts>>;
    static MADE: LazyLock<Mutex<Made>> = LazyLock::new(Mutex::default);
    let id = (language, prefixes.iter().map(|prefix| prefix.to_string()).collect());
    let mut made = MADE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    made.entry(id)
        .or_insert_with(|| {
            let texts: BTreeMap<&'static str, String> = keys()
                .filter(|key| prefixes.iter().any(|prefix| key.starts_with(prefix)))
                .map(|key| (key, pattern(language, key)))
                .collect();
            Arc::new(IslandTexts {
                json: serde_json::to_string(&texts).expect("texts serialize"),
                keys: texts.into_keys().collect(),
            })
        })
        .clone()
}

/// The keys the page's islands were given (`island_texts`), for the request being rendered.
#[derive(Clone, Default)]
struct IslandKeys(Arc<Mutex<BTreeSet<String>>>);

pub fn offer_to_islands<'k>(keys: impl Iterator<Item = &'k str>) {
    use leptos::prelude::{provide_context, use_context};
    // Only `check_island_has` reads them, and only in debug builds.
    if !cfg!(debug_assertions) {
        return;
    }
    let offered = use_context::<IslandKeys>().unwrap_or_else(|| {
        let offered = IslandKeys::default();
        provide_context(offered.clone());
        offered
    });
    let mut offered = offered.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    offered.extend(keys.map(str::to_string));
}

/// Inside an island (which Leptos renders "hydrating"), a key the page's islands were not given
/// would show as the bare key once the island runs in the browser: debug builds (and so every
/// test) stop at it.
pub fn check_island_has(key: &str) {
    use leptos::{prelude::use_context, reactive::owner::IsHydrating};
    if cfg!(debug_assertions) && use_context::<IsHydrating>().is_some_and(|IsHydrating(inside)| inside) {
        let offered = use_context::<IslandKeys>().is_some_and(|offered| {
            offered
                .0
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .contains(key)
        });
        assert!(
            offered,
            "an island renders `{key}`, which no `island_texts` of the page gives it"
        );
    }
}

/// Accented, about a third longer, in brackets: "[Ŝîĝñ îñ ~~~]".
fn pseudo(text: &str) -> Cow<'_, str> {
    const PLAIN: &str = "aceginorsuyACEGINORSUY";
    const MARKED: [char; 22] = [
        'á', 'ç', 'é', 'ĝ', 'î', 'ñ', 'ö', 'ŕ', 'š', 'ü', 'ý', 'Å', 'Ç', 'É', 'Ĝ', 'Î', 'Ñ', 'Ö', 'Ŕ', 'Š', 'Ü', 'Ý',
    ];
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let accented: String = text.chars().map(|c| PLAIN.find(c).map_or(c, |at| MARKED[at])).collect();
    let padding = "~".repeat(text.chars().count().div_ceil(3));
    Cow::Owned(format!("[{accented} {padding}]"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_parses_and_has_every_english_key_with_the_same_placeholders() {
        let english = catalog("en");
        for catalog in CATALOGS.iter() {
            for key in keys() {
                let message = catalog.bundle.get_message(key);
                assert!(message.is_some(), "{} lacks `{key}`", catalog.language);
                assert_eq!(
                    placeholders(catalog, key),
                    placeholders(english, key),
                    "{}: `{key}` has other placeholders than English",
                    catalog.language
                );
            }
        }
    }

    /// The `{ $name }` variables a message uses.
    fn placeholders(catalog: &Catalog, key: &str) -> BTreeSet<String> {
        let rendered = format(catalog.language, key, None).unwrap_or_default();
        rendered
            .split("{$")
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
            .collect()
    }

    #[test]
    fn the_pages_offer_exactly_the_languages_with_a_catalog() {
        let offered: Vec<&str> = super::super::LANGUAGES.iter().map(|(tag, _)| *tag).collect();
        assert_eq!(languages().collect::<Vec<_>>(), offered);
    }

    #[test]
    fn english_is_the_fallback_and_a_number_picks_the_plural_form() {
        assert_eq!(
            render("en", "error-too-many-attempts", &[("seconds", "1")]),
            "Too many attempts. Try again in 1 second."
        );
        assert_eq!(
            render("en", "error-too-many-attempts", &[("seconds", "12")]),
            "Too many attempts. Try again in 12 seconds."
        );
        assert_eq!(render("tlh", "form-show", &[]), render("en", "form-show", &[]));
    }

    #[test]
    fn plural_forms_follow_each_languages_cldr_rules() {
        let waits = |language: &str, counts: &[&str]| -> Vec<String> {
            let render = |seconds: &str| render(language, "error-too-many-attempts", &[("seconds", seconds)]);
            counts.iter().map(|seconds| render(seconds)).collect()
        };
        // Russian: 1 секунду, 3 секунды, 5 секунд; 21 is "one" again, 22 "few".
        let russian = waits("ru", &["1", "3", "5", "21", "22"]);
        assert!(
            russian[0].contains("1 секунду") && russian[1].contains("3 секунды") && russian[2].contains("5 секунд")
        );
        assert!(
            russian[3].contains("21 секунду") && russian[4].contains("22 секунды"),
            "{russian:?}"
        );
        // Arabic has six forms; 1 and 2 are words of their own, 3 and 11 differ.
        let arabic = waits("ar", &["1", "2", "3", "11"]);
        assert!(!arabic[0].contains('1') && !arabic[1].contains('2'), "{arabic:?}");
        assert_ne!(arabic[2].replace('3', ""), arabic[3].replace("11", ""));
        // Japanese has one form.
        let japanese = waits("ja", &["1", "7"]);
        assert_eq!(japanese[0].replace('1', ""), japanese[1].replace('7', ""));
    }

    #[test]
    fn the_pseudo_language_marks_every_text_and_keeps_placeholders() {
        let shown = render(PSEUDO_LANGUAGE, "error-too-many-attempts", &[("seconds", "12")]);
        assert!(
            shown.starts_with('[') && shown.contains("12") && shown.contains('~'),
            "{shown}"
        );
        assert!(pattern(PSEUDO_LANGUAGE, "error-too-many-attempts").contains("{$seconds}"));
    }
}
