//! The sign-in marker: after a sign-in the browser keeps a cookie, signed by the server, that says
//! "this browser signed in to this account before". The rate limits give a request carrying a
//! valid marker for the account it names a quota of its own (`rate_limit.rs`), so a stranger who
//! spends an email's quotas, from their own network or across many, does not keep the owner's
//! browser out.
//!
//! The cookie holds a few entries, newest first, each an expiry and a truncated HMAC-SHA256 of the
//! expiry and one account key (the normalised email, or `user <name>` for a sign-in's second step)
//! under the server's [`MarkerKey`]. It names no account, and only the key makes a valid one: a
//! made-up entry, or one for another account, vouches for nothing. It goes only to the server
//! functions (`Path=/api`), never to scripts (`HttpOnly`) or with another site's requests
//! (`SameSite=Strict`), and only over HTTPS when the app is served over it (`Secure`). Its value is
//! never logged.
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use app::backend::config::MarkerKey;
use axum::http::{HeaderMap, HeaderValue, header};

pub const COOKIE_NAME: &str = "signed_in_before";

/// How long an entry vouches after the sign-in that made it; each sign-in renews it.
pub const LIFETIME: Duration = Duration::from_secs(90 * 24 * 60 * 60);

/// Entries one browser keeps: two per account (its email, and its user name for the second step),
/// for the last four accounts it signed in to. Older ones make way.
const MOST_ENTRIES: usize = 8;

/// 128 bits of the HMAC: beyond guessing, and half the cookie.
const TAG_BYTES: usize = 16;

/// A cookie longer than this is not read: the largest the server makes is about 350 bytes.
const LONGEST_COOKIE: usize = 1024;

/// One marker entry's tag, which names its quota in the rate limits.
pub type MarkerId = [u8; TAG_BYTES];

struct Entry {
    expires: u64,
    tag: MarkerId,
}

impl Entry {
    /// `expires.tag`: Unix seconds, then the tag in hex.
    fn parse(text: &str) -> Option<Self> {
        let (expires, tag) = text.split_once('.')?;
        let expires = expires.parse().ok()?;
        if tag.len() != 2 * TAG_BYTES {
            return None;
        }
        let mut bytes = [0u8; TAG_BYTES];
        for (byte, pair) in bytes.iter_mut().zip(tag.as_bytes().chunks(2)) {
            *byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
        }
        Some(Self { expires, tag: bytes })
    }

    fn text(&self) -> String {
        let hex: String = self.tag.iter().map(|byte| format!("{byte:02x}")).collect();
        format!("{}.{hex}", self.expires)
    }
}

/// Makes and checks markers with the server's key.
pub struct Markers {
    key: MarkerKey,
    /// Whether the cookie is `Secure`: the app is served over HTTPS (`PUBLIC_URL`).
    secure: bool,
}

impl Markers {
    pub fn new(key: MarkerKey, secure: bool) -> Self {
        Self { key, secure }
    }

    fn signed(account: &str, expires: u64) -> Vec<u8> {
        format!("doorway sign-in marker\n{expires}\n{account}").into_bytes()
    }

    fn vouches(&self, entry: &Entry, account: &str, now: u64) -> bool {
        entry.expires > now && self.key.verify(&Self::signed(account, entry.expires), &entry.tag)
    }

    /// The entry of the request's marker that vouches for `account` (an account key, as the rate
    /// limits count it), if one does.
    pub fn vouching_for(&self, headers: &HeaderMap, account: &str, now: u64) -> Option<MarkerId> {
        entries(headers)
            .into_iter()
            .find(|entry| self.vouches(entry, account, now))
            .map(|entry| entry.tag)
    }

    /// The cookie to set after a sign-in to `accounts` (its account keys): fresh entries for
    /// them, then the request's other entries still in date, up to the most a browser keeps.
    pub fn after_sign_in(&self, headers: &HeaderMap, accounts: &[String], now: u64) -> HeaderValue {
        let expires = now + LIFETIME.as_secs();
        let fresh = accounts.iter().map(|account| {
            let tag = self.key.sign(&Self::signed(account, expires));
            Entry {
                expires,
                tag: tag[..TAG_BYTES].try_into().expect("a SHA-256 HMAC is 32 bytes"),
            }
        });
        let kept = entries(headers)
            .into_iter()
            .filter(|entry| entry.expires > now && !accounts.iter().any(|account| self.vouches(entry, account, now)));
        let value: Vec<String> = fresh.chain(kept).take(MOST_ENTRIES).map(|entry| entry.text()).collect();
        let cookie = format!(
            "{COOKIE_NAME}={}; Path=/api; Max-Age={}; HttpOnly; SameSite=Strict{}",
            value.join("~"),
            LIFETIME.as_secs(),
            if self.secure { "; Secure" } else { "" }
        );
        HeaderValue::from_str(&cookie).expect("digits, hex and ASCII attributes")
    }
}

/// The entries of the request's marker cookie, if it has one of a sensible size.
fn entries(headers: &HeaderMap) -> Vec<Entry> {
    let prefix = format!("{COOKIE_NAME}=");
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix(&prefix))
        .filter(|value| value.len() <= LONGEST_COOKIE)
        .flat_map(|value| value.split('~'))
        .take(MOST_ENTRIES)
        .filter_map(Entry::parse)
        .collect()
}

