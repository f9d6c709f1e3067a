/** The local static server behaves like the static host the site is deployed to. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/static/static-server.ts';
import { HOSTILE_CASES, NO_FILE_CASES, RAW_ONLY_CASES, siteFiles } from './support/site-paths.ts';

let root: string;
let site: string;
let server: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-server-'));
  site = join(root, 'site');
  for (const [path, text] of siteFiles()) {
    await mkdir(dirname(join(site, path)), { recursive: true });
    await writeFile(join(site, path), text);
  }
  await mkdir(join(site, 'pagefind'), { recursive: true });
  await writeFile(join(site, 'pagefind', 'pagefind.wasm'), 'x');
  await writeFile(join(site, 'pagefind', 'index.pf_meta'), 'x');
  await writeFile(join(root, 'secret.txt'), 'secret');
  await writeFile(join(root, 'site-private.txt'), 'secret');
  server = await startServer({
    dir: site,
    port: 0,
    logError: (line) => logged.push(line),
    api: async (req, res) => {
      if (req.url === '/api/throw') throw new Error('database file /srv/secret.sqlite is locked\n::error');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ api: req.url }));
    },
  });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const get = (path: string): Promise<Response> => fetch(new URL(path, server.url), { redirect: 'manual' });

/** One request line sent as written (no URL parser in between): status, headers, body. */
function rawGet(target: string): Promise<{ status: number; head: string; body: string }> {
  return new Promise((done, fail) => {
    const socket = connect(server.port, '127.0.0.1');
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', fail);
    socket.on('end', () => {
      const split = text.indexOf('\r\n\r\n');
      const head = text.slice(0, split);
      done({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), head, body: text.slice(split + 4) });
    });
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

const locationOf = (head: string): string | null => /^location: (.*)$/im.exec(head)?.[1] ?? null;

describe('startServer', () => {
  it('listens on a free port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('refuses a folder that is not there with one escaped line that names the fix', async () => {
    const missing = join(root, 'no\nsuch\u202edist');
    await expect(startServer({ dir: missing, port: 0 })).rejects.toThrow(
      /^Nothing to serve: \S*no\\nsuch\\u202Edist is not a directory: build the site first \(npm run build\)\.$/,
    );
  });

  it.each([
    ['/', 200, 'home'],
    ['/compare/a-vs-b/', 200, 'pair'],
    ['/nowhere/', 404, 'not found'],
  ])('serves %s with status %i', async (path, status, text) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain(text);
  });

  it('redirects a directory without its trailing slash', async () => {
    const response = await get('/compare/a-vs-b');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/compare/a-vs-b/');
  });

  it.each(NO_FILE_CASES)(
    'answers %s, which no file matched, as the Worker does',
    async (target, expected) => {
      const response = await rawGet(target);
      expect(response.status).toBe(expected.status);
      expect(locationOf(response.head)).toBe(expected.location ?? null);
      if (expected.body !== undefined) expect(response.body).toContain(expected.body);
    },
  );

  it.each([...HOSTILE_CASES, ...RAW_ONLY_CASES])('answers %j with %j', async (target, expected) => {
    const response = await rawGet(target);
    expect(response.status).toBe(expected.status);
    // Never a private file, never another host, never an exception's text.
    expect(locationOf(response.head)).toBe(expected.location ?? null);
    expect(response.body).not.toMatch(/Content-Security-Policy|\/old\/|_worker|Error|secret/);
    if (expected.body !== undefined) expect(response.body).toContain(expected.body);
  });

  it.each(['/compare/b-vs-a/x/', '/badges/tools/../a.svg'])('keeps %s a 404', async (path) => {
    expect((await rawGet(path)).status).toBe(404);
  });

  it.each([
    ['/pagefind/pagefind.wasm', 'application/wasm'],
    ['/pagefind/index.pf_meta', 'application/octet-stream'],
  ])('sends %s as %s', async (path, type) => {
    expect((await get(path)).headers.get('content-type')).toBe(type);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt'])(
    'never serves files outside the folder (%s)',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    },
  );

  it.each([
    ['/badges/a-vs-b.svg', '<svg>a vs b</svg>\n'],
    ['/badges/tools/a.svg', '<svg>a</svg>\n'],
  ])('answers %s from its pack, as the host would answer the file', async (path, svg) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await response.text()).toBe(svg);
    const head = await fetch(new URL(path, server.url), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(svg)));
  });

  it('applies _headers rules, to the 404 page too', async () => {
    expect((await get('/')).headers.get('content-security-policy')).toBe("default-src 'self'");
    expect((await get('/nowhere/')).headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  it('answers a failed request with 500 and a fixed text, and logs the error as one escaped line', async () => {
    const response = await get('/api/throw');
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('Internal error\n');
    expect(logged).toEqual(['server: GET failed: database file /srv/secret.sqlite is locked\\n::error']);
  });

  it('rejects methods a static site does not answer', async () => {
    const response = await fetch(server.url, { method: 'POST' });
    expect(response.status).toBe(405);
  });

  it.each(['/api/votes/%', '/api/votes/%E0%A4%A', '/api/%C0%AF'])(
    'refuses the malformed API target %s before the API reads it',
    async (target) => {
      const response = await rawGet(target);
      expect(response.status).toBe(400);
      expect(response.body).toBe('Bad request\n');
    },
  );

  it('hands every /api/ request to the API handler, whatever the method', async () => {
    const response = await fetch(new URL('/api/votes', server.url), { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ api: '/api/votes' });
    expect((await get('/api')).status).toBe(404);
  });
});

/** A GET whose body is not decoded (fetch would gunzip it): headers and the bytes as sent. */
function gzipGet(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    request(url, { headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => done({ headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('startServer with compress', () => {
  let compressing: RunningServer;
  const html = '<h1>pair</h1>'.repeat(50);
  beforeAll(async () => {
    await mkdir(join(site, 'compare', 'c-vs-d'), { recursive: true });
    await writeFile(join(site, 'compare', 'c-vs-d', 'index.html'), html);
    compressing = await startServer({ dir: site, port: 0, compress: true });
  });
  afterAll(() => compressing.close());

  it.each([
    ['gzip, deflate, br', 'gzip'],
    ['br;q=1, gzip;q=0.5', 'gzip'],
    ['*', 'gzip'],
    ['gzip;q=0', undefined],
    ['identity', undefined],
    ['', undefined],
  ])('answers Accept-Encoding %j to a page with encoding %s', async (accept, encoding) => {
    const { headers, body } = await gzipGet(new URL('/compare/c-vs-d/', compressing.url).href, {
      'accept-encoding': accept,
    });
    expect(headers['content-encoding']).toBe(encoding);
    expect(headers['vary']).toBe('accept-encoding');
    expect((encoding ? gunzipSync(body) : body).toString()).toBe(html);
  });

  it.each(['/pagefind/index.pf_meta', '/pagefind/pagefind.wasm'])(
    'sends %s as it is: search index files are compressed already',
    async (path) => {
      const { headers, body } = await gzipGet(new URL(path, compressing.url).href, {
        'accept-encoding': 'gzip',
      });
      expect(headers['content-encoding']).toBeUndefined();
      expect(headers['content-length']).toBe('1');
      expect(body.toString()).toBe('x');
    },
  );
});
