/**
 * Test helpers: load a fixture content folder and derive variants of it in memory.
 */
import { buildSite } from '../../../src/core/site/index.ts';
import { indexEntries } from '../../../src/core/content/content-index.ts';
import { createSite, validateContent } from '../../../src/core/content.ts';
import { loadEntries } from '../../../src/core/content/load.ts';
import { renderMarkdown } from '../../../src/core/content/markdown.ts';
import { formatProblem } from '../../../src/core/messages/problems.ts';
import type { SourceFile } from '../../../src/core/content/source.ts';
import { readContentDir } from '../../../src/fs/read-content.ts';

/** Fixed "today" so staleness warnings never depend on when the tests run. */
export const TODAY = '2026-02-01';

/** Folder of a named fixture under tests/fixtures. */
function fixtureDir(name: string): string {
  return `tests/fixtures/${name}`;
}

/** Files of a fixture content folder. */
export function loadFixture(name: string): SourceFile[] {
  return readContentDir(fixtureDir(name));
}

/** The files with one file added or replaced (path relative to the fixture folder). */
export function withFile(
  files: readonly SourceFile[],
  fixture: string,
  path: string,
  text: string,
): SourceFile[] {
  const full = `${fixtureDir(fixture)}/${path}`;
  return [...files.filter((f) => f.path !== full), { path: full, text }];
}

/** Every problem of a file set, formatted as the CLI prints it. */
export function problemLines(files: readonly SourceFile[], fixture: string, today = TODAY): string[] {
  return validateContent(files, fixtureDir(fixture), { today }).problems.map(formatProblem);
}

/** Builds the site from a file set, failing the test if content has errors. */
export function siteOf(files: readonly SourceFile[], fixture: string, today = TODAY) {
  const { site, problems } = createSite(files, fixtureDir(fixture), { today, render: renderMarkdown });
  if (!site) throw new Error(problems.map(formatProblem).join('\n'));
  return site;
}

/**
 * Builds the site from whatever entries parse, skipping the checks that would refuse them, so a test
 * can show that rendering stays safe even for content validation would never let through.
 */
export function unvalidatedSiteOf(files: readonly SourceFile[], fixture: string) {
  return buildSite(indexEntries(loadEntries(files, fixtureDir(fixture)).entries), renderMarkdown);
}
