/**
 * `npm run bench:votes -- [--voters N] [--seconds S] [--comparisons M] [--json]`: drives the
 * real `npm start` server (scripts/serve.ts behind a trusted proxy, on a throwaway vote
 * database and a synthetic catalog) with N concurrent voters, each with its own cookie and its
 * own network, then checks that the stored tallies equal what the acknowledged responses imply,
 * exactly. A second phase SIGKILLs the server mid-run, restarts it on the same database and
 * checks that every acknowledged vote survived. A third phase stuffs the ballot box: one address
 * drops its cookie before every vote, 60 votes at once and then one a second, on one comparison,
 * through the JSON API and through the plain form, with the default rate limit; it reports how
 * many of those votes counted, per address and hour. Prints one JSON line; exits 1 on any lost or
 * double-counted vote, never on speed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { VOTABLE_PATH } from '../src/core/votes/catalog.ts';
import { percentile, round, wholeNumber } from './lib/figures.ts';

const { values } = parseArgs({
  options: {
    voters: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    comparisons: { type: 'string', default: '100' },
    'stuffing-seconds': { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const VOTERS = wholeNumber('voters', values.voters, 1, 10_000);
const SECONDS = wholeNumber('seconds', values.seconds, 1, 600);
const COMPARISONS = wholeNumber('comparisons', values.comparisons, 1, 10_000);
const STUFFING_SECONDS = wholeNumber('stuffing-seconds', values['stuffing-seconds'], 1, 600);
/** What the attacker sends at once before settling into one vote a second (the default rate limit's burst). */
const STUFFING_BURST = 60;
const KILL_VOTERS = Math.min(VOTERS, 100);
const log = (line: string): void => {
  if (!values.json) console.error(line);
};

type Call = 'ship' | 'skip' | null;
interface Target {
  comparison: string;
  tool: string;
}
const targets: Target[] = [];
const catalog: Record<string, [string, string]> = {};
for (let i = 0; i < COMPARISONS; i++) {
  const [a, b] = [`bench-tool-${2 * i}`, `bench-tool-${2 * i + 1}`];
  const comparison = `${a}-vs-${b}`;
  catalog[comparison] = [a, b];
  targets.push({ comparison, tool: a }, { comparison, tool: b });
}

const work = mkdtempSync(join(tmpdir(), 'shipworthy-bench-votes-'));
const site = join(work, 'site');
mkdirSync(join(site, 'data'), { recursive: true });
writeFileSync(
  join(site, VOTABLE_PATH),
  JSON.stringify({ version: 2, origin: 'https://bench.invalid', comparisons: catalog, closed: [] }),
);
writeFileSync(join(site, 'index.html'), '<!doctype html><title>bench</title>');
const database = join(work, 'votes.sqlite');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  VOTES: 'on',
  VOTES_DB: database,
  VOTES_SECRET: randomBytes(32).toString('base64url'),
  // Each voter's network travels in X-Forwarded-For, as from a reverse proxy in front of the server.
  TRUST_PROXY: 'on',
  // Honest voters send far faster than people do; a limit nobody reaches keeps the hashing cost in the figures.
  VOTES_RATE_LIMIT: '1000000/1',
};
/** The stuffing phase runs with the rate limit a site gets by default. */
const stuffingEnv: NodeJS.ProcessEnv = { ...env, VOTES_RATE_LIMIT: '' };
const agent = new Agent({ keepAlive: true, maxSockets: 128 });

interface Server {
  child: ChildProcess;
  port: number;
}

try {
  const result = await run();
  console.log(JSON.stringify(result));
  const intact =
    result.lost === 0 &&
    result.doubleCounted === 0 &&
    result.killRestart.survived === result.killRestart.acknowledged;
  process.exitCode = intact ? 0 : 1;
} finally {
  agent.destroy();
  rmSync(work, { recursive: true, force: true });
}

