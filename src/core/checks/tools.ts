/**
 * One tool, one file: no shared slug, name or website; facts verified recently and not in the future.
 */
import { everyEntry, type Entry } from '../content/entries.ts';
import type { ToolData } from '../schemas/tool.ts';
import { STALE_AFTER_DAYS } from '../vocabulary.ts';
import { claim, claimAny, type Holder } from './claim.ts';
import type { CheckContext } from './context.ts';
import { lookAlikeNote, nameKeys, normalizeWebsite } from './normalize.ts';

/**
 * Reports duplicate tools and verification dates that are in the future or stale. A tool file
 * its schema refused still takes part with the fields that hold, so a look-alike name is
 * reported in the same run as the file's own mistakes.
 */
export function checkTools(context: CheckContext): void {
  const { entries, report } = context;
  const slugs = new Map<string, Holder<string>>();
  const names = new Map<string, Holder<string>>();
  const sites = new Map<string, Holder<string>>();
  for (const tool of everyEntry(entries, 'tools')) {
    const { name, website, verified } = tool.data;
    claim(slugs, report, {
      key: tool.id,
      entry: tool,
      path: null,
      message: (other) => `slug '${tool.id}' is also used by ${other.file}: one tool, one file.`,
    });
    if (name !== undefined) {
      claimAny(names, report, nameKeys(name), {
        entry: tool,
        path: ['name'],
        message: (other) => {
          const theirs = nameOf(other);
          return `'${name}' is also the name of ${other.file}${theirs === name ? '' : ` ('${theirs}')`}: one tool, one file.${lookAlikeNote(name, theirs)}`;
        },
      });
    }
    if (website !== undefined) {
      claim(sites, report, {
        key: normalizeWebsite(website),
        entry: tool,
        path: ['website'],
        message: (other) => {
          const theirs = (other as Entry<Partial<ToolData>>).data.website;
          return theirs === website
            ? `${website} is also the website of ${other.file}: one tool, one file.`
            : `${website} is the same website as ${String(theirs)} in ${other.file}: one tool, one file (scheme, www., port, user, query, fragment, index.html and a trailing slash or dot do not make another site).`;
        },
      });
    }
    if (verified !== undefined) checkVerified(context, tool, verified);
  }
}

// Only tools that hold a name claim one, so the other holder always has it.
function nameOf(entry: Entry<unknown>): string {
  return String((entry as Entry<Partial<ToolData>>).data.name);
}

function checkVerified({ options, report }: CheckContext, tool: Entry<unknown>, verified: string): void {
  const age = daysBetween(verified, options.today);
  if (age < 0) {
    report.error(
      tool,
      ['verified'],
      `${verified} is in the future: use the date the facts were actually checked.`,
    );
  } else if (age > STALE_AFTER_DAYS) {
    report.warn(
      tool,
      ['verified'],
      `facts were last verified ${age} days ago (over ${STALE_AFTER_DAYS}): re-check them and update the date.`,
    );
  }
}

/** Whole days from one YYYY-MM-DD date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
