/**
 * Loads the site for the build: reads CONTENT_DIR once, prints warnings, and refuses to
 * build anything when content has errors. Under `astro dev` it reads again after a content
 * file changes (src/integrations/content-reload.ts).
 */
import { normalize } from 'node:path';
import { CONTENT_DIR, PUBLIC_DIR } from '../config.ts';
import { createSite } from '../core/content.ts';
import { renderMarkdown } from '../core/content/markdown.ts';
import type { Site } from '../core/model.ts';
import { formatProblem } from '../core/messages/problems.ts';
import { buildDay } from './build-day.ts';
import { contentVersion } from './content-version.ts';
import { publicFiles } from './public-files.ts';
import { readContentDir, toPosix } from './read-content.ts';

let loaded: { version: number; site: Promise<Site> } | null = null;

/** The resolved site, loaded once per content version and shared by every page. */
export function getSite(): Promise<Site> {
  const version = contentVersion();
  if (loaded?.version !== version) loaded = { version, site: Promise.resolve().then(loadSite) };
  return loaded.site;
}

function loadSite(): Site {
  const root = toPosix(normalize(CONTENT_DIR));
  const { site, problems } = createSite(readContentDir(CONTENT_DIR), root, {
    today: buildDay(),
    render: renderMarkdown,
    publicFile: publicFiles(PUBLIC_DIR),
  });
  for (const problem of problems) {
    if (problem.severity === 'warning') console.warn(formatProblem(problem));
  }
  if (!site) {
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem);
    throw new Error(
      `content in ${CONTENT_DIR} has ${errors.length} problem(s); nothing was built:\n${errors.join('\n')}`,
    );
  }
  return site;
}
