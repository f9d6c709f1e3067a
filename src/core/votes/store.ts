/**
 * The one storage interface every vote adapter implements (node:sqlite, Cloudflare D1).
 * Integrity lives in the database itself (see migrations/): these types only carry rows.
 */
import type { Verdict } from '../vocabulary.ts';

/** One reader's call on one tool of one comparison; `call: null` withdraws a standing call. */
export interface Ballot {
  comparison: string;
  tool: string;
  /** Random voter id from the signed cookie; never an address or anything personal. */
  voter: string;
  call: Verdict | null;
  /** ISO timestamp of the request, kept for audits of when calls changed. */
  at: string;
}

/** Stored counts for one tool of one comparison. */
export interface TallyRow {
  comparison: string;
  tool: string;
  ship: number;
  skip: number;
}

/** A voter's standing call on one tool. */
export interface StandingCall {
  tool: string;
  call: Verdict;
}

/** What a comparison looks like in storage right after a read or a write. */
export interface VoteState {
  /** Counts of the comparison's tools that have ever been voted on. */
  tallies: TallyRow[];
  /** The voter's standing calls on the comparison, or null when no voter was given. */
  yours: StandingCall[] | null;
}

/** Storage for standing votes; each method is one transaction. */
export interface VoteStore {
  /** Records, replaces or withdraws one standing vote; resolves only once it is durable. */
  cast(ballot: Ballot): Promise<VoteState>;
  /** Current counts of one comparison, plus the voter's calls when a voter id is given. */
  read(comparison: string, voter: string | null): Promise<VoteState>;
  /** Counts of every comparison, sorted by comparison then tool, for exports. */
  allTallies(): Promise<TallyRow[]>;
  /** Finishes pending writes and releases the database. */
  close(): Promise<void>;
}
