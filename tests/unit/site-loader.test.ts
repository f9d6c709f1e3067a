import { describe, expect, it } from 'vitest';
import { bumpContentVersion, contentVersion } from '../../src/fs/content-version.ts';
import { getSite } from '../../src/fs/site-loader.ts';

describe('getSite', () => {
  it('loads the content once while it has not changed', () => {
    expect(getSite()).toBe(getSite());
  });

  it('loads it again after the dev server reports a change', async () => {
    const before = getSite();
    const version = contentVersion();
    bumpContentVersion();
    expect(contentVersion()).toBe(version + 1);
    const after = getSite();
    expect(after).not.toBe(before);
    expect((await after).comparisons.map((c) => c.slug)).toEqual(
      (await before).comparisons.map((c) => c.slug),
    );
  });
});
