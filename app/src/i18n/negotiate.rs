//! Which language a request is answered in: `?lang=` (the links in emails, the footer's
//! picker), then the language cookie (which a sign-in sets from the profile when the person has
//! not picked one), then `Accept-Language`, then English.
use axum::http::{HeaderMap, HeaderValue, header, request::Parts};
use leptos::prelude::{provide_context, use_context};

use super::{LANGUAGE_COOKIE, catalog};

/// The language the current request is answered in, put in context by the page shell or worked
/// out from the request on first use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageLanguage(pub &'static str);

/// The page's language, for the request being served (English outside any request).
pub fn current_language() -> &'static str {
    if let Some(PageLanguage(language)) = use_context::<PageLanguage>() {
        return language;
    }
    let Some(parts) = use_context::<Parts>() else {
        return "en";
    };
    let language = from_request(&parts);
    provide_context(PageLanguage(language));
    language
}

/// The language of one request, by its query, cookie and `Accept-Language`.
pub fn from_request(parts: &Parts) -> &'static str {
    resolve(
        query_language(parts.uri.query()).as_deref(),
        cookie(&parts.headers, LANGUAGE_COOKIE).as_deref(),
        parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok()),
    )
}

/// The language of a request the app does not render (a refusal before any server function), by
/// its cookie and `Accept-Language`.
pub fn from_headers(headers: &HeaderMap) -> &'static str {
    resolve(
        None,
        cookie(headers, LANGUAGE_COOKIE).as_deref(),
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok()),
    )
}

/// `?lang=` of a query string, if there is one.
pub fn query_language(query: Option<&str>) -> Option<String> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .map(|(_, value)| value.to_string())
}

/// The first of the choices that names a language we have; else English.
pub fn resolve(query: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> &'static str {
    query
        .and_then(supported)
        .or_else(|| cookie.and_then(supported))
        .or_else(|| accept_language.and_then(best_accepted))
        .unwrap_or("en")
}

/// Our own tag for `tag`: exact, else by its primary language (`pt-BR` is `pt`, `zh-Hant` is
/// `zh`), case-insensitively. The pseudo-language only where it exists (local mode).
pub fn supported(tag: &str) -> Option<&'static str> {
    let tag = tag.trim();
    if tag.eq_ignore_ascii_case(catalog::PSEUDO_LANGUAGE) {
        return pseudo_language_offered().then_some(catalog::PSEUDO_LANGUAGE);
    }
    let primary = tag.split(['-', '_']).next()?;
    // Hebrew's old code, which some browsers still send.
    let primary = if primary.eq_ignore_ascii_case("iw") {
        "he"
    } else {
        primary
    };
    catalog::languages().find(|language| language.eq_ignore_ascii_case(primary))
}

/// The best language of an `Accept-Language` header we have: by quality, then order.
fn best_accepted(header: &str) -> Option<&'static str> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(order, range)| {
            let mut parts = range.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|param| param.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (quality > 0.0 && !tag.is_empty()).then_some((quality, order, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().find_map(|(_, _, tag)| supported(tag))
}

/// One cookie's value from a request's `Cookie` headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// The cookie that keeps `language` for a year. Not `HttpOnly`: it holds nothing secret.
pub fn language_cookie(language: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{LANGUAGE_COOKIE}={language}; Path=/; Max-Age=31536000; SameSite=Lax{secure}"
    ))
    .expect("language tags are header-safe")
}

/// The pseudo-language is for developers: local mode only.
fn pseudo_language_offered() -> bool {
    use_context::<super::PseudoLanguageOffered>().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_wins_then_the_cookie_then_the_browser_then_english() {
        assert_eq!(resolve(Some("en"), Some("xx"), Some("en")), "en");
        assert_eq!(resolve(Some("xx"), Some("en"), None), "en");
        assert_eq!(resolve(None, None, Some("tlh, en;q=0.5")), "en");
        assert_eq!(resolve(None, None, Some("tlh")), "en");
        assert_eq!(resolve(None, None, None), "en");
    }

    #[test]
    fn accept_language_is_read_by_quality_and_region_falls_back_to_the_language() {
        assert_eq!(best_accepted("tlh;q=0.9, EN-gb;q=0.8"), Some("en"));
        assert_eq!(best_accepted("en;q=0, tlh"), None);
        assert_eq!(best_accepted("en;q=nonsense"), None);
        assert_eq!(supported("en_US"), Some("en"));
    }

    #[test]
    fn cookies_are_read_by_name() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; lang=de; b=2"));
        assert_eq!(cookie(&headers, "lang").as_deref(), Some("de"));
        assert_eq!(cookie(&headers, "c"), None);
    }
}
