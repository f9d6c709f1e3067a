/**
 * Worker thread of the social-image pool: draws its share of the missing images into the
 * cache. Satori lays out on the calling thread, so one worker per core keeps the cores busy.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OgImageData } from '../../src/core/routes/og-image.ts';
import { drawOgImage } from '../../src/lib/og-render.ts';

for (const data of workerData as OgImageData[]) await drawOgImage(data);
parentPort?.postMessage('done');
