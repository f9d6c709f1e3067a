/**
 * The day a build publishes as of, read once: content dated after it waits (scheduled
 * publishing). `npm run build` reads it before its steps start and hands it to each of them, so
 * a build that runs past midnight still publishes one day's site.
 */
import { todayIso } from '../core/content.ts';
import { oneLine } from '../core/messages/one-line.ts';
import { isoDateSchema } from '../core/schemas/common.ts';

/**
 * `BUILD_DATE` (YYYY-MM-DD) when set, to build the site as of that day; else today (UTC). A
 * command with its own option (`validate --today`) passes that value and its name instead.
 */
export function buildDay(value = process.env['BUILD_DATE'], name = 'BUILD_DATE'): string {
  const set = value?.trim();
  if (!set) return todayIso();
  if (!isoDateSchema.safeParse(set).success) {
    throw new Error(`${name} must be a calendar date written YYYY-MM-DD, not '${oneLine(set, 40)}'`);
  }
  return set;
}
