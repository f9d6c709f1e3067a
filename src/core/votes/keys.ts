/**
 * Keys derived from the one vote secret with Web Crypto (the same code runs on Node and on
 * Workers): each purpose gets its own HMAC key, so a cookie signature is never a rate-limit
 * hash and the other way round.
 */

/** Shortest secret accepted: 32 characters of randomness is 128+ bits however it is written. */
export const MIN_SECRET_LENGTH = 32;

/** What a derived key is for; the label keeps the purposes apart. */
export type KeyPurpose = 'voter-cookie' | 'rate-limit' | 'request-key';

const encoder = new TextEncoder();

/** An HMAC-SHA256 key for one purpose, derived from the secret. */
export async function deriveKey(secret: string, purpose: KeyPurpose): Promise<CryptoKey> {
  const master = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const raw = await crypto.subtle.sign('HMAC', master, encoder.encode(`shipworthy:${purpose}`));
  return crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

/** Every key the vote API uses, from the secret and, during a rotation, the previous one. */
export interface VoteKeys {
  /** Verifies voter cookies: the current key signs, the previous one still verifies. */
  cookie: { current: CryptoKey; previous: CryptoKey | null };
  /** Keys the daily hash of a client's network. */
  rate: CryptoKey;
  /** Keys the hash under which a retry key is stored. */
  request: CryptoKey;
}

/** Derives the vote API's keys; the previous secret only ever verifies cookies. */
export async function deriveVoteKeys(secret: string, previousSecret: string | null): Promise<VoteKeys> {
  return {
    cookie: {
      current: await deriveKey(secret, 'voter-cookie'),
      previous: previousSecret === null ? null : await deriveKey(previousSecret, 'voter-cookie'),
    },
    rate: await deriveKey(secret, 'rate-limit'),
    request: await deriveKey(secret, 'request-key'),
  };
}

/** HMAC-SHA256 of a text, base64url without padding. */
export async function hmac(key: CryptoKey, text: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text))));
}

/** Constant-time check of a base64url HMAC (Web Crypto's verify does not leak timing). */
export async function verifyHmac(key: CryptoKey, text: string, signature: string): Promise<boolean> {
  const bytes = fromBase64Url(signature);
  if (bytes === null) return false;
  return crypto.subtle.verify('HMAC', key, bytes, encoder.encode(text));
}

/** `length` random bytes, base64url without padding. */
export function randomToken(length: number): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(length)));
}

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url text, or null when it is not one. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
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
