/**
 * File names are slugs: they become URLs and the keys references use.
 */
import { SLUG_RULE, slugify } from '../content/slug.ts';
import { SLUG_PATTERN } from '../vocabulary.ts';
import type { CheckContext } from './context.ts';

// The transliterated slug when the name has one (`café-ai` -> `cafe-ai`), else the rule.
function renameTo(id: string): string {
  const slug = slugify(id);
  return slug ? `rename the file to '${slug}'` : `rename the file using ${SLUG_RULE}`;
}

/** Every slug-named file (tools, reviewers, comparisons, votes) has a valid slug. */
export function checkSlugs({ entries, report }: CheckContext): void {
  for (const entry of [...entries.tools, ...entries.reviewers, ...entries.comparisons, ...entries.votes]) {
    if (!SLUG_PATTERN.test(entry.id)) {
      report.error(entry, null, `file name '${entry.id}' is not a valid slug: ${renameTo(entry.id)}.`);
    }
  }
}
