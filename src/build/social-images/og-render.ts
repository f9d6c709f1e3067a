/**
 * Draws social images at build time and keeps them in a disk cache keyed by
 * content hash, so an unchanged comparison costs one file read on rebuild.
 * Takumi lays out and rasterises natively (about a third of the CPU of satori + resvg
 * on our template; docs/performance.md has the comparison and the pixel check).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { Renderer, type MeasuredNode } from '@takumi-rs/core';
import {
  OG_SIZE,
  ogImageKeyText,
  ogImageTree,
  type OgImageData,
  type OgNode,
} from '../../core/views/og-image.ts';
import { cacheFolder } from '../../config.ts';
import { FONT_STACK, FONTS_KEY, registerFonts } from './og-fonts.ts';

/** Where rendered PNGs live between builds (ignored by git). */
const OG_CACHE_DIR = resolve(cacheFolder('og'));

/** Content hash naming the cached PNG: the image's data, its template and the fonts it draws with. */
export function ogImageHash(data: OgImageData): string {
  return createHash('sha256').update(ogImageKeyText(data)).update(FONTS_KEY).digest('hex').slice(0, 32);
}

/** Cache file of an image: its name is the content hash, so a changed image gets a new file. */
export function ogCacheFile(data: OgImageData): string {
  return join(OG_CACHE_DIR, `${ogImageHash(data)}.png`);
}

let renderer: Renderer | null = null;

/** The renderer, with the fonts the image's text needs registered. */
async function rendererFor(data: OgImageData): Promise<Renderer> {
  renderer ??= new Renderer();
  await registerFonts(renderer, ogImageTexts(data));
  return renderer;
}

/** Every text an image shows, for choosing its fonts. */
function ogImageTexts(data: OgImageData): string[] {
  return [data.siteName, data.eyebrow, data.title, ...data.tools.flatMap((t) => Object.values(t))];
}

type TakumiNode = Parameters<Renderer['render']>[0];

const RENDER_OPTIONS = { width: OG_SIZE.width, height: OG_SIZE.height, fontFamilies: [...FONT_STACK] };

/** Takumi's node tree for our element tree: a text-only element becomes a text node. */
function takumiNode(node: OgNode): TakumiNode {
  const { style, children } = node.props;
  if (typeof children === 'string') return { type: 'text', text: children, style } as TakumiNode;
  return {
    type: 'container',
    style,
    children: (children ?? []).map((child) =>
      typeof child === 'string' ? { type: 'text', text: child } : takumiNode(child),
    ),
  } as TakumiNode;
}

/** PNG bytes of an image, drawn now (no cache). */
export async function drawOgPng(data: OgImageData): Promise<Uint8Array> {
  const instance = await rendererFor(data);
  // Rasterises on the libuv pool, off the calling thread.
  return instance.render(takumiNode(ogImageTree(data)), { ...RENDER_OPTIONS, format: 'png' });
}

/** Where the renderer places every box and line of text of an image, without drawing it. */
export async function measureOgImage(data: OgImageData): Promise<MeasuredNode> {
  const instance = await rendererFor(data);
  return instance.measure(takumiNode(ogImageTree(data)), RENDER_OPTIONS);
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
  const png = await drawOgPng(data);
  await mkdir(OG_CACHE_DIR, { recursive: true });
  // Write then rename so a parallel or interrupted build never leaves a half-written image;
  // worker threads share a pid, so the thread id keeps their temp names apart.
  const temp = `${file}.${process.pid}-${threadId}.tmp`;
  await writeFile(temp, png);
  await rename(temp, file);
  return png;
}
