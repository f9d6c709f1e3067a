/**
 * Vote files attach to a published comparison and count only its two tools.
 */
import { didYouMean } from '../messages/suggest.ts';
import { renamedMessage } from './aliases.ts';
import { claim, type Holder } from './claim.ts';
import type { CheckContext } from './context.ts';

/** Reports votes for no comparison, two files for one, and votes keyed by a tool the comparison does not hold. */
export function checkVotes({ entries, index, report }: CheckContext): void {
  const files = new Map<string, Holder<string>>();
  for (const votes of entries.votes) {
    // `<pair>.yaml` beside `<pair>.yml`: only one of them would count.
    claim(files, report, {
      key: votes.id,
      entry: votes,
      path: null,
      message: (other) =>
        `the votes on ${votes.id} are also in ${other.file}: keep one votes file per comparison.`,
    });
    const comparison = index.comparisons.get(votes.id);
    if (!comparison) {
      // The comparison exists but is invalid: its own problems are reported, a second one here is noise.
      if (entries.present.comparisons.has(votes.id)) continue;
      const renamed = index.aliases.comparisons.get(votes.id);
      report.error(
        votes,
        null,
        renamed
          ? `comparison ${renamedMessage(votes.id, renamed, `rename this file to votes/${renamed}.yaml`)}`
          : `no comparison '${votes.id}' to attach these votes to: name the file after a comparison.${didYouMean(votes.id, index.comparisons.keys())}`,
      );
      continue;
    }
    const { tools } = comparison.data;
    for (const tool of votes.data.keys()) {
      if (tools.includes(tool)) continue;
      const renamed = index.aliases.tools.get(tool);
      report.error(
        votes,
        [tool],
        renamed && tools.includes(renamed)
          ? renamedMessage(tool, renamed)
          : `'${tool}' is not in ${votes.id}; use ${tools.join(' or ')}.${didYouMean(tool, tools)}`,
      );
    }
  }
}
