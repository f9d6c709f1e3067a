/**
 * Keys derived from the one vote secret: each purpose gets its own HMAC-SHA256 key, so a cookie
 * signature is never a rate-limit hash and the other way round. The HMAC itself comes from the
 * platform (Web Crypto by default, Node's synchronous one on the Node server); encoding and
 * comparison are here, so every platform signs and verifies byte for byte the same.
 */

/** Shortest secret accepted: 32 characters of randomness is 128+ bits however it is written. */
export const MIN_SECRET_LENGTH = 32;

/** What a derived key is for; the label keeps the purposes apart. */
export type KeyPurpose = 'voter-cookie' | 'rate-limit' | 'request-key';

const encoder = new TextEncoder();

/** HMAC-SHA256 under one key, computed by the platform: the digest of a text's UTF-8 bytes. */
type HmacDigest = (text: string) => Uint8Array | Promise<Uint8Array>;

/** Makes an HMAC-SHA256 digest function from raw key bytes; each platform brings its fastest. */
export type HmacFactory = (key: Uint8Array) => HmacDigest | Promise<HmacDigest>;

/** HMAC-SHA256 with Web Crypto, which Workers and Node both have. */
const webCryptoHmac: HmacFactory = async (raw) => {
  const key = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(raw),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return async (text) => new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
};

/** A key for one purpose: signs texts and checks signatures, both as base64url without padding. */
export interface MacKey {
  sign(text: string): Promise<string>;
  verify(text: string, signature: string): Promise<boolean>;
}

/** An HMAC-SHA256 key for one purpose, derived from the secret. */
export async function deriveKey(
  secret: string,
  purpose: KeyPurpose,
  hmacWith: HmacFactory = webCryptoHmac,
): Promise<MacKey> {
  const master = await hmacWith(encoder.encode(secret));
  const digest = await hmacWith(await master(`shipworthy:${purpose}`));
  return {
    sign: async (text) => toBase64Url(await digest(text)),
    verify: async (text, signature) => {
      const given = fromBase64Url(signature);
      return given !== null && sameBytes(await digest(text), given);
    },
  };
}

/** Every key the vote API uses, from the secret and, during a rotation, the previous one. */
export interface VoteKeys {
  /** Verifies voter cookies: the current key signs, the previous one still verifies. */
  cookie: { current: MacKey; previous: MacKey | null };
  /** Keys the daily hash of a client's network. */
  rate: MacKey;
  /** Keys the hash under which a retry key is stored. */
  request: MacKey;
}

/** Derives the vote API's keys; the previous secret only ever verifies cookies. */
export async function deriveVoteKeys(
  secret: string,
  previousSecret: string | null,
  hmacWith: HmacFactory = webCryptoHmac,
): Promise<VoteKeys> {
  return {
    cookie: {
      current: await deriveKey(secret, 'voter-cookie', hmacWith),
      previous: previousSecret === null ? null : await deriveKey(previousSecret, 'voter-cookie', hmacWith),
    },
    rate: await deriveKey(secret, 'rate-limit', hmacWith),
    request: await deriveKey(secret, 'request-key', hmacWith),
  };
}

// Every byte is compared whatever the first difference, so the time says nothing about where it is.
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** `length` random bytes, base64url without padding. */
export function randomToken(length: number): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(length)));
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out +=
      BASE64URL.charAt(n >> 18) +
      BASE64URL.charAt((n >> 12) & 63) +
      BASE64URL.charAt((n >> 6) & 63) +
      BASE64URL.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] ?? 0) << 16) | (rest === 2 ? (bytes[i + 1] ?? 0) << 8 : 0);
    out += BASE64URL.charAt(n >> 18) + BASE64URL.charAt((n >> 12) & 63);
    if (rest === 2) out += BASE64URL.charAt((n >> 6) & 63);
  }
  return out;
}

/** Each base64url character's six bits, by character code; -1 for every other character. */
const SEXTETS = Int8Array.from({ length: 128 }, (_, code) => BASE64URL.indexOf(String.fromCharCode(code)));

/** Bytes of a base64url text, or null when it is not one (bits past the last whole byte are dropped). */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let held = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const sextet = code < 128 ? (SEXTETS[code] ?? -1) : -1;
    if (sextet < 0) return null;
    bits = ((bits << 6) | sextet) & 0xffffff;
    held += 6;
    if (held >= 8) {
      held -= 8;
      bytes[at++] = (bits >> held) & 255;
    }
  }
  return bytes;
}

/** Whether two secrets are equal, in time that does not depend on where they differ. */
export async function sameSecret(given: string, expected: string): Promise<boolean> {
  // Comparing digests under a throwaway key hides both the length and the first difference.
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const [a, b] = await Promise.all(
    [given, expected].map(
      async (text) => new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text))),
    ),
  );
  let diff = 0;
  for (let i = 0; i < 32; i++) diff |= (a?.[i] ?? 0) ^ (b?.[i] ?? 0);
  return diff === 0;
}
