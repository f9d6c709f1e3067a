/**
 * Retired slugs: a tool's or comparison's `aliases` must be old URLs that reach nothing else,
 * and references still using one are pointed at the new slug.
 */
import { comparisonSlug } from '../content/content-index.ts';
import { claim, type Holder } from './claim.ts';
import type { CheckContext } from './context.ts';

/** The one wording of "this slug moved": `fix` says what the author should do about it. */
export function renamedMessage(slug: string, renamed: string, fix = 'use the new slug'): string {
  return `'${slug}' was renamed to '${renamed}' (it is listed in its aliases): ${fix}.`;
}

/** A tool alias must not be another tool's slug, nor claimed by two tools. */
export function checkToolAliases({ entries, index, report }: CheckContext): void {
  const claimed = new Map<string, Holder<string>>();
  for (const tool of entries.tools) {
    tool.data.aliases.forEach((alias, i) => {
      const path = ['aliases', i];
      if (index.tools.has(alias)) {
        report.error(tool, path, `'${alias}' is the slug of another tool; an alias must be a retired slug.`);
        return;
      }
      claim(claimed, report, {
        key: alias,
        entry: tool,
        path,
        message: (other) =>
          `alias '${alias}' is also claimed by ${other.file}: an old URL can lead to one tool only.`,
      });
    });
  }
}

/** A comparison alias must not reach this page already, nor be any other page's URL or alias. */
export function checkComparisonAliases({ entries, report }: CheckContext): void {
  // Every canonical and reversed URL is taken before aliases are checked against them.
  const urls = new Map<string, Holder<string>>();
  for (const c of entries.comparisons) {
    urls.set(c.id, { entry: c });
    urls.set(comparisonSlug(c.data.tools[1], c.data.tools[0]), { entry: c });
  }
  for (const comparison of entries.comparisons) {
    const [a, b] = comparison.data.tools;
    const reversed = comparisonSlug(b, a);
    comparison.data.aliases.forEach((alias, i) => {
      const path = ['aliases', i];
      if (alias === comparison.id || alias === reversed) {
        report.error(comparison, path, `'${alias}' already reaches this page; remove it.`);
        return;
      }
      claim(urls, report, {
        key: alias,
        entry: comparison,
        path,
        message: (other) => `'${alias}' is also the URL of ${other.file}: an alias must be a retired slug.`,
      });
    });
  }
}
