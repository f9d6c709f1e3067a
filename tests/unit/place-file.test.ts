import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeFile } from '../../src/build/place-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'place-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('placeFile', () => {
  it('hard-links the source on the same file system', () => {
    writeFileSync(join(dir, 'a.png'), 'image');
    placeFile(join(dir, 'a.png'), join(dir, 'b.png'));
    expect(statSync(join(dir, 'b.png')).ino).toBe(statSync(join(dir, 'a.png')).ino);
  });

  it('replaces a file already at the target, as a rerun over the same output does', () => {
    writeFileSync(join(dir, 'new.png'), 'new image');
    writeFileSync(join(dir, 'out.png'), 'old image');
    placeFile(join(dir, 'new.png'), join(dir, 'out.png'));
    expect(readFileSync(join(dir, 'out.png'), 'utf8')).toBe('new image');
  });
});
