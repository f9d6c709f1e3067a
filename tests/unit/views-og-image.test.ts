import { describe, expect, it } from 'vitest';
import {
  ogImageData,
  ogImageHash,
  ogImageTree,
  ogTitleSize,
  OG_SIZE,
} from '../../src/core/views/og-image.ts';
import { comparison, seedSite, SONAR, withVotes } from './views-fixture.ts';

const c = comparison(seedSite(), SONAR);
const data = ogImageData(c, 'Shipworthy');

describe('social image data', () => {
  it('shows the pair and both panel figures', () => {
    expect(data.title).toBe('SmolVLM2-2B vs Perplexity Sonar Pro 2 API');
    expect(data.tools.map((t) => t.ship)).toEqual(['75%', '100%']);
  });

  it('hash is stable for the same data and changes when a figure changes', () => {
    expect(ogImageHash(ogImageData(c, 'Shipworthy'))).toBe(ogImageHash(data));
    expect(ogImageHash(ogImageData(withVotes(c, 3, 1), 'Shipworthy'))).not.toBe(ogImageHash(data));
    expect(ogImageHash(data)).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    ['A vs B', 76],
    ['x'.repeat(50), 64],
    ['x'.repeat(80), 52],
    ['x'.repeat(120), 42],
  ])('title %s is set at %ipx', (title, size) => expect(ogTitleSize(title)).toBe(size));

  it('lays out at the Open Graph size', () => {
    expect(ogImageTree(data).props.style).toMatchObject({ width: OG_SIZE.width, height: OG_SIZE.height });
  });
});
