/**
 * The scale path end to end on a small corpus: `npm run bench` generates, validates, builds,
 * indexes and measures it against the floor without touching the real dist/. It builds the site
 * three times, so it runs on request (`npm run test:bench`), not with every change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DEFAULTS, generateCorpus } from '../../bench/corpus/generate.ts';

describe('npm run bench', () => {
  it('builds a 50-comparison corpus and its floor and reports one JSON line', { timeout: 600_000 }, () => {
    const realDist = 'dist';
    const before = existsSync(realDist) ? statSync(realDist).mtimeMs : null;
    const run = spawnSync(
      process.execPath,
      ['bench/build.ts', '--comparisons', '50', '--json', '--touch-one'],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toContain('[bench 50] floor pagefind');
    expect(run.status).toBe(0);

    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] as string) as Record<string, number>;
    for (const key of [
      'validateMs',
      'buildMs',
      'astroBuildMs',
      'ogImagesMs',
      'pagefindMs',
      'postBuildMs',
      'floorMs',
      'ratio',
      'peakRssMb',
      'distMb',
      'searchIndexMb',
      'distFiles',
      'rebuildOneMs',
      'rebuildOneShare',
    ]) {
      expect(result[key], key).toBeGreaterThan(0);
    }
    // The build is its steps as npm run build runs them: the search index follows Astro.
    expect(result['buildMs']).toBeGreaterThanOrEqual(
      (result['astroBuildMs'] as number) + (result['pagefindMs'] as number),
    );
    expect(result['comparisons']).toBe(50);
    expect(result['floorPages']).toBe(50);
    // Comparison pages, their reversed-pair redirects, tools, categories, reviewers and the rest.
    expect(result['pages']).toBeGreaterThan(100);

    const out = '.bench/run-50/dist';
    const slug = (readdirSync('.bench/corpus-50/comparisons')[0] as string).replace(/\.md$/, '');
    expect(readFileSync(join(out, 'compare', slug, 'index.html'), 'utf8')).toContain('<h1');
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(realDist) ? statSync(realDist).mtimeMs : null).toBe(before);
    // The one-file rebuild changes a verdict and puts it back.
    const touched = (result as unknown as { rebuildOne: { file: string } }).rebuildOne.file;
    expect(touched).toMatch(/^verdicts\//);
    const generated = generateCorpus({ comparisons: 50, ...CORPUS_DEFAULTS }).files;
    const original = generated.find((f) => f.path === touched)?.text;
    expect(original).toMatch(/^verdict: (ship|skip)$/m);
    expect(readFileSync(join('.bench/corpus-50', touched), 'utf8')).toBe(original);
  });
});
