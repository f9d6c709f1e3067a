/**
 * File names are slugs: they become URLs, the names of the files the build writes, and the keys
 * references use. Checked for every file found, refused ones included.
 */
import { everyEntry } from '../content/entries.ts';
import { SLUG_RULE, slugify } from '../content/slug.ts';
import { formatCount, MAX_COMPARISON_SLUG_CHARS, MAX_SLUG_CHARS } from '../limits.ts';
import { shown } from '../messages/one-line.ts';
import { SLUG_PATTERN } from '../vocabulary.ts';
import type { CheckContext } from './context.ts';

// The transliterated slug when the name has one (`café-ai` -> `cafe-ai`), else the rule.
function renameTo(id: string): string {
  const slug = slugify(id);
  return slug ? `rename the file to '${slug}'` : `rename the file using ${SLUG_RULE}`;
}

/** How long a file name may be in each folder named by slugs. */
const LONGEST = {
  tools: { chars: MAX_SLUG_CHARS, what: "a tool's slug" },
  reviewers: { chars: MAX_SLUG_CHARS, what: "a reviewer's slug" },
  comparisons: { chars: MAX_COMPARISON_SLUG_CHARS, what: 'a comparison (two tool slugs and -vs-)' },
  votes: { chars: MAX_COMPARISON_SLUG_CHARS, what: 'a votes file (its comparison)' },
} as const;

/** Every slug-named file (tools, reviewers, comparisons, votes) has a valid slug of a length the build can write. */
export function checkSlugs({ entries, report }: CheckContext): void {
  for (const kind of ['tools', 'reviewers', 'comparisons', 'votes'] as const) {
    const { chars, what } = LONGEST[kind];
    for (const entry of everyEntry(entries, kind)) {
      if (!SLUG_PATTERN.test(entry.id)) {
        report.error(
          entry,
          null,
          `file name '${shown(entry.id)}' is not a valid slug: ${renameTo(entry.id)}.`,
        );
      } else if (entry.id.length > chars) {
        report.error(
          entry,
          null,
          `file name '${shown(entry.id, 60)}' is ${formatCount(entry.id.length)} characters; ${what} is at most ${formatCount(chars)}: rename the file to a shorter slug.`,
        );
      }
    }
  }
}
