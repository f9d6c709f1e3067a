/**
 * The rule the suite keeps: tools an editor adds never turn it red. The live test site is
 * `content/` plus two tools, a review round of each (every reviewer) and their comparison, all
 * dated today and made with `npm run new` (tests/support/next-editor.ts), then previewed with
 * `npm run preview`. The checks that hold for any valid content (site-links, comparison-figures,
 * and the live end-to-end project) run on it; this file checks the additions themselves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/content.ts';
import { formatProblem } from '../../src/core/messages/problems.ts';
import { categorySlug } from '../../src/core/vocabulary.ts';
import { readContentDir, toPosix } from '../../src/fs/read-content.ts';
import { liveAdditions, testSite } from '../support/test-sites.ts';
import { editorMessage, readBuilt } from './support/sites.ts';

const live = testSite('live');
const added = liveAdditions();

describe("content/ with the next editor's additions", () => {
  it('has every file npm run new wrote, a verdict from every reviewer, dated today', () => {
    const reviewers = readdirSync(join(live.content, 'reviewers')).filter((f) => f.endsWith('.md'));
    for (const file of added.files) expect(existsSync(join(live.content, file)), file).toBe(true);
    for (const { slug } of added.tools) {
      expect(added.files.filter((f) => f.startsWith(`verdicts/${slug}/${added.today}/`))).toHaveLength(
        reviewers.length,
      );
    }
    expect(readFileSync(join(live.content, 'comparisons', `${added.comparison}.md`), 'utf8')).toContain(
      `published: ${added.today}`,
    );
  });

  it('validates without errors', () => {
    const root = toPosix(live.content);
    const { problems } = validateContent(readContentDir(live.content), root, { today: added.today });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => editorMessage(live, formatProblem(p)))).toEqual([]);
  });

  it('was built by npm run preview, which printed the comparison page', () => {
    const printed = readFileSync(join(live.root, 'preview-printed.txt'), 'utf8').trim();
    expect(printed).toBe(join(live.dist, 'compare', added.comparison, 'index.html'));
    const page = readFileSync(printed, 'utf8');
    for (const { name } of added.tools) expect(page).toContain(name);
  });

  it('publishes each tool page, linking the comparison, and lists both tools in their category', () => {
    for (const { slug } of added.tools) {
      expect(readBuilt(live, `tools/${slug}/index.html`)).toContain(`href="/compare/${added.comparison}/"`);
    }
    const category = readBuilt(live, `categories/${categorySlug(added.category)}/index.html`);
    for (const { name } of added.tools) expect(category).toContain(name);
  });
});
