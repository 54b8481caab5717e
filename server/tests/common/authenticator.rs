//! A software passkey authenticator, for tests: it answers `navigator.credentials.create` and
//! `navigator.credentials.get` options as a platform authenticator would (ES256 keys, "none"
//! attestation, user present and verified, backed up), and returns exactly the JSON a browser's
//! `PublicKeyCredential.toJSON()` produces. It can also be made to misbehave the ways a relying
//! party must refuse: another origin, another relying party, a credential it was never shown.
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use p256::{
    ecdsa::{Signature, SigningKey, signature::Signer},
    pkcs8::EncodePublicKey,
};
use rand::RngCore;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// authenticatorData flags: user present, user verified, backup eligible, backed up, attested
/// credential data.
const UP: u8 = 0x01;
const UV: u8 = 0x04;
const BE: u8 = 0x08;
const BS: u8 = 0x10;
const AT: u8 = 0x40;

/// The AAGUID of Google Password Manager, which the local Cognito names.
pub const GOOGLE_PASSWORD_MANAGER: [u8; 16] = [
    0xea, 0x9b, 0x8d, 0x66, 0x4d, 0x01, 0x1d, 0x21, 0x3c, 0xe4, 0xb6, 0xb4, 0x8c, 0xb5, 0x75, 0xd4,
];

struct Credential {
    id: Vec<u8>,
    key: SigningKey,
    rp_id: String,
    user_handle: Vec<u8>,
    counter: u32,
}

pub struct SoftAuthenticator {
    aaguid: [u8; 16],
    credentials: Vec<Credential>,
}

impl Default for SoftAuthenticator {
    fn default() -> Self {
        Self::new()
    }
}

impl SoftAuthenticator {
    /// An authenticator that does not say which model it is (an all-zero AAGUID).
    pub fn new() -> Self {
        Self::with_aaguid([0; 16])
    }

    pub fn with_aaguid(aaguid: [u8; 16]) -> Self {
        Self {
            aaguid,
            credentials: Vec::new(),
        }
    }

    /// Creates a passkey for the creation `options` (`PublicKeyCredentialCreationOptionsJSON`, as
    /// text) on a page at `origin`: the registration's `toJSON()`, as text.
    pub fn register(&mut self, options: &str, origin: &str) -> String {
        self.register_for(options, origin, None)
    }

    /// As [`Self::register`], but the authenticator binds the credential to `rp_id` instead of the
    /// options' relying party (as a page of another site would have it do).
    pub fn register_for(&mut self, options: &str, origin: &str, rp_id: Option<&str>) -> String {
        let options = public_key(options);
        let rp_id = rp_id
            .map(String::from)
            .or_else(|| options["rp"]["id"].as_str().map(String::from))
            .expect("creation options name the relying party");
        let challenge = options["challenge"].as_str().expect("a challenge").to_string();
        let user_handle = URL_SAFE_NO_PAD
            .decode(options["user"]["id"].as_str().expect("a user id"))
            .expect("the user id in base64url");
        let key = new_key();
        let mut id = vec![0u8; 32];
        rand::thread_rng().fill_bytes(&mut id);

        let point = key.verifying_key().to_encoded_point(false);
        let cose_key = cbor(&ciborium::Value::Map(vec![
            (1.into(), 2.into()),    // kty: EC2
            (3.into(), (-7).into()), // alg: ES256
            ((-1).into(), 1.into()), // crv: P-256
            ((-2).into(), ciborium::Value::Bytes(point.x().unwrap().to_vec())),
            ((-3).into(), ciborium::Value::Bytes(point.y().unwrap().to_vec())),
        ]));
        let mut auth_data = rp_id_hash(&rp_id).to_vec();
        auth_data.push(UP | UV | BE | BS | AT);
        auth_data.extend(0u32.to_be_bytes());
        auth_data.extend(self.aaguid);
        auth_data.extend((id.len() as u16).to_be_bytes());
        auth_data.extend(&id);
        auth_data.extend(&cose_key);
        let attestation_object = cbor(&ciborium::Value::Map(vec![
            ("fmt".into(), "none".into()),
            ("attStmt".into(), ciborium::Value::Map(vec![])),
            ("authData".into(), ciborium::Value::Bytes(auth_data.clone())),
        ]));
        let client_data = client_data("webauthn.create", &challenge, origin);
        let public_key = key.verifying_key().to_public_key_der().unwrap();

        let credential = json!({
            "id": URL_SAFE_NO_PAD.encode(&id),
            "rawId": URL_SAFE_NO_PAD.encode(&id),
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "clientExtensionResults": {},
            "response": {
                "clientDataJSON": URL_SAFE_NO_PAD.encode(&client_data),
                "attestationObject": URL_SAFE_NO_PAD.encode(&attestation_object),
                "authenticatorData": URL_SAFE_NO_PAD.encode(&auth_data),
                "publicKey": URL_SAFE_NO_PAD.encode(public_key.as_bytes()),
                "publicKeyAlgorithm": -7,
                "transports": ["hybrid", "internal"],
            },
        });
        self.credentials.push(Credential {
            id,
            key,
            rp_id,
            user_handle,
            counter: 0,
        });
        credential.to_string()
    }

