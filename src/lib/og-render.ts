/**
 * Draws social images at build time and keeps them in a disk cache keyed by
 * content hash, so an unchanged comparison costs one file read on rebuild.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { OG_SIZE, ogImageHash, ogImageTree, type OgImageData } from '../core/routes/og-image.ts';

/** Where rendered PNGs live between builds (ignored by git). */
const OG_CACHE_DIR = process.env['OG_CACHE_DIR'] ?? join(process.cwd(), '.cache', 'og');

/** Cache file of an image: its name is the content hash, so a changed image gets a new file. */
export function ogCacheFile(data: OgImageData): string {
  return join(OG_CACHE_DIR, `${ogImageHash(data)}.png`);
}

const require = createRequire(import.meta.url);

type SatoriFont = Parameters<typeof satori>[1]['fonts'][number];
let fonts: Promise<SatoriFont[]> | null = null;

/** Inter from the local npm package; satori reads WOFF, not WOFF2, and nothing is fetched. */
function loadFonts(): Promise<SatoriFont[]> {
  fonts ??= Promise.all(
    ([400, 700, 800] as const).flatMap((weight) =>
      ['latin', 'latin-ext'].map(async (subset) => ({
        name: 'Inter',
        weight,
        style: 'normal' as const,
        data: await readFile(
          require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
        ),
      })),
    ),
  );
  return fonts;
}

/** PNG bytes of an image, from the cache when the same data was drawn before. */
export async function renderOgImage(data: OgImageData): Promise<Uint8Array> {
  const file = ogCacheFile(data);
  try {
    return await readFile(file);
  } catch {
    // Not cached yet: draw it below.
  }
  return drawOgImage(data, file);
}

/** Draws an image and stores it in the cache as `file`, whether or not it was there before. */
export async function drawOgImage(data: OgImageData, file = ogCacheFile(data)): Promise<Uint8Array> {
  const svg = await satori(ogImageTree(data) as Parameters<typeof satori>[0], {
    width: OG_SIZE.width,
    height: OG_SIZE.height,
    fonts: await loadFonts(),
  });
  // Rasterizes on the libuv pool, off the calling thread.
  const rendered = await renderAsync(svg, { fitTo: { mode: 'width', value: OG_SIZE.width } });
  const png = rendered.asPng();
  await mkdir(OG_CACHE_DIR, { recursive: true });
  // Write then rename so a parallel or interrupted build never leaves a half-written image;
  // worker threads share a pid, so the thread id keeps their temp names apart.
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  await writeFile(temp, png);
  await rename(temp, file);
  return png;
}
