/**
 * Builds the resolved `Site` from entries that passed every check: follows references,
 * picks review rounds, renders bodies and computes every figure.
 */
import {
  comparisonSlug,
  indexEntries,
  roundForComparison,
  roundKey,
  roundsOf,
  type ContentIndex,
} from './content-index.ts';
import { communityFigures, panelFigures } from './figures.ts';
import type { Entries } from './load.ts';
import type { RenderedMarkdown } from './markdown.ts';
import type {
  CategoryGroup,
  Comparison,
  ComparisonSide,
  PanelRead,
  Reviewer,
  ScorecardRow,
  Site,
  Tool,
  VerdictEntry,
} from './model.ts';
import { summarize } from './summary.ts';
import { CATEGORIES, categorySlug } from './vocabulary.ts';

/** Renders a Markdown body; injected so validation can skip rendering and tests can stub it. */
export type MarkdownRenderer = (markdown: string) => RenderedMarkdown;

/** The standfirst used when a comparison does not write its own. */
export const DEFAULT_DEK =
  'Which one should you ship with? Here is the side-by-side panel verdict, pricing read, reviewer split, and community vote comparison.';

/** Builds the site. Call only when `checkEntries` found no errors. */
export function buildSite(entries: Entries, render: MarkdownRenderer): Site {
  const index = indexEntries(entries);
  const cache = new Map<string, RenderedMarkdown>();
  // Bodies repeat (one round shown on several pages), so each is rendered once.
  const md = (text: string) => {
    let hit = cache.get(text);
    if (!hit) cache.set(text, (hit = render(text)));
    return hit;
  };

  const reviewers: Reviewer[] = [...index.reviewers.values()]
    .map(({ id, data, body }) => ({
      slug: id,
      name: data.name,
      motto: data.motto,
      lens: data.lens,
      bioHtml: md(body).html,
      excitedBy: data.excitedBy,
      tiredOf: data.tiredOf,
      order: data.order,
    }))
    .sort((a, b) => a.order - b.order);
  const reviewerOrder = new Map(reviewers.map((r, i) => [r.slug, i]));

  const tools = new Map<string, Tool>(
    [...index.tools.values()]
      .sort((a, b) => a.data.name.localeCompare(b.data.name))
      .map(({ id, file, data }) => [
        id,
        {
          slug: id,
          name: data.name,
          category: data.category,
          categorySlug: categorySlug(data.category),
          entryPrice: data.entryPrice,
          pricingNote: data.pricingNote,
          vendor: data.vendor,
          website: data.website,
          license: data.license,
          status: data.status,
          verified: data.verified,
          logo: data.logo ?? null,
          aliases: data.aliases,
          file,
        },
      ]),
  );

  const reads = new Map<string, PanelRead>();
  const readOf = (tool: string, round: string): PanelRead => {
    const key = roundKey(tool, round);
    let read = reads.get(key);
    if (!read) reads.set(key, (read = panelRead(index, tool, round, md, reviewerOrder)));
    return read;
  };

  const latestReads = new Map<string, PanelRead | null>();
  for (const slug of tools.keys()) {
    const latest = roundsOf(index, slug).at(-1);
    latestReads.set(slug, latest === undefined ? null : readOf(slug, latest));
  }

  const comparisons: Comparison[] = [...index.comparisons.values()]
    .map(({ id, file, data, body }) => {
      const [aSlug, bSlug] = data.tools;
      const votes = index.votes.get(id)?.data;
      const side = (slug: string): ComparisonSide => ({
        tool: tools.get(slug) as Tool,
        read: readOf(slug, roundForComparison(index, data, slug) as string),
        community: communityFigures(votes?.[slug]),
      });
      const a = side(aSlug);
      const b = side(bSlug);
      const scorecard = scorecardRows(reviewers, data.panel, a.read, b.read);
      const title = `${a.tool.name} vs ${b.tool.name}`;
      return {
        slug: comparisonSlug(aSlug, bSlug),
        path: `/compare/${id}/`,
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

  linkRelated(comparisons);

  const verdictsByReviewer = new Map<string, VerdictEntry[]>(reviewers.map((r) => [r.slug, []]));
  for (const [tool, byRound] of index.verdicts) {
    for (const round of byRound.keys()) {
      for (const verdict of readOf(tool, round).verdicts)
        verdictsByReviewer.get(verdict.reviewer)?.push(verdict);
    }
  }
  for (const list of verdictsByReviewer.values()) {
    list.sort((x, y) => y.round.localeCompare(x.round) || x.tool.localeCompare(y.tool));
  }

  return {
    tools,
    reviewers,
    comparisons,
    latestReads,
    verdictsByReviewer,
    categories: groupCategories(tools, comparisons),
  };
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
  const description = md(roundEntry?.body.trim() ? roundEntry.body : (toolEntry?.body ?? ''));
  return {
    tool,
    round,
    tagline: roundEntry?.data.tagline ?? toolEntry?.data.tagline ?? '',
    descriptionHtml: description.html,
    descriptionText: description.text,
    verdicts,
    ...panelFigures(verdicts),
  };
}

function scorecardRows(
  reviewers: Reviewer[],
  panel: string[] | undefined,
  a: PanelRead,
  b: PanelRead,
): ScorecardRow[] {
  const bySlug = new Map(reviewers.map((r) => [r.slug, r]));
  const involved = new Set([...a.verdicts, ...b.verdicts].map((v) => v.reviewer));
  const order = panel ?? reviewers.map((r) => r.slug).filter((slug) => involved.has(slug));
  return order.flatMap((slug) => {
    const reviewer = bySlug.get(slug);
    if (!reviewer) return [];
    return [
      {
        reviewer,
        a: a.verdicts.find((v) => v.reviewer === slug) ?? null,
        b: b.verdicts.find((v) => v.reviewer === slug) ?? null,
      },
    ];
  });
}

// Related = other comparisons sharing a tool, newest first; the list is already sorted that way.
function linkRelated(comparisons: Comparison[], limit = 6): void {
  const byTool = new Map<string, Comparison[]>();
  for (const c of comparisons) {
    for (const slug of [c.a.tool.slug, c.b.tool.slug]) {
      const list = byTool.get(slug);
      if (list) list.push(c);
      else byTool.set(slug, [c]);
    }
  }
  for (const c of comparisons) {
    const related = new Set<string>();
    for (const slug of [c.a.tool.slug, c.b.tool.slug]) {
      for (const other of byTool.get(slug) ?? []) {
        if (related.size >= limit) break;
        if (other !== c) related.add(other.slug);
      }
    }
    c.related = [...related];
  }
}

function groupCategories(tools: Map<string, Tool>, comparisons: Comparison[]): CategoryGroup[] {
  return CATEGORIES.map((name) => ({
    name,
    slug: categorySlug(name),
    tools: [...tools.values()].filter((t) => t.category === name).map((t) => t.slug),
    comparisons: comparisons
      .filter((c) => c.a.tool.category === name || c.b.tool.category === name)
      .map((c) => c.slug),
  })).filter((group) => group.tools.length > 0);
}
