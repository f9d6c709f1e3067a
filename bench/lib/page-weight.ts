/**
 * What a built page costs to load before any interaction: its HTML plus the
 * stylesheets and scripts it references, gzipped as a static host would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file a page loads up front and its gzipped size. */
export interface WeightedFile {
  path: string;
  kind: 'html' | 'css' | 'js';
  gzipBytes: number;
}

/** Gzipped size of a byte string at the level most hosts use. */
function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 6 }).length;
}

/** The page's HTML and every same-site stylesheet and script it links, with gzipped sizes. */
export function pageWeight(dist: string, pagePath: string): WeightedFile[] {
  const htmlFile = join(dist, pagePath.replace(/^\//, ''), pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const files: WeightedFile[] = [{ path: pagePath, kind: 'html', gzipBytes: gzipSize(html) }];
  const seen = new Set<string>();
  for (const tag of text.match(/<(link|script)\b[^>]*>/gi) ?? []) {
    const kind = assetKind(tag);
    const url = /\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (kind === null || url === undefined || !url.startsWith('/') || url.startsWith('//')) continue;
    const path = url.split(/[?#]/)[0] ?? url;
    if (seen.has(path)) continue;
    seen.add(path);
    files.push({ path, kind, gzipBytes: gzipSize(readFileSync(join(dist, path.slice(1)))) });
  }
  return files;
}

function assetKind(tag: string): 'css' | 'js' | null {
  if (/^<link\b/i.test(tag) && /\brel\s*=\s*["']?stylesheet/i.test(tag)) return 'css';
  if (/^<link\b/i.test(tag) && /\brel\s*=\s*["']?modulepreload/i.test(tag)) return 'js';
  if (/^<script\b/i.test(tag) && /\bsrc\s*=/i.test(tag)) return 'js';
  return null;
}
