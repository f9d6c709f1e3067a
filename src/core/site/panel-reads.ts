/**
 * The panel's read of a tool in one round: verdicts in reviewer order, the round's words and figures.
 */
import { roundKey, roundsOf, type ContentIndex } from '../content/content-index.ts';
import { panelFigures } from '../figures.ts';
import { roundPanel } from './panel.ts';
import type { PanelRead, Reviewer, Tool, VerdictEntry } from '../model.ts';
import type { MarkdownRenderer } from './index.ts';

/** Looks up the read of a tool in a round; the round must hold verdicts. */
export type ReadOf = (tool: string, round: string) => PanelRead;

/** A lookup that builds each read on first use, so one round shown on many pages is one object. */
export function panelReads(
  index: ContentIndex,
  md: MarkdownRenderer,
  reviewers: readonly Reviewer[],
): ReadOf {
  const reviewerOrder = new Map(reviewers.map((r, i) => [r.slug, i]));
  const reads = new Map<string, PanelRead>();
  return (tool, round) => {
    const key = roundKey(tool, round);
    let read = reads.get(key);
    if (!read) reads.set(key, (read = panelRead(index, tool, round, md, reviewerOrder)));
    return read;
  };
}

/** The latest read of every tool, or null for a tool with no verdicts yet. */
export function buildLatestReads(
  index: ContentIndex,
  tools: Map<string, Tool>,
  readOf: ReadOf,
): Map<string, PanelRead | null> {
  const latestReads = new Map<string, PanelRead | null>();
  for (const slug of tools.keys()) {
    const latest = roundsOf(index, slug).at(-1);
    latestReads.set(slug, latest === undefined ? null : readOf(slug, latest));
  }
  return latestReads;
}

function panelRead(
  index: ContentIndex,
  tool: string,
  round: string,
  md: MarkdownRenderer,
  reviewerOrder: Map<string, number>,
): PanelRead {
  const toolEntry = index.tools.get(tool);
  const roundEntry = index.rounds.get(roundKey(tool, round));
  const verdicts: VerdictEntry[] = (index.verdicts.get(tool)?.get(round) ?? [])
    .map(({ data, body }) => {
      const quote = md(body);
      return {
        reviewer: data.reviewer,
        tool,
        round,
        verdict: data.verdict,
        quoteHtml: quote.html,
        quoteText: quote.text,
      };
    })
    .sort((x, y) => (reviewerOrder.get(x.reviewer) ?? 0) - (reviewerOrder.get(y.reviewer) ?? 0));
  // A round file overrides the tool's tagline and description only where it says something.
  const { satOut } = roundPanel(index, tool, round);
  const description = md(roundEntry?.body.trim() ? roundEntry.body : (toolEntry?.body ?? ''));
  return {
    tool,
    round,
    tagline: roundEntry?.data.tagline ?? toolEntry?.data.tagline ?? '',
    descriptionHtml: description.html,
    descriptionText: description.text,
    verdicts,
    ...panelFigures(verdicts),
    panelSize: verdicts.length + satOut.length,
    satOut,
  };
}
