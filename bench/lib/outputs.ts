/**
 * Measures a built site on disk: page count, size, search index size and how much readable
 * text a comparison page carries (the floor's pages are sized to match it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Size of everything under `dir` in MiB, one decimal. */
export function dirSizeMb(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return Math.round((bytes / 1048576) * 10) / 10;
}

/** Number of files under `dir`: what a host counts against its per-site file limit. */
export function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/** Number of HTML pages Astro wrote (every `.html` file outside the search index). */
export function countPages(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes('/pagefind')) pages++;
  }
  return pages;
}

/** Readable text of an HTML page: no scripts, styles or tags, whitespace collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Mean readable text length (characters) of the given pages. */
export function meanTextLength(files: readonly string[]): number {
  if (files.length === 0) return 0;
  const total = files.reduce((sum, file) => sum + visibleText(readFileSync(file, 'utf8')).length, 0);
  return Math.round(total / files.length);
}
