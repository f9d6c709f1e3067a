/**
 * A log that a client cannot flood. Failures a client causes at will (an upload it aborts, a
 * body it never finishes) would otherwise write a line each: 20,000 connections, 20,000 lines.
 * A line is written once; while it keeps coming, a line a window says how often it came in that
 * window; a window writes at most a few distinct lines, and only counts the others.
 */
import { oneLine } from '../core/messages/one-line.ts';

/** How the log is held down. */
export interface LogThrottleOptions {
  /** Length of a window; a minute unless given. */
  windowMs?: number;
  /** Distinct lines written per window before the rest are only counted. */
  maxLines?: number;
  /** Runs `close` once a window is over; a timer that never keeps the process alive by default. */
  schedule?: (close: () => void, delayMs: number) => void;
}

/** A writer of one-line messages that writes each line at most once a window. */
export function throttledLog(
  write: (line: string) => void,
  {
    windowMs = 60_000,
    maxLines = 20,
    schedule = (close, delayMs) => setTimeout(close, delayMs).unref(),
  }: LogThrottleOptions = {},
): (message: string) => void {
  const period = windowMs === 60_000 ? 'the last minute' : `the last ${windowMs / 1000} s`;
  // Lines seen this window and how often each came again; null while nothing was logged lately.
  let seen: Map<string, number> | null = null;
  let others = 0;

  const closeWindow = (): void => {
    const repeated = [...(seen ?? [])].filter(([, again]) => again > 0);
    for (const [line, again] of repeated) write(`${line} (${again} more in ${period})`);
    if (others > 0) write(`log: ${others} other line(s) left out in ${period}`);
    // A line still coming is only counted in the next window too; a quiet window ends throttling.
    const active = repeated.length > 0 || others > 0;
    seen = active ? new Map(repeated.map(([line]) => [line, 0])) : null;
    others = 0;
    if (active) schedule(closeWindow, windowMs);
  };

  return (message) => {
    const line = oneLine(message, 500);
    if (seen === null) {
      seen = new Map();
      schedule(closeWindow, windowMs);
    }
    const again = seen.get(line);
    if (again !== undefined) seen.set(line, again + 1);
    else if (seen.size >= maxLines) others++;
    else {
      seen.set(line, 0);
      write(line);
    }
  };
}
