/**
 * Redirect pages (reversed pairs and retired slugs) filled in from one page Astro renders with
 * placeholders: each is the site's layout around a meta refresh, and rendering 20,000 of them
 * through Astro's page pipeline cost about as long as 10,000 comparison pages.
 */
import { escapeHtml } from '../newsletter/escape-html.ts';
import { SEARCH_BODY_MARK } from './paths.ts';
import type { Redirect } from './redirects.ts';

/** Where the build writes the placeholder page; the post-build step fills it in, then removes it. */
export const REDIRECT_TEMPLATE_PATH = '/redirect-template/';

/** What the template page is rendered with: a path and a name no real page can have. */
export const REDIRECT_PLACEHOLDER = {
  to: '/__redirect_to__/',
  label: '__redirect_label__',
} as const;

// One pass over the template, so text put in for one placeholder is never read as another.
const PLACEHOLDERS = /\/__redirect_to__\/|__redirect_label__/g;

/** The page of one redirect: every placeholder replaced, escaped for text and attributes alike. */
export function redirectPageHtml(template: string, redirect: Pick<Redirect, 'to' | 'label'>): string {
  const to = escapeHtml(redirect.to);
  const label = escapeHtml(redirect.label);
  return template.replace(PLACEHOLDERS, (placeholder) =>
    placeholder === REDIRECT_PLACEHOLDER.label ? label : to,
  );
}

/**
 * Why a rendered template cannot be filled in, or null when it carries both placeholders and
 * no search mark. Redirect pages are written while the search index reads the pages beside
 * them, which is safe only because the index takes marked pages alone: a marked redirect page
 * would be indexed or not depending on timing.
 */
export function redirectTemplateProblem(template: string): string | null {
  for (const placeholder of Object.values(REDIRECT_PLACEHOLDER)) {
    if (!template.includes(placeholder)) return `the redirect template has no ${placeholder}`;
  }
  if (template.includes(SEARCH_BODY_MARK))
    return `the redirect template carries ${SEARCH_BODY_MARK}, so the search index would take redirect pages`;
  return null;
}
