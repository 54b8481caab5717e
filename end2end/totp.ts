import { createHmac } from "node:crypto";

/**
 * The codes an authenticator app shows (RFC 6238: HMAC-SHA1, 30-second steps), computed here so
 * the tests can stand in for a phone.
 */

const STEP_MS = 30_000;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** RFC 4648 base32, as the page shows it: any case, grouped with spaces, padding optional. */
export function base32Decode(text: string): Buffer {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text.toUpperCase().replace(/[\s=]/g, "")) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The code for `key` (raw bytes, or base32 as the page shows it) at `atMs`. */
export function totp(key: Buffer | string, atMs = Date.now(), digits = 6): string {
  const secret = typeof key === "string" ? base32Decode(key) : key;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / STEP_MS)));
  const mac = createHmac("sha1", secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, "0");
}

/** Six digits the app does not show now, nor one step either side (servers allow that drift). */
export function wrongCode(key: string, atMs = Date.now()): string {
  const near = new Set([-1, 0, 1].map((step) => totp(key, atMs + step * STEP_MS)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!near.has(candidate)) return candidate;
  }
}
