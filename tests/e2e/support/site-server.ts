/**
 * Runs the real `npm start` server (scripts/serve.ts: the built site and the vote API in one
 * process) on a free port, as its own process, and stops it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

/** A running site server. */
export interface SiteServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts scripts/serve.ts on port 0 with `env` and resolves once it prints its URL. */
export function startSiteServer(dir: string, env: NodeJS.ProcessEnv): Promise<SiteServer> {
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts', 'serve.ts'), '--port', '0', '--dir', dir],
    {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`the server printed no URL within 60 s:\n${output}`)),
      60_000,
    );
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /Serving .* at (http:\/\/\S+\/)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.stdout?.off('data', read);
      resolve({ url, stop: () => stop(child) });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      fail(new Error(`the server exited (${String(code)}) before serving:\n${output}`)),
    );
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
