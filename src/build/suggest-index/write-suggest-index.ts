/**
 * Writes the search box's suggestion index (src/core/search/suggest-index.ts) into a built site:
 * each part and pair bucket as `/suggest/p/<digest>.json`, named by its bytes, and the manifest
 * as `/suggest/index.json`. With a cache folder, a file whose bytes an earlier build already
 * wrote is linked from the cache, not written again: a verdict that changes one tool's figure
 * writes that tool's parts and the manifest, nothing else.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Site } from '../../core/model.ts';
import { planSuggestIndex, SUGGEST_LIMITS, type SuggestLimits } from '../../core/search/suggest-index.ts';
import { SUGGEST_FILES_PATH, SUGGEST_MANIFEST_PATH } from '../../core/views/paths.ts';
import { placeFile } from '../place-file.ts';

/** What the writer did. */
export interface SuggestIndexResult {
  /** Files in the index, the manifest included. */
  files: number;
  /** Files whose bytes were new (the others came from the cache). */
  written: number;
  /** Bytes of every file, uncompressed. */
  bytes: number;
  /** Bytes of the largest part or bucket, uncompressed. */
  largest: number;
}

/** Where to write and what to reuse. */
export interface SuggestIndexOptions {
  siteDir: string;
  /** Files of earlier builds, by name; null: write every file. */
  cacheDir: string | null;
  limits?: SuggestLimits;
}

/** `<digest>.json`: 16 hex digits of SHA-256, plenty for a few thousand files. */
function contentName(text: string): string {
  return `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`;
}

/** Writes a file so that no reader ever sees half of it. */
function writeWhole(path: string, text: string): void {
  const partial = `${path}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}

/** The index's files with their names: each part and bucket once, then the manifest naming them. */
export function namedSuggestFiles(site: Site, limits: SuggestLimits = SUGGEST_LIMITS) {
  const plan = planSuggestIndex(site, limits);
  const names = new Map<string, string>();
  const files = new Map<string, string>();
  for (const file of plan.files) {
    const text = JSON.stringify(file.body);
    const name = contentName(text);
    names.set(file.id, name);
    files.set(name, text);
  }
  const manifest = `${JSON.stringify(plan.manifest((id) => names.get(id) ?? ''))}\n`;
  return { files, manifest };
}

/** Writes the suggestion index of `site` under `<siteDir>/suggest/`. */
export function writeSuggestIndex(site: Site, options: SuggestIndexOptions): SuggestIndexResult {
  const { files, manifest } = namedSuggestFiles(site, options.limits);
  const filesDir = join(options.siteDir, SUGGEST_FILES_PATH);
  rmSync(join(options.siteDir, dirname(SUGGEST_MANIFEST_PATH)), { recursive: true, force: true });
  mkdirSync(filesDir, { recursive: true });
  if (options.cacheDir) mkdirSync(options.cacheDir, { recursive: true });
  const used = new Set<string>();
  let written = 0;
  let bytes = 0;

  /** Places `text` at `target`, from the cache when an earlier build wrote the same bytes. */
  const place = (name: string, text: string, target: string): void => {
    used.add(name);
    bytes += Buffer.byteLength(text);
    if (!options.cacheDir) {
      writeWhole(target, text);
      written++;
      return;
    }
    const cached = join(options.cacheDir, name);
    if (!existsSync(cached)) {
      writeWhole(cached, text);
      written++;
    }
    placeFile(cached, target);
  };

  for (const [name, text] of files) place(name, text, join(filesDir, name));
  place(`manifest-${contentName(manifest)}`, manifest, join(options.siteDir, SUGGEST_MANIFEST_PATH));
  if (options.cacheDir) pruneCache(options.cacheDir, used);
  const largest = Math.max(0, ...[...files.values()].map((text) => Buffer.byteLength(text)));
  return { files: used.size, written, bytes, largest };
}

/** Removes what this build did not use, so the cache holds one site's index. */
function pruneCache(cacheDir: string, used: ReadonlySet<string>): void {
  for (const name of readdirSync(cacheDir)) {
    if (!used.has(name)) rmSync(join(cacheDir, name), { force: true });
  }
}
