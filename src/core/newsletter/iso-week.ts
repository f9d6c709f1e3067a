/**
 * ISO 8601 week numbers, which name each newsletter issue (`2026-W25`).
 */

/** The ISO week of a YYYY-MM-DD date as `YYYY-Www`; the year is the week's ISO year. */
export function isoWeek(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${iso}`);
  // The Thursday of a date's week decides which year the week belongs to.
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
