/**
 * Site-wide settings. Values that differ per deployment come from the
 * environment so the same build code serves previews, production and tests.
 */
import { readInteger, readSwitch } from './core/settings.ts';

const settingErrors: string[] = [];
const votesEnabled = readSwitch(process.env, 'VOTES', true, settingErrors);
const votesMinSample = readInteger(
  process.env,
  'VOTES_MIN_SAMPLE',
  { min: 1, max: 1_000_000, fallback: 10 },
  settingErrors,
);
const redirectPages = readSwitch(process.env, 'REDIRECT_PAGES', true, settingErrors);
const badgeFiles = readSwitch(process.env, 'BADGE_FILES', true, settingErrors);
const turnstileSiteKey = process.env['TURNSTILE_SITE_KEY'] || null;
if (turnstileSiteKey !== null && !/^[\w-]{1,100}$/.test(turnstileSiteKey)) {
  settingErrors.push('TURNSTILE_SITE_KEY must be the site key Cloudflare issued (letters, digits, - and _).');
}
const repository = process.env['REPOSITORY_URL']?.trim().replace(/\/+$/, '') || null;
if (repository !== null && !/^https:\/\/github\.com\/[\w.-]{1,100}\/[\w.-]{1,100}$/.test(repository)) {
  settingErrors.push(
    'REPOSITORY_URL must be the https://github.com/<owner>/<repository> address of the site.',
  );
}
if (settingErrors.length) throw new Error(`site settings: ${settingErrors.join(' ')}`);

/** Site identity and deployment settings, read once at build time. */
export const SITE = {
  name: 'Shipworthy',
  tagline: 'AI tools, ship or skip: a four-person panel compares them side by side.',
  /** Absolute origin used for canonical URLs, feeds, sitemaps and social images. */
  url: (process.env['SITE_URL'] ?? 'https://shipworthy.dev').replace(/\/+$/, ''),
  newsletter: {
    name: 'Weekly AI Tool Verdicts',
    heading: 'Get the next comparison in your inbox',
    pitch: 'New AI tools ship daily. We compare them before you waste an afternoon.',
    /** Form action of the email provider; when unset the form explains that signup is not open. */
    action: process.env['NEWSLETTER_ACTION'] ?? null,
  },
  /** Community votes below this count never become structured-data ratings. */
  minVotesForRating: 20,
  votes: {
    /** `VOTES=off` builds pages without the vote form and script (a host without the vote API). */
    enabled: votesEnabled,
    /** `VOTES_MIN_SAMPLE`: below this many votes the Community figure shows the count, not a percentage. */
    minSample: votesMinSample,
    /** `TURNSTILE_SITE_KEY`: shows Cloudflare's bot challenge in the vote form (off when unset). */
    turnstileSiteKey,
  },
  /**
   * `REDIRECT_PAGES=off` leaves reversed pairs (`/compare/<b>-vs-<a>/`) to the server, which
   * answers them with a 301 by rule: one file per pair fewer, for hosts with a file limit.
   * Plain static hosts keep the default: a redirect page and a `_redirects` line per pair.
   */
  redirects: { reversedPairs: redirectPages },
  /**
   * `BADGE_FILES=off` packs the embeddable badges into a few JSON files (core/routes/badge-packs.ts)
   * that the server answers `/badges/….svg` from: 22,000 files fewer at 20,000 comparisons, for
   * hosts with a file limit. Plain static hosts keep the default: one SVG file per badge.
   */
  badgeFiles,
  /** `REPOSITORY_URL`: the GitHub repository readers can suggest comparisons to (none when unset). */
  repository,
  independence: 'Independent panel: no tool pays for placement, and no verdict is sponsored.',
} as const;

/** Folder the build reads content from; `CONTENT_DIR` lets the same site build any corpus. */
export const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

/** Folder of files served as they are (favicon, logos); content may point only at files in it. */
export const PUBLIC_DIR = 'public';

/** Folder every build step writes the site to; `DIST_DIR` lets a preview or a test build elsewhere. */
export const DIST_DIR = process.env['DIST_DIR'] ?? 'dist';

/**
 * Where builds keep what the next build can reuse, outside dist/: Astro's rendered pages and
 * their keys, social images, search and suggestion bundles, one sub-folder each. `CACHE_DIR`
 * moves it, so builds of different content folders keep apart.
 */
const CACHE_DIR = process.env['CACHE_DIR'] || '.cache';

/** The cache sub-folder of one build step. */
export function cacheFolder(step: 'astro' | 'og' | 'search' | 'suggest'): string {
  return `${CACHE_DIR.replace(/[/\\]+$/, '')}/${step}`;
}
