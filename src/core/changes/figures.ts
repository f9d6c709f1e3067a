/**
 * Figures that move: every panel and community figure on a comparison page or a tool page whose
 * value or basis differs between the two sites, with both sides' basis (the round and how many
 * reviewers, or how many votes), so a reviewer of the change sees what each number rests on.
 */
import type { CommunityVote, Comparison, ComparisonSide, PanelRead, Site, Tool } from '../model.ts';
import { toolPath } from '../views/paths.ts';
import { siteIndex } from '../views/site-index.ts';
import { byPage, type Page } from './pages.ts';
import type { Renames } from './renames.ts';

/** A panel figure and its basis. */
export interface PanelFigure {
  percent: number | null;
  ships: number;
  total: number;
  /** Reviewers on the panel that day: `total` plus those who sat the round out. */
  panelSize: number;
  round: string;
}

/** A community figure and its basis. */
export interface CommunityFigure {
  percent: number | null;
  ship: number;
  total: number;
}

/** Which figure of a tool on a page. */
type FigureKind =
  /** The panel figure the page shows. */
  | 'panel'
  /** The newer panel read a comparison points to when the tool was re-reviewed after it was published. */
  | 're-review'
  | 'community';

/** One figure that moves: null on one side when the page did not show it there. */
export type FigureMove = { page: Page; tool: Tool } & (
  | { kind: 'panel' | 're-review'; from: PanelFigure | null; to: PanelFigure | null }
  | { kind: 'community'; from: CommunityFigure; to: CommunityFigure }
);

const KIND_ORDER: readonly FigureKind[] = ['panel', 're-review', 'community'];

/** Every figure that moves on a page both sites publish (renamed pages are matched to their old slug). */
export function figureMoves(base: Site, head: Site, renames: Renames): FigureMove[] {
  const moves = [...comparisonMoves(base, head, renames), ...toolMoves(base, head, renames)];
  return moves.sort(
    (x, y) => byPage(x.page, y.page) || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind),
  );
}

function comparisonMoves(base: Site, head: Site, renames: Renames): FigureMove[] {
  const before = siteIndex(base).comparisonsBySlug;
  return head.comparisons.flatMap((c) => {
    const old = before.get(renames.comparisons.get(c.slug) ?? c.slug);
    if (!old) return [];
    const page: Page = { kind: 'comparison', slug: c.slug, path: c.path, name: c.title };
    // A comparison keeps its tools in page order; a rename may not, so sides are matched by tool.
    return [c.a, c.b].flatMap((side) => {
      const was = sideOf(old, renames.tools.get(side.tool.slug) ?? side.tool.slug);
      return was ? sideMoves(page, side, was) : [];
    });
  });
}

function sideOf(c: Comparison, toolSlug: string): ComparisonSide | null {
  return c.a.tool.slug === toolSlug ? c.a : c.b.tool.slug === toolSlug ? c.b : null;
}

function sideMoves(page: Page, now: ComparisonSide, was: ComparisonSide): FigureMove[] {
  const tool = now.tool;
  return [
    panelMove(page, tool, 'panel', was.read, now.read),
    panelMove(page, tool, 're-review', was.newer, now.newer),
    communityMove(page, tool, was.community, now.community),
  ].flatMap((move) => (move ? [move] : []));
}

function toolMoves(base: Site, head: Site, renames: Renames): FigureMove[] {
  const communityBefore = siteIndex(base).communityByTool;
  const communityNow = siteIndex(head).communityByTool;
  return [...head.tools.values()].flatMap((tool) => {
    const oldSlug = renames.tools.get(tool.slug) ?? tool.slug;
    if (!base.tools.has(oldSlug)) return [];
    const page: Page = { kind: 'tool', slug: tool.slug, path: toolPath(tool.slug), name: tool.name };
    const none = { ship: 0, skip: 0, total: 0, shipPercent: null };
    return [
      panelMove(
        page,
        tool,
        'panel',
        base.latestReads.get(oldSlug) ?? null,
        head.latestReads.get(tool.slug) ?? null,
      ),
      communityMove(page, tool, communityBefore.get(oldSlug) ?? none, communityNow.get(tool.slug) ?? none),
    ].flatMap((move) => (move ? [move] : []));
  });
}

function panelMove(
  page: Page,
  tool: Tool,
  kind: 'panel' | 're-review',
  was: PanelRead | null,
  now: PanelRead | null,
): FigureMove | null {
  const from = was && panelFigure(was);
  const to = now && panelFigure(now);
  return sameJson(from, to) ? null : { page, tool, kind, from, to };
}

function communityMove(page: Page, tool: Tool, was: CommunityVote, now: CommunityVote): FigureMove | null {
  const from = communityFigure(was);
  const to = communityFigure(now);
  return sameJson(from, to) ? null : { page, tool, kind: 'community', from, to };
}

/** The figure of a panel read and its basis. */
export function panelFigure(read: PanelRead): PanelFigure {
  return {
    percent: read.shipPercent,
    ships: read.ships,
    total: read.total,
    panelSize: read.panelSize,
    round: read.round,
  };
}

function communityFigure(vote: CommunityVote): CommunityFigure {
  return { percent: vote.shipPercent, ship: vote.ship, total: vote.total };
}

// Both figure shapes are flat records of numbers and strings built in one key order.
function sameJson(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}
