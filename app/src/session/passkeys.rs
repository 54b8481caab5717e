//! The browser's passkeys (WebAuthn), through its own JSON helpers
//! (`PublicKeyCredential.parseRequestOptionsFromJSON`, `parseCreationOptionsFromJSON`, `toJSON`):
//! Cognito's options go in as JSON text and the credential comes out as JSON text, so the wasm
//! carries no WebAuthn encoding of its own. And what this device remembers about signing in:
//! the method used last, and whether it was offered to add a passkey.
use crate::{i18n::tr, model::SignInMethod};

/// The sign-in method this device used last (`localStorage`; no account data).
pub const SIGN_IN_METHOD_KEY: &str = "doorway.sign-in-method";
/// Set once this device was offered to add a passkey after a password sign-in.
pub const PASSKEY_OFFERED_KEY: &str = "doorway.passkey-offered";

/// Why the browser gave no credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasskeyFailure {
    /// The browser has no passkey support (or the page is not on a secure, named origin).
    Unsupported,
    /// The person closed the prompt, it timed out, or no passkey of theirs fits
    /// (`NotAllowedError`: browsers say no more, on purpose).
    Cancelled,
    /// This authenticator holds a passkey for the account already (`InvalidStateError`).
    AlreadyRegistered,
    /// The page's address is not the passkeys' site (`SecurityError`): an IP address, say.
    WrongSite,
    Failed,
}

impl PasskeyFailure {
    /// The catalog key of what the person reads (a page whose island shows it lists `session-` in
    /// its `island_texts`).
    pub fn key(&self) -> &'static str {
        match self {
            Self::Unsupported => "session-passkey-unsupported",
            Self::Cancelled => "session-passkey-cancelled",
            Self::AlreadyRegistered => "session-passkey-already-registered",
            Self::WrongSite => "session-passkey-wrong-site",
            Self::Failed => "session-passkey-failed",
        }
    }

    /// What the person reads, in the page's language.
    pub fn message(&self) -> String {
        tr(self.key())
    }
}

/// Whether the page is opened at an IP address, where no passkey can work (a relying party is
/// a domain name).
pub fn opened_at_ip_address() -> bool {
    #[cfg(feature = "hydrate")]
    {
        let host = web_sys::window()
            .and_then(|window| window.location().hostname().ok())
            .unwrap_or_default();
        host.parse::<std::net::IpAddr>().is_ok() || host.starts_with('[')
    }
    #[cfg(not(feature = "hydrate"))]
    false
}

/// Whether passkeys can be used on this page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    Here,
    /// Opened at an IP address, where no passkey works: the same page at `localhost` would do.
    AtIpAddress,
    /// The browser has no passkeys (or not the JSON helpers this app relies on).
    Unsupported,
}

pub fn availability() -> Availability {
    if opened_at_ip_address() {
        Availability::AtIpAddress
    } else if supported() {
        Availability::Here
    } else {
        Availability::Unsupported
    }
}

/// This page's scheme and port at `localhost`, then `path`: `http://localhost:3000/login`.
pub fn at_localhost(path: &str) -> String {
    #[cfg(feature = "hydrate")]
    {
        let location = web_sys::window().map(|window| window.location());
        let part = |read: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
            location
                .as_ref()
                .and_then(|location| read(location).ok())
                .unwrap_or_default()
        };
        let (protocol, port) = (part(web_sys::Location::protocol), part(web_sys::Location::port));
        let port = if port.is_empty() {
            String::new()
        } else {
            format!(":{port}")
        };
        format!("{protocol}//localhost{port}{path}")
    }
    #[cfg(not(feature = "hydrate"))]
    format!("http://localhost:3000{path}")
}

pub fn last_method() -> Option<SignInMethod> {
    #[cfg(feature = "hydrate")]
    {
        use gloo_storage::{LocalStorage, Storage};
        LocalStorage::get::<String>(SIGN_IN_METHOD_KEY)
            .ok()
            .and_then(|key| SignInMethod::from_key(&key))
    }
    #[cfg(not(feature = "hydrate"))]
    None
}

