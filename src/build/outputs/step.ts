/**
 * Writes the per-comparison outputs that need no page rendering after `astro build`: the social
 * images (/og/<slug>.png), the JSON records (/data/comparisons/<slug>.json) and the embeddable
 * badges (/badges/<slug>.svg, /badges/tools/<slug>.svg), and the redirect pages: each is a file
 * link or a JSON.stringify, which Astro's page pipeline would only slow down. Also the scripts
 * pages load by URL on first use: "Your panel"'s, "Embed this"'s and the one that sends a vote.
 */
import { existsSync } from 'node:fs';
import { DIST_DIR, SITE } from '../../config.ts';
import { EMBED_SCRIPT, VOTE_SCRIPT, YOUR_PANEL_SCRIPT } from '../../core/views/paths.ts';
import { buildRedirects } from '../../core/views/redirects.ts';
import { getSite } from '../../fs/site-loader.ts';
import { writeBadgeFiles } from './badge-files.ts';
import { writeComparisonJsonFiles } from './comparison-json-files.ts';
import { writeOgImages } from '../social-images/og-images.ts';
import { writeOwnScript } from '../own-script.ts';
import { writeRedirectPages } from './redirect-pages.ts';

if (!existsSync(DIST_DIR)) {
  console.error(`post-build: ${DIST_DIR} does not exist; run astro build first`);
  process.exit(1);
}
const started = performance.now();
const site = await getSite();
const { linked, drawn } = await writeOgImages(site.comparisons, DIST_DIR);
const records = writeComparisonJsonFiles(site.comparisons, DIST_DIR);
const badges = writeBadgeFiles(site, DIST_DIR);
const redirects = writeRedirectPages(buildRedirects(site, SITE.redirects), DIST_DIR);
await writeOwnScript(YOUR_PANEL_SCRIPT, DIST_DIR);
await writeOwnScript(EMBED_SCRIPT, DIST_DIR);
if (SITE.votes.enabled) await writeOwnScript(VOTE_SCRIPT, DIST_DIR);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `post-build: ${linked} social images (${drawn} drawn), ${records} comparison records, ${badges} badges, ${redirects} redirect pages into ${DIST_DIR} in ${seconds}s`,
);
