/**
 * Edit distance with a ceiling, for misspelt names: insertions, deletions, substitutions and
 * swaps of neighbouring letters each count one ("smolvml" is one from "smolvlm"). Work stops
 * as soon as the distance must exceed the ceiling, so comparing a long word costs at most
 * (ceiling × 2 + 1) cells a row.
 */

/** The distance between `a` and `b` when it is at most `max`, else `max + 1`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const over = max + 1;
  // Three rows of the optimal-string-alignment table; cells outside the band count as `over`.
  let before = new Array<number>(b.length + 1).fill(over);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : over));
  let current = new Array<number>(b.length + 1).fill(over);
  for (let i = 1; i <= a.length; i++) {
    current.fill(over);
    if (i <= max) current[0] = i;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    let best = current[0] ?? over;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let cell = Math.min(
        (previous[j] ?? over) + 1,
        (current[j - 1] ?? over) + 1,
        (previous[j - 1] ?? over) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cell = Math.min(cell, (before[j - 2] ?? over) + 1);
      current[j] = Math.min(cell, over);
      best = Math.min(best, current[j] ?? over);
    }
    if (best > max) return over;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length] ?? over, over);
}
