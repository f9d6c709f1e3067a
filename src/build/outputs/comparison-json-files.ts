/**
 * Writes the public JSON record of every comparison to /data/comparisons/<slug>.json in the
 * built site, byte for byte what the former Astro endpoint returned.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from '../../config.ts';
import type { Comparison } from '../../core/model.ts';
import { comparisonJsonText } from '../../core/views/comparison-json.ts';
import { COMPARISON_RECORDS_DIR, comparisonJsonPath } from '../../core/views/paths.ts';

/** Writes `<dist>/data/comparisons/<slug>.json` for every comparison; returns how many. */
export function writeComparisonJsonFiles(comparisons: readonly Comparison[], dist: string): number {
  mkdirSync(join(dist, COMPARISON_RECORDS_DIR), { recursive: true });
  for (const c of comparisons) {
    writeFileSync(
      join(dist, comparisonJsonPath(c.slug)),
      comparisonJsonText(c, SITE.url, SITE.votes.minSample),
    );
  }
  return comparisons.length;
}