pub fn remember_method(method: SignInMethod) {
    #[cfg(feature = "hydrate")]
    {
        use gloo_storage::{LocalStorage, Storage};
        let _ = LocalStorage::set(SIGN_IN_METHOD_KEY, method.key());
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = method;
}

/// Whether to offer adding a passkey now: once per device, where a passkey can be made on the
/// device itself (a platform authenticator with user verification). Asking marks it offered.
pub async fn offer_passkey_once() -> bool {
    #[cfg(feature = "hydrate")]
    {
        use gloo_storage::{LocalStorage, Storage};
        if LocalStorage::raw()
            .get_item(PASSKEY_OFFERED_KEY)
            .ok()
            .flatten()
            .is_some()
            || !platform_authenticator().await
        {
            return false;
        }
        let _ = LocalStorage::set(PASSKEY_OFFERED_KEY, true);
        true
    }
    #[cfg(not(feature = "hydrate"))]
    false
}

/// Signs with a passkey for Cognito's request options; the credential as JSON text.
pub async fn get(options: &str) -> Result<String, PasskeyFailure> {
    #[cfg(feature = "hydrate")]
    {
        browser::ceremony("parseRequestOptionsFromJSON", "get", options).await
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = options;
        Err(PasskeyFailure::Unsupported)
    }
}

/// Makes a passkey for Cognito's creation options; the credential as JSON text.
pub async fn create(options: &str) -> Result<String, PasskeyFailure> {
    #[cfg(feature = "hydrate")]
    {
        browser::ceremony("parseCreationOptionsFromJSON", "create", options).await
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = options;
        Err(PasskeyFailure::Unsupported)
    }
}

/// Whether this browser has passkeys with the JSON helpers this app relies on.
pub fn supported() -> bool {
    #[cfg(feature = "hydrate")]
    {
        browser::public_key_credential()
            .map(|class| {
                ["parseRequestOptionsFromJSON", "parseCreationOptionsFromJSON"]
                    .iter()
                    .all(|name| browser::function(&class, name).is_some())
            })
            .unwrap_or(false)
    }
    #[cfg(not(feature = "hydrate"))]
    false
}

#[cfg(feature = "hydrate")]
async fn platform_authenticator() -> bool {
    let Some(class) = browser::public_key_credential().filter(|_| supported()) else {
        return false;
    };
    let Some(check) = browser::function(&class, "isUserVerifyingPlatformAuthenticatorAvailable") else {
        return false;
    };
    match check.call0(&class) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise))
            .await
            .map(|available| available.as_bool() == Some(true))
            .unwrap_or(false),
        Err(_) => false,
    }
}

/// The calls, by name through `Reflect`: no `web-sys` WebAuthn bindings in the wasm.
#[cfg(feature = "hydrate")]
mod browser {
    use js_sys::{Function, JSON, Object, Promise, Reflect};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    use super::PasskeyFailure;

    pub fn public_key_credential() -> Option<JsValue> {
        let class = Reflect::get(&js_sys::global(), &"PublicKeyCredential".into()).ok()?;
        (!class.is_undefined()).then_some(class)
    }

    pub fn function(target: &JsValue, name: &str) -> Option<Function> {
        Reflect::get(target, &name.into()).ok()?.dyn_into::<Function>().ok()
    }

    /// `navigator.credentials[call]({ publicKey: PublicKeyCredential[parse](JSON.parse(options)) })`,
    /// then `JSON.stringify(credential.toJSON())`.
    pub async fn ceremony(parse: &str, call: &str, options: &str) -> Result<String, PasskeyFailure> {
        let class = public_key_credential().ok_or(PasskeyFailure::Unsupported)?;
        let parse = function(&class, parse).ok_or(PasskeyFailure::Unsupported)?;
        let options = JSON::parse(options).map_err(|_| PasskeyFailure::Failed)?;
        let public_key = parse.call1(&class, &options).map_err(|_| PasskeyFailure::Failed)?;
        let request = Object::new();
        Reflect::set(&request, &"publicKey".into(), &public_key).map_err(|_| PasskeyFailure::Failed)?;
        let credentials = web_sys::window()
            .map(|window| window.navigator())
            .and_then(|navigator| Reflect::get(&navigator, &"credentials".into()).ok())
            .ok_or(PasskeyFailure::Unsupported)?;
        let ceremony = function(&credentials, call).ok_or(PasskeyFailure::Unsupported)?;
        let promise = ceremony.call1(&credentials, &request).map_err(failure)?;
        let credential = JsFuture::from(Promise::from(promise)).await.map_err(failure)?;
        let to_json = function(&credential, "toJSON").ok_or(PasskeyFailure::Unsupported)?;
        let json = to_json.call0(&credential).map_err(|_| PasskeyFailure::Failed)?;
        JSON::stringify(&json)
            .ok()
            .and_then(|text| text.as_string())
            .ok_or(PasskeyFailure::Failed)
    }

    /// The browser's `DOMException`, by its name.
    fn failure(error: JsValue) -> PasskeyFailure {
        let name = Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|name| name.as_string())
            .unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "AbortError" => PasskeyFailure::Cancelled,
            "InvalidStateError" => PasskeyFailure::AlreadyRegistered,
            "SecurityError" => PasskeyFailure::WrongSite,
            "NotSupportedError" => PasskeyFailure::Unsupported,
            _ => PasskeyFailure::Failed,
        }
    }
}
