/**
 * Builds the resolved `Site` from entries that passed every check: follows references,
 * picks review rounds, renders bodies and computes every figure. One builder per kind of output.
 */
import type { ContentIndex } from '../content/content-index.ts';
import type { RenderedMarkdown } from '../content/markdown.ts';
import type { Site } from '../model.ts';
import { buildCategories } from './categories.ts';
import { buildComparisons } from './comparisons.ts';
import { buildHistories } from './histories.ts';
import { buildLatestReads, panelReads } from './panel-reads.ts';
import { linkRelated } from './related.ts';
import { buildVerdictsByReviewer } from './reviewer-verdicts.ts';
import { buildReviewers } from './reviewers.ts';
import { buildTools } from './tools.ts';

/** Renders a Markdown body; injected so validation can skip rendering and tests can stub it. */
export type MarkdownRenderer = (markdown: string) => RenderedMarkdown;

/** Builds the site from the content index. Call only when `checkEntries` found no errors. */
export function buildSite(index: ContentIndex, render: MarkdownRenderer): Site {
  const md = renderOnce(render);
  const reviewers = buildReviewers(index, md);
  const tools = buildTools(index);
  const readOf = panelReads(index, md, reviewers);
  const latestReads = buildLatestReads(index, tools, readOf);
  const comparisons = buildComparisons(index, { tools, reviewers, readOf, md });
  linkRelated(comparisons);
  return {
    tools,
    reviewers,
    comparisons,
    latestReads,
    histories: buildHistories(index, tools, readOf),
    verdictsByReviewer: buildVerdictsByReviewer(index, reviewers, readOf),
    categories: buildCategories(tools, comparisons),
  };
}

// Bodies repeat (one round shown on several pages), so each is rendered once.
function renderOnce(render: MarkdownRenderer): MarkdownRenderer {
  const cache = new Map<string, RenderedMarkdown>();
  return (text) => {
    let hit = cache.get(text);
    if (!hit) cache.set(text, (hit = render(text)));
    return hit;
  };
}
