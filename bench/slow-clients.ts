/**
 * `npm run bench:slow-clients -- [--sockets N] [--seconds S] [--reopen-ms R] [--phase both|limited|unlimited] [--json]`:
 * one address (127.0.0.2) tries to hold N connections to the real `npm start` server
 * (scripts/serve.ts, votes on) with requests that never finish, for S seconds, opening a new one
 * R ms after the server closed one (as slowloris-style tools do). Readers on other loopback
 * addresses load the home page and a tally every 200 ms, for five seconds before the attack (what
 * this machine gives them unattacked) and during it. Reports, per phase, how fast and how often
 * the readers were answered, the server's memory and how many lines it logged. `limited` runs the
 * server's defaults, `unlimited` Node's own (no cap, 60 s for headers, 300 s for a request), so
 * one run gives both sides.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { VOTABLE_PATH } from '../src/core/votes/catalog.ts';
import { percentile, round, wholeNumber } from './lib/figures.ts';

const { values } = parseArgs({
  options: {
    sockets: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '30' },
    'reopen-ms': { type: 'string', default: '5000' },
    phase: { type: 'string', default: 'both' },
    json: { type: 'boolean', default: false },
  },
});
const SOCKETS = wholeNumber('sockets', values.sockets, 1, 100_000);
const SECONDS = wholeNumber('seconds', values.seconds, 1, 600);
const REOPEN_MS = wholeNumber('reopen-ms', values['reopen-ms'], 0, 600_000);
if (!['both', 'limited', 'unlimited'].includes(values.phase)) {
  console.error(`--phase must be both, limited or unlimited, got ${JSON.stringify(values.phase)}`);
  process.exit(2);
}
/** Sockets one attacking process holds; the machine's file limit is per process. */
const SOCKETS_PER_PROCESS = 8_000;
const ATTACKER = '127.0.0.2';
const READERS = ['127.0.0.3', '127.0.0.4'];
const PROBE_EVERY_MS = 200;
const BASELINE_SECONDS = 5;
const COMPARISON = 'bench-a-vs-bench-b';
const log = (line: string): void => {
  if (!values.json) console.error(line);
};

const work = mkdtempSync(join(tmpdir(), 'shipworthy-bench-slow-'));
const site = join(work, 'site');
mkdirSync(join(site, 'data'), { recursive: true });
writeFileSync(
  join(site, VOTABLE_PATH),
  JSON.stringify({
    version: 2,
    origin: 'https://bench.invalid',
    comparisons: { [COMPARISON]: ['bench-a', 'bench-b'] },
    closed: [],
  }),
);
writeFileSync(join(site, 'index.html'), '<!doctype html><title>bench</title>');

/** Node's own defaults, as the server ran before it set its limits. */
const UNLIMITED = {
  SERVER_CONNECTIONS_PER_NETWORK: 'off',
  SERVER_HEADERS_TIMEOUT: '60',
  SERVER_REQUEST_TIMEOUT: '300',
  SERVER_MAX_CONNECTIONS: '1000000',
};

