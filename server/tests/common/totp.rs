//! What an authenticator app on a phone computes: RFC 6238 time-based codes (HMAC-SHA1, 30 s
//! steps, six digits) from the base32 secret a setup shows.
use hmac::{Hmac, Mac};
use sha1::Sha1;

/// The code for `secret` (base32, spaces allowed, as the setup page groups it) at Unix time `at`.
pub fn code_at(secret: &str, at: u64) -> String {
    format!("{:06}", truncated(&base32(secret), at / 30, 1_000_000))
}

/// The code for now.
pub fn code_now(secret: &str) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    code_at(secret, now)
}

/// A six-digit code that is not the one for now (nor for the steps either side, which Cognito
/// also accepts).
pub fn wrong_code(secret: &str) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let taken: Vec<String> = [now - 30, now, now + 30]
        .iter()
        .map(|at| code_at(secret, *at))
        .collect();
    (0..)
        .map(|n| format!("{:06}", 123_456 + n))
        .find(|candidate| !taken.contains(candidate))
        .unwrap()
}

fn truncated(key: &[u8], counter: u64, modulus: u32) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(&counter.to_be_bytes());
    let hash = mac.finalize().into_bytes();
    let offset = (hash[19] & 0x0f) as usize;
    let binary = u32::from_be_bytes([
        hash[offset] & 0x7f,
        hash[offset + 1],
        hash[offset + 2],
        hash[offset + 3],
    ]);
    binary % modulus
}

fn base32(secret: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    let (mut bits, mut value, mut bytes) = (0u32, 0u32, Vec::new());
    for c in secret.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=') {
        let index = ALPHABET
            .iter()
            .position(|a| *a == c.to_ascii_uppercase())
            .expect("a base32 secret") as u32;
        value = (value << 5) | index;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((value >> bits) as u8);
            value &= (1 << bits) - 1;
        }
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 key "12345678901234567890" and its eight-digit codes.
    #[test]
    fn rfc_6238_test_vectors() {
        let key = b"12345678901234567890";
        for (at, expected) in [
            (59, 94_287_082),
            (1_111_111_109, 7_081_804),
            (1_111_111_111, 14_050_471),
            (1_234_567_890, 89_005_924),
            (2_000_000_000, 69_279_037),
            (20_000_000_000, 65_353_130),
        ] {
            assert_eq!(truncated(key, at / 30, 100_000_000), expected, "at {at}");
        }
    }

    #[test]
    fn base32_secrets_decode_as_authenticator_apps_read_them() {
        // "12345678901234567890" in base32, grouped by four as the setup page shows it.
        assert_eq!(
            base32("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"),
            b"12345678901234567890"
        );
        assert_eq!(code_at("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 59), "287082");
    }
}
