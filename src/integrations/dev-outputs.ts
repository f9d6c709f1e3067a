/**
 * `astro dev` serves what `src/build/outputs/step.ts` writes after a build: the social image
 * (/og/<slug>.png) and the JSON record (/data/comparisons/<slug>.json) of each comparison and
 * the badges (/badges/...svg), made on request from the current content; and the search box's
 * suggestion index (/suggest/…, src/build/suggest-index/). Redirects (reversed
 * pairs, retired slugs), pages in a build, answer with a 301 as the servers do.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { SITE } from '../config.ts';
import { siteBadges } from '../core/views/badge.ts';
import { comparisonJsonText } from '../core/views/comparison-json.ts';
import { ogImageData } from '../core/views/og-image.ts';
import { comparisonJsonPath, ogImagePath, slugFromPath } from '../core/views/paths.ts';
import type { Site } from '../core/model.ts';
import { buildRedirects } from '../core/views/redirects.ts';
import { getSite } from '../fs/site-loader.ts';
import { renderOgImage } from '../build/social-images/og-render.ts';
import { namedSuggestFiles } from '../build/suggest-index/write-suggest-index.ts';
import { SUGGEST_FILES_PATH, SUGGEST_MANIFEST_PATH } from '../core/views/paths.ts';

const OUTPUTS = [
  { pathOf: ogImagePath, type: 'image/png' },
  { pathOf: comparisonJsonPath, type: 'application/json' },
] as const;

// Every request passes here, so each content version's redirects are listed once, not per request.
const redirectsOf = new WeakMap<Site, Map<string, string>>();

/** Where a redirect URL of the current content lands, or undefined. */
function redirectTarget(site: Site, path: string): string | undefined {
  let targets = redirectsOf.get(site);
  if (!targets) {
    targets = new Map(buildRedirects(site).map((r) => [r.from, r.to]));
    redirectsOf.set(site, targets);
  }
  return targets.get(path);
}

// The suggestion index of each content version, made once.
const suggestOf = new WeakMap<Site, ReturnType<typeof namedSuggestFiles>>();

/** A file of the current suggestion index, or undefined. */
function suggestFile(site: Site, path: string): string | undefined {
  let index = suggestOf.get(site);
  if (!index) {
    index = namedSuggestFiles(site);
    suggestOf.set(site, index);
  }
  if (path === SUGGEST_MANIFEST_PATH) return index.manifest;
  return path.startsWith(SUGGEST_FILES_PATH)
    ? index.files.get(path.slice(SUGGEST_FILES_PATH.length))
    : undefined;
}

async function respond(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> {
  const path = (req.url ?? '').split('?')[0] ?? '';
  const site = await getSite();
  const suggestion = suggestFile(site, path);
  if (suggestion !== undefined) {
    res.setHeader('Content-Type', 'application/json');
    res.end(suggestion);
    return;
  }
  const target = redirectTarget(site, path);
  if (target) {
    res.writeHead(301, { Location: target });
    res.end();
    return;
  }
  if (path.startsWith('/badges/')) {
    const badge = siteBadges(site, { siteName: SITE.name, minSample: SITE.votes.minSample }).get(path);
    if (!badge) return next();
    res.setHeader('Content-Type', 'image/svg+xml');
    res.end(badge.svg);
    return;
  }
  for (const { pathOf, type } of OUTPUTS) {
    const slug = slugFromPath(path, pathOf);
    if (!slug) continue;
    const comparison = site.comparisons.find((c) => c.slug === slug);
    if (!comparison) break;
    const body =
      type === 'image/png'
        ? await renderOgImage(ogImageData(comparison, SITE.name, SITE.votes.minSample))
        : comparisonJsonText(comparison, SITE.url, SITE.votes.minSample);
    res.setHeader('Content-Type', type);
    res.end(body);
    return;
  }
  next();
}

/** The dev-server integration that serves the post-build outputs. */
export function devOutputs(): AstroIntegration {
  return {
    name: 'shipworthy:dev-outputs',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((req, res, next) => {
          respond(req, res, next).catch((error: unknown) => {
            logger.error(`${req.url ?? ''}: ${error instanceof Error ? error.message : String(error)}`);
            res.statusCode = 500;
            res.end();
          });
        });
      },
    },
  };
}
