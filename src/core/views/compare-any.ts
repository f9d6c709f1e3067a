/**
 * "Compare any two tools": the compact per-tool data the `/compare/?a=&b=` page reads
 * (`/data/tools.json`), how that page reads its query, and where "Suggest this comparison"
 * points. Pure, so the browser script and the build share it.
 */
import { comparisonSlug } from '../content/content-index.ts';
import type { CommunityVote, PanelRead, Site, Tool } from '../model.ts';
import { COMPARE_ANY_PATH, comparisonPath, toolPath } from './paths.ts';

/** Where the compare-any page reads every tool's figures. */
export const TOOLS_DATA_PATH = '/data/tools.json';

/** One tool as the compare-any page shows it: latest panel read, its calls, community votes. */
export interface CompareTool {
  slug: string;
  name: string;
  path: string;
  category: string;
  entryPrice: string;
  pricingNote: string;
  tagline: string | null;
  /** The latest review round (its date), or null before the first review. */
  round: string | null;
  /** `total` reviewers gave a call, of `panelSize` on the panel that round (others sat it out). */
  panel: { ships: number; total: number; panelSize: number; shipPercent: number | null };
  community: { ship: number; skip: number; total: number };
  /** Reviewer slug → call in that round. */
  calls: Record<string, 'ship' | 'skip'>;
}

/** Everything the compare-any page needs in one static file. */
export interface CompareData {
  reviewers: { slug: string; name: string }[];
  tools: CompareTool[];
  /** `<a>-vs-<b>` slugs of the published comparisons, so the page links to them. */
  comparisons: string[];
}

function compareTool(tool: Tool, read: PanelRead | null, community: CommunityVote): CompareTool {
  return {
    slug: tool.slug,
    name: tool.name,
    path: toolPath(tool.slug),
    category: tool.category,
    entryPrice: tool.entryPrice,
    pricingNote: tool.pricingNote,
    tagline: read?.tagline ?? null,
    round: read?.round ?? null,
    panel: {
      ships: read?.ships ?? 0,
      total: read?.total ?? 0,
      panelSize: read?.panelSize ?? 0,
      shipPercent: read?.shipPercent ?? null,
    },
    community: { ship: community.ship, skip: community.skip, total: community.total },
    calls: Object.fromEntries((read?.verdicts ?? []).map((v) => [v.reviewer, v.verdict])),
  };
}

/** The compare-any data of a site; `communityOf` gives each tool's summed votes. */
export function compareData(site: Site, communityOf: (slug: string) => CommunityVote): CompareData {
  return {
    reviewers: site.reviewers.map((r) => ({ slug: r.slug, name: r.name })),
    tools: [...site.tools.values()]
      .map((tool) => compareTool(tool, site.latestReads.get(tool.slug) ?? null, communityOf(tool.slug)))
      .sort((x, y) => x.name.localeCompare(y.name, 'en')),
    comparisons: site.comparisons.map((c) => c.slug),
  };
}

/** Path of the compare-any page for two tools. */
export function compareAnyPath(a: string, b: string): string {
  return `${COMPARE_ANY_PATH}?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
}

/** The editorial comparison of two tools, whichever way round it was published, or null. */
export function editorialPath(published: ReadonlySet<string>, a: string, b: string): string | null {
  if (published.has(comparisonSlug(a, b))) return comparisonPath(comparisonSlug(a, b));
  if (published.has(comparisonSlug(b, a))) return comparisonPath(comparisonSlug(b, a));
  return null;
}

/** Where a reader lands to compare two tools: the editorial page when there is one, else this page. */
export function compareLink(published: ReadonlySet<string>, a: string, b: string): string {
  return editorialPath(published, a, b) ?? compareAnyPath(a, b);
}

/** What the page was asked for, or why it cannot answer. */
export type ComparePair =
  { ok: true; a: string; b: string } | { ok: false; reason: 'missing' | 'invalid' | 'same' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads `?a=<slug>&b=<slug>`; anything but two different well-formed slugs is refused. */
export function parseComparePair(search: string): ComparePair {
  const params = new URLSearchParams(search);
  const a = params.get('a');
  const b = params.get('b');
  if (!a || !b) return { ok: false, reason: 'missing' };
  if (a.length > 100 || b.length > 100 || !SLUG.test(a) || !SLUG.test(b))
    return { ok: false, reason: 'invalid' };
  if (a === b) return { ok: false, reason: 'same' };
  return { ok: true, a, b };
}

/**
 * GitHub's new-file page for the comparison file, pre-filled with its frontmatter; null when
 * the site names no repository (`REPOSITORY_URL`).
 */
export function suggestComparisonUrl(repository: string | null, a: string, b: string): string | null {
  if (!repository) return null;
  const url = new URL(`${repository.replace(/\/+$/, '')}/new/main`);
  url.searchParams.set('filename', `content/comparisons/${comparisonSlug(a, b)}.md`);
  url.searchParams.set('value', `---\ntools: [${a}, ${b}]\npublished: YYYY-MM-DD\n---\n`);
  return url.href;
}

/** Most "Compare with…" links on a tool page; the compare page's picker has every tool. */
const COMPARE_WITH_LIMIT = 50;

/** A tool page's "Compare with…" links and how many more tools the compare page offers. */
export interface CompareWith {
  links: { name: string; path: string; editorial: boolean }[];
  more: number;
}

/**
 * The "Compare with…" links of every tool page: every other tool (up to a limit), editorial
 * pages first, each group by name. `pairs` are the tool slugs of the published comparisons.
 * Tools are sorted once, so a page costs its own comparisons plus the limit, not every tool:
 * sorting all tools for each of 10,000 tool pages took minutes.
 */
export function compareWithLinker(
  tools: readonly Tool[],
  pairs: Iterable<readonly [string, string]>,
  limit = COMPARE_WITH_LIMIT,
): (slug: string) => CompareWith {
  const collator = new Intl.Collator('en');
  // A stable sort: tools of the same name keep their order, in every page's list alike.
  const sorted = [...tools].sort((x, y) => collator.compare(x.name, y.name));
  const rank = new Map(sorted.map((tool, i) => [tool.slug, i]));
  const published = new Set<string>();
  const partners = new Map<string, Set<number>>();
  const addPartner = (slug: string, other: string): void => {
    const i = rank.get(other);
    if (i === undefined || slug === other) return;
    const known = partners.get(slug);
    if (known) known.add(i);
    else partners.set(slug, new Set([i]));
  };
  for (const [a, b] of pairs) {
    published.add(comparisonSlug(a, b));
    addPartner(a, b);
    addPartner(b, a);
  }
  return (slug) => {
    const editorial = partners.get(slug) ?? new Set<number>();
    const links: CompareWith['links'] = [];
    for (const i of [...editorial].sort((x, y) => x - y).slice(0, limit)) {
      const tool = sorted[i] as Tool;
      links.push({ name: tool.name, path: compareLink(published, slug, tool.slug), editorial: true });
    }
    for (let i = 0; i < sorted.length && links.length < limit; i++) {
      const tool = sorted[i] as Tool;
      if (tool.slug === slug || editorial.has(i)) continue;
      links.push({ name: tool.name, path: compareAnyPath(slug, tool.slug), editorial: false });
    }
    const others = sorted.length - (rank.has(slug) ? 1 : 0);
    return { links, more: Math.max(0, others - limit) };
  };
}
