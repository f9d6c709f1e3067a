/**
 * Cross-file checks: references, duplicates, review rounds and freshness. Every problem
 * is collected; none stops the others from being found.
 */
import {
  comparisonSlug,
  indexEntries,
  roundForComparison,
  roundsOf,
  type ContentIndex,
} from './content-index.ts';
import { fieldName } from './error-map.ts';
import type { Entries, Entry } from './load.ts';
import type { Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { SLUG_PATTERN, STALE_AFTER_DAYS } from './vocabulary.ts';

/** Options that make checks deterministic in tests. */
export interface CheckOptions {
  /** Today's date as YYYY-MM-DD, for staleness warnings. */
  today: string;
}

/** Runs every cross-file check and returns the problems found. */
export function checkEntries(entries: Entries, options: CheckOptions): Problem[] {
  const index = indexEntries(entries);
  const report = new Reporter();
  checkSlugs(entries, report);
  checkTools(entries, options, report);
  checkReviewers(entries, report);
  checkVerdicts(entries, index, report);
  checkRounds(entries, index, report);
  checkComparisons(entries, index, report);
  checkVotes(entries, index, report);
  return report.problems;
}

class Reporter {
  readonly problems: Problem[] = [];

  error(entry: Entry<unknown>, path: readonly PropertyKey[] | null, message: string): void {
    this.add(entry, path, message, 'error');
  }

  warn(entry: Entry<unknown>, path: readonly PropertyKey[] | null, message: string): void {
    this.add(entry, path, message, 'warning');
  }

  private add(
    entry: Entry<unknown>,
    path: readonly PropertyKey[] | null,
    message: string,
    severity: Problem['severity'],
  ): void {
    this.problems.push({
      file: entry.file,
      line: path ? entry.lineOf(path) : 1,
      field: path && path.length > 0 ? fieldName(path) : null,
      message,
      severity,
    });
  }
}

function checkSlugs(entries: Entries, report: Reporter): void {
  for (const entry of [...entries.tools, ...entries.reviewers, ...entries.comparisons, ...entries.votes]) {
    if (!SLUG_PATTERN.test(entry.id)) {
      report.error(
        entry,
        null,
        `file name '${entry.id}' is not a valid slug: rename the file to '${suggestSlug(entry.id)}'.`,
      );
    }
  }
}

/** Slug an author probably meant: lowercase words joined by hyphens. */
export function suggestSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Name as compared for duplicates: case and spacing do not make a different tool. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Website as compared for duplicates: scheme, `www.`, case and trailing slash do not count. */
export function normalizeWebsite(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

function checkTools(entries: Entries, options: CheckOptions, report: Reporter): void {
  const slugs = new Map<string, Entry<unknown>>();
  const names = new Map<string, Entry<unknown>>();
  const sites = new Map<string, Entry<unknown>>();
  const aliases = new Map<string, Entry<unknown>>();
  for (const tool of entries.tools) {
    claim(
      slugs,
      tool.id,
      tool,
      report,
      null,
      (first) => `another tool already uses slug '${tool.id}' (${first.file}).`,
    );
    claim(
      names,
      normalizeName(tool.data.name),
      tool,
      report,
      ['name'],
      (first) => `'${tool.data.name}' is already the name of ${first.file}: one tool, one file.`,
    );
    claim(
      sites,
      normalizeWebsite(tool.data.website),
      tool,
      report,
      ['website'],
      (first) => `${tool.data.website} is already the website of ${first.file}: one tool, one file.`,
    );
    const age = daysBetween(tool.data.verified, options.today);
    if (age < 0)
      report.error(
        tool,
        ['verified'],
        `${tool.data.verified} is in the future: use the date the facts were actually checked.`,
      );
    else if (age > STALE_AFTER_DAYS) {
      report.warn(
        tool,
        ['verified'],
        `facts were last verified ${age} days ago (over ${STALE_AFTER_DAYS}): re-check them and update the date.`,
      );
    }
  }
  for (const tool of entries.tools) {
    tool.data.aliases.forEach((alias, i) => {
      if (slugs.has(alias))
        report.error(
          tool,
          ['aliases', i],
          `'${alias}' is the slug of another tool; an alias must be a retired slug.`,
        );
      else
        claim(
          aliases,
          alias,
          tool,
          report,
          ['aliases', i],
          (first) => `alias '${alias}' is already claimed by ${first.file}.`,
        );
    });
  }
}

function checkReviewers(entries: Entries, report: Reporter): void {
  const orders = new Map<number, Entry<unknown>>();
  const names = new Map<string, Entry<unknown>>();
  for (const reviewer of entries.reviewers) {
    claim(
      orders,
      reviewer.data.order,
      reviewer,
      report,
      ['order'],
      (first) =>
        `order ${reviewer.data.order} is already taken by ${first.file}: give each reviewer its own position.`,
    );
    claim(
      names,
      normalizeName(reviewer.data.name),
      reviewer,
      report,
      ['name'],
      (first) => `'${reviewer.data.name}' is already the name of ${first.file}.`,
    );
  }
}

function checkVerdicts(entries: Entries, index: ContentIndex, report: Reporter): void {
  const seen = new Map<string, Entry<unknown>>();
  for (const verdict of entries.verdicts) {
    const { tool, reviewer, round } = verdict.data;
    const toolKnown = checkReference(
      verdict,
      ['tool'],
      tool,
      index.tools,
      entries.present.tools,
      'tool',
      report,
    );
    const reviewerKnown = checkReference(
      verdict,
      ['reviewer'],
      reviewer,
      index.reviewers,
      entries.present.reviewers,
      'reviewer',
      report,
    );
    // Only once both references resolve is the expected place meaningful.
    const expected = `verdicts/${tool}/${round}/${reviewer}.md`;
    if (toolKnown && reviewerKnown && !`/${verdict.file}`.endsWith(`/${expected}`)) {
      report.warn(
        verdict,
        null,
        `the file's place does not match its fields: move it to ${expected} so editors find it.`,
      );
    }
    claim(
      seen,
      `${tool}|${reviewer}|${round}`,
      verdict,
      report,
      ['reviewer'],
      (first) =>
        `${reviewer} already has a verdict on ${tool} in round ${round} (${first.file}): one verdict per reviewer, tool and round.`,
    );
  }
}

function checkRounds(entries: Entries, index: ContentIndex, report: Reporter): void {
  const seen = new Map<string, Entry<unknown>>();
  for (const round of entries.rounds) {
    const { tool, date } = round.data;
    if (!checkReference(round, ['tool'], tool, index.tools, entries.present.tools, 'tool', report)) continue;
    claim(
      seen,
      `${tool}|${date}`,
      round,
      report,
      ['date'],
      (first) => `round ${date} of ${tool} is already described by ${first.file}.`,
    );
    if (!index.verdicts.get(tool)?.has(date)) {
      const known = roundsOf(index, tool);
      report.error(
        round,
        ['date'],
        `${tool} has no verdicts in round ${date}.${known.length ? ` Its rounds: ${known.join(', ')}.` : ' Add verdicts for this round.'}`,
      );
    }
  }
}

function checkComparisons(entries: Entries, index: ContentIndex, report: Reporter): void {
  const pairs = new Map<string, Entry<unknown>>();
  // Every canonical and reversed URL is taken before aliases are checked against them.
  const urls = new Map<string, Entry<unknown>>();
  for (const c of entries.comparisons) {
    urls.set(c.id, c);
    urls.set(comparisonSlug(c.data.tools[1], c.data.tools[0]), c);
  }
  for (const comparison of entries.comparisons) {
    const { tools, published, rounds, panel } = comparison.data;
    const [a, b] = tools;
    if (a === b) {
      report.error(comparison, ['tools'], `a tool cannot be compared with itself: pick two different tools.`);
      continue;
    }
    const known = [
      checkReference(comparison, ['tools', 0], a, index.tools, entries.present.tools, 'tool', report),
      checkReference(comparison, ['tools', 1], b, index.tools, entries.present.tools, 'tool', report),
    ];
    const expected = comparisonSlug(a, b);
    if (comparison.id !== expected) {
      report.error(
        comparison,
        ['tools'],
        `file name must match the tools in order: rename the file to '${expected}.md'.`,
      );
    }
    claim(
      pairs,
      [a, b].sort().join('|'),
      comparison,
      report,
      ['tools'],
      (first) =>
        `${a} and ${b} are already compared in ${first.file}: a pair is published once, in either order.`,
    );
    for (const tool of Object.keys(rounds ?? {})) {
      if (tool !== a && tool !== b)
        report.error(
          comparison,
          ['rounds', tool],
          `'${tool}' is not one of this comparison's tools (${a}, ${b}).${didYouMean(tool, [a, b])}`,
        );
    }
    tools.forEach((tool, i) => {
      if (!known[i]) return;
      if (roundForComparison(index, comparison.data, tool) !== null) return;
      const available = roundsOf(index, tool);
      const pinned = rounds?.[tool];
      if (pinned !== undefined) {
        report.error(
          comparison,
          ['rounds', tool],
          `${tool} has no verdicts in round ${pinned}.${available.length ? ` Its rounds: ${available.join(', ')}.` : ''}`,
        );
      } else {
        report.error(
          comparison,
          ['published'],
          available.length
            ? `${tool} has no review round on or before ${published} (its first is ${available[0]}): publish later or pin a round under \`rounds\`.`
            : `${tool} has no verdicts yet: add the panel's verdicts before publishing this comparison.`,
        );
      }
    });
    const listed = new Set<string>();
    panel?.forEach((reviewer, i) => {
      checkReference(
        comparison,
        ['panel', i],
        reviewer,
        index.reviewers,
        entries.present.reviewers,
        'reviewer',
        report,
      );
      if (listed.has(reviewer)) report.error(comparison, ['panel', i], `${reviewer} is listed twice.`);
      listed.add(reviewer);
    });
  }
  for (const comparison of entries.comparisons) {
    const [a, b] = comparison.data.tools;
    const reversed = comparisonSlug(b, a);
    comparison.data.aliases.forEach((alias, i) => {
      if (alias === comparison.id || alias === reversed) {
        report.error(comparison, ['aliases', i], `'${alias}' already reaches this page; remove it.`);
        return;
      }
      claim(
        urls,
        alias,
        comparison,
        report,
        ['aliases', i],
        (first) => `'${alias}' is already the URL of ${first.file}: an alias must be a retired slug.`,
      );
    });
  }
}

function checkVotes(entries: Entries, index: ContentIndex, report: Reporter): void {
  for (const votes of entries.votes) {
    const comparison = index.comparisons.get(votes.id);
    if (!comparison) {
      if (entries.present.comparisons.has(votes.id)) continue;
      const renamed = renamedTo(votes.id, index.comparisons);
      report.error(
        votes,
        null,
        renamed
          ? `comparison ${renamedMessage(votes.id, renamed, `rename this file to votes/${renamed}.yaml`)}`
          : `no comparison '${votes.id}' to attach these votes to: name the file after a comparison.${didYouMean(votes.id, index.comparisons.keys())}`,
      );
      continue;
    }
    for (const tool of Object.keys(votes.data)) {
      if (!comparison.data.tools.includes(tool)) {
        const renamed = renamedTo(tool, index.tools);
        report.error(
          votes,
          [tool],
          renamed && comparison.data.tools.includes(renamed)
            ? renamedMessage(tool, renamed)
            : `'${tool}' is not in ${votes.id}; use ${comparison.data.tools.join(' or ')}.${didYouMean(tool, comparison.data.tools)}`,
        );
      }
    }
  }
}

function checkReference(
  entry: Entry<unknown>,
  path: readonly PropertyKey[],
  slug: string,
  targets: Map<string, unknown>,
  present: Set<string>,
  noun: string,
  report: Reporter,
): boolean {
  if (targets.has(slug)) return true;
  // The target exists but is invalid: its own problems are reported, a second one here is noise.
  if (present.has(slug)) return false;
  const renamed = renamedTo(slug, targets);
  report.error(
    entry,
    path,
    renamed
      ? renamedMessage(slug, renamed)
      : `unknown ${noun} '${slug}'.${didYouMean(slug, targets.keys()) || ` Add content/${noun}s/${slug}.md or fix the slug.`}`,
  );
  return false;
}

function renamedMessage(slug: string, renamed: string, fix = 'use the new slug'): string {
  return `'${slug}' was renamed to '${renamed}' (it is listed in its aliases): ${fix}.`;
}

// After a rename, references still using the old slug are the likeliest leftover; the alias says where it went.
function renamedTo(slug: string, targets: Map<string, unknown>): string | null {
  for (const [id, target] of targets) {
    const aliases = (target as { data?: { aliases?: unknown } }).data?.aliases;
    if (Array.isArray(aliases) && aliases.includes(slug)) return id;
  }
  return null;
}

// Records the first holder of a key; later holders get a problem naming the first.
function claim<K>(
  seen: Map<K, Entry<unknown>>,
  key: K,
  entry: Entry<unknown>,
  report: Reporter,
  path: readonly PropertyKey[] | null,
  message: (first: Entry<unknown>) => string,
): void {
  const first = seen.get(key);
  if (first && first !== entry) report.error(entry, path, message(first));
  else seen.set(key, entry);
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
