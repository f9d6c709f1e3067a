/**
 * Who the client is when the Node server sits behind a reverse proxy (`TRUST_PROXY`). The
 * proxy adds the address it saw as the last entry of the header it writes; anything to its left
 * came from the client and proves nothing. Only the header the owner names is read: trusting a
 * second one would let a client write the address a proxy passes through untouched.
 */
import { networkOf } from '../core/votes/rate-limit.ts';

/** Which forwarding header the proxy writes, if any. */
export type ProxyTrust = 'off' | 'x-forwarded-for' | 'forwarded';

/** `TRUST_PROXY`: `off` (default), `on` (`X-Forwarded-For`), or `forwarded` (RFC 7239 `Forwarded`). */
export function readProxyTrust(raw: string | undefined, errors: string[]): ProxyTrust {
  const value = raw?.trim().toLowerCase() ?? '';
  if (['', 'off', 'false', '0'].includes(value)) return 'off';
  if (['on', 'true', '1', 'x-forwarded-for'].includes(value)) return 'x-forwarded-for';
  if (value === 'forwarded') return 'forwarded';
  const shown = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  errors.push(`TRUST_PROXY must be "off", "on" (X-Forwarded-For) or "forwarded" (RFC 7239), got ${shown}.`);
  return 'off';
}

/** Reads one request header (joined with `, ` when sent more than once), or null. */
export type HeaderReader = (name: string) => string | null | undefined;

/** What the proxy says about the client: its address (no port), whether it came over https, the host it asked for. */
export interface ForwardedClient {
  /** The client's IP address, or null when the proxy wrote none this server can read. */
  address: string | null;
  https: boolean;
  /** The host the client asked the proxy for, when the proxy rewrites `Host`; else null. */
  host: string | null;
}

/**
 * The client as the trusted proxy reported it, or null when the request carries no such header
 * (it did not come through the proxy, so the connection's own address is the client's).
 */
export function forwardedClient(trust: ProxyTrust, header: HeaderReader): ForwardedClient | null {
  if (trust === 'x-forwarded-for') {
    const last = lastEntry(header('x-forwarded-for'));
    if (last === null) return null;
    return {
      address: nodeAddress(last),
      https: lastEntry(header('x-forwarded-proto')) === 'https',
      host: lastEntry(header('x-forwarded-host')),
    };
  }
  if (trust === 'forwarded') {
    const element = lastEntry(header('forwarded'));
    if (element === null) return null;
    const params = forwardedParams(element);
    return {
      address: nodeAddress(params.get('for') ?? ''),
      https: params.get('proto')?.toLowerCase() === 'https',
      host: params.get('host') || null,
    };
  }
  return null;
}

/**
 * The address in one node of a forwarding header: `192.0.2.1`, `192.0.2.1:4711`, `2001:db8::1`,
 * `[2001:db8::1]`, `[2001:db8::1]:4711`, optionally quoted; null for `unknown`, an obfuscated
 * `_name` or anything that is not an IP address.
 */
export function nodeAddress(node: string): string | null {
  const text = unquote(node.trim());
  const bracketed = /^\[([^\]]*)\](?::\d{1,5})?$/.exec(text);
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(text);
  const address = bracketed?.[1] ?? withPort?.[1] ?? text;
  return networkOf(address) === null ? null : address.toLowerCase();
}

/** The last comma-separated entry outside quotes, trimmed; null when there is none. */
function lastEntry(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const last = splitOutsideQuotes(value, ',').at(-1)?.trim() ?? '';
  return last === '' ? null : last;
}

/** `for=…;proto=…` of one `Forwarded` element, names lower-cased, values unquoted. */
function forwardedParams(element: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of splitOutsideQuotes(element, ';')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    params.set(pair.slice(0, at).trim().toLowerCase(), unquote(pair.slice(at + 1).trim()));
  }
  return params;
}

/** Splits at `separator` except inside a quoted string (where `\` escapes the next character). */
function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (quoted && char === '\\') i++;
    else if (char === '"') quoted = !quoted;
    else if (!quoted && char === separator) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1).replace(/\\(.)/g, '$1')
    : value;
}
