//! The time zones and languages a profile can pick from, and the defaults taken from what the
//! browser reports.
pub use crate::i18n::LANGUAGES;

/// IANA time zone names, roughly west to east.
pub const TIME_ZONES: &[&str] = &[
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Denver",
    "America/Phoenix",
    "America/Chicago",
    "America/Mexico_City",
    "America/Bogota",
    "America/Lima",
    "America/New_York",
    "America/Toronto",
    "America/Halifax",
    "America/Santiago",
    "America/St_Johns",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "Atlantic/Reykjavik",
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Africa/Lagos",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Rome",
    "Europe/Amsterdam",
    "Europe/Stockholm",
    "Europe/Warsaw",
    "Africa/Cairo",
    "Africa/Johannesburg",
    "Europe/Athens",
    "Europe/Helsinki",
    "Europe/Kyiv",
    "Europe/Istanbul",
    "Africa/Nairobi",
    "Europe/Moscow",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Dhaka",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Australia/Perth",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Adelaide",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Pacific/Auckland",
];

pub const DEFAULT_TIME_ZONE: &str = "UTC";
pub const DEFAULT_LANGUAGE: &str = "en";

/// The browser's time zone if the list has it, else UTC.
pub fn time_zone_or_default(reported: Option<&str>) -> &'static str {
    reported
        .and_then(|zone| TIME_ZONES.iter().find(|known| **known == zone))
        .copied()
        .unwrap_or(DEFAULT_TIME_ZONE)
}

/// The browser's language (`pt-BR` counts as `pt`) if the list has it, else English.
pub fn language_or_default(reported: Option<&str>) -> &'static str {
    let primary = reported
        .and_then(|tag| tag.split(['-', '_']).next())
        .map(str::to_ascii_lowercase);
    LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| Some(*code) == primary.as_deref())
        .unwrap_or(DEFAULT_LANGUAGE)
}

/// "America/Argentina/Buenos_Aires" as "America / Argentina / Buenos Aires".
pub fn time_zone_label(zone: &str) -> String {
    zone.replace('_', " ").replace('/', " / ")
}

/// An RFC 3339 time as the person reads it in `time_zone`: the browser's own formatting
/// (`Intl`), in the page's language, with the zone's name; on the server, which never shows
/// these, the UTC text.
pub fn local_time(rfc3339: &str, time_zone: &str) -> String {
    match intl_format(rfc3339, time_zone, true) {
        Some(shown) => format!("{shown} ({})", time_zone_label(time_zone)),
        None => rfc3339.replace('T', " ").trim_end_matches('Z').to_string() + " UTC",
    }
}

/// The day of an RFC 3339 time as the person reads it in `time_zone` ("5 déc. 2026"), as
/// `local_time` formats it; on the server, the UTC day (`2026-12-05`).
pub fn local_day(rfc3339: &str, time_zone: &str) -> String {
    intl_format(rfc3339, time_zone, false).unwrap_or_else(|| rfc3339.get(..10).unwrap_or(rfc3339).to_string())
}

/// `Intl.DateTimeFormat` in the page's language and `time_zone`: the date, and the time with it.
#[cfg(feature = "hydrate")]
fn intl_format(rfc3339: &str, time_zone: &str, with_time: bool) -> Option<String> {
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| js_sys::Reflect::set(&options, &key.into(), &value.into());
    set("timeZone", time_zone).and(set("dateStyle", "medium")).ok()?;
    if with_time {
        set("timeStyle", "short").ok()?;
    }
    let locales = js_sys::Array::of1(&crate::i18n::current_language().into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
    let date = js_sys::Date::new(&rfc3339.into());
    format.call1(&wasm_bindgen::JsValue::NULL, &date).ok()?.as_string()
}

#[cfg(not(feature = "hydrate"))]
fn intl_format(_rfc3339: &str, _time_zone: &str, _with_time: bool) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_reports_map_onto_the_lists() {
        assert_eq!(time_zone_or_default(Some("Europe/Berlin")), "Europe/Berlin");
        assert_eq!(time_zone_or_default(Some("Etc/GMT+5")), "UTC");
        assert_eq!(time_zone_or_default(None), "UTC");
        assert_eq!(language_or_default(Some("pt-BR")), "pt");
        assert_eq!(language_or_default(Some("DE")), "de");
        assert_eq!(language_or_default(Some("tlh")), "en");
        assert_eq!(language_or_default(None), "en");
    }

    #[test]
    fn labels_read_as_words() {
        assert_eq!(time_zone_label("America/St_Johns"), "America / St Johns");
    }
}
