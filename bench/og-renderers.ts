/**
 * `npm run bench:og -- [--images N] [--out DIR]`: draws the same N social images (the first N
 * comparisons of CONTENT_DIR) with every renderer that is installed, one image at a time on
 * one thread, and prints per renderer the CPU and wall milliseconds per image, the mean PNG
 * size and how far its pixels are from the satori + resvg reference. Renderers that are not
 * dependencies of the project are tried when present (`npm install --no-save sharp`).
 * Sample PNGs of the first image go to DIR (default .bench/og-renderers) to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE } from '../src/config.ts';
import { ogImageData, type OgImageData } from '../src/core/views/og-image.ts';
import { getSite } from '../src/fs/site-loader.ts';
import { OG_RENDERERS, type OgRenderer } from './lib/og-renderers.ts';
import { comparePixels, decodePng } from './lib/png-pixels.ts';
import { REPO } from './lib/phases.ts';

const { values } = parseArgs({
  options: {
    images: { type: 'string', default: '200' },
    out: { type: 'string', default: join(REPO, '.bench/og-renderers') },
    json: { type: 'boolean', default: false },
  },
});
const count = Number(values.images);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run bench:og -- [--images N] [--out DIR] [--json]');
  process.exit(2);
}

const site = await getSite();
const images: OgImageData[] = site.comparisons.slice(0, count).map((c) => ogImageData(c, SITE.name));
mkdirSync(values.out, { recursive: true });

interface Row {
  renderer: string;
  images: number;
  cpuMsPerImage: number;
  wallMsPerImage: number;
  meanBytes: number;
  /** Against the reference renderer, averaged over every image. */
  meanDelta: number;
  differingShare: number;
}

const rows: Row[] = [];
let reference: Uint8Array[] | null = null;
for (const factory of OG_RENDERERS) {
  let renderer: OgRenderer;
  try {
    renderer = await factory.create();
  } catch (error) {
    console.error(`${factory.name}: not available (${(error as Error).message.split('\n')[0]})`);
    continue;
  }
  // Warm-up: fonts load, native code pages in, JIT settles.
  for (const data of images.slice(0, 5)) await renderer.draw(data);
  const outputs: Uint8Array[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const data of images) outputs.push(await renderer.draw(data));
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  reference ??= outputs;
  const diffs = outputs.map((png, i) =>
    comparePixels(decodePng(png), decodePng(reference?.[i] as Uint8Array)),
  );
  writeFileSync(join(values.out, `${factory.id}.png`), outputs[0] as Uint8Array);
  rows.push({
    renderer: factory.name,
    images: images.length,
    cpuMsPerImage: round((used.user + used.system) / 1000 / images.length),
    wallMsPerImage: round(wallMs / images.length),
    meanBytes: Math.round(outputs.reduce((s, b) => s + b.byteLength, 0) / outputs.length),
    meanDelta: round(diffs.reduce((s, d) => s + d.meanDelta, 0) / diffs.length),
    differingShare: round(diffs.reduce((s, d) => s + d.differingShare, 0) / diffs.length, 4),
  });
}

if (values.json) console.log(JSON.stringify(rows));
else console.table(rows);

function round(value: number, digits = 2): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
