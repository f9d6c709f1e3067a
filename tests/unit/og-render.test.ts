import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePixels, decodePng } from '../../bench/lib/png-pixels.ts';
import { OG_SIZE, ogImageData } from '../../src/core/views/og-image.ts';
import { drawOgPng } from '../../src/build/social-images/og-render.ts';
import { comparison, MARKETPLACE, seedSite, SONAR } from './views-fixture.ts';

const site = seedSite();

// The golden images were drawn by satori + resvg, the renderer the template was designed
// with; the site's renderer must draw the same picture, give or take anti-aliasing.
describe('social image renderer', () => {
  it.each([
    ['a short title on one line', SONAR],
    ['a long title over two lines and a clamped tool name', MARKETPLACE],
  ])('draws %s like the golden image', async (_, slug) => {
    const png = await drawOgPng(ogImageData(comparison(site, slug), 'Shipworthy'));
    const drawn = decodePng(png);
    expect([drawn.width, drawn.height]).toEqual([OG_SIZE.width, OG_SIZE.height]);
    const golden = decodePng(readFileSync(`tests/unit/__golden__/og-${slug}.png`));
    const diff = comparePixels(drawn, golden);
    expect(diff.differingShare).toBeLessThan(0.01);
    expect(diff.meanDelta).toBeLessThan(1);
  });

  it('notices a different picture', async () => {
    const other = ogImageData(comparison(site, SONAR), 'Shipworthy');
    other.tools.reverse();
    const golden = decodePng(readFileSync(`tests/unit/__golden__/og-${SONAR}.png`));
    expect(comparePixels(decodePng(await drawOgPng(other)), golden).differingShare).toBeGreaterThan(0.01);
  });
});
