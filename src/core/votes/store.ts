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
  /** ISO timestamp of the request; its date is the day whose budget the ballot spends. */
  at: string;
  /** Keyed hash of the network the ballot came from, changing every day; never an address. */
  network: string;
  /** Keyed hash of the retry key a new voter's client sent, or null: a retry finds its ballot by it. */
  requestKey: string | null;
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

/** What became of a ballot. */
export type CastResult =
  /** Stored (or changed nothing); `voter` is whose calls `state` shows. */
  | { kind: 'counted'; voter: string; state: VoteState }
  /** A retry of a ballot stored before: nothing new was counted, and `voter` is the first try's voter. */
  | { kind: 'replayed'; voter: string; state: VoteState }
  /** The network has spent its daily budget on this comparison; nothing was stored. */
  | { kind: 'budget-spent' }
  /** The retry key belongs to a different ballot; nothing was stored. */
  | { kind: 'key-reused' };

/** How one comparison was voted on during one day, for reviewers of an export (no voter or network leaves). */
export interface ActivityRow {
  comparison: string;
  /** UTC date, `YYYY-MM-DD`. */
  day: string;
  /** Changes of standing calls (casts, changes, withdrawals). */
  ballots: number;
  /** Distinct voters that day. */
  voters: number;
  /** Distinct voters on the comparison over the whole window asked for (the same in each of its days). */
  windowVoters: number;
  /** Distinct networks that day (a network's hash changes daily, so it is counted once per day). */
  networks: number;
  /** Ballots of the busiest network. */
  topNetwork: number;
  /** Ballots of the busiest minute. */
  topMinute: number;
  /** Networks that spent their whole budget on the comparison that day. */
  networksAtBudget: number;
}

/** Storage for standing votes; each method is one transaction. */
export interface VoteStore {
  /** Records, replaces or withdraws one standing vote; resolves only once it is durable. */
  cast(ballot: Ballot): Promise<CastResult>;
  /** Current counts of one comparison, plus the voter's calls when a voter id is given. */
  read(comparison: string, voter: string | null): Promise<VoteState>;
  /** Counts of every comparison, sorted by comparison then tool, for exports. */
  allTallies(): Promise<TallyRow[]>;
  /** Ballots since an ISO time, per comparison and day, sorted, for export reports. */
  activity(since: string): Promise<ActivityRow[]>;
  /** Finishes pending writes and releases the database. */
  close(): Promise<void>;
}
