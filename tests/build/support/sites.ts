/**
 * The built test sites as the build tier reads them: each with the site model its content resolves
 * to, and file names as the editor knows them (`content/…` for the live site).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createSite } from '../../../src/core/content.ts';
import { renderMarkdown } from '../../../src/core/content/markdown.ts';
import { formatProblem } from '../../../src/core/messages/problems.ts';
import type { Site } from '../../../src/core/model.ts';
import { readContentDir, toPosix } from '../../../src/fs/read-content.ts';
import { PROJECT_ROOT } from '../../support/paths.ts';
import { builtOn, testSite, type TestSite, type TestSiteName } from '../../support/test-sites.ts';

/** Both test sites, for tests that hold on each: `[name, site]`. */
export const TEST_SITES: readonly (readonly [TestSiteName, TestSite])[] = [
  ['fixture', testSite('fixture')],
  ['live', testSite('live')],
];

/** The site a test site's content resolves to on the day it was built; throws with every problem. */
export function siteModel(site: TestSite): Site {
  const root = toPosix(site.content);
  const { site: model, problems } = createSite(readContentDir(site.content), root, {
    today: builtOn(site),
    render: renderMarkdown,
  });
  if (!model) throw new Error(problems.map((p) => editorMessage(site, formatProblem(p))).join('\n'));
  return model;
}

/** A content file's name as the editor knows it: `content/…` for the live site. */
export function editorFile(site: TestSite, file: string): string {
  const inside = relative(site.content, file.startsWith('/') ? file : join(PROJECT_ROOT, file));
  return site.name === 'live'
    ? `content/${toPosix(inside)}`
    : toPosix(relative(PROJECT_ROOT, join(site.content, inside)));
}

/** A message with the test site's content folder named as the editor knows it. */
export function editorMessage(site: TestSite, message: string): string {
  return site.name === 'live' ? message.replaceAll(`${toPosix(site.content)}/`, 'content/') : message;
}

/** A built file's text. */
export function readBuilt(site: TestSite, path: string): string {
  return readFileSync(join(site.dist, path), 'utf8');
}
