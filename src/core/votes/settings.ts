/**
 * Vote settings from the environment, which is treated as hostile: every value is checked
 * and every mistake is named with its fix, all at once. The same reader serves Node
 * (`process.env`) and Workers (`env`).
 */
import { MIN_SECRET_LENGTH } from './keys.ts';
import type { RateLimit } from './rate-limit.ts';

/** Environment values, as either platform hands them over. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** What the vote API runs with. */
export interface VoteSettings {
  /** `VOTES=off` turns the API and the page's form off. */
  enabled: boolean;
  /** Signing secret, or null when the caller must supply one (local runs make their own). */
  secret: string | null;
  /** `VOTES_RATE_LIMIT=<votes>/<seconds>` per network; null when `off`. */
  rateLimit: RateLimit | null;
  /** Bearer token that unlocks `GET /api/export`; the endpoint does not exist without it. */
  exportToken: string | null;
  /** Cloudflare Turnstile secret; when set, every vote must pass the challenge. */
  turnstileSecret: string | null;
}

/** Votes a network may cast per minute unless configured: enough for a shared office, not a script. */
const DEFAULT_RATE_LIMIT: RateLimit = { limit: 60, windowSeconds: 60 };

/** Settings, or every problem found in the environment. */
export type SettingsResult = { ok: true; settings: VoteSettings } | { ok: false; errors: string[] };

/** Reads and checks every vote setting. */
export function readVoteSettings(env: Environment): SettingsResult {
  const errors: string[] = [];
  const enabled = readSwitch(env, 'VOTES', true, errors);
  const secret = readSecret(env, 'VOTES_SECRET', errors);
  const exportToken = readSecret(env, 'VOTES_EXPORT_TOKEN', errors);
  const turnstileSecret = readToken(env, 'TURNSTILE_SECRET_KEY', errors);
  const rateLimit = readRateLimit(env['VOTES_RATE_LIMIT'], errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, settings: { enabled, secret, rateLimit, exportToken, turnstileSecret } };
}

/** `on`/`off` (also true/false, 1/0); empty means the default. */
export function readSwitch(env: Environment, name: string, fallback: boolean, errors: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['on', 'true', '1'].includes(raw)) return true;
  if (['off', 'false', '0'].includes(raw)) return false;
  errors.push(`${name} must be "on" or "off", got ${quote(raw)}.`);
  return fallback;
}

/** A whole number within bounds; empty means the default. */
export function readInteger(
  env: Environment,
  name: string,
  bounds: { min: number; max: number; fallback: number },
  errors: string[],
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return bounds.fallback;
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    errors.push(`${name} must be a whole number from ${bounds.min} to ${bounds.max}, got ${quote(raw)}.`);
    return bounds.fallback;
  }
  return value;
}

function readSecret(env: Environment, name: string, errors: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (raw.length < MIN_SECRET_LENGTH || raw.length > 512 || !/^[\x21-\x7e]+$/.test(raw)) {
    errors.push(
      `${name} must be ${MIN_SECRET_LENGTH} to 512 printable characters without spaces (e.g. the output of \`openssl rand -base64 48\`).`,
    );
    return null;
  }
  return raw;
}

function readToken(env: Environment, name: string, errors: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (raw.length > 512 || !/^[\x21-\x7e]+$/.test(raw)) {
    errors.push(`${name} must be printable characters without spaces, as the provider issued it.`);
    return null;
  }
  return raw;
}

function readRateLimit(raw: string | undefined, errors: string[]): RateLimit | null {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '') return DEFAULT_RATE_LIMIT;
  if (value === 'off') return null;
  const match = /^(\d{1,7})\/(\d{1,6})$/.exec(value);
  const limit = Number(match?.[1]);
  const windowSeconds = Number(match?.[2]);
  if (!match || limit < 1 || windowSeconds < 1) {
    errors.push(`VOTES_RATE_LIMIT must be <votes>/<seconds> (e.g. 60/60) or "off", got ${quote(value)}.`);
    return DEFAULT_RATE_LIMIT;
  }
  return { limit, windowSeconds };
}

// Environment values are echoed back clipped and JSON-quoted so a hostile value cannot mangle the output.
function quote(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}
