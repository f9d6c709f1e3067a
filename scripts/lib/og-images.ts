/**
 * Puts every comparison's social image at /og/<slug>.png in the built site: cached images are
 * hard-linked from the content-hash cache, missing ones are drawn first by a small worker pool.
 * `npm run build` draws them in a step of its own beside Astro (scripts/og-images.ts), so
 * post-build finds them all in the cache.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SITE } from '../../src/config.ts';
import type { Comparison } from '../../src/core/model.ts';
import { ogImageData, type OgImageData } from '../../src/core/routes/og-image.ts';
import { OG_IMAGE_DIR, ogImagePath } from '../../src/core/routes/paths.ts';
import { ogCacheFile } from '../../src/lib/og-render.ts';
import { placeFile } from './place-file.ts';

/** More workers than this gain little: the renderer already rasterizes on the libuv pool. */
const MAX_WORKERS = 4;

/** Counts of what writing the images did. */
export interface OgImagesResult {
  linked: number;
  drawn: number;
}

/** A comparison's image: its slug, what it shows and its cache file. */
interface OgImage {
  slug: string;
  data: OgImageData;
  file: string;
}

function imagesOf(comparisons: readonly Comparison[]): OgImage[] {
  return comparisons.map((c) => {
    const data = ogImageData(c, SITE.name);
    return { slug: c.slug, data, file: ogCacheFile(data) };
  });
}

/** Draws into the cache every image that is not there yet; returns how many were drawn. */
export function drawMissingOgImages(comparisons: readonly Comparison[]): Promise<number> {
  return drawMissing(imagesOf(comparisons));
}

async function drawMissing(images: readonly OgImage[]): Promise<number> {
  // Two comparisons can show the same image; draw each cache file once.
  const missing = new Map<string, OgImageData>();
  for (const image of images) {
    if (!missing.has(image.file) && !existsSync(image.file)) missing.set(image.file, image.data);
  }
  await drawInWorkers([...missing.values()]);
  return missing.size;
}

/** Writes `<dist>/og/<slug>.png` for every comparison, drawing only images not in the cache. */
export async function writeOgImages(
  comparisons: readonly Comparison[],
  dist: string,
): Promise<OgImagesResult> {
  const images = imagesOf(comparisons);
  const drawn = await drawMissing(images);
  mkdirSync(join(dist, OG_IMAGE_DIR), { recursive: true });
  for (const image of images) placeFile(image.file, join(dist, ogImagePath(image.slug)));
  return { linked: images.length, drawn };
}

/** Splits the images over up to MAX_WORKERS threads and waits until all are in the cache. */
async function drawInWorkers(images: readonly OgImageData[]): Promise<void> {
  if (images.length === 0) return;
  const count = Math.min(availableParallelism(), MAX_WORKERS, images.length);
  const shares = Array.from({ length: count }, (_, i) => images.filter((_, j) => j % count === i));
  await Promise.all(shares.map(drawInWorker));
}

function drawInWorker(share: readonly OgImageData[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./og-worker.ts', import.meta.url), { workerData: share });
    let done = false;
    worker.on('message', () => (done = true));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (done && code === 0) resolve();
      else reject(new Error(`social-image worker exited with code ${code} before drawing its images`));
    });
  });
}
