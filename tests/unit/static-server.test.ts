/** The local static server behaves like the static host the site is deployed to. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/static/static-server.ts';
import { badgePackPath, packBadges } from '../../src/core/views/badge-packs.ts';

let root: string;
let site: string;
let server: RunningServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-server-'));
  site = join(root, 'site');
  await mkdir(join(site, 'compare', 'a-vs-b'), { recursive: true });
  await mkdir(join(site, 'pagefind'), { recursive: true });
  await writeFile(join(site, 'index.html'), '<h1>home</h1>');
  await writeFile(join(site, 'compare', 'a-vs-b', 'index.html'), '<h1>pair</h1>');
  await writeFile(join(site, '404.html'), '<h1>not found</h1>');
  await writeFile(join(site, 'pagefind', 'pagefind.wasm'), 'x');
  await writeFile(join(site, 'pagefind', 'index.pf_meta'), 'x');
  await writeFile(join(site, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n");

  await mkdir(join(site, 'badges', 'packs'), { recursive: true });
  const packs = packBadges([
    ['/badges/a-vs-b.svg', '<svg>a vs b</svg>\n'],
    ['/badges/tools/a.svg', '<svg>a</svg>\n'],
  ]);
  for (const [path, pack] of packs) await writeFile(join(site, path), JSON.stringify(pack));
  await writeFile(join(site, badgePackPath('/badges/broken-vs-pack.svg')), '{not json');
  await writeFile(join(root, 'secret.txt'), 'secret');
  server = await startServer({
    dir: site,
    port: 0,
    api: async (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ api: req.url }));
    },
  });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

const get = (path: string): Promise<Response> => fetch(new URL(path, server.url), { redirect: 'manual' });

describe('startServer', () => {
  it('listens on a free port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
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

  it.each([
    ['/compare/b-vs-a/', '/compare/a-vs-b/'],
    ['/compare/b-vs-a', '/compare/a-vs-b/'],
    ['/compare/b-vs-a/?ref=mail', '/compare/a-vs-b/?ref=mail'],
  ])('answers the reversed pair %s with a permanent redirect to %s', async (path, location) => {
    const response = await get(path);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(location);
  });

  it.each(['/compare/c-vs-a/', '/compare/a-vs-a/', '/compare/b-vs-a/x/'])(
    'keeps %s a 404: no published pair reads that way',
    async (path) => {
      expect((await get(path)).status).toBe(404);
    },
  );

  it.each([
    ['/pagefind/pagefind.wasm', 'application/wasm'],
    ['/pagefind/index.pf_meta', 'application/octet-stream'],
  ])('sends %s as %s', async (path, type) => {
    expect((await get(path)).headers.get('content-type')).toBe(type);
  });

  it('applies _headers rules and keeps the file itself private', async () => {
    expect((await get('/')).headers.get('content-security-policy')).toBe("default-src 'self'");
    expect((await get('/_headers')).status).toBe(404);
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

  it.each(['/badges/c-vs-d.svg', '/badges/broken-vs-pack.svg', '/badges/tools/../a.svg'])(
    'answers %s, which no pack holds, with the 404 page',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('<h1>not found</h1>');
    },
  );

  it('rejects methods a static site does not answer', async () => {
    const response = await fetch(server.url, { method: 'POST' });
    expect(response.status).toBe(405);
  });

  it('hands every /api/ request to the API handler, whatever the method', async () => {
    const response = await fetch(new URL('/api/votes', server.url), { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ api: '/api/votes' });
    expect((await get('/api')).status).toBe(404);
  });
});

/** A raw GET (fetch would decode the body itself): status, headers and the bytes as sent. */
function rawGet(url: string, headers: Record<string, string>) {
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
    const { headers, body } = await rawGet(new URL('/compare/c-vs-d/', compressing.url).href, {
      'accept-encoding': accept,
    });
    expect(headers['content-encoding']).toBe(encoding);
    expect(headers['vary']).toBe('accept-encoding');
    expect((encoding ? gunzipSync(body) : body).toString()).toBe(html);
  });

  it.each(['/pagefind/index.pf_meta', '/pagefind/pagefind.wasm'])(
    'sends %s as it is: search index files are compressed already',
    async (path) => {
      const { headers, body } = await rawGet(new URL(path, compressing.url).href, {
        'accept-encoding': 'gzip',
      });
      expect(headers['content-encoding']).toBeUndefined();
      expect(headers['content-length']).toBe('1');
      expect(body.toString()).toBe('x');
    },
  );
});
