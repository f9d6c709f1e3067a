/**
 * The social-image renderers the renderer benchmark compares, each drawing our template
 * (src/core/views/og-image.ts) to a PNG. The first one is the reference the others are
 * compared with. Optional renderers are imported when present; a missing one fails `create`.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { OG_SIZE, ogImageTree, type OgImageData } from '../../src/core/views/og-image.ts';
import { drawOgPng } from '../../src/build/social-images/og-render.ts';

/** A ready renderer. */
export interface OgRenderer {
  draw(data: OgImageData): Promise<Uint8Array>;
}

/** How to make one renderer. */
export interface OgRendererFactory {
  id: string;
  name: string;
  create(): Promise<OgRenderer>;
}

const require = createRequire(import.meta.url);

/** Inter files (weight, WOFF bytes) from the local npm package. */
async function interFonts(): Promise<{ weight: 400 | 700 | 800; data: Buffer }[]> {
  return Promise.all(
    ([400, 700, 800] as const).flatMap((weight) =>
      ['latin', 'latin-ext'].map(async (subset) => ({
        weight,
        data: await readFile(
          require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
        ),
      })),
    ),
  );
}

/** Imports a module that may not be installed, by a name TypeScript does not resolve. */
async function optional<T>(name: string): Promise<T> {
  return (await import(name)) as T;
}

/** satori's SVG of the template, with the fonts it needs. */
async function satoriSvg(): Promise<(data: OgImageData) => Promise<string>> {
  const { default: satori } = await import('satori');
  const fonts = (await interFonts()).map((f) => ({
    name: 'Inter',
    weight: f.weight,
    style: 'normal' as const,
    data: f.data,
  }));
  return (data) =>
    satori(ogImageTree(data) as Parameters<typeof satori>[0], {
      width: OG_SIZE.width,
      height: OG_SIZE.height,
      fonts,
    });
}

/** Every renderer the benchmark tries, reference first. */
export const OG_RENDERERS: readonly OgRendererFactory[] = [
  {
    id: 'satori-resvg',
    name: 'satori + resvg-js',
    create: async () => {
      const svg = await satoriSvg();
      const { renderAsync } = await import('@resvg/resvg-js');
      return {
        draw: async (data) =>
          (await renderAsync(await svg(data), { fitTo: { mode: 'width', value: OG_SIZE.width } })).asPng(),
      };
    },
  },
  {
    id: 'takumi',
    name: 'Takumi (@takumi-rs/core, native; the site renderer)',
    create: async () => ({ draw: drawOgPng }),
  },
  {
    id: 'satori-sharp',
    name: 'satori + sharp (librsvg)',
    create: async () => {
      const svg = await satoriSvg();
      type Sharp = (input: Buffer) => { png(): { toBuffer(): Promise<Buffer> } };
      const sharp = (await optional<{ default: Sharp }>('sharp')).default;
      return {
        draw: async (data) =>
          sharp(Buffer.from(await svg(data)))
            .png()
            .toBuffer(),
      };
    },
  },
];
