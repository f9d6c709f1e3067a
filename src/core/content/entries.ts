/**
 * What loading a content folder yields: every file that passed its schema, by kind, and what is
 * known of the files that did not, so cross-file checks still run on what those files got right.
 */
import type { ParsedFile } from './parse-file.ts';
import type { ContentKind } from '../schemas/index.ts';
import type { ComparisonData } from '../schemas/comparison.ts';
import type { ReviewerData } from '../schemas/reviewer.ts';
import type { RoundData } from '../schemas/round.ts';
import type { ToolData } from '../schemas/tool.ts';
import type { VerdictData } from '../schemas/verdict.ts';
import type { VotesData } from '../schemas/votes.ts';

/** A validated content file: its data, body and where it came from. */
export interface Entry<T> {
  /** File name without extension: the slug for tools, reviewers, comparisons and votes. */
  id: string;
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  lineOf: ParsedFile['lineOf'];
}

/** The data of each kind of file once its schema accepted it. */
export interface DataOf {
  tools: ToolData;
  reviewers: ReviewerData;
  rounds: RoundData;
  verdicts: VerdictData;
  comparisons: ComparisonData;
  votes: VotesData;
}

/** Every valid entry, by kind. Invalid files are left out and reported. */
export type Entries = { [K in ContentKind]: Entry<DataOf[K]>[] } & {
  /**
   * Files their schema refused, each with the fields that passed on their own: a check that needs
   * only those (a name, a website, a slug, a round's place) still runs, so one run reports everything.
   * Never published, and never a target of references: `present` answers for them. (A votes file
   * is one map of counts: a refused one holds none.)
   */
  partial: { [K in ContentKind]: Entry<Partial<DataOf[K]>>[] };
  /** Slugs of every file found per kind, valid or not, so a reference to a broken file is not reported twice. */
  present: Record<ContentKind, Set<string>>;
  /**
   * `<tool>/<round>/<reviewer>` of every verdict file found, valid or not, so a round is not also
   * reported incomplete for a verdict whose own problems are already reported.
   */
  verdictPlaces: Set<string>;
};

/** Entries of an empty content folder. */
export function emptyEntries(): Entries {
  return {
    tools: [],
    reviewers: [],
    rounds: [],
    verdicts: [],
    comparisons: [],
    votes: [],
    partial: { tools: [], reviewers: [], rounds: [], verdicts: [], comparisons: [], votes: [] },
    present: {
      tools: new Set(),
      reviewers: new Set(),
      rounds: new Set(),
      verdicts: new Set(),
      comparisons: new Set(),
      votes: new Set(),
    },
    verdictPlaces: new Set(),
  };
}

/** The valid entries of a kind followed by the partial ones: what a check on the right fields reads. */
export function everyEntry<K extends ContentKind>(entries: Entries, kind: K): Entry<Partial<DataOf[K]>>[] {
  return [...entries[kind], ...entries.partial[kind]] as Entry<Partial<DataOf[K]>>[];
}
