/**
 * Reading settings from environment values, which are hostile like any input: one reader per
 * kind of value, so every setting of every entry point is written, checked and refused the same
 * way. Each reader adds a one-line message naming the variable and its fix to `errors` and
 * returns the default, so a caller reports every bad value at once.
 */

/** Environment values, as either platform hands them over (`process.env` or a Worker's `env`). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** `on`/`off` (also true/false, 1/0); empty means the default. */
export function readSwitch(env: Environment, name: string, fallback: boolean, errors: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['on', 'true', '1'].includes(raw)) return true;
  if (['off', 'false', '0'].includes(raw)) return false;
  errors.push(`${name} must be "on" or "off", got ${shownValue(raw)}.`);
  return fallback;
}

/** A whole number within bounds; empty means the default. */
export function readInteger(
  env: Environment,
  name: string,
  bounds: { min: number; max: number; fallback: number },
  errors: string[],
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return bounds.fallback;
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    errors.push(
      `${name} must be a whole number from ${bounds.min} to ${bounds.max}, got ${shownValue(raw)}.`,
    );
    return bounds.fallback;
  }
  return value;
}

/** A value as a message quotes it: JSON-escaped and cut at 40 characters, so it stays one short line. */
export function shownValue(raw: string): string {
  return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
}
