/** How both servers read a request target, and which paths are the host's own files. */
import { describe, expect, it } from 'vitest';
import { isPrivatePath, MAX_TARGET_CHARS, readRequestTarget } from '../../src/server/request-path.ts';

describe('readRequestTarget', () => {
  it.each([
    ['/', '/', '/', ''],
    ['/compare/a-vs-b/', '/compare/a-vs-b/', '/compare/a-vs-b/', ''],
    ['/compare/a-vs-b', '/compare/a-vs-b', '/compare/a-vs-b', ''],
    ['/search/?q=vs&x=%20', '/search/', '/search/', '?q=vs&x=%20'],
    ['/a?', '/a', '/a', '?'],
    ['/a#fragment', '/a', '/a', ''],
    ['/a?q=1#fragment', '/a', '/a', '?q=1'],
    ['/caf%C3%A9/', '/café/', '/caf%C3%A9/', ''],
    ['/%61bout/', '/about/', '/about/', ''],
    ['/a%3Fb', '/a?b', '/a%3Fb', ''],
    ['http://example.com', '/', '/', ''],
    ['https://example.com:8443/tools/?x', '/tools/', '/tools/', '?x'],
    ['http://[::1]:80/a', '/a', '/a', ''],
  ])('reads %j as path %j (href %j, search %j)', (target, path, href, search) => {
    expect(readRequestTarget(target)).toEqual({ ok: true, value: { path, href, search } });
  });

  it.each([
    // Not a path: no leading slash, a broken authority, characters no client sends raw.
    ['', 400],
    ['*', 400],
    ['a/b', 400],
    ['http://[', 400],
    ['http://exa mple/', 400],
    ['http://ex@mple.com/', 400],
    ['/a b', 400],
    ['/café', 400],
    ['/a\u0000', 400],
    // Percent-encoding that does not decode to text.
    ['/%', 400],
    ['/%4', 400],
    ['/%GG', 400],
    ['/%C3', 400],
    ['/%ED%A0%80', 400],
    // Well formed, but no file of the site can be named so.
    ['//', 404],
    ['//evil.example/', 404],
    ['/a//b', 404],
    ['/.', 404],
    ['/./a', 404],
    ['/a/..', 404],
    ['/%2e%2E/', 404],
    ['/a%2fb', 404],
    ['/a%5Cb', 404],
    ['/a\\b', 404],
    ['/a%00', 404],
    ['/a%0D%0Ab', 404],
    ['/a%7F', 404],
    [`/${'x'.repeat(MAX_TARGET_CHARS)}`, 414],
  ])('answers %j with %i', (target, status) => {
    expect(readRequestTarget(target)).toEqual({ ok: false, status });
  });

  it('never gives a redirect target that leaves the site', () => {
    const spellings = ['/%2F%2Fevil.example/', '/.//evil.example/', '/%5C%5Cevil.example/', '/\\/evil/'];
    for (const target of spellings) {
      const reading = readRequestTarget(target);
      if (reading.ok) expect(reading.value.href).toMatch(/^\/(?![/\\])/);
    }
  });
});

describe('isPrivatePath', () => {
  it.each([
    '/_headers',
    '/_redirects',
    '/_routes.json',
    '/_worker.js',
    '/.assetsignore',
    '/_HEADERS',
    '/_Redirects',
    '/_headers.',
    '/_headers. .',
    '/_headers ',
    '/compare/_headers',
    '/.git/config',
    '/.env',
    '/a/.hidden/b',
  ])('keeps %j to the host', (path) => {
    expect(isPrivatePath(path)).toBe(true);
  });

  it.each([
    '/',
    '/_astro/site.css',
    '/headers',
    '/_headers_/',
    '/.well-known/security.txt',
    '/compare/a-vs-b/',
  ])('serves %j', (path) => {
    expect(isPrivatePath(path)).toBe(false);
  });
});
