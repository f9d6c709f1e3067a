/**
 * Loads the site for the build: reads CONTENT_DIR once, prints warnings, and refuses to
 * build anything when content has errors. `npm run build` loads and validates the content once
 * and hands the resolved site to every step as a snapshot file (`SITE_SNAPSHOT`), so all of them
 * publish the same content as of the same day. Under `astro dev` it reads again after a content
 * file changes (src/integrations/content-reload.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { normalize } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CONTENT_DIR, PUBLIC_DIR } from '../config.ts';
import { createSite } from '../core/content.ts';
import { renderMarkdown } from '../core/content/markdown.ts';
import type { Site } from '../core/model.ts';
import type { Problem } from '../core/messages/problems.ts';
import { formatProblem } from '../core/messages/problems.ts';
import { buildDay } from './build-day.ts';
import { contentVersion } from './content-version.ts';
import { publicFiles } from './public-files.ts';
import { readContentDir, toPosix } from './read-content.ts';

/** Names the file a build step reads its site from instead of the content folder. */
const SNAPSHOT_VARIABLE = 'SITE_SNAPSHOT';

let loaded: { version: number; site: Promise<Site> } | null = null;

/** The resolved site, loaded once per content version and shared by every page. */
export function getSite(): Promise<Site> {
  const version = contentVersion();
  if (loaded?.version !== version) loaded = { version, site: Promise.resolve().then(siteForThisProcess) };
  return loaded.site;
}

/** Validates `dir` and resolves its site as of the build's day: the site, or null, and every problem. */
export function loadContent(dir: string): { site: Site | null; problems: Problem[] } {
  return createSite(readContentDir(dir), toPosix(normalize(dir)), {
    today: buildDay(),
    render: renderMarkdown,
    publicFile: publicFiles(PUBLIC_DIR),
  });
}

/** Writes the site for the build's steps to read, and names the file in this process's environment. */
export function handSiteToSteps(site: Site, file: string): void {
  writeFileSync(file, serialize(site));
  process.env[SNAPSHOT_VARIABLE] = file;
}

function siteForThisProcess(): Site {
  const snapshot = process.env[SNAPSHOT_VARIABLE];
  return snapshot ? (deserialize(readFileSync(snapshot)) as Site) : loadSite();
}

function loadSite(): Site {
  const { site, problems } = loadContent(CONTENT_DIR);
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
