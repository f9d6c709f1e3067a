/** A log a client cannot flood: each line once a window, with how often it came. */
import { describe, expect, it } from 'vitest';
import { throttledLog } from '../../src/server/log-throttle.ts';

/** A throttled log whose windows close when the test says so. */
function harness(maxLines = 20) {
  const written: string[] = [];
  const pending: (() => void)[] = [];
  const log = throttledLog((line) => written.push(line), {
    maxLines,
    schedule: (close) => pending.push(close),
  });
  const closeWindow = () => pending.shift()?.();
  return { log, written, closeWindow, pending };
}

describe('throttledLog', () => {
  it('writes 20,000 aborted uploads in one window as one line, then one line with the count', () => {
    const { log, written, closeWindow } = harness();
    for (let i = 0; i < 20_000; i++) log('vote API: aborted');
    expect(written).toEqual(['vote API: aborted']);
    closeWindow();
    expect(written).toEqual(['vote API: aborted', 'vote API: aborted (19999 more in the last minute)']);
  });

  it('keeps counting a line that keeps coming: one line a window, never a fresh copy', () => {
    const { log, written, closeWindow, pending } = harness();
    log('vote API: aborted');
    log('vote API: aborted');
    closeWindow();
    log('vote API: aborted');
    log('vote API: aborted');
    log('vote API: aborted');
    closeWindow();
    expect(written).toEqual([
      'vote API: aborted',
      'vote API: aborted (1 more in the last minute)',
      'vote API: aborted (3 more in the last minute)',
    ]);
    // A quiet window ends it: nothing is left scheduled and the next line is written at once.
    closeWindow();
    expect(pending).toEqual([]);
    log('vote API: aborted');
    expect(written.at(-1)).toBe('vote API: aborted');
  });

  it('writes a few distinct lines a window and counts the rest', () => {
    const { log, written, closeWindow } = harness(3);
    for (let i = 0; i < 10; i++) log(`server: GET failed: error ${i}`);
    expect(written).toEqual([
      'server: GET failed: error 0',
      'server: GET failed: error 1',
      'server: GET failed: error 2',
    ]);
    closeWindow();
    expect(written.at(-1)).toBe('log: 7 other line(s) left out in the last minute');
  });

  it('writes every message as one printable line', () => {
    const { log, written } = harness();
    log('vote API: bad\n::error ::forged\u202e');
    expect(written).toEqual(['vote API: bad\\n::error ::forged\\u202E']);
  });
});
