/**
 * Pages both sites publish whose words change: which fields of the tool, comparison or reviewer
 * differ, with the old and new value for short ones (a status, a price, a date, a name).
 * Figures are left to `figures.ts`; a tool's facts are reported once, on its own page.
 */
import type { Comparison, ComparisonSide, PanelRead, Reviewer, Site, Tool } from '../model.ts';
import { reviewerPath, toolPath } from '../views/paths.ts';
import { siteIndex } from '../views/site-index.ts';
import { byPage, type Page } from './pages.ts';

/** One changed field; `from` and `to` are given for values short enough to print. */
interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** A page both sites publish, and what changes on it. */
export interface PageUpdate {
  page: Page;
  fields: FieldChange[];
}

/** Every page whose content changes, in report order. */
export function pageUpdates(base: Site, head: Site): PageUpdate[] {
  const updates: PageUpdate[] = [];
  const add = (page: Page, fields: (FieldChange | null)[]): void => {
    const changed = fields.filter((field): field is FieldChange => field !== null);
    if (changed.length > 0) updates.push({ page, fields: changed });
  };
  const comparisons = siteIndex(base).comparisonsBySlug;
  for (const c of head.comparisons) {
    const old = comparisons.get(c.slug);
    if (old) add({ kind: 'comparison', slug: c.slug, path: c.path, name: c.title }, comparisonFields(old, c));
  }
  for (const tool of head.tools.values()) {
    const old = base.tools.get(tool.slug);
    if (!old) continue;
    const page: Page = { kind: 'tool', slug: tool.slug, path: toolPath(tool.slug), name: tool.name };
    add(
      page,
      toolFields(old, tool, base.latestReads.get(tool.slug) ?? null, head.latestReads.get(tool.slug) ?? null),
    );
  }
  const reviewers = siteIndex(base).reviewersBySlug;
  for (const reviewer of head.reviewers) {
    const old = reviewers.get(reviewer.slug);
    const page: Page = {
      kind: 'reviewer',
      slug: reviewer.slug,
      path: reviewerPath(reviewer.slug),
      name: reviewer.name,
    };
    if (old) add(page, reviewerFields(old, reviewer));
  }
  return updates.sort((x, y) => byPage(x.page, y.page));
}

function comparisonFields(was: Comparison, now: Comparison): (FieldChange | null)[] {
  return [
    shown('headline', was.headline, now.headline),
    shown('published', was.published, now.published),
    named('dek', was.dek, now.dek),
    named('note', was.noteHtml ?? '', now.noteHtml ?? ''),
    editedQuotes(was, now) ? { field: 'quotes', from: null, to: null } : null,
  ];
}

// Quotes of a round the page showed before too; a page moved to another round is a figure move.
function editedQuotes(was: Comparison, now: Comparison): boolean {
  return [now.a, now.b].some((side) => {
    const old: ComparisonSide | undefined = [was.a, was.b].find((s) => s.tool.slug === side.tool.slug);
    return old !== undefined && old.read.round === side.read.round && quotes(old.read) !== quotes(side.read);
  });
}

function toolFields(
  was: Tool,
  now: Tool,
  wasRead: PanelRead | null,
  nowRead: PanelRead | null,
): (FieldChange | null)[] {
  const sameRound = wasRead?.round === nowRead?.round;
  return [
    shown('name', was.name, now.name),
    shown('category', was.category, now.category),
    shown('entryPrice', was.entryPrice, now.entryPrice),
    named('pricingNote', was.pricingNote, now.pricingNote),
    shown('vendor', was.vendor, now.vendor),
    shown('website', was.website, now.website),
    shown('license', was.license, now.license),
    shown('status', was.status, now.status),
    shown('verified', was.verified, now.verified),
    named('logo', JSON.stringify(was.logo), JSON.stringify(now.logo)),
    named('tagline', wasRead?.tagline ?? '', nowRead?.tagline ?? ''),
    named('description', wasRead?.descriptionText ?? '', nowRead?.descriptionText ?? ''),
    sameRound ? named('quotes', quotes(wasRead), quotes(nowRead)) : null,
  ];
}

function reviewerFields(was: Reviewer, now: Reviewer): (FieldChange | null)[] {
  return [
    shown('name', was.name, now.name),
    shown('lens', was.lens, now.lens),
    named('motto', was.motto, now.motto),
    named('bio', was.bioHtml, now.bioHtml),
    named('excitedBy', was.excitedBy.join('\n'), now.excitedBy.join('\n')),
    named('tiredOf', was.tiredOf.join('\n'), now.tiredOf.join('\n')),
    shown('order', String(was.order), String(now.order)),
  ];
}

function quotes(read: PanelRead | null): string {
  return JSON.stringify(read?.verdicts.map((v) => [v.reviewer, v.quoteText]) ?? []);
}

/** A change printed with both values. */
function shown(field: string, from: string, to: string): FieldChange | null {
  return from === to ? null : { field, from, to };
}

/** A change printed by its field name only (long text). */
function named(field: string, from: string, to: string): FieldChange | null {
  return from === to ? null : { field, from: null, to: null };
}