/// Now, in Unix seconds.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_800_000_000;

    fn markers(secure: bool) -> Markers {
        Markers::new(MarkerKey::new(b"a key of at least thirty-two bytes, for tests"), secure)
    }

    /// A request carrying the cookie a `Set-Cookie` value sets.
    fn carrying(set_cookie: &HeaderValue) -> HeaderMap {
        let pair = set_cookie.to_str().unwrap().split(';').next().unwrap().to_string();
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("theme=dark; {pair}")).unwrap(),
        );
        headers
    }

    fn accounts(keys: &[&str]) -> Vec<String> {
        keys.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_cookie_is_http_only_strict_for_the_api_secure_over_https_and_names_no_account() {
        let set = markers(false).after_sign_in(&HeaderMap::new(), &accounts(&["ada@example.com"]), NOW);
        let set = set.to_str().unwrap();
        assert!(set.starts_with("signed_in_before="), "{set}");
        assert!(
            set.ends_with("; Path=/api; Max-Age=7776000; HttpOnly; SameSite=Strict"),
            "{set}"
        );
        assert!(!set.contains("ada"), "{set}");
        let secure = markers(true).after_sign_in(&HeaderMap::new(), &accounts(&["ada@example.com"]), NOW);
        assert!(secure.to_str().unwrap().ends_with("; SameSite=Strict; Secure"));
    }

    #[test]
    fn a_marker_vouches_for_its_own_accounts_until_it_expires() {
        let markers = markers(false);
        let set = markers.after_sign_in(&HeaderMap::new(), &accounts(&["ada@example.com", "user 1f9c"]), NOW);
        let request = carrying(&set);
        let ada = markers.vouching_for(&request, "ada@example.com", NOW + 60).unwrap();
        let user = markers.vouching_for(&request, "user 1f9c", NOW + 60).unwrap();
        assert_ne!(ada, user, "each account has a quota of its own");
        assert_eq!(markers.vouching_for(&request, "bob@example.com", NOW), None);
        assert_eq!(markers.vouching_for(&HeaderMap::new(), "ada@example.com", NOW), None);
        let expiry = NOW + LIFETIME.as_secs();
        assert!(markers.vouching_for(&request, "ada@example.com", expiry - 1).is_some());
        assert_eq!(markers.vouching_for(&request, "ada@example.com", expiry), None);
    }

    #[test]
    fn forged_altered_or_foreign_markers_vouch_for_nothing() {
        let markers = markers(false);
        let set = markers.after_sign_in(&HeaderMap::new(), &accounts(&["ada@example.com"]), NOW);
        let (expires, tag) = set.to_str().unwrap()["signed_in_before=".len()..]
            .split(';')
            .next()
            .unwrap()
            .split_once('.')
            .unwrap();
        let cookie = |value: String| {
            let mut headers = HeaderMap::new();
            headers.insert(
                header::COOKIE,
                HeaderValue::from_str(&format!("signed_in_before={value}")).unwrap(),
            );
            headers
        };
        let flipped = format!("{}{}", if tag.starts_with('0') { "1" } else { "0" }, &tag[1..]);
        let later: u64 = expires.parse::<u64>().unwrap() + 1000;
        for forged in [
            format!("{expires}.{flipped}"),
            // A later expiry on the same tag: the expiry is signed too.
            format!("{later}.{tag}"),
            format!("{expires}.{}", "0".repeat(32)),
            format!("{expires}.{}", &tag[..16]),
            "garbage".to_string(),
        ] {
            assert_eq!(
                markers.vouching_for(&cookie(forged.clone()), "ada@example.com", NOW),
                None,
                "{forged}"
            );
        }
        let elsewhere = Markers::new(MarkerKey::new(b"another server's key, as long as the first"), false);
        assert_eq!(elsewhere.vouching_for(&carrying(&set), "ada@example.com", NOW), None);
    }

    #[test]
    fn a_sign_in_renews_its_own_entries_and_keeps_a_few_other_accounts() {
        let markers = markers(false);
        let mut request = HeaderMap::new();
        for n in 0..6 {
            let accounts = accounts(&[&format!("person{n}@example.com"), &format!("user {n}")]);
            request = carrying(&markers.after_sign_in(&request, &accounts, NOW + n));
        }
        for n in 2..6 {
            let email = format!("person{n}@example.com");
            assert!(markers.vouching_for(&request, &email, NOW + 10).is_some(), "{email}");
        }
        assert_eq!(markers.vouching_for(&request, "person1@example.com", NOW + 10), None);
        // Signing in again to one of them renews its entries, without a duplicate.
        let again = markers.after_sign_in(&request, &accounts(&["person3@example.com", "user 3"]), NOW + 100);
        let again = again.to_str().unwrap();
        let entries = again.split(';').next().unwrap().split('~').count();
        assert_eq!(entries, MOST_ENTRIES);
        let request = carrying(&HeaderValue::from_str(again).unwrap());
        for n in 2..6 {
            assert!(markers.vouching_for(&request, &format!("user {n}"), NOW + 10).is_some());
        }
        let value = again.split(';').next().unwrap();
        assert!(value.len() < 400, "{}", value.len());
    }

    #[test]
    fn an_oversized_cookie_is_not_read() {
        let markers = markers(false);
        let set = markers.after_sign_in(&HeaderMap::new(), &accounts(&["ada@example.com"]), NOW);
        let value = set.to_str().unwrap().split(';').next().unwrap().to_string();
        let padded = format!("{value}{}", "~x".repeat(LONGEST_COOKIE));
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(&padded).unwrap());
        assert_eq!(markers.vouching_for(&headers, "ada@example.com", NOW), None);
    }
}
