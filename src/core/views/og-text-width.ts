/**
 * How wide a line of text will draw in the social image, estimated without fonts, so the layout
 * can pick a type size that fits before the renderer measures anything. The estimate follows
 * the image's fonts closely enough to choose between sizes; the layout never relies on it to
 * stay inside the canvas (every text block is clamped to its lines as well).
 */

/**
 * Advance widths of Inter ExtraBold, the title's weight and the widest the image uses, in
 * hundredths of an em, for U+0020 to U+007E (measured by drawing each character with the renderer).
 */
const ASCII_WIDTHS = [
  22, 36, 59, 66, 67, 103, 69, 36, 39, 39, 59, 69, 36, 48, 36, 40, 70, 45, 64, 66, 69, 64, 67, 61, 67, 67, 36,
  36, 69, 69, 69, 58, 104, 79, 67, 75, 73, 61, 59, 76, 75, 29, 59, 74, 57, 95, 77, 78, 66, 79, 67, 67, 68, 73,
  79, 108, 77, 76, 68, 39, 36, 39, 50, 49, 39, 59, 64, 60, 64, 61, 38, 64, 64, 29, 29, 60, 29, 93, 64, 62, 64,
  64, 43, 58, 37, 64, 62, 87, 60, 62, 59, 49, 39, 49, 69,
] as const;

/** Ideographs, kana, Hangul and full-width forms: one em each. */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Marks and invisible joiners add no width of their own. */
const ZERO_WIDTH = /^[\p{M}\u200B-\u200D\uFE00-\uFE0F\u{E0000}-\u{E01EF}]$/u;

const EMOJI_EM = 1.25;
const WIDE_EM = 1;
/** Letters of other scripts (Arabic, Hebrew, Cyrillic, Devanagari, …): a little wider than Latin on average. */
const OTHER_EM = 0.8;
const SPACE_EM = (ASCII_WIDTHS[0] as number) / 100;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Width in em of one grapheme cluster: its base character decides, marks and joiners add nothing. */
function graphemeEm(cluster: string): number {
  if (PICTOGRAPH.test(cluster)) return EMOJI_EM;
  const base = [...cluster.normalize('NFD')].find((c) => !ZERO_WIDTH.test(c));
  if (base === undefined) return 0;
  const code = base.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return (ASCII_WIDTHS[code - 0x20] as number) / 100;
  return WIDE.test(base) ? WIDE_EM : OTHER_EM;
}

/**
 * The pieces a line may break between, with their widths in em: words, and each ideograph on
 * its own (CJK breaks between any two). `space` is the width of the space before a piece.
 */
function pieces(text: string): { em: number; space: number; clusters: number[] }[] {
  const out: { em: number; space: number; clusters: number[] }[] = [];
  let current: { em: number; space: number; clusters: number[] } | null = null;
  let space = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (/^\s+$/u.test(segment)) {
      current = null;
      space += SPACE_EM;
      continue;
    }
    const em = graphemeEm(segment);
    const wide = WIDE.test(segment);
    if (!current || wide) {
      current = { em: 0, space, clusters: [] };
      out.push(current);
      space = 0;
    }
    current.em += em;
    current.clusters.push(em);
    if (wide) current = null;
  }
  return out;
}

/**
 * Lines `text` takes when set `size` pixels high in a box `width` pixels wide: words move to the
 * next line whole, and a word longer than the line breaks where it reaches the edge.
 */
export function estimatedLines(text: string, size: number, width: number): number {
  const line = width / size;
  let lines = 1;
  let x = 0;
  for (const piece of pieces(text)) {
    const needed = x === 0 ? piece.em : x + piece.space + piece.em;
    if (needed <= line) {
      x = needed;
      continue;
    }
    if (x > 0) {
      lines += 1;
      x = 0;
    }
    for (const em of piece.clusters) {
      if (x > 0 && x + em > line) {
        lines += 1;
        x = 0;
      }
      x += em;
    }
  }
  return lines;
}
