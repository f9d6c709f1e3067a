/**
 * The daily budget of a network on a comparison: how many standing calls one network may cast,
 * change or withdraw on one comparison in one UTC day. The database enforces it
 * (migrations/0002_ballots.sql, constraint `daily_network_budget`); this is what the code says
 * about it.
 */

/** Changes one network may make to one comparison's counts in a day: one address cannot move a figure, an office still votes. */
export const NETWORK_DAILY_BUDGET = 50;

/** Name of the database constraint that holds the budget; its failure means "budget spent". */
const BUDGET_CONSTRAINT = 'daily_network_budget';

/** Whether a database error is the budget's constraint refusing a ballot. */
export function isBudgetSpent(error: unknown): boolean {
  return error instanceof Error && error.message.includes(BUDGET_CONSTRAINT);
}

/** Whole seconds until the next UTC day starts, when every network's budget is whole again. */
export function secondsUntilNextDay(nowMs: number): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.max(1, Math.ceil((day - (nowMs % day)) / 1000));
}
