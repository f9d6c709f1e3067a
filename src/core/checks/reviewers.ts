/**
 * One position and one name per reviewer, so the panel's display order is never ambiguous.
 */
import { everyEntry } from '../content/entries.ts';
import { claim, claimAny, type Holder } from './claim.ts';
import type { CheckContext } from './context.ts';
import { nameKeys } from './normalize.ts';

/** Reports reviewers sharing an `order` or a name, refused files included where those fields hold. */
export function checkReviewers({ entries, report }: CheckContext): void {
  const orders = new Map<number, Holder<number>>();
  const names = new Map<string, Holder<string>>();
  for (const reviewer of everyEntry(entries, 'reviewers')) {
    const { order, name } = reviewer.data;
    if (order !== undefined) {
      claim(orders, report, {
        key: order,
        entry: reviewer,
        path: ['order'],
        message: (other) =>
          `order ${order} is also taken by ${other.file}: give each reviewer its own position.`,
      });
    }
    if (name !== undefined) {
      claimAny(names, report, nameKeys(name), {
        entry: reviewer,
        path: ['name'],
        message: (other) => `'${name}' is also the name of ${other.file}: give each reviewer their own name.`,
      });
    }
  }
}
