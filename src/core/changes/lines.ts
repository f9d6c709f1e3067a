/**
 * One report line per item of each kind of change: our own words, content values and URLs as
 * separate parts (see `Part`), worded as the site words its figures.
 */
import { formatProblem, type Problem } from '../messages/problems.ts';
import { countText, dateText, percentText } from '../views/format.ts';
import { categoryPath, toolPath } from '../views/paths.ts';
import type { Redirect } from '../views/redirects.ts';
import type { CategoryGroup } from '../model.ts';
import { panelFigure, type CommunityFigure, type FigureMove, type PanelFigure } from './figures.ts';
import type { ReviewerFlip } from './flips.ts';
import type { AddedPage, NewTool, RemovedPage } from './site-changes.ts';
import type { PageUpdate } from './updates.ts';

/** Our own words (`string`), a content value, or a site URL: each format escapes each its own way. */
export type Part = string | { value: string } | { path: string };
export type Line = readonly Part[];

/** "main (0123456789ab)": a ref as given and the commit it named. */
export function refParts(ref: { ref: string; commit: string }): Part[] {
  return [{ value: ref.ref }, ` (${ref.commit.slice(0, 12)})`];
}

/** A new page, and the URL it replaces when it is a renamed page. */
export function addedLine(page: AddedPage): Line {
  return [
    `${page.kind} `,
    { path: page.path },
    ' ',
    { value: page.name },
    ...(page.renamedFrom ? [', renamed from ', { path: page.renamedFrom }] : []),
  ];
}

/** A page taken down, and where its URL leads afterwards. */
export function removedLine(page: RemovedPage): Line {
  return [
    `${page.kind} `,
    { path: page.path },
    ' ',
    { value: page.name },
    ...(page.redirectTo
      ? [', now redirects to ', { path: page.redirectTo }]
      : [': no redirect, links to it will break']),
  ];
}

/** A new tool with its category, entry price and panel figure. */
export function newToolLine({ tool, read }: NewTool): Line {
  return [
    { value: tool.name },
    ' ',
    { path: toolPath(tool.slug) },
    ': ',
    { value: tool.category },
    ', ',
    { value: tool.entryPrice },
    `; panel ${read ? panelText(panelFigure(read)) : 'not reviewed yet'}`,
  ];
}

/** A figure that moves, both values with their basis. */
export function figureLine(move: FigureMove): Line {
  const where: Line = [{ value: move.tool.name }, ' on ', { path: move.page.path }, ': '];
  if (move.kind === 'community') {
    return [
      ...where,
      `community ${communityValue(move.from)} → ${communityValue(move.to)} (${votes(move.from)} → ${votes(move.to)})`,
    ];
  }
  const label = move.kind === 'panel' ? 'panel' : 're-review note';
  const value = (figure: PanelFigure | null): string => (figure ? percentText(figure.percent) : 'none');
  const basis = (figure: PanelFigure | null): string => (figure ? panelBasis(figure) : 'none');
  return [
    ...where,
    `${label} ${value(move.from)} → ${value(move.to)} (${basis(move.from)} → ${basis(move.to)})`,
  ];
}

function panelText(figure: PanelFigure): string {
  return `${percentText(figure.percent)} (${panelBasis(figure)})`;
}

/** "2 of 3 reviewers ship it, 1 sat out, panel read of 10 January 2026". */
function panelBasis(figure: PanelFigure): string {
  const satOut = figure.panelSize - figure.total;
  return [
    `${figure.ships} of ${countText(figure.total, 'reviewer')} ship it`,
    ...(satOut > 0 ? [`${satOut} sat out`] : []),
    `panel read of ${dateText(figure.round)}`,
  ].join(', ');
}

function communityValue(figure: CommunityFigure): string {
  return percentText(figure.percent);
}

function votes(figure: CommunityFigure): string {
  return countText(figure.total, 'vote');
}

/** A reviewer's changed call, and the rounds it was made in. */
export function flipLine(flip: ReviewerFlip): Line {
  const rounds =
    flip.fromRound === flip.toRound
      ? `edited in the panel read of ${dateText(flip.toRound)}`
      : `panel read of ${dateText(flip.fromRound)} → ${dateText(flip.toRound)}`;
  return [
    { value: flip.reviewer.name },
    ' on ',
    { value: flip.tool.name },
    ' ',
    { path: toolPath(flip.tool.slug) },
    `: ${flip.from} → ${flip.to} (${rounds})`,
  ];
}

/** A page whose words change: each field, with both values when they are short. */
export function updateLine(update: PageUpdate): Line {
  const fields = update.fields.flatMap((field, i): Part[] => [
    i === 0 ? ': ' : ', ',
    field.field,
    ...(field.from !== null && field.to !== null
      ? [' ', { value: field.from }, ' → ', { value: field.to }]
      : []),
  ]);
  return [`${update.page.kind} `, { path: update.page.path }, ' ', { value: update.page.name }, ...fields];
}

/** A validator problem as `npm run validate` prints it. */
export function problemLine(problem: Problem): Line {
  return [{ value: formatProblem(problem) }];
}

/** A new category and how many tools it holds. */
export function categoryLine(group: CategoryGroup): Line {
  return [
    { value: group.name },
    ' ',
    { path: categoryPath(group.slug) },
    `: ${countText(group.tools.length, 'tool')}`,
  ];
}

/** A redirect added (or pointed somewhere new). */
export function redirectLine(r: Redirect): Line {
  return [{ path: r.from }, ' → ', { path: r.to }, ' (', { value: r.label }, ')'];
}

/** A redirect dropped: its URL now leads nowhere. */
export function droppedRedirectLine(r: Redirect): Line {
  return [{ path: r.from }, ' no longer leads to ', { path: r.to }, ': links to it will break'];
}
