/**
 * One small built site and the request targets both servers are held to: the Node server
 * (`npm start`) reads them from a folder, the Worker through a stand-in for Cloudflare's asset
 * server. Each row says what the answer must be; `node` rows are sent as raw request lines.
 */
import { badgePackPath, packBadges } from '../../../src/core/views/badge-packs.ts';

/** Files of the site, by site path. `_headers` and `_redirects` are host files, never assets. */
export function siteFiles(): Map<string, string> {
  const files = new Map<string, string>([
    ['/index.html', '<h1>home</h1>'],
    ['/404.html', '<h1>not found</h1>'],
    ['/compare/a-vs-b/index.html', '<h1>pair</h1>'],
    ['/compare/x-vs-y-vs-z/index.html', '<h1>slug holding -vs-</h1>'],
    ['/_headers', "/*\n  Content-Security-Policy: default-src 'self'\n"],
    ['/_redirects', '/old/ /compare/a-vs-b/ 301\n'],
    ['/.assetsignore', '_worker.js\n'],
  ]);
  const packs = packBadges([
    ['/badges/a-vs-b.svg', '<svg>a vs b</svg>\n'],
    ['/badges/tools/a.svg', '<svg>a</svg>\n'],
  ]);
  for (const [path, pack] of packs) files.set(path, JSON.stringify(pack));
  files.set(badgePackPath('/badges/broken-vs-pack.svg'), '{not json');
  return files;
}

/** What a server must answer: a status, and for a redirect the exact `Location`. */
export interface Expected {
  status: number;
  location?: string;
  /** A piece of the body that must be there (the 404 page, the badge). */
  body?: string;
}

/**
 * "No file matched": packed badge first, then a reversed pair's 301, then the 404 page. The same
 * answers on both servers; the lookup order itself is pinned in no-file-matched.test.ts.
 */
export const NO_FILE_CASES: readonly [target: string, expected: Expected][] = [
  ['/badges/a-vs-b.svg', { status: 200, body: '<svg>a vs b</svg>' }],
  ['/badges/tools/a.svg', { status: 200, body: '<svg>a</svg>' }],
  ['/badges/c-vs-d.svg', { status: 404, body: 'not found' }],
  ['/badges/broken-vs-pack.svg', { status: 404, body: 'not found' }],
  ['/compare/b-vs-a/', { status: 301, location: '/compare/a-vs-b/' }],
  ['/compare/b-vs-a', { status: 301, location: '/compare/a-vs-b/' }],
  ['/compare/b-vs-a/?ref=mail', { status: 301, location: '/compare/a-vs-b/?ref=mail' }],
  ['/compare/z-vs-x-vs-y/', { status: 301, location: '/compare/x-vs-y-vs-z/' }],
  ['/compare/c-vs-a/', { status: 404, body: 'not found' }],
  ['/compare/a-vs-a/', { status: 404, body: 'not found' }],
  ['/nowhere/', { status: 404, body: 'not found' }],
];

/**
 * Hostile spellings. Private files in every encoding, case and trailing form; paths that a
 * URL resolver would turn into another host; targets that are no URL path at all.
 */
export const HOSTILE_CASES: readonly [target: string, expected: Expected][] = [
  ['/_headers', { status: 404 }],
  ['/_redirects', { status: 404 }],
  ['/.assetsignore', { status: 404 }],
  ['/%2f_headers', { status: 404 }],
  ['/%2F_headers', { status: 404 }],
  ['/.%2f_redirects', { status: 404 }],
  ['/%2e%2f_redirects', { status: 404 }],
  ['/%5f_headers', { status: 404 }],
  ['/%5F%72edirects', { status: 404 }],
  ['/%255f_headers', { status: 404 }],
  ['/%252f_headers', { status: 404 }],
  ['/_HEADERS', { status: 404 }],
  ['/_Redirects', { status: 404 }],
  ['/_headers.', { status: 404 }],
  ['/_headers..', { status: 404 }],
  ['/_headers%20', { status: 404 }],
  ['/_headers%2e', { status: 404 }],
  ['/_headers/', { status: 404 }],
  ['/_headers%00', { status: 404 }],
  ['/_headers%0a', { status: 404 }],
  ['//_headers', { status: 404 }],
  ['/./_headers', { status: 404 }],
  ['/%2e/_headers', { status: 404 }],
  ['/compare/../_headers', { status: 404 }],
  ['/compare/%2e%2e/_redirects', { status: 404 }],
  ['/compare%2f..%2f_headers', { status: 404 }],
  ['/..%5c_headers', { status: 404 }],
  ['/.//evil.example/..%2fcompare', { status: 404 }],
  ['//evil.example/', { status: 404 }],
  ['//evil.example/compare/a-vs-b', { status: 404 }],
  ['/%2fevil.example/compare', { status: 404 }],
  ['/%5cevil.example/compare', { status: 404 }],
  ['/compare//b-vs-a/', { status: 404 }],
  ['/%', { status: 400 }],
  ['/%zz/', { status: 400 }],
  ['/compare/%E0%A4%A/', { status: 400 }],
  ['/%C0%AF', { status: 400 }],
  ['/%ED%A0%80', { status: 400 }],
];

/** Targets only a raw HTTP request line can carry (a URL parser would rewrite or reject them). */
export const RAW_ONLY_CASES: readonly [target: string, expected: Expected][] = [
  ['http://[', { status: 400 }],
  ['http://[/compare/a-vs-b/', { status: 400 }],
  ['http://a b/', { status: 400 }],
  ['*', { status: 400 }],
  ['compare/a-vs-b/', { status: 400 }],
  ['/\\evil.example/', { status: 404 }],
  ['/compare\\..\\_headers', { status: 404 }],
  [`/${'a'.repeat(5000)}`, { status: 414 }],
  ['http://evil.example/compare/a-vs-b/', { status: 200, body: 'pair' }],
  ['HTTP://EVIL.EXAMPLE:8080/compare/a-vs-b', { status: 301, location: '/compare/a-vs-b/' }],
  ['/compare/a-vs-b?x=1', { status: 301, location: '/compare/a-vs-b/?x=1' }],
];
