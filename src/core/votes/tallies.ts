/**
 * The tallies object every vote endpoint answers with: counts for both tools of a
 * comparison (zeros included) and, for a known voter, their standing calls.
 */
import type { Verdict } from '../vocabulary.ts';
import type { VoteState } from './store.ts';

/** Counts of one tool. */
interface ToolTally {
  ship: number;
  skip: number;
  total: number;
}

/** Response body of `POST /api/votes` and `GET /api/votes/<comparison>`. */
export interface TalliesBody {
  comparison: string;
  tools: Record<string, ToolTally>;
  /** Present only when the request carried a voter: tool slug -> standing call. */
  yours?: Record<string, Verdict>;
}

/** Builds the response body from stored state; both tools always appear, in page order. */
export function talliesBody(
  comparison: string,
  tools: readonly [string, string],
  state: VoteState,
): TalliesBody {
  const counted = new Map(state.tallies.map((row) => [row.tool, row]));
  const body: TalliesBody = { comparison, tools: {} };
  for (const tool of tools) {
    const row = counted.get(tool);
    const ship = row?.ship ?? 0;
    const skip = row?.skip ?? 0;
    body.tools[tool] = { ship, skip, total: ship + skip };
  }
  if (state.yours !== null) {
    const yours: Record<string, Verdict> = {};
    for (const tool of tools) {
      const standing = state.yours.find((entry) => entry.tool === tool);
      if (standing) yours[tool] = standing.call;
    }
    body.yours = yours;
  }
  return body;
}
