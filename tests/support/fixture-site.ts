/**
 * The frozen site: a copy of the content the site launched with (its three seed comparisons), and
 * the day tests take as today. Every test that expects exact lists, counts, figures, goldens or
 * dates reads this folder, never `content/`, so an editor's pull request cannot change what they
 * expect. Edit it only to change what a test expects.
 */
import { createSite } from '../../src/core/content.ts';
import { renderMarkdown } from '../../src/core/content/markdown.ts';
import type { Site } from '../../src/core/model.ts';
import { readContentDir } from '../../src/fs/read-content.ts';

/** The frozen content folder, relative to the repository root (tests run from there). */
export const FIXTURE_SITE_DIR = 'tests/fixtures/site';

/** "Today" for the frozen site: after every date in it, so nothing in it is scheduled or stale. */
export const FIXTURE_TODAY = '2026-11-22';

/** The frozen site as the build resolves it; throws with every problem if it does not resolve. */
export function fixtureSite(): Site {
  const { site, problems } = createSite(readContentDir(FIXTURE_SITE_DIR), FIXTURE_SITE_DIR, {
    today: FIXTURE_TODAY,
    render: renderMarkdown,
  });
  if (!site) {
    throw new Error(`${FIXTURE_SITE_DIR} does not resolve:\n${problems.map((p) => p.message).join('\n')}`);
  }
  return site;
}