async function run() {
  let server = await startServer();
  log(`bench:votes: ${VOTERS} voters for ${SECONDS} s on ${COMPARISONS} comparisons (port ${server.port})`);

  // Phase 1: load. Each voter sends one vote at a time, so its acknowledgements arrive in order
  // and its last acknowledged call per tool is what the database must hold.
  const expected = new Map<string, Map<string, Call>>();
  const latencies: number[] = [];
  let accepted = 0;
  const cpuBefore = cpuSeconds(server.child.pid);
  const writtenBefore = bytesWritten(server.child.pid);
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: VOTERS }, async (_, v) => {
      let cookie = '';
      const mine = new Map<string, Call>();
      expected.set(`load-${v}`, mine);
      while (performance.now() < deadline) {
        const target = targets[Math.floor(Math.random() * targets.length)] as Target;
        const roll = Math.random();
        const call: Call = roll < 0.55 ? 'ship' : roll < 0.9 ? 'skip' : null;
        const sent = performance.now();
        const response = await vote(server.port, target, call, cookie, voterAddress(v)).catch(() => null);
        if (response?.status !== 200) continue;
        latencies.push(performance.now() - sent);
        accepted++;
        cookie ||= response.cookie;
        mine.set(`${target.comparison}|${target.tool}`, call);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = cpuSeconds(server.child.pid);
  const writtenAfter = bytesWritten(server.child.pid);
  // CPU the server spent per acknowledged vote: unlike votes/s, barely moved by other work on the machine.
  const serverCpuMsPerVote =
    cpuBefore === null || cpuAfter === null || accepted === 0
      ? null
      : Math.round(((cpuAfter - cpuBefore) * 100_000) / accepted) / 100;
  // Bytes the server sent to storage per acknowledged vote (database, WAL and checkpoints):
  // what a vote costs the disk, and unlike votes/s the same on a busy machine.
  const serverKbWrittenPerVote =
    writtenBefore === null || writtenAfter === null || accepted === 0
      ? null
      : Math.round(((writtenAfter - writtenBefore) * 100) / 1024 / accepted) / 100;

  const want = new Map<string, { ship: number; skip: number }>();
  for (const calls of expected.values()) {
    for (const [key, call] of calls) {
      if (call === null) continue;
      const counts = want.get(key) ?? { ship: 0, skip: 0 };
      counts[call]++;
      want.set(key, counts);
    }
  }
  const served = new Map<string, { ship: number; skip: number }>();
  for (const comparison of Object.keys(catalog)) {
    const body = (await get(server.port, `/api/votes/${comparison}`, '')).body as {
      tools: Record<string, { ship: number; skip: number }>;
    };
    for (const [tool, counts] of Object.entries(body.tools)) served.set(`${comparison}|${tool}`, counts);
  }
  await stopServer(server);
  // The running tallies (what the API serves) and the rows they summarise must both match.
  const rows = countRows();
  let lost = 0;
  let doubleCounted = 0;
  let stored = 0;
  for (const target of targets) {
    const key = `${target.comparison}|${target.tool}`;
    const w = want.get(key) ?? { ship: 0, skip: 0 };
    const s = served.get(key) ?? { ship: 0, skip: 0 };
    const r = rows.get(key) ?? { ship: 0, skip: 0 };
    stored += s.ship + s.skip;
    for (const call of ['ship', 'skip'] as const) {
      lost += Math.max(0, w[call] - s[call], w[call] - r[call]);
      doubleCounted += Math.max(0, s[call] - w[call], r[call] - w[call]);
    }
  }
  latencies.sort((a, b) => a - b);
  log(`load: ${accepted} acknowledged in ${elapsed.toFixed(1)} s; checking the kill/restart phase`);

  // Phase 2: SIGKILL mid-run. Fresh voters each cast a new vote per tool, so every
  // acknowledged vote is a row that must be there after the restart.
  server = await startServer();
  const acknowledged: { cookie: string; target: Target; call: 'ship' | 'skip' }[] = [];
  let killed = false;
  const killAfter = Math.min(2000, (SECONDS * 1000) / 2);
  const killer = setTimeout(() => {
    killed = true;
    server.child.kill('SIGKILL');
  }, killAfter);
  await Promise.all(
    Array.from({ length: KILL_VOTERS }, async (_, v) => {
      let cookie = '';
      // Each voter walks every tool once from its own starting point: no key is cast twice.
      for (let n = 0; n < targets.length && !killed; n++) {
        const i = (v + n) % targets.length;
        const target = targets[i] as Target;
        const call = i % 2 === 0 ? 'ship' : 'skip';
        const response = await vote(server.port, target, call, cookie, voterAddress(v)).catch(() => null);
        if (response?.status !== 200) continue;
        cookie ||= response.cookie;
        acknowledged.push({ cookie, target, call });
      }
    }),
  );
  clearTimeout(killer);
  await new Promise((done) =>
    server.child.exitCode === null ? server.child.once('exit', done) : done(null),
  );
  server = await startServer();
  let survived = 0;
  const yoursCache = new Map<string, Record<string, string>>();
  for (const { cookie, target, call } of acknowledged) {
    const key = `${cookie}|${target.comparison}`;
    let yours = yoursCache.get(key);
    if (!yours) {
      const body = (await get(server.port, `/api/votes/${target.comparison}`, cookie)).body as {
        yours?: Record<string, string>;
      };
      yours = body.yours ?? {};
      yoursCache.set(key, yours);
    }
    if (yours[target.tool] === call) survived++;
  }
  await stopServer(server);
  log(`kill/restart: ${survived} of ${acknowledged.length} acknowledged votes survived SIGKILL`);

  // Phase 3: ballot stuffing from one address each, on a comparison nobody else votes on now.
  server = await startServer(stuffingEnv);
  const [jsonTarget, formTarget] = [targets[0], targets[2] ?? targets[0]] as [Target, Target];
  const storedTotal = async (): Promise<number> => {
    let total = 0;
    for (const target of [jsonTarget, formTarget]) {
      const body = (await get(server.port, `/api/votes/${target.comparison}`, '')).body as {
        tools: Record<string, { total: number }>;
      };
      total += body.tools[target.tool]?.total ?? 0;
    }
    return total;
  };
  const stuffedBefore = await storedTotal();
  const [jsonStuffing, formStuffing] = await Promise.all([
    stuff(server.port, jsonTarget, '198.51.100.7', 'json'),
    stuff(server.port, formTarget, '198.51.100.8', 'form'),
  ]);
  const stuffedAfter = await storedTotal();
  await stopServer(server);
  const stuffedCounted = jsonStuffing.counted + formStuffing.counted;
  lost += Math.max(0, stuffedBefore + stuffedCounted - stuffedAfter);
  doubleCounted += Math.max(0, stuffedAfter - stuffedBefore - stuffedCounted);
  log(
    `stuffing: ${jsonStuffing.counted} of ${jsonStuffing.sent} JSON votes and ${formStuffing.counted} of ${formStuffing.sent} form votes counted`,
  );

  return {
    voters: VOTERS,
    accepted,
    stored,
    lost,
    doubleCounted,
    votesPerSecond: Math.round(accepted / elapsed),
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    serverCpuMsPerVote,
    serverKbWrittenPerVote,
    killRestart: { acknowledged: acknowledged.length, survived },
    stuffing: { json: jsonStuffing, form: formStuffing },
  };
}

/** User and system CPU seconds a process has used (Linux /proc, in USER_HZ ticks of 1/100 s), or null elsewhere. */
function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)?.split(' ') ?? [];
    // After the command name: state is field 3, utime 14 and stime 15.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Bytes a process has caused to be written to storage (Linux /proc), or null elsewhere. */
