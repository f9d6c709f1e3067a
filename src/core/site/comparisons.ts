/**
 * Each published pair with everything its page needs, newest first.
 */
import { comparisonSlug, roundForComparison, roundsOf, type ContentIndex } from '../content/content-index.ts';
import { communityFigures } from '../figures.ts';
import type { Comparison, ComparisonSide, Reviewer, Tool } from '../model.ts';
import { comparisonPath } from '../views/paths.ts';
import { summarize } from './summary.ts';
import type { MarkdownRenderer } from './index.ts';
import type { ReadOf } from './panel-reads.ts';
import { scorecardRows } from './scorecard.ts';

/** The standfirst used when a comparison does not write its own. */
const DEFAULT_DEK =
  'Which one should you ship with? Here is the side-by-side panel verdict, pricing read, reviewer split, and community vote comparison.';

/** What a comparison is built from besides its own entry. */
export interface ComparisonInputs {
  tools: Map<string, Tool>;
  reviewers: readonly Reviewer[];
  readOf: ReadOf;
  md: MarkdownRenderer;
}

/** Every comparison, newest first (then by slug); `related` is left empty for `linkRelated`. */
export function buildComparisons(index: ContentIndex, inputs: ComparisonInputs): Comparison[] {
  const { tools, reviewers, readOf, md } = inputs;
  return [...index.comparisons.values()]
    .map(({ id, file, data, body }) => {
      const [aSlug, bSlug] = data.tools;
      const votes = index.votes.get(id)?.data;
      // Checks guarantee both tools exist and each has a round to show.
      const side = (slug: string): ComparisonSide => {
        const read = readOf(slug, roundForComparison(index, data, slug) as string);
        const latest = roundsOf(index, slug).at(-1) as string;
        return {
          tool: tools.get(slug) as Tool,
          read,
          newer: latest > read.round ? readOf(slug, latest) : null,
          community: communityFigures(votes?.get(slug)),
        };
      };
      const a = side(aSlug);
      const b = side(bSlug);
      const scorecard = scorecardRows(reviewers, data.panel, a.read, b.read);
      const title = `${a.tool.name} vs ${b.tool.name}`;
      return {
        slug: comparisonSlug(aSlug, bSlug),
        path: comparisonPath(id),
        published: data.published,
        title,
        headline: data.headline ?? title,
        dek: data.dek ?? DEFAULT_DEK,
        a,
        b,
        scorecard,
        summary: summarize(scorecard, a, b),
        related: [],
        aliases: data.aliases,
        noteHtml: body.trim() ? md(body).html : null,
        file,
      };
    })
    .sort((x, y) => y.published.localeCompare(x.published) || x.slug.localeCompare(y.slug));
}
