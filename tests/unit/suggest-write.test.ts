/**
 * Writing the suggestion index: every file under a name made of its bytes, the manifest naming
 * them, and with a cache, a rebuild writes only what changed: nothing for the same content, the
 * parts and near buckets of one tool (and the manifest) after one of its verdicts changed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/core/search/suggest-read.ts';
import { writeSuggestIndex } from '../../src/build/suggest-index/write-suggest-index.ts';
import { PAIRS, suggestSite, TOOLS, type ToolSpec } from './support/suggest-site.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'suggest-'));
  folders.push(dir);
  return dir;
}

const flipped: ToolSpec[] = TOOLS.map((t) =>
  t.slug === 'quill-writer' ? { ...t, calls: ['ship', 'ship'] } : t,
);

describe('writeSuggestIndex', () => {
  it('writes each part under the digest of its bytes and a manifest that names them all', () => {
    const site = tempDir();
    const result = writeSuggestIndex(suggestSite(TOOLS, PAIRS), { siteDir: site, cacheDir: null });
    const manifest = readManifest(JSON.parse(readFileSync(join(site, 'suggest/index.json'), 'utf8')));
    expect(manifest).not.toBeNull();
    const named = new Set([
      ...Object.values(manifest?.parts ?? {}),
      ...(manifest?.near ?? []),
      ...(manifest?.pairs ?? []),
    ]);
    expect(manifest?.near).toHaveLength(1);
    expect(new Set(readdirSync(join(site, 'suggest/p')))).toEqual(named);
    // Parts with the same rows ("n" and "s" hold different tools; "d" and "r" the same one) share a file.
    expect(result.files).toBe(named.size + 1);
    expect(result.written).toBe(result.files);
  });

  it('writes nothing again for the same content, and only the changed tool’s parts after a verdict', () => {
    const cache = tempDir();
    const first = writeSuggestIndex(suggestSite(TOOLS, PAIRS), { siteDir: tempDir(), cacheDir: cache });
    expect(first.written).toBe(first.files);
    const same = writeSuggestIndex(suggestSite(TOOLS, PAIRS), { siteDir: tempDir(), cacheDir: cache });
    expect(same.written).toBe(0);
    const site = tempDir();
    const changed = writeSuggestIndex(suggestSite(flipped, PAIRS), { siteDir: site, cacheDir: cache });
    // Quill Writer's parts ("q" and "w", which hold it alone and so are one file), the one near
    // bucket of this small site, and the manifest.
    expect(changed.written).toBe(3);
    expect(readdirSync(cache)).toHaveLength(changed.files);
    expect(existsSync(join(site, 'suggest/index.json'))).toBe(true);
  });
});
