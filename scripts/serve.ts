/**
 * Serves the built site locally: `npm run serve -- --port 8080 --dir dist`.
 * Port 0 picks a free port; the URL is printed either way.
 */
import { parseArgs } from 'node:util';
import { startServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}

try {
  const server = await startServer({ dir: values.dir, port, host: values.host });
  console.log(`Serving ${values.dir} at ${server.url}`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('Build the site first: npm run build');
  process.exit(1);
}
