/**
 * The fonts social images draw with: Inter for Latin, Greek and Cyrillic, then a fallback chain of
 * Noto families for the scripts tool names are most often written in, DejaVu Sans for combining
 * marks and symbols none of them has, and UnifontEX for every other character. Every file comes
 * from an npm package (nothing is fetched), and a renderer registers only the files the text it
 * draws needs: the packages split each family into files by Unicode range, so a Chinese name
 * loads the few files holding its ideographs and a Latin-only site loads no fallback at all.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontDetails, Renderer } from '@takumi-rs/core';

const require = createRequire(import.meta.url);

/** A family of the chain and where its files are. */
interface Family {
  /** Name the renderer's font stack uses. */
  name: string;
  package: string;
  /** Weights to register; `undefined` is a variable font, one file serving every weight. */
  weights: readonly (number | undefined)[];
  /** File of one subset at one weight, in the package's `files/`. */
  file(subset: string, weight: number | undefined): string;
  /** Subsets to use (names in the package's unicode.json); every subset when absent. */
  subsets?: readonly string[];
  /** The only code points the family draws, when its files also hold other scripts' characters. */
  only?: readonly [number, number][];
  /** A family without Unicode ranges: registered whole, only for characters no family before it covers. */
  lastResort?: { subset: string };
}

/** Subset names in unicode.json are written `[12]` for numbered slices; their files drop the brackets. */
const bare = (subset: string): string => subset.replace(/^\[(\d+)\]$/, '$1');

/** Ideographs, kana, bopomofo, CJK punctuation and full-width forms. */
const CJK: readonly [number, number][] = [
  [0x2e80, 0x2fdf],
  [0x3000, 0x312f],
  [0x31a0, 0x31ff],
  [0x3200, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x20000, 0x3ffff],
];
/** Hangul syllables and jamo. */
const HANGUL: readonly [number, number][] = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
];

/** The fallback chain, in the order a character is looked up. */
const FAMILIES: readonly Family[] = [
  {
    name: 'Inter',
    package: '@fontsource/inter',
    weights: [400, 700, 800],
    subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'],
    file: (subset, weight) => `inter-${subset}-${weight}-normal.woff`,
  },
  {
    name: 'Noto Sans Arabic',
    package: '@fontsource-variable/noto-sans-arabic',
    weights: [undefined],
    subsets: ['arabic'],
    file: (subset) => `noto-sans-arabic-${subset}-wght-normal.woff2`,
  },
  {
    name: 'Noto Sans Hebrew',
    package: '@fontsource-variable/noto-sans-hebrew',
    weights: [undefined],
    subsets: ['hebrew'],
    file: (subset) => `noto-sans-hebrew-${subset}-wght-normal.woff2`,
  },
  {
    // Chinese ideographs and Japanese kana; one CJK family keeps the node_modules cost down.
    name: 'Noto Sans SC',
    package: '@fontsource-variable/noto-sans-sc',
    weights: [undefined],
    only: CJK,
    file: (subset) => `noto-sans-sc-${bare(subset)}-wght-normal.woff2`,
  },
  {
    // Hangul, which the SC family holds only a few syllables of.
    name: 'Noto Sans KR',
    package: '@fontsource-variable/noto-sans-kr',
    weights: [undefined],
    only: HANGUL,
    file: (subset) => `noto-sans-kr-${bare(subset)}-wght-normal.woff2`,
  },
  {
    name: 'Noto Sans Devanagari',
    package: '@fontsource-variable/noto-sans-devanagari',
    weights: [undefined],
    subsets: ['devanagari'],
    only: [
      [0x0900, 0x097f],
      [0x1cd0, 0x1cff],
      [0xa8e0, 0xa8ff],
    ],
    file: (subset) => `noto-sans-devanagari-${subset}-wght-normal.woff2`,
  },
  {
    name: 'Noto Sans Thai',
    package: '@fontsource-variable/noto-sans-thai',
    weights: [undefined],
    subsets: ['thai'],
    only: [[0x0e00, 0x0e7f]],
    file: (subset) => `noto-sans-thai-${subset}-wght-normal.woff2`,
  },
  {
    // Monochrome: the renderer draws outline glyphs, not colour emoji tables.
    name: 'Noto Emoji',
    package: '@fontsource/noto-emoji',
    weights: [700],
    file: (subset, weight) => `noto-emoji-${bare(subset)}-${weight}-normal.woff2`,
  },
  {
    name: 'DejaVu Sans',
    package: '@fontsource/dejavu-sans',
    weights: [400, 700],
    lastResort: { subset: 'latin' },
    file: (subset, weight) => `dejavu-sans-${subset}-${weight}-normal.woff2`,
  },
  {
    // A glyph for every other character of the Basic Multilingual Plane, drawn in pixels: plainer
    // than a family made for the script, and never a "missing glyph" box.
    name: 'UnifontEX',
    package: '@fontsource/unifontex',
    weights: [400],
    lastResort: { subset: 'latin' },
    file: (subset, weight) => `unifontex-${subset}-${weight}-normal.woff2`,
  },
];

