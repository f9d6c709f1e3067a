/**
 * `npm run bench:profile -- <file.cpuprofile> [top]`: prints where a V8 CPU profile
 * spent its time, by self time per function and by total time per source file.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm run bench:profile -- <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Time per sample comes from timeDeltas; attribute each sample to its leaf node.
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) =>
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
);
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

const selfByFn = new Map<string, number>();
const inclusiveByFile = new Map<string, number>();
for (const [id, ms] of selfMs) {
  const node = byId.get(id);
  if (!node) continue;
  const key = `${node.callFrame.functionName || '(anon)'} ${short(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  selfByFn.set(key, (selfByFn.get(key) ?? 0) + ms);
  // Inclusive per file: count each file once per sample stack.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const url = short(byId.get(cur)?.callFrame.url ?? '');
    if (url && !seen.has(url)) {
      seen.add(url);
      inclusiveByFile.set(url, (inclusiveByFile.get(url) ?? 0) + ms);
    }
  }
}

const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (total ${Math.round(total)} ms)`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${String(Math.round(ms)).padStart(8)} ms  ${key}`);
  }
};
print('self time by function', selfByFn);
print('inclusive time by file', inclusiveByFile);

function short(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/^.*node_modules\//, '~/')
    .replace(process.cwd() + '/', '');
}
