//! Cognito's session for a passkey sign-in (or a passkey proof in settings), sealed into a
//! handle of one size.
//!
//! Cognito's sessions vary in length, and an address Cognito offers no passkey challenge for gets
//! a stand-in of ours: handed to the browser as they are, their sizes would tell the two apart.
//! So the browser only ever holds this handle: the session padded to the longest Cognito gives
//! and sealed with AES-256-GCM. Padding alone would fix the size, but a readable length (or where
//! the padding starts) would still show the session's own length, and a stand-in would have to
//! imitate the inside of Cognito's sessions; sealed, every handle is the same number of
//! random-looking characters, real or stand-in, and only the server can open one.
//!
//! Nothing is kept on the server, so any instance opens a handle another one made (README,
//! "Running many instances"): the key is derived from the browser's app client's secret (else the
//! server-only one's), which every instance has. Without a secret each process makes its own key,
//! and a passkey sign-in must then finish on the instance that started it.
use std::sync::OnceLock;

use aws_lc_rs::{
    aead::{AES_256_GCM, Aad, NONCE_LEN, Nonce, RandomizedNonceKey},
    hkdf::{HKDF_SHA256, Salt},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore;

use crate::validation::{COGNITO_SESSION_MAX_LEN, is_passkey_session};

/// The session's length, then the session padded to the longest Cognito gives.
const PLAINTEXT_LEN: usize = 2 + COGNITO_SESSION_MAX_LEN;
const TAG_LEN: usize = 16;
const KEY_LEN: usize = 32;
/// Bound into every handle, so that nothing else sealed with a key derived from the same secret
/// opens as one.
const PURPOSE: &[u8] = b"doorway passkey sign-in session";

/// Seals and opens passkey sign-in sessions.
pub struct ChallengeHandles {
    key: [u8; KEY_LEN],
}

impl ChallengeHandles {
    /// Handles keyed by `secret` (the app client's), so every instance with it opens them; a key
    /// of this process's own without one.
    pub fn keyed_by(secret: Option<&str>) -> Self {
        let key = match secret {
            Some(secret) => derived_key(secret),
            None => *process_key(),
        };
        Self { key }
    }

    /// The handle for Cognito's `session`; `None` for one longer than Cognito's documented
    /// maximum, which no handle of the one size holds.
    pub fn seal(&self, session: &str) -> Option<String> {
        let session = session.as_bytes();
        if session.len() > COGNITO_SESSION_MAX_LEN {
            return None;
        }
        let mut sealed = Vec::with_capacity(PLAINTEXT_LEN + TAG_LEN);
        sealed.extend(u16::try_from(session.len()).ok()?.to_be_bytes());
        sealed.extend(session);
        sealed.resize(PLAINTEXT_LEN, 0);
        let key = RandomizedNonceKey::new(&AES_256_GCM, &self.key).ok()?;
        let nonce = key.seal_in_place_append_tag(Aad::from(PURPOSE), &mut sealed).ok()?;
        let mut handle = Vec::with_capacity(NONCE_LEN + sealed.len());
        handle.extend(nonce.as_ref());
        handle.extend(sealed);
        Some(URL_SAFE_NO_PAD.encode(handle))
    }

    /// Cognito's session inside `handle`, exactly as it was sealed; `None` for anything this
    /// server did not make (or made with another key).
    pub fn open(&self, handle: &str) -> Option<String> {
        if !is_passkey_session(handle) {
            return None;
        }
        let mut nonce = URL_SAFE_NO_PAD.decode(handle).ok()?;
        let mut sealed = nonce.split_off(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(&nonce).ok()?;
        let key = RandomizedNonceKey::new(&AES_256_GCM, &self.key).ok()?;
        let plaintext = key.open_in_place(nonce, Aad::from(PURPOSE), &mut sealed).ok()?;
        let (length, padded) = plaintext.split_first_chunk::<2>()?;
        let session = padded.get(..usize::from(u16::from_be_bytes(*length)))?;
        String::from_utf8(session.to_vec()).ok()
    }
}

/// A key for handles only, from the client secret (HKDF-SHA256): knowing a handle's key tells
/// nothing about the secret.
fn derived_key(secret: &str) -> [u8; KEY_LEN] {
    let mut key = [0u8; KEY_LEN];
    Salt::new(HKDF_SHA256, PURPOSE)
        .extract(secret.as_bytes())
        .expand(&[PURPOSE], HKDF_SHA256)
        .and_then(|okm| okm.fill(&mut key))
        .expect("HKDF-SHA256 gives 32 bytes");
    key
}

fn process_key() -> &'static [u8; KEY_LEN] {
    static KEY: OnceLock<[u8; KEY_LEN]> = OnceLock::new();
    KEY.get_or_init(|| {
        let mut key = [0u8; KEY_LEN];
        rand::thread_rng().fill_bytes(&mut key);
        key
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::PASSKEY_SESSION_LEN;

    /// Cognito's sessions look like this, at lengths from 20 to 2048.
    fn cognito_session(len: usize) -> String {
        "AYABeC0ffee-_".chars().cycle().take(len).collect()
    }

    #[test]
    fn every_handle_has_one_length_and_opens_to_exactly_the_session_sealed() {
        let handles = ChallengeHandles::keyed_by(Some("client secret"));
        for len in [0, 20, 920, 1187, COGNITO_SESSION_MAX_LEN] {
            let session = cognito_session(len);
            let handle = handles.seal(&session).unwrap();
            assert_eq!(handle.len(), PASSKEY_SESSION_LEN, "{len}");
            assert!(is_passkey_session(&handle), "{len}");
            assert_eq!(handles.open(&handle).as_deref(), Some(session.as_str()), "{len}");
        }
        // Sealed twice, the same session gives two handles: nothing repeats to compare.
        let session = cognito_session(1000);
        assert_ne!(handles.seal(&session), handles.seal(&session));
        assert_eq!(handles.seal(&cognito_session(COGNITO_SESSION_MAX_LEN + 1)), None);
        assert_eq!(AES_256_GCM.tag_len(), TAG_LEN);
    }

    #[test]
    fn instances_sharing_the_secret_open_each_others_handles_and_nothing_else_opens() {
        let made = ChallengeHandles::keyed_by(Some("client secret"));
        let handle = made.seal(&cognito_session(900)).unwrap();
        let other_instance = ChallengeHandles::keyed_by(Some("client secret"));
        assert_eq!(other_instance.open(&handle), Some(cognito_session(900)));
        assert_eq!(ChallengeHandles::keyed_by(Some("another secret")).open(&handle), None);
        assert_eq!(ChallengeHandles::keyed_by(None).open(&handle), None);

        // Any character changed, or a handle of another length, opens to nothing.
        for at in [0, NONCE_LEN, handle.len() / 2, handle.len() - 2] {
            let mut tampered = handle.clone().into_bytes();
            tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
            assert_eq!(made.open(&String::from_utf8(tampered).unwrap()), None, "{at}");
        }
        assert_eq!(made.open(&handle[1..]), None);
        assert_eq!(made.open(&cognito_session(900)), None);
        assert_eq!(made.open(&"A".repeat(PASSKEY_SESSION_LEN)), None);
        assert_eq!(made.open(""), None);

        // Without a secret, one process's handles open in that process.
        let unshared = ChallengeHandles::keyed_by(None);
        let handle = unshared.seal("a session").unwrap();
        assert_eq!(
            ChallengeHandles::keyed_by(None).open(&handle).as_deref(),
            Some("a session")
        );
    }
}