function bytesWritten(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const written = /^write_bytes: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1];
    return written === undefined ? null : Number(written);
  } catch {
    return null;
  }
}

/** One voter's network: every voter of the load phases behind its own address. */
function voterAddress(v: number): string {
  return `10.${(v >> 16) & 255}.${(v >> 8) & 255}.${v & 255}`;
}

/**
 * One address drops its cookie before every vote: a burst, then one vote a second. Counted per
 * hour is the burst's counted votes plus the steady part's counted rate over an hour.
 */
async function stuff(port: number, target: Target, address: string, path: 'json' | 'form') {
  const send = async (n: number): Promise<boolean> => {
    const call = n % 2 === 0 ? 'ship' : 'skip';
    const response = await (
      path === 'json' ? vote(port, target, call, '', address) : formVote(port, target, call, address)
    ).catch(() => null);
    return response !== null && response.counted;
  };
  const burst = await Promise.all(Array.from({ length: STUFFING_BURST }, (_, n) => send(n)));
  const burstCounted = burst.filter(Boolean).length;
  let steadySent = 0;
  let steadyCounted = 0;
  const started = performance.now();
  while (performance.now() - started < STUFFING_SECONDS * 1000) {
    const tick = performance.now();
    if (await send(STUFFING_BURST + steadySent)) steadyCounted++;
    steadySent++;
    await new Promise((done) => setTimeout(done, Math.max(0, 1000 - (performance.now() - tick))));
  }
  const steadyPerSecond = steadyCounted / ((performance.now() - started) / 1000);
  return {
    sent: STUFFING_BURST + steadySent,
    counted: burstCounted + steadyCounted,
    countedPerAddressPerHour: Math.round(burstCounted + steadyPerSecond * 3600),
  };
}

