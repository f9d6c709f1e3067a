/** The reviewer grid's one-line pull quote: the first sentence, or its first words. */
import { describe, expect, it } from 'vitest';
import { pullQuote } from '../../src/core/views/pull-quote.ts';

describe('pullQuote', () => {
  it.each([
    ['The primitive here is clean. Then more detail follows.', 'The primitive here is clean.'],
    [
      'Ships now because the release discipline is real.',
      'Ships now because the release discipline is real.',
    ],
    // A sentence end this early is an abbreviation, not the line to pull.
    [
      'It is 2 vs. 3 models in this weight class, all open. More.',
      'It is 2 vs. 3 models in this weight class, all open.',
    ],
    ['Line\nbreaks   and  spaces collapse. Next.', 'Line breaks and spaces collapse.'],
    [
      'The primitive is clean: a quantized VLM you can run locally, with weights in every format that matters and no setup before hello-world. More.',
      'The primitive is clean: a quantized VLM you can run locally, with weights in every format that matters and no setup\u2026',
    ],
    ['No full stop at all', 'No full stop at all'],
  ])('%s', (text, pull) => {
    expect(pullQuote(text)).toBe(pull);
  });

  it('never runs past its length and never cuts a character in two', () => {
    const long = '\u{1F680}'.repeat(300);
    const pull = pullQuote(long, 40);
    expect([...pull].length).toBeLessThanOrEqual(41);
    expect(pull.endsWith('\u2026')).toBe(true);
  });
});
