/**
 * `npm run bench:og -- [--images N] [--names content|scripts] [--renderers id,…] [--out DIR]`: draws the same N
 * social images (the first N comparisons of CONTENT_DIR) with every renderer that is installed,
 * one image at a time on one thread, and prints per renderer the milliseconds of its first image
 * (fonts load then), the CPU and wall milliseconds per image after a warm-up, the mean PNG size and
 * how far its pixels are from the satori + resvg reference. `--names scripts` gives the tools
 * names in other scripts (Arabic, Hebrew, CJK, Devanagari, Thai, emoji, combining marks, long
 * words) in turn, to measure the fallback fonts; the reference has Inter only, so its pixel
 * columns mean little there. `--renderers takumi` draws with the listed renderers only (ids in
 * bench/lib/og-renderers.ts; without the reference, the pixel columns compare with the first listed).
 * Renderers that are not dependencies of the project are tried when
 * present (`npm install --no-save sharp`). Sample PNGs of the first image go to DIR (default
 * .bench/og-renderers) to look at.
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
    names: { type: 'string', default: 'content' },
    renderers: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const count = Number(values.images);
if (!Number.isInteger(count) || count < 1 || !['content', 'scripts'].includes(values.names)) {
  console.error(
    'usage: npm run bench:og -- [--images N] [--names content|scripts] [--renderers id,…] [--out DIR] [--json]',
  );
  process.exit(2);
}

const site = await getSite();
/** Names in the scripts the fallback fonts draw, two per image. */
const SCRIPT_NAMES = [
  'مساعد البرمجة الذكي',
  'עוזר כתיבה',
  '通义千问 Qwen3',
  '한국어 도우미',
  'हिन्दी सहायक',
  'ผู้ช่วย ไทย',
  'Rocket 🚀 Pilot',
  'Café Noe\u0308l Tiếng Việt',
  'Supercalifragilisticexpialidocious-Enterprise-Edition',
  'ひらがな カタカナ',
];

/** An image with its two tools renamed, the `i`-th pair of script names. */
function renamed(data: OgImageData, i: number): OgImageData {
  const names = [0, 1].map((k) =>
    (SCRIPT_NAMES[(2 * i + k) % SCRIPT_NAMES.length] as string).normalize('NFC'),
  );
  return {
    ...data,
    title: names.join(' vs '),
    tools: data.tools.map((tool, k) => ({ ...tool, name: names[k] ?? tool.name })),
  };
}

const images: OgImageData[] = site.comparisons.slice(0, count).map((c, i) => {
  const data = ogImageData(c, SITE.name, SITE.votes.minSample);
  return values.names === 'scripts' ? renamed(data, i) : data;
});
mkdirSync(values.out, { recursive: true });

interface Row {
  renderer: string;
  images: number;
  /** The first image, fonts loading included. */
  firstMs: number;
  cpuMsPerImage: number;
  wallMsPerImage: number;
  meanBytes: number;
  /** Against the reference renderer, averaged over every image. */
  meanDelta: number;
  differingShare: number;
}

const rows: Row[] = [];
let reference: Uint8Array[] | null = null;
const chosen = values.renderers?.split(',');
for (const factory of OG_RENDERERS.filter((f) => !chosen || chosen.includes(f.id))) {
  let renderer: OgRenderer;
  try {
    renderer = await factory.create();
  } catch (error) {
    console.error(`${factory.name}: not available (${(error as Error).message.split('\n')[0]})`);
    continue;
  }
  const first = performance.now();
  await renderer.draw(images[0] as OgImageData);
  const firstMs = performance.now() - first;
  // Warm-up: the fonts of every script load, native code pages in, JIT settles.
  for (const data of images.slice(0, SCRIPT_NAMES.length)) await renderer.draw(data);
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
    firstMs: round(firstMs),
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
