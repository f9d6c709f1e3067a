/**
 * Cross-site request refusal. Browsers send `Sec-Fetch-Site` and `Origin` with every form post
 * and fetch; a vote counts only when they say one of the site's own pages sent it. The site's
 * origins are configured (the `SITE_URL` the site was built with, or `VOTES_ORIGINS`), never
 * learnt from the request: a request's `Host` is whatever name the client used, and a DNS-rebinding
 * page sends the same attacker name in both. A request with neither header did not come from a
 * browser page, so it cannot ride a reader's cookie.
 */

/** The headers that say where a request came from. */
export interface RequestSource {
  origin: string | null;
  secFetchSite: string | null;
  /** The host the reader asked for: `Host`, or `X-Forwarded-Host` from a trusted proxy. */
  host: string | null;
}

const REFUSED = 'Votes are accepted only from this site’s own pages.';

/** Names that only ever mean this machine: a page there is the site run locally (`npm start`, tests). */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/;

/** An origin as `scheme://host[:port]`, lowercased, or null when it is not an http(s) origin. */
export function normalOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.origin.toLowerCase();
}

/** Why a request is refused as cross-site, or null when it came from one of `siteOrigins`' pages. */
export function crossSiteReason(source: RequestSource, siteOrigins: readonly string[]): string | null {
  if (source.secFetchSite !== null && source.secFetchSite !== 'same-origin') return REFUSED;
  if (source.origin === null) return null;
  const origin = normalOrigin(source.origin);
  if (origin === null) return REFUSED;
  if (siteOrigins.includes(origin)) return null;
  // The site served from this machine: its page and the host it asked for name the same loopback host.
  const host = new URL(origin).host;
  const asked = source.host?.toLowerCase() ?? null;
  return asked !== null && host === asked && LOOPBACK.test(host) ? null : REFUSED;
}
