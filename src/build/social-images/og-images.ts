/**
 * Puts every comparison's social image at /og/<slug>.png in the built site: cached images are
 * hard-linked from the content-hash cache, missing ones are drawn first on a worker thread.
 * `npm run build` draws them in a step of its own beside Astro (src/build/social-images/step.ts), so
 * post-build finds them all in the cache.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SITE } from '../../config.ts';
import type { Comparison } from '../../core/model.ts';
import { ogImageData, type OgImageData } from '../../core/views/og-image.ts';
import { OG_IMAGE_DIR, ogImagePath } from '../../core/views/paths.ts';
import { ogCacheFile } from './og-render.ts';
import { placeFile } from '../place-file.ts';

/**
 * Images in flight at once. The renderer rasterizes on the libuv pool, which has 4 threads per
 * process by default, so more than 4 only queue there; more worker threads would add isolates,
 * not rasterizing threads.
 */
const MAX_IN_FLIGHT = 4;

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
    const data = ogImageData(c, SITE.name, SITE.votes.minSample);
    return { slug: c.slug, data, file: ogCacheFile(data) };
  });
}

/** What drawing the missing images did: images drawn now, and images the cache already held. */
export interface DrawnImages {
  drawn: number;
  cached: number;
}

/** Draws into the cache every image that is not there yet. */
export function drawMissingOgImages(comparisons: readonly Comparison[]): Promise<DrawnImages> {
  return drawMissing(imagesOf(comparisons));
}

async function drawMissing(images: readonly OgImage[]): Promise<DrawnImages> {
  // Two comparisons can show the same image; draw each cache file once.
  const missing = new Map<string, OgImageData>();
  const cached = new Set<string>();
  for (const image of images) {
    if (missing.has(image.file) || cached.has(image.file)) continue;
    if (existsSync(image.file)) cached.add(image.file);
    else missing.set(image.file, image.data);
  }
  await drawInWorker([...missing.values()]);
  return { drawn: missing.size, cached: cached.size };
}

/** Writes `<dist>/og/<slug>.png` for every comparison, drawing only images not in the cache. */
export async function writeOgImages(
  comparisons: readonly Comparison[],
  dist: string,
): Promise<OgImagesResult> {
  const images = imagesOf(comparisons);
  const { drawn } = await drawMissing(images);
  mkdirSync(join(dist, OG_IMAGE_DIR), { recursive: true });
  for (const image of images) placeFile(image.file, join(dist, ogImagePath(image.slug)));
  return { linked: images.length, drawn };
}

/** Draws the images on one worker thread, a few in flight, and waits until all are in the cache. */
function drawInWorker(images: readonly OgImageData[]): Promise<void> {
  if (images.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./og-worker.ts', import.meta.url), {
      workerData: { images, inFlight: MAX_IN_FLIGHT },
    });
    let done = false;
    worker.on('message', () => (done = true));
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (done && code === 0) resolve();
      else reject(new Error(`social-image worker exited with code ${code} before drawing its images`));
    });
  });
}
