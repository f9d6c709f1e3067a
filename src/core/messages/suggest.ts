/**
 * "Did you mean …?" suggestions for typos in field names, slugs and enum values.
 */

/** Edit distance between two strings (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate to `input`, if it is close enough to be a plausible typo. */
export function closest(input: string, candidates: Iterable<string>): string | null {
  const needle = input.toLowerCase();
  // Map key iterators can be walked only once; both passes below need the list.
  const list = [...candidates];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Allow roughly one typo per three characters; beyond that a suggestion misleads more than it helps.
  const limit = Math.max(2, Math.floor(needle.length / 3));
  if (best !== null && bestDistance <= limit) return best;
  return wordPrefixMatch(needle, list);
}

// A value cut short by whole words (`smolvlm2` for `smolvlm2-2b`) or typed in full with more after
// it (`skipped`, `smolvlm2-2b-instruct`) is a likely mistake too, but only worth naming when exactly
// one candidate fits.
function wordPrefixMatch(needle: string, candidates: readonly string[]): string | null {
  const matches = candidates.filter((candidate) => {
    const other = candidate.toLowerCase();
    return other.startsWith(`${needle}-`) || needle.startsWith(other);
  });
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** " Did you mean 'x'?" or an empty string when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === null ? '' : ` Did you mean '${match}'?`;
}
