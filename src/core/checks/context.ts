/**
 * What every cross-file check reads and where it reports.
 */
import type { ContentIndex } from '../content/content-index.ts';
import type { Entries } from '../content/entries.ts';
import type { Reporter } from './reporter.ts';

/** Options that make checks deterministic in tests. */
export interface CheckOptions {
  /** Today's date as YYYY-MM-DD: what is published by now, and the reference for staleness warnings. */
  today: string;
}

/** The input of one check: every valid entry (duplicates included), the index over them, and the reporter. */
export interface CheckContext {
  entries: Entries;
  index: ContentIndex;
  options: CheckOptions;
  /** The content folder as validated (`content`, a fixture, a corpus), for fixes that name a path. */
  root: string;
  report: Reporter;
}
