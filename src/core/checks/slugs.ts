/**
 * File names are slugs: they become URLs and the keys references use.
 */
import { SLUG_PATTERN } from '../vocabulary.ts';
import type { CheckContext } from './context.ts';

/** Slug an author probably meant: lowercase words joined by hyphens. */
export function suggestSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every slug-named file (tools, reviewers, comparisons, votes) has a valid slug. */
export function checkSlugs({ entries, report }: CheckContext): void {
  for (const entry of [...entries.tools, ...entries.reviewers, ...entries.comparisons, ...entries.votes]) {
    if (!SLUG_PATTERN.test(entry.id)) {
      report.error(
        entry,
        null,
        `file name '${entry.id}' is not a valid slug: rename the file to '${suggestSlug(entry.id)}'.`,
      );
    }
  }
}
