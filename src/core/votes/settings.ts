/**
 * Vote settings from the environment, which is treated as hostile: every value is checked
 * and every mistake is named with its fix, all at once. The same reader serves Node
 * (`process.env`) and Workers (`env`).
 */
import { MIN_SECRET_LENGTH } from './keys.ts';
import type { RateLimit } from './rate-limit.ts';
import { normalOrigin } from './same-origin.ts';
import { weakSecretReason } from './secret-strength.ts';

/** Environment values, as either platform hands them over. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** What the vote API runs with. */
export interface VoteSettings {
  /** `VOTES=off` turns the API and the page's form off. */
  enabled: boolean;
  /** Signing secret, or null when the caller must supply one (local runs make their own). */
  secret: string | null;
  /** The secret before the last rotation: its cookies still verify and are signed anew. */
  previousSecret: string | null;
  /** Origins whose pages may vote; null: the `SITE_URL` the site was built with. */
  origins: string[] | null;
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

/** Where the settings are read: production refuses secrets that do not look random. */
export interface SettingsContext {
  /** True on Workers and under `NODE_ENV=production`. */
  production: boolean;
}

/** Reads and checks every vote setting. */
export function readVoteSettings(
  env: Environment,
  context: SettingsContext = { production: env['NODE_ENV'] === 'production' },
): SettingsResult {
  const errors: string[] = [];
  const enabled = readSwitch(env, 'VOTES', true, errors);
  const secret = readSecret(env, 'VOTES_SECRET', context, errors);
  const previousSecret = readSecret(env, 'VOTES_SECRET_PREVIOUS', context, errors);
  if (previousSecret !== null && secret === null) {
    errors.push('VOTES_SECRET_PREVIOUS is set without VOTES_SECRET: set VOTES_SECRET to the new secret.');
  }
  if (previousSecret !== null && previousSecret === secret) {
    errors.push(
      'VOTES_SECRET_PREVIOUS equals VOTES_SECRET: set it to the secret being replaced, or unset it.',
    );
  }
  const origins = readOrigins(env['VOTES_ORIGINS'], errors);
  const exportToken = readSecret(env, 'VOTES_EXPORT_TOKEN', context, errors);
  const turnstileSecret = readToken(env, 'TURNSTILE_SECRET_KEY', errors);
  const rateLimit = readRateLimit(env['VOTES_RATE_LIMIT'], errors);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    settings: { enabled, secret, previousSecret, origins, rateLimit, exportToken, turnstileSecret },
  };
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

const GENERATE = '(e.g. the output of `openssl rand -base64 48`)';

function readSecret(
  env: Environment,
  name: string,
  context: SettingsContext,
  errors: string[],
): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (raw.length < MIN_SECRET_LENGTH || raw.length > 512 || !/^[\x21-\x7e]+$/.test(raw)) {
    errors.push(
      `${name} must be ${MIN_SECRET_LENGTH} to 512 printable characters without spaces ${GENERATE}.`,
    );
    return null;
  }
  const weak = context.production ? weakSecretReason(raw) : null;
  if (weak !== null) {
    errors.push(`${name} is too predictable for production: ${weak}; generate one ${GENERATE}.`);
    return null;
  }
  return raw;
}

// A comma-separated list of http(s) origins, e.g. `https://example.org,https://www.example.org`.
function readOrigins(raw: string | undefined, errors: string[]): string[] | null {
  const value = raw?.trim();
  if (value === undefined || value === '') return null;
  const origins: string[] = [];
  for (const part of value.split(',').slice(0, 20)) {
    const origin = normalOrigin(part.trim());
    if (origin === null || !/^https?:\/\/[^/]+\/?$/i.test(part.trim())) {
      errors.push(
        `VOTES_ORIGINS must list origins like https://example.org, separated by commas, got ${quote(part.trim())}.`,
      );
      return null;
    }
    origins.push(origin);
  }
  return origins;
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
