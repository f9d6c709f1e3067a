/**
 * Reads Netlify/Cloudflare-style `_redirects` files so the local server answers the same
 * permanent redirects the edge host does. Only exact paths are used by the site, so only
 * exact paths are matched; a line that is not `<from> <to> [status]` is skipped.
 */

/** A redirect target. */
export interface RedirectRule {
  to: string;
  status: 301 | 302 | 303 | 307 | 308;
}

/** Rules keyed by the exact path they match. */
export type RedirectRules = Map<string, RedirectRule>;

const STATUSES = new Set([301, 302, 303, 307, 308]);

/** Parses a `_redirects` body; the first rule for a path wins, as on the hosts. */
export function parseRedirectsFile(text: string): RedirectRules {
  const rules: RedirectRules = new Map();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [from, to, code, ...rest] = line.split(/\s+/);
    const status = code === undefined ? 302 : Number(code);
    if (!from?.startsWith('/') || !to || rest.length > 0 || !STATUSES.has(status)) continue;
    if (from.includes('*') || from.includes(':')) continue;
    if (!rules.has(from)) rules.set(from, { to, status: status as RedirectRule['status'] });
  }
  return rules;
}