/** Family names in fallback order, for the renderer's font stack. */
export const FONT_STACK: readonly string[] = FAMILIES.map((f) => f.name);

/** One file's worth of a family: the code points it serves (null: whatever no earlier family covers). */
interface Slice {
  key: string;
  family: Family;
  subset: string;
  ranges: [number, number][] | null;
}

/** `U+0600-06FF,U+0750` as inclusive code point ranges. */
function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from ?? '', 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });
}

/** A JSON file of a font package, such as its unicode.json. */
function packageJson(name: string, file: string): unknown {
  return JSON.parse(readFileSync(require.resolve(`${name}/${file}`), 'utf8'));
}

function familySlices(family: Family): Slice[] {
  if (family.lastResort)
    return [
      {
        key: `${family.name}/${family.lastResort.subset}`,
        family,
        subset: family.lastResort.subset,
        ranges: null,
      },
    ];
  const unicode = packageJson(family.package, 'unicode.json') as Record<string, string>;
  return Object.entries(unicode)
    .filter(([subset]) => !family.subsets || family.subsets.includes(subset))
    .map(([subset, spec]) => ({
      key: `${family.name}/${subset}`,
      family,
      subset,
      ranges: family.only ? intersect(parseRanges(spec), family.only) : parseRanges(spec),
    }))
    .filter((slice) => slice.ranges.length > 0);
}

/** The parts of `ranges` inside `within`. */
function intersect(ranges: [number, number][], within: readonly [number, number][]): [number, number][] {
  return ranges.flatMap(([from, to]) =>
    within.flatMap(([start, end]): [number, number][] =>
      from <= end && to >= start ? [[Math.max(from, start), Math.min(to, end)]] : [],
    ),
  );
}

const SLICES: readonly Slice[] = FAMILIES.flatMap(familySlices);

/** The chain as the images draw it, package versions included: a font change must redraw every cached image. */
export const FONTS_KEY: string = JSON.stringify(
  FAMILIES.map(({ file: _file, ...family }) => ({
    ...family,
    version: (packageJson(family.package, 'package.json') as { version: string }).version,
  })),
);

/** Slices Latin text needs; a renderer registers them up front. */
const BASE_SLICES = ['Inter/latin', 'Inter/latin-ext'];

/** Families registered whole, for whatever the ranged families do not cover. */
const LAST_RESORT = SLICES.filter((s) => s.ranges === null).map((s) => s.key);

/**
 * The slices that may draw a code point: the first in chain order whose ranges hold it, or
 * every last-resort family (which of them has the glyph is only known to the renderer).
 */
function slicesOf(codePoint: number): readonly string[] {
  const slice = SLICES.find((s) => s.ranges?.some(([from, to]) => codePoint >= from && codePoint <= to));
  return slice ? [slice.key] : LAST_RESORT;
}

const sliceCache = new Map<number, readonly string[]>();

/** Every slice the texts need, each once. */
function slicesFor(texts: readonly string[]): string[] {
  const keys = new Set<string>(BASE_SLICES);
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x80) continue;
      let slices = sliceCache.get(code);
      if (!slices) {
        slices = slicesOf(code);
        sliceCache.set(code, slices);
      }
      for (const key of slices) keys.add(key);
    }
  }
  return [...keys];
}

/** The files of a slice, read from its package, one per weight. */
async function sliceFiles(key: string): Promise<FontDetails[]> {
  const slice = SLICES.find((s) => s.key === key);
  if (!slice) throw new Error(`no font slice ${key}`);
  const { family, subset, ranges } = slice;
  return Promise.all(
    family.weights.map(async (weight) => ({
      name: family.name,
      style: 'normal',
      ...(weight === undefined ? {} : { weight }),
      ...(ranges ? { unicodeRange: ranges } : {}),
      data: await readFile(require.resolve(`${family.package}/files/${family.file(subset, weight)}`)),
    })),
  );
}

/** Slices each renderer holds (or is registering), by key. */
const registered = new WeakMap<Renderer, Map<string, Promise<void>>>();

/** Registers with `renderer` every font slice the texts need that it does not hold yet. */
export async function registerFonts(renderer: Renderer, texts: readonly string[]): Promise<void> {
  let held = registered.get(renderer);
  if (!held) {
    held = new Map();
    registered.set(renderer, held);
  }
  const slices = held;
  await Promise.all(
    slicesFor(texts).map((key) => {
      let done = slices.get(key);
      if (!done) {
        done = sliceFiles(key).then(async (files) => {
          for (const file of files) await renderer.registerFont(file);
        });
        slices.set(key, done);
      }
      return done;
    }),
  );
}
