/**
 * The tick and the cross drawn beside a verdict's word, one stroke style for both so they read at
 * the same weight. Shared by the verdict chip and the compare-any page, which draws chips itself.
 */
import type { Verdict } from '../vocabulary.ts';

/** SVG path of each verdict's icon in a 16 × 16 box. */
export const VERDICT_ICON_PATHS: Record<Verdict, string> = {
  ship: 'M3 8.5l3.2 3.2L13 4.8',
  skip: 'M4 4l8 8M12 4l-8 8',
};
