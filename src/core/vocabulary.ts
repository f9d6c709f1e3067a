/**
 * The site's closed vocabularies. Each list is declared once here and reused by
 * the schemas, the search filters and the UI, so adding a value is a one-line change.
 */

/** Tool categories, in the order the site lists them. */
export const CATEGORIES = [
  'Developer Tools',
  'Writing',
  'Image & Video',
  'Audio & Voice',
  'Productivity',
  'Data & Analytics',
  'Agents & Automation',
  'Research',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How a reader first gets access to a tool. */
export const ENTRY_PRICES = ['Free', 'Freemium', 'Free trial', 'Paid', 'Contact sales'] as const;
export type EntryPrice = (typeof ENTRY_PRICES)[number];

/** A reviewer's call on a tool: ship it, or skip it. */
export const VERDICTS = ['ship', 'skip'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Whether a tool can still be used. */
export const TOOL_STATUSES = ['active', 'discontinued'] as const;
export type ToolStatus = (typeof TOOL_STATUSES)[number];

/** Reader-facing words for each verdict, so the call never rests on colour alone. */
export const VERDICT_LABELS: Record<Verdict, string> = { ship: 'Ship', skip: 'Skip' };

/** URL slug of a category name ("Image & Video" -> "image-video"). */
export function categorySlug(category: Category): string {
  return category
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Pattern every content slug must match: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Days after which a tool's facts count as stale and validation warns. */
export const STALE_AFTER_DAYS = 180;
