/**
 * `npm run visual-diff -- --before <dist> --after <dist> [--out <dir>] [--per-kind N]`: proves a
 * change to styles or markup renders the same. Serves two builds side by side, screenshots every page
 * kind (home, comparisons, tools, reviewers, categories, search empty and with results, 404) at
 * 1280 px and 320 px in light and dark, and compares each pair pixel by pixel in the browser. Prints
 * one line per screenshot and exits 1 when any differs; differing shots are written to --out as
 * before, after and a diff image (changed pixels in red).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../scripts/lib/chromium.ts';
import { startServer, type RunningServer } from '../src/server/static/static-server.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    out: { type: 'string', default: 'test-results/visual-diff' },
    'per-kind': { type: 'string', default: '3' },
    query: { type: 'string', default: 'ship' },
  },
});
if (!values.before || !values.after) {
  console.error('usage: npm run visual-diff -- --before <dist> --after <dist> [--out <dir>] [--per-kind N]');
  process.exit(2);
}
const perKind = Number(values['per-kind']);
const VIEWPORTS = [
  { name: '1280', width: 1280, height: 800 },
  { name: '320', width: 320, height: 720 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const paths = pagesToShoot(values.after, perKind, values.query);
const servers = await Promise.all([values.before, values.after].map((dir) => startServer({ dir, port: 0 })));
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_FLAGS] });
let differing = 0;
let shots = 0;
try {
  const comparer = await browser.newPage();
  for (const viewport of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      const pages = await Promise.all(servers.map((server) => openPage(browser, server, viewport, scheme)));
      for (const path of paths) {
        const [before, after] = await Promise.all(pages.map((page) => shoot(page, path)));
        const result = await comparePngs(comparer, before as Buffer, after as Buffer);
        const label = `${path} ${viewport.name}px ${scheme}`;
        shots += 1;
        if (result.diffPixels === 0) {
          console.log(`same  ${label} (${result.size})`);
          continue;
        }
        differing += 1;
        console.log(`DIFF  ${label}: ${result.diffPixels} pixels differ (${result.size})`);
        const stem = join(values.out, `${path.replace(/[^\w]+/g, '_')}-${viewport.name}-${scheme}`);
        mkdirSync(values.out, { recursive: true });
        writeFileSync(`${stem}-before.png`, before as Buffer);
        writeFileSync(`${stem}-after.png`, after as Buffer);
        if (result.diffPng) writeFileSync(`${stem}-diff.png`, Buffer.from(result.diffPng, 'base64'));
      }
      await Promise.all(pages.map((page) => page.context().close()));
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
console.log(`visual-diff: ${shots} screenshots, ${differing} differ`);
process.exit(differing === 0 ? 0 : 1);

/** Site paths to compare: fixed pages plus the first pages (by slug) of each section that are not redirects. */
function pagesToShoot(dist: string, limit: number, query: string): string[] {
  const sections = ['compare', 'tools', 'reviewers', 'categories'].flatMap((section) =>
    realPages(dist, section)
      .slice(0, limit)
      .map((slug) => `/${section}/${slug}/`),
  );
  return [
    '/',
    ...sections,
    '/reviewers/',
    '/search/',
    `/search/?q=${encodeURIComponent(query)}`,
    '/no-such-page/',
  ];
}

function realPages(dist: string, section: string): string[] {
  const dir = join(dist, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .filter((slug) => !/http-equiv=["']?refresh/i.test(readFileSync(join(dir, slug, 'index.html'), 'utf8')))
    .sort();
}

async function openPage(
  browser: Browser,
  server: RunningServer,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark',
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport,
    colorScheme,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  return context.newPage();
}

/** A full-page screenshot once the page, and on the search page its search, has settled. */
async function shoot(page: Page, path: string): Promise<Buffer> {
  await page.goto(path.slice(1), { waitUntil: 'networkidle' });
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status');
    return !status || !/loading|needs javascript/i.test(status.textContent ?? '');
  });
  return page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
}

/** Decodes both PNGs in the browser and counts the pixels that differ; a diff image when any do. */
async function comparePngs(
  page: Page,
  before: Buffer,
  after: Buffer,
): Promise<{ diffPixels: number; size: string; diffPng: string | null }> {
  if (before.equals(after)) return { diffPixels: 0, size: 'identical bytes', diffPng: null };
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (base64: string) => {
        const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      const width = Math.max(x.width, y.width);
      const height = Math.max(x.height, y.height);
      const size = `${x.width}x${x.height} vs ${y.width}x${y.height}`;
      const diff = new OffscreenCanvas(width, height);
      const ctx = diff.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      const out = ctx.createImageData(width, height);
      let diffPixels = 0;
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const o = (row * width + col) * 4;
          const inX = row < x.height && col < x.width;
          const inY = row < y.height && col < y.width;
          const i = (row * x.width + col) * 4;
          const j = (row * y.width + col) * 4;
          let same = inX && inY;
          for (let k = 0; same && k < 4; k++) same = x.data[i + k] === y.data[j + k];
          if (same) {
            // Unchanged pixels show faintly so the red marks have context.
            const grey = inY
              ? Math.round(((y.data[j] ?? 0) + (y.data[j + 1] ?? 0) + (y.data[j + 2] ?? 0)) / 3)
              : 0;
            out.data.set([grey, grey, grey, 60], o);
          } else {
            diffPixels++;
            out.data.set([255, 0, 0, 255], o);
          }
        }
      }
      if (diffPixels === 0) return { diffPixels, size, diffPng: null };
      ctx.putImageData(out, 0, 0);
      const png = await diff.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await png.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return { diffPixels, size, diffPng: btoa(binary) };
    },
    [before.toString('base64'), after.toString('base64')] as const,
  );
}