try {
  const phases = values.phase === 'both' ? ['unlimited', 'limited'] : [values.phase];
  const results: Record<string, unknown> = {};
  for (const phase of phases) {
    results[phase] = await runPhase(phase === 'unlimited' ? UNLIMITED : {});
  }
  console.log(JSON.stringify({ sockets: SOCKETS, seconds: SECONDS, reopenMs: REOPEN_MS, ...results }));
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function runPhase(limits: Record<string, string>) {
  const server = await startServer(limits);
  log(
    `bench:slow-clients: ${SOCKETS} slow connections from ${ATTACKER} for ${SECONDS} s (${JSON.stringify(limits)})`,
  );
  // What readers get from this server on this machine right now, before any attack.
  const quiet = await probeReaders(server, BASELINE_SECONDS);
  const linesBefore = server.lines.length;

  const attackers: Promise<Record<string, number>>[] = [];
  for (let left = SOCKETS; left > 0; left -= SOCKETS_PER_PROCESS) {
    attackers.push(attack(server.port, Math.min(left, SOCKETS_PER_PROCESS)));
  }
  // Readers start once the attack has had a second to open its connections.
  await new Promise((done) => setTimeout(done, 1000));
  const attacked = await probeReaders(server, SECONDS - 1);
  const counts = await Promise.all(attackers);
  const attackCounts: Record<string, number> = {};
  for (const one of counts) {
    for (const [name, n] of Object.entries(one)) attackCounts[name] = (attackCounts[name] ?? 0) + n;
  }
  const logged = server.lines.slice(linesBefore);
  await stopServer(server.child);
  const result = {
    quiet: quiet.readers,
    underAttack: attacked.readers,
    attack: attackCounts,
    rssMb: { quiet: quiet.rssPeakMb, underAttackPeak: attacked.rssPeakMb },
    logLines: logged.length,
    logSample: logged.slice(0, 3),
  };
  log(JSON.stringify(result));
  return result;
}

/** Readers on other addresses load the home page and a tally in turn for `seconds`. */
async function probeReaders(server: Server, seconds: number) {
  const latencies: number[] = [];
  let probes = 0;
  let failed = 0;
  let rssPeakMb = rssMb(server.child);
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    const from = READERS[probes % READERS.length] ?? '127.0.0.3';
    const path = probes % 2 === 0 ? '/' : `/api/votes/${COMPARISON}`;
    probes++;
    const sent = performance.now();
    const status = await get(server.port, from, path).catch(() => 0);
    const ms = performance.now() - sent;
    if (status === 200) latencies.push(ms);
    else failed++;
    rssPeakMb = Math.max(rssPeakMb, rssMb(server.child));
    await new Promise((done) => setTimeout(done, Math.max(0, PROBE_EVERY_MS - ms)));
  }
  latencies.sort((a, b) => a - b);
  return {
    readers: {
      probes,
      failed,
      overOneSecond: latencies.filter((ms) => ms > 1000).length + failed,
      p50Ms: round(percentile(latencies, 0.5)),
      p90Ms: round(percentile(latencies, 0.9)),
      maxMs: round(latencies.at(-1) ?? 0),
    },
    rssPeakMb,
  };
}

interface Server {
  child: ChildProcess;
  port: number;
  /** Every line the server wrote to stderr. */
  lines: string[];
}

function startServer(limits: Record<string, string>): Promise<Server> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...limits,
    VOTES: 'on',
    VOTES_DB: join(work, `votes-${Date.now()}.sqlite`),
    VOTES_SECRET: randomBytes(32).toString('base64url'),
  };
  const child = spawn(process.execPath, ['scripts/serve.ts', '--port', '0', '--dir', site], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port), lines });
    });
    child.once('exit', (code) =>
      reject(new Error(`the server exited (${String(code)}) before serving:\n${output}${lines.join('\n')}`)),
    );
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** One attacking process; resolves with its counts. */
function attack(port: number, sockets: number): Promise<Record<string, number>> {
  const child = spawn(
    process.execPath,
    ['bench/lib/slow-client.ts', String(port), ATTACKER, String(sockets), String(SECONDS), String(REOPEN_MS)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // On a real deployment the attacker's machine is not the server's: here it takes only the CPU
  // the server and the readers leave, so what is measured is the server, not a shared core.
  if (child.pid !== undefined) setPriority(child.pid, 19);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.once('exit', () => {
      try {
        resolve(JSON.parse(output) as Record<string, number>);
      } catch {
        resolve({ attackerFailed: 1 });
      }
    }),
  );
}

/** A GET on a fresh connection from a given local address: the status, 0 on a failure. */
function get(port: number, from: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { port, host: '127.0.0.1', localAddress: from, path, agent: false, timeout: 10_000 },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('timeout', () => req.destroy(new Error('timed out')));
    req.once('error', reject);
    req.end();
  });
}

/** Resident memory of a process in MB, from /proc (0 where there is none). */
function rssMb(child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}
