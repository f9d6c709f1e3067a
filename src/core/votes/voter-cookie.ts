/**
 * The voter cookie: a random id and its HMAC signature. The id is the only thing that ties
 * a reader's calls together; it says nothing about who they are. A cookie whose signature
 * does not check out is treated as absent.
 */
import { randomToken, type MacKey, type VoteKeys } from './keys.ts';

/** Cookie name. */
export const VOTER_COOKIE = 'sw_voter';

/** Cookie lifetime: a year, so a standing call stays the reader's across visits. */
const VOTER_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** Path the browser sends the cookie to: only the vote API needs it. */
const VOTER_COOKIE_PATH = '/api/';

const ID = /^[A-Za-z0-9_-]{22}$/;

/** A fresh voter id: 128 random bits. */
export function newVoterId(): string {
  return randomToken(16);
}

/** Cookie value for a voter id: `<id>.<signature>`. */
export async function signVoter(key: MacKey, id: string): Promise<string> {
  return `${id}.${await key.sign(`voter:${id}`)}`;
}

/** The voter id of a signed cookie value, or null when it is missing, malformed or forged. */
export async function verifyVoter(key: MacKey, value: string | undefined): Promise<string | null> {
  return (await verifyVoterWith({ current: key, previous: null }, value))?.id ?? null;
}

/** The keys that verify cookies: the current one, and while a rotation lasts, the one before. */
type CookieKeys = VoteKeys['cookie'];

/**
 * The voter of a cookie signed with the current key or, during a rotation, the previous one
 * (`resign: true`: the reader keeps their id and gets it signed with the current key).
 */
export async function verifyVoterWith(
  keys: CookieKeys,
  value: string | undefined,
): Promise<{ id: string; resign: boolean } | null> {
  if (value === undefined || value.length > 100) return null;
  const dot = value.indexOf('.');
  const id = value.slice(0, dot);
  if (dot < 0 || !ID.test(id)) return null;
  const signature = value.slice(dot + 1);
  if (await keys.current.verify(`voter:${id}`, signature)) return { id, resign: false };
  if (keys.previous && (await keys.previous.verify(`voter:${id}`, signature))) {
    return { id, resign: true };
  }
  return null;
}

/** `Set-Cookie` value: HttpOnly, SameSite=Lax, scoped to the API, Secure whenever served over https. */
export function voterCookieHeader(value: string, secure: boolean): string {
  const parts = [
    `${VOTER_COOKIE}=${value}`,
    `Path=${VOTER_COOKIE_PATH}`,
    `Max-Age=${VOTER_COOKIE_MAX_AGE}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

/** One cookie's value from a `Cookie` header (first one wins, as browsers send the most specific first). */
export function cookieValue(header: string | null, name: string): string | undefined {
  if (!header || header.length > 8192) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
