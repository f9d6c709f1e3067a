/**
 * Runs one child command and measures it: wall time, CPU time of the whole process tree and
 * peak resident memory of that tree (sum over live processes, sampled from /proc).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one measured run cost. */
export interface Measured {
  wallMs: number;
  /** User + system CPU of the child and every descendant it waited for; null without GNU time. */
  cpuMs: number | null;
  /** Highest sampled sum of resident memory over the process tree, in MiB. */
  peakRssMb: number;
  exitCode: number;
}

/** How to run the child. */
export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the child's stdout and stderr go; inherited when absent. */
  log?: (chunk: string) => void;
  /** Aborting it ends the child (under GNU time, time itself). */
  signal?: AbortSignal;
}

const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 200;

/** Runs `command args`, resolving when it exits (never rejecting on a non-zero exit). */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<Measured> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed
    ? [GNU_TIME, ['-f', '%e %U %S', '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    ...(options.signal && { signal: options.signal }),
    stdio: options.log ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (options.log) {
    child.stdout?.setEncoding('utf8').on('data', options.log);
    child.stderr?.setEncoding('utf8').on('data', options.log);
  }
  let peakKb = 0;
  // Latest CPU ticks per process: catches grandchildren (Pagefind's binary) that GNU time misses
  // when their parent exits without waiting for them.
  const ticks = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = sampleTree(child.pid);
    peakKb = Math.max(peakKb, tree.rssKb);
    for (const [pid, t] of tree.ticks) ticks.set(pid, t);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  // An aborted child reports an AbortError before it closes; its exit code tells the rest.
  child.on('error', () => {});
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const wallMs = Math.round(performance.now() - started);
  const sampledCpuMs = Math.round(([...ticks.values()].reduce((a, b) => a + b, 0) * 1000) / CLOCK_TICKS);
  let cpuMs: number | null = null;
  if (timed && existsSync(timeFile)) {
    // The last line holds the figures; earlier lines are GNU time's notes about signals or exit codes.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [, user, sys] = last.split(/\s+/).map(Number);
    if (Number.isFinite(user) && Number.isFinite(sys))
      cpuMs = Math.round(((user as number) + (sys as number)) * 1000);
    rmSync(timeFile, { force: true });
  }
  if (cpuMs !== null) cpuMs = Math.max(cpuMs, sampledCpuMs);
  return { wallMs, cpuMs, peakRssMb: Math.round(peakKb / 1024), exitCode };
}

/**
 * Samples the resident memory of everything `root` started (not `root` itself) until the
 * returned function is called, which gives the highest sum seen, in MiB. Measures steps that
 * run side by side as one: the sum of their own peaks would count memory that never coexisted.
 */
export function watchChildrenMemory(root: number): () => number {
  let peakKb = 0;
  const sample = () => {
    peakKb = Math.max(peakKb, sampleTree(root).rssKb - rssKb(root));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return () => {
    clearInterval(timer);
    return Math.round(peakKb / 1024);
  };
}

/** Kernel clock ticks per second for /proc CPU figures (100 on Linux). */
const CLOCK_TICKS = 100;

/** Sum of VmRSS (KiB) over `root` and all its live descendants, and each one's CPU ticks so far. */
function sampleTree(root: number): { rssKb: number; ticks: Map<number, number> } {
  const cpu = new Map<number, number>();
  const children = new Map<number, number[]>();
  for (const name of safeReaddir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = safeRead(`/proc/${name}/stat`);
    // Fields after the parenthesized command name: state, ppid, ... utime (12th), stime (13th).
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ') ?? [];
    const ppid = Number(fields[1]);
    if (!Number.isFinite(ppid)) continue;
    cpu.set(Number(name), Number(fields[11]) + Number(fields[12]));
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  let totalKb = 0;
  const ticks = new Map<number, number>();
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    totalKb += rssKb(pid);
    ticks.set(pid, cpu.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { rssKb: totalKb, ticks };
}

/** Resident memory of one process in KiB; 0 once it has exited. */
function rssKb(pid: number): number {
  return Number(safeRead(`/proc/${pid}/status`)?.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
}

function safeRead(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // The process exited between listing and reading.
  }
}

function safeReaddir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
