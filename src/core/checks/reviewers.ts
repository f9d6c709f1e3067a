/**
 * One position and one name per reviewer, so the panel's display order is never ambiguous.
 */
import type { Entry } from '../load.ts';
import { claim } from './claim.ts';
import type { CheckContext } from './context.ts';
import { normalizeName } from './normalize.ts';

/** Reports reviewers sharing an `order` or a name. */
export function checkReviewers({ entries, report }: CheckContext): void {
  const orders = new Map<number, Entry<unknown>>();
  const names = new Map<string, Entry<unknown>>();
  for (const reviewer of entries.reviewers) {
    const { order, name } = reviewer.data;
    claim(orders, report, {
      key: order,
      entry: reviewer,
      path: ['order'],
      message: (first) =>
        `order ${order} is already taken by ${first.file}: give each reviewer its own position.`,
    });
    claim(names, report, {
      key: normalizeName(name),
      entry: reviewer,
      path: ['name'],
      message: (first) => `'${name}' is already the name of ${first.file}.`,
    });
  }
}
