/**
 * Redirects a change adds or drops: retired slugs (`aliases`) of tools and comparisons. Reversed
 * comparison URLs follow from the comparisons themselves and are left out.
 */
import type { Site } from '../model.ts';
import { buildRedirects, type Redirect } from '../views/redirects.ts';
import { compareText, sitePages } from './pages.ts';

/** Redirects added (or pointed somewhere new) and removed. */
export interface RedirectChanges {
  added: Redirect[];
  removed: Redirect[];
}

/**
 * The alias redirects of `head` that `base` lacks, and those of `base` that `head` no longer has
 * (a URL that became a page again is not a removed redirect).
 */
export function redirectChanges(base: Site, head: Site): RedirectChanges {
  const before = aliasRedirects(base);
  const after = aliasRedirects(head);
  const pages = sitePages(head);
  const added = [...after.values()].filter((r) => before.get(r.from)?.to !== r.to);
  const removed = [...before.values()].filter((r) => !after.has(r.from) && !pages.has(r.from));
  return { added: added.sort(byFrom), removed: removed.sort(byFrom) };
}

/** Where each URL of a site redirects, reversed comparison URLs included. */
export function redirectTargets(site: Site): Map<string, string> {
  return new Map(buildRedirects(site).map((r) => [r.from, r.to]));
}

function aliasRedirects(site: Site): Map<string, Redirect> {
  return new Map(buildRedirects(site, { reversedPairs: false }).map((r) => [r.from, r]));
}

function byFrom(x: Redirect, y: Redirect): number {
  return compareText(x.from, y.from);
}
