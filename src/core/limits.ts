/**
 * Every size limit content is held to, in one place, so validation, messages and the
 * documentation state the same numbers. Limits keep any input's cost bounded (a 5 MB
 * description once took 2 GB and 20 s to build) and keep pages a reader can load.
 */
import type { ContentKind } from './schemas/index.ts';

/** Most characters of YAML one file may hold: fields are short, long text belongs in the body. */
export const MAX_FRONTMATTER_CHARS = 16_384;

/** Deepest nesting a file may use; content needs three levels (a votes count, a tool's logo). */
export const MAX_YAML_DEPTH = 8;

/** Longest slug (file name or reference); real ones stay under 60. */
export const MAX_SLUG_CHARS = 100;

/**
 * Longest comparison slug: two tool slugs joined by `-vs-`. Every file the build writes is named
 * by a slug plus at most a short suffix (`<slug>.json`), well inside the 255 bytes a file name may take.
 */
export const MAX_COMPARISON_SLUG_CHARS = 2 * MAX_SLUG_CHARS + '-vs-'.length;

/** Deepest Markdown a body may nest (blockquotes, lists, emphasis, links): content needs a few levels; renderers recurse per level. */
export const MAX_MARKDOWN_NESTING = 20;

/** Longest URL in a field. */
export const MAX_URL_CHARS = 500;

/** Most votes one count may hold: more than any comparison page could plausibly collect. */
export const MAX_VOTES = 10_000_000;

/** What the Markdown body of each kind of file is called, whether it must be written, and its limit in characters. */
export const BODIES: Record<
  ContentKind,
  { name: string; required: boolean; maxChars: number; owner: string }
> = {
  tools: { name: 'description', required: true, maxChars: 5_000, owner: "the tool's" },
  reviewers: { name: 'bio', required: true, maxChars: 3_000, owner: "the reviewer's" },
  rounds: { name: 'round description', required: false, maxChars: 5_000, owner: "this round's" },
  verdicts: { name: 'quote', required: true, maxChars: 2_000, owner: "the reviewer's" },
  comparisons: { name: "editor's note", required: false, maxChars: 5_000, owner: 'the' },
  votes: { name: 'body', required: false, maxChars: 0, owner: 'the' },
};

/** A count as people write it: 16,384. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** Bytes above which a file is not even read: far more than any valid content file holds. */
export const MAX_FILE_BYTES = 1024 * 1024;
