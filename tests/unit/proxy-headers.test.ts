/** The client's address and scheme behind a trusted proxy, from the one header the owner named. */
import { describe, expect, it } from 'vitest';
import { networkOf } from '../../src/core/votes/rate-limit.ts';
import {
  forwardedClient,
  nodeAddress,
  readProxyTrust,
  type ForwardedClient,
  type ProxyTrust,
} from '../../src/server/proxy-headers.ts';

const headers =
  (values: Record<string, string>) =>
  (name: string): string | null =>
    values[name] ?? null;

describe('nodeAddress', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['192.0.2.1:4711', '192.0.2.1'],
    [' 192.0.2.1:4711 ', '192.0.2.1'],
    ['"192.0.2.1:4711"', '192.0.2.1'],
    ['2001:db8::1', '2001:db8::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['[2001:db8::1]:4711', '2001:db8::1'],
    ['"[2001:db8:cafe::17]:4711"', '2001:db8:cafe::17'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
  ])('reads %j as %j', (node, address) => {
    expect(nodeAddress(node)).toBe(address);
  });

  it.each([
    'unknown',
    '_hidden',
    '',
    'example.com',
    '192.0.2.1:',
    '192.0.2.1:port',
    '256.0.0.1',
    '[192.0.2.1]x',
    '[2001:db8::1',
    '2001:db8::1]:80',
    '1.2.3.4:5:6',
  ])('finds no address in %j', (node) => {
    expect(nodeAddress(node)).toBeNull();
  });

  it('gives two clients behind one proxy two networks, whatever port they came from', () => {
    const a = networkOf(nodeAddress('192.0.2.1:50000') ?? '');
    const b = networkOf(nodeAddress('192.0.2.2:50000') ?? '');
    const c = networkOf(nodeAddress('[2001:db8:1::1]:50000') ?? '');
    const d = networkOf(nodeAddress('[2001:db8:2::1]:50000') ?? '');
    expect(new Set([a, b, c, d]).size).toBe(4);
    expect([a, b, c, d]).not.toContain(null);
  });
});

describe('forwardedClient', () => {
  it.each<[ProxyTrust, Record<string, string>, Partial<ForwardedClient> | null]>([
    // The proxy appends what it saw: only the last entry is the proxy's word.
    ['x-forwarded-for', { 'x-forwarded-for': '192.0.2.1' }, { address: '192.0.2.1', https: false }],
    [
      'x-forwarded-for',
      { 'x-forwarded-for': '10.0.0.1, 192.0.2.1:5000' },
      { address: '192.0.2.1', https: false },
    ],
    ['x-forwarded-for', { 'x-forwarded-for': '[2001:db8::1]:443' }, { address: '2001:db8::1', https: false }],
    [
      'x-forwarded-for',
      { 'x-forwarded-for': '192.0.2.1', 'x-forwarded-proto': 'http, https' },
      { address: '192.0.2.1', https: true },
    ],
    ['x-forwarded-for', { 'x-forwarded-for': '1.1.1.1, garbage' }, { address: null, https: false }],
    ['x-forwarded-for', { 'x-forwarded-for': ' , ' }, null],
    ['x-forwarded-for', {}, null],
    // A Forwarded header the proxy never writes proves nothing.
    ['x-forwarded-for', { forwarded: 'for=198.51.100.7' }, null],
    [
      'forwarded',
      { forwarded: 'for=192.0.2.60;proto=https;by=203.0.113.43' },
      { address: '192.0.2.60', https: true },
    ],
    [
      'forwarded',
      { forwarded: 'For="[2001:db8:cafe::17]:4711"' },
      { address: '2001:db8:cafe::17', https: false },
    ],
    [
      'forwarded',
      { forwarded: 'for=198.51.100.7, for="192.0.2.43:47011";proto=http' },
      { address: '192.0.2.43', https: false },
    ],
    // A comma inside a client's quoted value does not make a new element.
    [
      'forwarded',
      { forwarded: 'for="1.1.1.1, for=9.9.9.9", for=192.0.2.43' },
      { address: '192.0.2.43', https: false },
    ],
    ['forwarded', { forwarded: 'for=198.51.100.7, for="x, for=9.9.9.9"' }, { address: null, https: false }],
    ['forwarded', { forwarded: 'for=unknown' }, { address: null, https: false }],
    ['forwarded', { forwarded: 'for=_hidden;proto=https' }, { address: null, https: true }],
    ['forwarded', { 'x-forwarded-for': '192.0.2.1' }, null],
    ['off', { 'x-forwarded-for': '192.0.2.1', forwarded: 'for=192.0.2.1' }, null],
    // The host the reader asked the proxy for, when the proxy rewrites Host.
    [
      'x-forwarded-for',
      { 'x-forwarded-for': '192.0.2.1', 'x-forwarded-host': 'evil.test, site.example' },
      { address: '192.0.2.1', https: false, host: 'site.example' },
    ],
    [
      'forwarded',
      { forwarded: 'for=192.0.2.1;host=evil.test, for=192.0.2.2;host="site.example"' },
      { address: '192.0.2.2', https: false, host: 'site.example' },
    ],
  ])('with TRUST_PROXY %s reads %j as %j', (trust, values, expected) => {
    expect(forwardedClient(trust, headers(values))).toEqual(expected && { host: null, ...expected });
  });
});

describe('readProxyTrust', () => {
  it.each<[string | undefined, ProxyTrust]>([
    [undefined, 'off'],
    ['', 'off'],
    ['off', 'off'],
    ['0', 'off'],
    ['on', 'x-forwarded-for'],
    ['TRUE', 'x-forwarded-for'],
    ['x-forwarded-for', 'x-forwarded-for'],
    [' Forwarded ', 'forwarded'],
  ])('reads %j as %s', (raw, trust) => {
    const errors: string[] = [];
    expect(readProxyTrust(raw, errors)).toBe(trust);
    expect(errors).toEqual([]);
  });

  it('refuses anything else with one line naming the variable and the choices', () => {
    const errors: string[] = [];
    expect(readProxyTrust('yes\nplease', errors)).toBe('off');
    expect(errors).toEqual([
      'TRUST_PROXY must be "off", "on" (X-Forwarded-For) or "forwarded" (RFC 7239), got "yes\\nplease".',
    ]);
  });
});
