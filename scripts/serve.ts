/**
 * Serves the built site and, unless `VOTES=off`, the vote API from one process:
 * `npm run serve -- --port 8080 --dir dist`. `PORT` sets the port when `--port` is absent;
 * port 0 picks a free port; the URL is printed either way. Votes go to `.data/votes.sqlite`
 * (`VOTES_DB` to move it); docs/votes.md lists the vote settings, docs/deploy.md the server's
 * timeouts and connection caps (`SERVER_*`).
 */
import { parseArgs } from 'node:util';
import { oneLine } from '../src/core/messages/one-line.ts';
import { readSwitch } from '../src/core/settings.ts';
import { throttledLog } from '../src/server/log-throttle.ts';
import {
  catalogFromDist,
  refusalPageFromDist,
  startNodeVoteApi,
  type NodeVoteApi,
} from '../src/server/node.ts';
import { readProxyTrust } from '../src/server/proxy-headers.ts';
import { readConnectionLimits } from '../src/server/static/connection-limits.ts';
import { startServer } from '../src/server/static/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const port = /^\d{1,5}$/.test(values.port.trim()) ? Number(values.port) : NaN;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `--port (or PORT) must be a whole number from 0 to 65535, got ${oneLine(JSON.stringify(values.port), 80)}`,
  );
  process.exit(2);
}

const errors: string[] = [];
const votesOn = readSwitch(process.env, 'VOTES', true, errors);
const behindProxy = readProxyTrust(process.env['TRUST_PROXY'], errors) !== 'off';
const limits = readConnectionLimits(process.env, behindProxy, errors);
if (errors.length) {
  for (const error of errors) console.error(oneLine(error));
  process.exit(2);
}

// One log for the API and the files: a client that fails requests on purpose writes a line a minute.
const logError = throttledLog((line) => console.error(line));

let api: NodeVoteApi | null = null;
try {
  if (votesOn) {
    api = await startNodeVoteApi({
      env: process.env,
      catalog: catalogFromDist(values.dir),
      refusalPage: refusalPageFromDist(values.dir),
      logError,
    });
  }
} catch (error) {
  console.error(message(error));
  process.exit(1);
}

try {
  const server = await startServer({
    dir: values.dir,
    port,
    host: values.host,
    limits,
    logError,
    ...(api ? { api: api.handle } : {}),
  });
  const votes = api ? `votes on, stored in ${oneLine(api.database, 300)}` : 'votes off';
  console.log(`Serving ${oneLine(values.dir, 300)} at ${server.url} (${votes})`);
  const stop = (): void => {
    void server
      .close()
      .then(() => api?.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(message(error));
  await api?.close();
  process.exit(1);
}

/** An error as one printable line: messages can carry paths and settings from the environment. */
function message(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}
