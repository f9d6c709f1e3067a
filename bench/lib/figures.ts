/** Reading a benchmark's numeric options and reporting its figures, the same way in every bench. */

/** The value at quantile `p` (0-1) of ascending `sorted`; 0 for no values. */
export function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
}

/** Milliseconds to one decimal, as reports print them. */
export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The whole number option `--name` holds, or exit 2 with a line saying what it must be. */
export function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return value;
}