    /// Answers the request `options` (`PublicKeyCredentialRequestOptionsJSON`, as text) with a
    /// passkey the options allow: the assertion's `toJSON()`, as text.
    pub fn assert(&mut self, options: &str, origin: &str) -> String {
        let options = public_key(options);
        let allowed: Vec<Vec<u8>> = options["allowCredentials"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|descriptor| descriptor["id"].as_str())
            .map(|id| URL_SAFE_NO_PAD.decode(id).expect("credential ids in base64url"))
            .collect();
        let rp_id = options["rpId"].as_str().unwrap_or_default();
        let index = self
            .credentials
            .iter()
            .position(|credential| {
                credential.rp_id == rp_id && (allowed.is_empty() || allowed.contains(&credential.id))
            })
            .expect("a passkey these options allow");
        self.sign(index, &options, origin, None)
    }

    /// Answers with its newest passkey whatever the options allow (a passkey removed since, say).
    pub fn assert_anyway(&mut self, options: &str, origin: &str) -> String {
        let index = self.credentials.len().checked_sub(1).expect("a passkey");
        self.sign(index, &public_key(options), origin, None)
    }

    /// Answers with its newest passkey, signing for `rp_id` instead of the options' relying party.
    pub fn assert_for(&mut self, options: &str, origin: &str, rp_id: &str) -> String {
        let index = self.credentials.len().checked_sub(1).expect("a passkey");
        self.sign(index, &public_key(options), origin, Some(rp_id))
    }

    /// Answers with a passkey nobody registered.
    pub fn assert_unknown(&mut self, options: &str, origin: &str) -> String {
        let options = public_key(options);
        let mut stranger = Self::new();
        let mut user_handle = vec![0u8; 16];
        rand::thread_rng().fill_bytes(&mut user_handle);
        let mut id = vec![0u8; 32];
        rand::thread_rng().fill_bytes(&mut id);
        stranger.credentials.push(Credential {
            id,
            key: new_key(),
            rp_id: options["rpId"].as_str().unwrap_or("localhost").to_string(),
            user_handle,
            counter: 0,
        });
        stranger.sign(0, &options, origin, None)
    }

    fn sign(&mut self, index: usize, options: &Value, origin: &str, rp_id: Option<&str>) -> String {
        let credential = &mut self.credentials[index];
        credential.counter += 1;
        let rp_id = rp_id.unwrap_or(&credential.rp_id);
        let challenge = options["challenge"].as_str().expect("a challenge");
        let mut auth_data = rp_id_hash(rp_id).to_vec();
        auth_data.push(UP | UV | BE | BS);
        auth_data.extend(credential.counter.to_be_bytes());
        let client_data = client_data("webauthn.get", challenge, origin);
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(&client_data));
        let signature: Signature = credential.key.sign(&signed);
        json!({
            "id": URL_SAFE_NO_PAD.encode(&credential.id),
            "rawId": URL_SAFE_NO_PAD.encode(&credential.id),
            "type": "public-key",
            "authenticatorAttachment": "platform",
            "clientExtensionResults": {},
            "response": {
                "clientDataJSON": URL_SAFE_NO_PAD.encode(&client_data),
                "authenticatorData": URL_SAFE_NO_PAD.encode(&auth_data),
                "signature": URL_SAFE_NO_PAD.encode(signature.to_der().as_bytes()),
                "userHandle": URL_SAFE_NO_PAD.encode(&credential.user_handle),
            },
        })
        .to_string()
    }
}

/// The options themselves, also when wrapped as `{"publicKey": ...}`.
fn public_key(options: &str) -> Value {
    let options: Value = serde_json::from_str(options).expect("options as JSON");
    match options.get("publicKey") {
        Some(inner) => inner.clone(),
        None => options,
    }
}

fn new_key() -> SigningKey {
    loop {
        let mut bytes = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut bytes);
        if let Ok(key) = SigningKey::from_slice(&bytes) {
            return key;
        }
    }
}

fn rp_id_hash(rp_id: &str) -> [u8; 32] {
    Sha256::digest(rp_id.as_bytes()).into()
}

/// `clientDataJSON` as a browser writes it.
fn client_data(kind: &str, challenge: &str, origin: &str) -> Vec<u8> {
    json!({ "type": kind, "challenge": challenge, "origin": origin, "crossOrigin": false })
        .to_string()
        .into_bytes()
}

fn cbor(value: &ciborium::Value) -> Vec<u8> {
    let mut bytes = Vec::new();
    ciborium::into_writer(value, &mut bytes).expect("CBOR encodes");
    bytes
}
