/**
 * Per-network rate limiting. A client address is reduced to its network (the IPv4 address,
 * or the IPv6 /64 a household or phone gets), then hashed with a salt that rotates every day;
 * only that hash is ever used as a key. The raw address is never stored or logged.
 */
import type { MacKey } from './keys.ts';

/** How many votes a network may send in a window. */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

/** Decides whether one more request from a key is allowed; implementations may be remote. */
export interface RateLimiter {
  allow(key: string, nowMs: number): Promise<boolean>;
}

/** How often the salt changes: a key from yesterday matches nothing today. */
export const SALT_ROTATION_SECONDS = 24 * 60 * 60;

/** The network part of an address, or null when it is not an IP address. */
export function networkOf(address: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped?.[1] ?? address;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(ip)) {
    return ip.split('.').every((part) => Number(part) <= 255) ? ip : null;
  }
  const groups = expandIpv6(ip);
  return groups === null ? null : `${groups.slice(0, 4).join(':')}::/64`;
}

/** The salted, rotating hash of a client address's network: the only form a limiter sees. */
export async function networkKey(key: MacKey, address: string, nowMs: number): Promise<string> {
  const network = networkOf(address) ?? 'unknown';
  const period = Math.floor(nowMs / 1000 / SALT_ROTATION_SECONDS);
  return key.sign(`${period}|${network}`);
}

/**
 * In-memory token buckets: each key may burst up to `limit`, refilled evenly over the window.
 * The map holds at most `maxKeys` buckets; full buckets are dropped first, then the oldest.
 */
export class MemoryRateLimiter implements RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #limit: number;
  readonly #perMs: number;
  readonly #maxKeys: number;

  constructor(rule: RateLimit, maxKeys = 100_000) {
    this.#limit = rule.limit;
    this.#perMs = rule.limit / (rule.windowSeconds * 1000);
    this.#maxKeys = maxKeys;
  }

  /** Takes one token from the key's bucket; false when it is empty. */
  async allow(key: string, nowMs: number): Promise<boolean> {
    const bucket = this.#buckets.get(key);
    const tokens = bucket
      ? Math.min(this.#limit, bucket.tokens + Math.max(0, nowMs - bucket.at) * this.#perMs)
      : this.#limit;
    if (!bucket && this.#buckets.size >= this.#maxKeys) this.#evict(nowMs);
    if (tokens < 1) {
      this.#buckets.set(key, { tokens, at: nowMs });
      return false;
    }
    this.#buckets.delete(key);
    this.#buckets.set(key, { tokens: tokens - 1, at: nowMs });
    return true;
  }

  /** Buckets held, for tests of the memory bound. */
  get size(): number {
    return this.#buckets.size;
  }

  #evict(nowMs: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + (nowMs - bucket.at) * this.#perMs >= this.#limit) this.#buckets.delete(key);
    }
    // Still full: drop the least recently used tenth (a Map iterates in insertion order).
    let excess = this.#buckets.size - Math.floor(this.#maxKeys * 0.9);
    for (const key of this.#buckets.keys()) {
      if (excess-- <= 0) break;
      this.#buckets.delete(key);
    }
  }
}

function expandIpv6(ip: string): string[] | null {
  if (!/^[0-9a-f:]+$/i.test(ip) || ip.length > 39) return null;
  const halves = ip.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 2 && missing < 1) || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return null;
  return groups.map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
