/**
 * Cross-site request refusal. Browsers send `Sec-Fetch-Site` and `Origin` with every form
 * post and fetch; a vote counts only when they say the page itself sent it. A request with
 * neither header did not come from a browser page, so it cannot ride a reader's cookie.
 */

/** The headers that say where a request came from. */
export interface RequestSource {
  origin: string | null;
  secFetchSite: string | null;
  /** `Host` the request was sent to. */
  host: string | null;
}

/** Why a request is refused as cross-site, or null when it came from this site. */
export function crossSiteReason(source: RequestSource): string | null {
  if (source.secFetchSite !== null && source.secFetchSite !== 'same-origin') {
    return 'Votes are accepted only from this site’s own pages.';
  }
  if (source.origin === null) return null;
  let host: string;
  try {
    host = new URL(source.origin).host;
  } catch {
    return 'Votes are accepted only from this site’s own pages.';
  }
  // Scheme is left out on purpose: behind a TLS proxy the server sees http for an https page.
  return source.host !== null && host === source.host.toLowerCase()
    ? null
    : 'Votes are accepted only from this site’s own pages.';
}