function countRows(): Map<string, { ship: number; skip: number }> {
  const db = new DatabaseSync(database, { readOnly: true });
  const out = new Map<string, { ship: number; skip: number }>();
  for (const row of db
    .prepare('SELECT comparison, tool, call, COUNT(*) AS n FROM votes GROUP BY 1, 2, 3')
    .all()) {
    const key = `${String(row['comparison'])}|${String(row['tool'])}`;
    const counts = out.get(key) ?? { ship: 0, skip: 0 };
    counts[row['call'] as 'ship' | 'skip'] = Number(row['n']);
    out.set(key, counts);
  }
  db.close();
  return out;
}

function vote(
  port: number,
  target: Target,
  call: Call,
  cookie: string,
  address: string,
): Promise<{ status: number; cookie: string; counted: boolean }> {
  const body = JSON.stringify({ comparison: target.comparison, tool: target.tool, call });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: '/api/votes',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          origin: `http://127.0.0.1:${port}`,
          'sec-fetch-site': 'same-origin',
          'x-forwarded-for': address,
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        res.resume();
        res.once('end', () => {
          const set = res.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
          resolve({ status: res.statusCode ?? 0, cookie: set, counted: res.statusCode === 200 });
        });
        res.once('error', reject);
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

/** A plain HTML form post, as a browser without JavaScript sends it; counted when it lands on no refusal. */
function formVote(
  port: number,
  target: Target,
  call: 'ship' | 'skip',
  address: string,
): Promise<{ counted: boolean }> {
  const body = new URLSearchParams({ comparison: target.comparison, tool: target.tool, call }).toString();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        port,
        host: '127.0.0.1',
        method: 'POST',
        path: '/api/votes',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          origin: `http://127.0.0.1:${port}`,
          'sec-fetch-site': 'same-origin',
          'x-forwarded-for': address,
        },
      },
      (res) => {
        res.resume();
        res.once('end', () => {
          const location = String(res.headers.location ?? '');
          resolve({ counted: res.statusCode === 303 && !location.includes('vote-refused') });
        });
        res.once('error', reject);
      },
    );
    req.once('error', reject);
    req.end(body);
  });
}

function get(port: number, path: string, cookie: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, port, host: '127.0.0.1', path, headers: cookie ? { cookie } : {} },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.once('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as unknown }));
      },
    );
    req.once('error', reject);
    req.end();
  });
}

function startServer(serverEnv: NodeJS.ProcessEnv = env): Promise<Server> {
  const child = spawn(process.execPath, ['scripts/serve.ts', '--port', '0', '--dir', site], {
    env: serverEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.once('exit', (code) =>
      reject(new Error(`the server exited (${String(code)}) before serving:\n${output}`)),
    );
  });
}

function stopServer(server: Server): Promise<void> {
  return new Promise((done) => {
    if (server.child.exitCode !== null) return done();
    server.child.once('exit', () => done());
    server.child.kill('SIGTERM');
  });
}
