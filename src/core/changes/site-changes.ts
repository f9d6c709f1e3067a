/**
 * What a change publishes, from the site built before it and the site built after it: pages added
 * and removed, tools and categories that are new, figures that move, verdicts that flip, pages
 * whose words change and redirects added or dropped. Every list is in a fixed order.
 */
import type { CategoryGroup, PanelRead, Site, Tool } from '../model.ts';
import type { Redirect } from '../views/redirects.ts';
import { figureMoves, type FigureMove } from './figures.ts';
import { reviewerFlips, type ReviewerFlip } from './flips.ts';
import { byPage, compareText, sitePages, type Page } from './pages.ts';
import { redirectChanges, redirectTargets } from './redirects.ts';
import { findRenames } from './renames.ts';
import { pageUpdates, type PageUpdate } from './updates.ts';
import { comparisonPath, toolPath } from '../views/paths.ts';

/** A page the change publishes; `renamedFrom` is the old URL when it replaces a page under another slug. */
export interface AddedPage extends Page {
  renamedFrom: string | null;
}

/** A page the change takes down; `redirectTo` is where its URL leads afterwards, or null (a broken link). */
export interface RemovedPage extends Page {
  redirectTo: string | null;
}

/** A tool the site did not list before (renamed tools are not new). */
export interface NewTool {
  tool: Tool;
  read: PanelRead | null;
}

/** Everything a change publishes. */
export interface SiteChanges {
  added: AddedPage[];
  removed: RemovedPage[];
  newTools: NewTool[];
  newCategories: CategoryGroup[];
  figures: FigureMove[];
  flips: ReviewerFlip[];
  updates: PageUpdate[];
  redirectsAdded: Redirect[];
  redirectsRemoved: Redirect[];
}

/** Compares the site before a change with the site after it. */
export function siteChanges(base: Site, head: Site): SiteChanges {
  const renames = findRenames(base, head);
  const before = sitePages(base);
  const after = sitePages(head);
  const targets = redirectTargets(head);
  const oldUrl = new Map<string, string>([
    ...[...renames.tools].map(([now, was]): [string, string] => [toolPath(now), toolPath(was)]),
    ...[...renames.comparisons].map(([now, was]): [string, string] => [
      comparisonPath(now),
      comparisonPath(was),
    ]),
  ]);
  const added = [...after.values()]
    .filter((page) => !before.has(page.path))
    .map((page) => ({ ...page, renamedFrom: oldUrl.get(page.path) ?? null }))
    .sort(byPage);
  const removed = [...before.values()]
    .filter((page) => !after.has(page.path))
    .map((page) => ({ ...page, redirectTo: targets.get(page.path) ?? null }))
    .sort(byPage);
  const renamedTools = new Set(renames.tools.keys());
  const { added: redirectsAdded, removed: redirectsRemoved } = redirectChanges(base, head);
  return {
    added,
    removed,
    newTools: [...head.tools.values()]
      .filter((tool) => !base.tools.has(tool.slug) && !renamedTools.has(tool.slug))
      .sort((x, y) => compareText(x.slug, y.slug))
      .map((tool) => ({ tool, read: head.latestReads.get(tool.slug) ?? null })),
    newCategories: head.categories.filter((g) => !base.categories.some((old) => old.slug === g.slug)),
    figures: figureMoves(base, head, renames),
    flips: reviewerFlips(base, head, renames),
    updates: pageUpdates(base, head),
    redirectsAdded,
    redirectsRemoved,
  };
}

/** True when the change publishes nothing different. */
export function isUnchanged(changes: SiteChanges): boolean {
  return Object.values(changes).every((list: readonly unknown[]) => list.length === 0);
}
