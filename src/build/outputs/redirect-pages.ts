/**
 * Writes every redirect page (reversed pairs unless the host answers them, retired slugs) into
 * the built site from the placeholder page Astro rendered, then removes that page.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redirect } from '../../core/views/redirects.ts';
import {
  REDIRECT_TEMPLATE_PATH,
  redirectPageHtml,
  redirectTemplateProblem,
} from '../../core/views/redirect-page.ts';

/** Writes `<dist><from>index.html` for every redirect; returns how many. */
export function writeRedirectPages(redirects: readonly Redirect[], dist: string): number {
  const templateDir = join(dist, REDIRECT_TEMPLATE_PATH);
  const template = readFileSync(join(templateDir, 'index.html'), 'utf8');
  const problem = redirectTemplateProblem(template);
  if (problem) throw new Error(`${problem}; was ${REDIRECT_TEMPLATE_PATH} rendered from RedirectPage.astro?`);
  for (const redirect of redirects) {
    const dir = join(dist, redirect.from);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), redirectPageHtml(template, redirect));
  }
  rmSync(templateDir, { recursive: true });
  return redirects.length;
}
