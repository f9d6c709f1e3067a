/**
 * Every old or alternate URL that should land on a canonical page: reversed
 * comparison pairs and retired slugs. Static hosts get meta-refresh pages (written by the
 * post-build step, redirect-page.ts) and, where supported, a `_redirects` file; both come from
 * this one list. With `REDIRECT_PAGES=off` reversed pairs are left to the server (reversed-pair.ts).
 */
import { comparisonSlug } from '../content/content-index.ts';
import type { Site } from '../model.ts';
import { comparisonPath, toolPath } from './paths.ts';

/** One redirect from a URL segment in a section to a canonical path. */
export interface Redirect {
  section: 'compare' | 'tools';
  /** The URL segment that redirects (`b-vs-a`, an old slug). */
  segment: string;
  from: string;
  to: string;
  /** Name of the page it lands on, for the visible link. */
  label: string;
}

/** What to emit; reversed pairs can be left to a server that answers them by rule. */
export interface RedirectOptions {
  /** False when the host answers `/compare/<b>-vs-<a>/` itself (see reversed-pair.ts). */
  reversedPairs: boolean;
}

/** All redirects of a site; a URL that is a real page or already redirects is never claimed twice. */
export function buildRedirects(site: Site, options: RedirectOptions = { reversedPairs: true }): Redirect[] {
  const taken = new Set<string>();
  for (const c of site.comparisons) taken.add(c.path);
  for (const slug of site.tools.keys()) taken.add(toolPath(slug));

  const out: Redirect[] = [];
  const add = (
    section: Redirect['section'],
    segment: string,
    to: string,
    label: string,
    emit = true,
  ): void => {
    const from = section === 'compare' ? comparisonPath(segment) : toolPath(segment);
    if (taken.has(from)) return;
    taken.add(from);
    if (emit) out.push({ section, segment, from, to, label });
  };

  // Canonical pairs first so an alias can never shadow a reversed pair, even one a server answers.
  for (const c of site.comparisons) {
    add('compare', comparisonSlug(c.b.tool.slug, c.a.tool.slug), c.path, c.title, options.reversedPairs);
  }
  for (const c of site.comparisons) {
    for (const alias of c.aliases) add('compare', alias, c.path, c.title);
  }
  for (const tool of site.tools.values()) {
    for (const alias of tool.aliases) add('tools', alias, toolPath(tool.slug), tool.name);
  }
  return out;
}

/** Netlify/Cloudflare-style `_redirects` body: one permanent redirect per line. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
