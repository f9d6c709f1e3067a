/**
 * The report of what a change publishes, as sections of lines made of parts: our own words, content
 * values and site URLs kept apart, so each output format escapes each part the one right way.
 */
import type { Problem } from '../messages/problems.ts';
import { countText } from '../views/format.ts';
import { splitWarnings, type ContentChanges } from './content-changes.ts';
import {
  addedLine,
  categoryLine,
  droppedRedirectLine,
  figureLine,
  type Line,
  flipLine,
  newToolLine,
  problemLine,
  redirectLine,
  refParts,
  removedLine,
  updateLine,
} from './lines.ts';
import { isUnchanged, type SiteChanges } from './site-changes.ts';

/** A titled list; `total` counts every item, `lines` holds at most `MAX_LINES` of them. */
export interface Section {
  title: string;
  total: number;
  lines: Line[];
}

/** The whole report. */
export interface Report {
  title: string;
  intro: Line[];
  sections: Section[];
  /** False when the head does not validate: the command then exits 1. */
  ok: boolean;
}

/** The two sides as the reader of the report knows them. */
export interface ReportLabels {
  base: { ref: string; commit: string };
  /** Null for the working tree. */
  head: { ref: string; commit: string } | null;
}

/** Longest list printed per section; the rest is counted ("and 12 more"). */
export const MAX_LINES = 50;

const TITLE = 'What this change publishes';

/** The report for two built sides. */
export function changesReport(result: ContentChanges, labels: ReportLabels): Report {
  const subject: Line = labels.head ? refParts(labels.head) : ['The working tree'];
  if (!result.head.site) return headInvalid(result.head.problems, [...subject, `, as of ${result.today}.`]);
  const { introduced, existing } = splitWarnings(result);
  const warnings = [
    section('Warnings this change brings', introduced, problemLine),
    section('Warnings already on the base', existing, problemLine),
  ].filter((s) => s.total > 0);
  const compared: Line = [
    ...subject,
    ' compared with ',
    ...refParts(labels.base),
    `, as of ${result.today}.`,
  ];
  if (!result.changes) {
    const site = result.head.site;
    const errors = result.base.problems.filter((p) => p.severity === 'error').length;
    return {
      title: TITLE,
      intro: [
        compared,
        [
          `The base content does not validate (${countText(errors, 'error')}), so there is nothing to compare with. `,
          `After the change the site publishes ${countText(site.comparisons.length, 'comparison')}, ${countText(site.tools.size, 'tool')}, `,
          `${countText(site.reviewers.length, 'reviewer')} and ${countText(site.categories.length, 'category', 'categories')}.`,
        ],
      ],
      sections: warnings,
      ok: true,
    };
  }
  const changes = result.changes;
  return {
    title: TITLE,
    intro: isUnchanged(changes)
      ? [
          compared,
          [
            'Nothing the site publishes changes: no page is added, removed or updated, no figure moves and no redirect changes.',
          ],
        ]
      : [compared],
    sections: [...changeSections(changes), ...warnings],
    ok: true,
  };
}

function headInvalid(problems: readonly Problem[], subject: Line): Report {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return {
    title: TITLE,
    intro: [
      subject,
      [
        `The content does not validate (${countText(errors, 'error')}), so the change cannot be published. `,
        '`npm run validate` lists the same problems.',
      ],
    ],
    sections: [section('Problems', problems, problemLine)],
    ok: false,
  };
}

function changeSections(changes: SiteChanges): Section[] {
  return [
    section('New pages', changes.added, addedLine),
    section('Removed pages', changes.removed, removedLine),
    section('New tools', changes.newTools, newToolLine),
    section('New categories', changes.newCategories, categoryLine),
    section('Figures that move', changes.figures, figureLine),
    section('Verdict flips', changes.flips, flipLine),
    section('Updated pages', changes.updates, updateLine),
    section('Redirects added', changes.redirectsAdded, redirectLine),
    section('Redirects removed', changes.redirectsRemoved, droppedRedirectLine),
  ].filter((s) => s.total > 0);
}

function section<T>(title: string, items: readonly T[], line: (item: T) => Line): Section {
  return { title, total: items.length, lines: items.slice(0, MAX_LINES).map(line) };
}
