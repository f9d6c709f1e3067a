/**
 * What a built page costs to load before any interaction: its HTML, the stylesheets and scripts
 * it references, and every module those scripts import statically (a module's `import … from`
 * loads before it runs; an `import()` waits for the code that calls it), gzipped as a static host
 * would.
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

/** The page's HTML and every same-site stylesheet and script it loads up front, with gzipped sizes. */
export function pageWeight(dist: string, pagePath: string): WeightedFile[] {
  const htmlFile = join(dist, pagePath.replace(/^\//, ''), pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(htmlFile);
  const text = html.toString('utf8');
  const files: WeightedFile[] = [{ path: pagePath, kind: 'html', gzipBytes: gzipSize(html) }];
  const seen = new Set<string>();
  const add = (path: string, kind: 'css' | 'js'): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = readFileSync(join(dist, path.slice(1)));
    files.push({ path, kind, gzipBytes: gzipSize(bytes) });
    if (kind === 'js')
      for (const imported of staticImports(bytes.toString('utf8'), path)) add(imported, 'js');
  };
  for (const tag of text.match(/<(link|script)\b[^>]*>/gi) ?? []) {
    const kind = assetKind(tag);
    const url = /\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (kind === null || url === undefined || !url.startsWith('/') || url.startsWith('//')) continue;
    add(url.split(/[?#]/)[0] ?? url, kind);
  }
  return files;
}

function assetKind(tag: string): 'css' | 'js' | null {
  if (/^<link\b/i.test(tag) && /\brel\s*=\s*["']?stylesheet/i.test(tag)) return 'css';
  if (/^<link\b/i.test(tag) && /\brel\s*=\s*["']?modulepreload/i.test(tag)) return 'js';
  if (/^<script\b/i.test(tag) && /\bsrc\s*=/i.test(tag)) return 'js';
  return null;
}

/**
 * Site paths of the same-site modules a script imports statically: `import … from "x"`,
 * `import "x"` and `export … from "x"` (as a bundler writes them, minified or not), resolved
 * against the script's own path. `import("x")` is left out: it loads on demand.
 */
export function staticImports(code: string, scriptPath: string): string[] {
  const found: string[] = [];
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1] ?? '';
    if (!/^(?:\.{1,2})?\//.test(specifier) || specifier.startsWith('//')) continue;
    found.push(new URL(specifier, `http://site${scriptPath}`).pathname);
  }
  return found;
}
