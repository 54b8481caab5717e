//! The `application/x-www-form-urlencoded` format of OAuth's queries, forms and HTTP Basic
//! client credentials (RFC 6749 appendix B and section 2.3.1), shared by local mode's hosted
//! sign-in (`cognito::fidelity::hosted`) and Local ID (`local_id`).
use std::collections::HashMap;

use base64::{Engine, engine::general_purpose::STANDARD};

/// A query's or a form's values by name; the first of each name counts.
pub type Params = HashMap<String, String>;

pub fn parse(text: &str) -> Params {
    let mut params = Params::new();
    for (name, value) in form_urlencoded::parse(text.as_bytes()) {
        params.entry(name.into_owned()).or_insert_with(|| value.into_owned());
    }
    params
}

/// `text` as a query or form value.
pub fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// `url` with `name=value` added to its query.
pub fn append(url: &mut String, name: &str, value: &str) {
    url.push(if url.contains('?') { '&' } else { '?' });
    url.push_str(name);
    url.push('=');
    url.push_str(&encode(value));
}

/// The client id and secret of an `Authorization: Basic` header's value: each half
/// form-urlencoded before they were joined (RFC 6749 section 2.3.1). `None` for anything else.
pub fn basic_credentials(authorization: &str) -> Option<(String, String)> {
    let (scheme, encoded) = authorization.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(STANDARD.decode(encoded.trim()).ok()?).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    let decode = |half: &str| -> String {
        form_urlencoded::parse(format!("v={half}").as_bytes())
            .next()
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default()
    };
    Some((decode(id), decode(secret)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_and_the_first_of_a_name_counts() {
        let text = "a b&c=d/é+%";
        let params = parse(&format!(
            "x={}&scope=openid+email&state=x%3Dy&state=second",
            encode(text)
        ));
        assert_eq!(params["x"], text);
        assert_eq!(params["scope"], "openid email");
        assert_eq!(params["state"], "x=y", "the first value of a name counts");
        let mut url = "https://app.test/cb".to_string();
        append(&mut url, "state", "a b&c");
        append(&mut url, "code", "1");
        assert_eq!(url, "https://app.test/cb?state=a+b%26c&code=1");
    }

    #[test]
    fn basic_credentials_are_decoded_halves() {
        let header = format!("Basic {}", STANDARD.encode("my%3Aclient:s%2Bcret+x"));
        assert_eq!(
            basic_credentials(&header),
            Some(("my:client".to_string(), "s+cret x".to_string()))
        );
        assert_eq!(basic_credentials("Bearer abc"), None);
        assert_eq!(basic_credentials("Basic !!!"), None);
    }
}
