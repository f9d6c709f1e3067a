/** Voter cookie signing and the salted, rotating network keys of the rate limit. */
import { describe, expect, it } from 'vitest';
import {
  deriveKey,
  deriveVoteKeys,
  fromBase64Url,
  sameSecret,
  toBase64Url,
} from '../../src/core/votes/keys.ts';
import {
  MemoryRateLimiter,
  networkKey,
  networkOf,
  SALT_ROTATION_SECONDS,
} from '../../src/core/votes/rate-limit.ts';
import {
  cookieValue,
  newVoterId,
  signVoter,
  verifyVoter,
  verifyVoterWith,
  voterCookieHeader,
} from '../../src/core/votes/voter-cookie.ts';
import { nodeHmac } from '../../src/server/node-hmac.ts';

const SECRET = 'a-secret-that-is-long-enough-for-the-rules';

describe('voter cookie', () => {
  it('round-trips a fresh id and refuses every tampering', async () => {
    const key = await deriveKey(SECRET, 'voter-cookie');
    const id = newVoterId();
    expect(id).toMatch(/^[\w-]{22}$/);
    const value = await signVoter(key, id);
    expect(await verifyVoter(key, value)).toBe(id);

    const other = await deriveKey(`${SECRET}!`, 'voter-cookie');
    const otherId = newVoterId();
    const tampered = [
      `${otherId}${value.slice(22)}`,
      // The signature's first character carries its first six bits; its last carries padding
      // bits too, so changing only that one can decode to the very same bytes.
      `${value.slice(0, 23)}${value[23] === 'A' ? 'B' : 'A'}${value.slice(24)}`,
      await signVoter(other, id),
      await signVoter(await deriveKey(SECRET, 'rate-limit'), id),
      id,
      `${id}.`,
      '',
      `${value}${'x'.repeat(100)}`,
      `../${value}`,
    ];
    for (const candidate of tampered) expect(await verifyVoter(key, candidate)).toBeNull();
    expect(await verifyVoter(key, undefined)).toBeNull();
  });

  it('during a rotation verifies cookies of the previous secret and asks for them to be signed anew', async () => {
    const previous = `${SECRET}-previous`;
    const before = await deriveVoteKeys(previous, null);
    const during = await deriveVoteKeys(SECRET, previous);
    const after = await deriveVoteKeys(SECRET, null);
    const id = newVoterId();
    const old = await signVoter(before.cookie.current, id);
    const current = await signVoter(during.cookie.current, id);
    expect(await verifyVoterWith(during.cookie, old)).toEqual({ id, resign: true });
    expect(await verifyVoterWith(during.cookie, current)).toEqual({ id, resign: false });
    expect(await verifyVoterWith(after.cookie, old)).toBeNull();
    expect(await verifyVoterWith(after.cookie, current)).toEqual({ id, resign: false });
    // The previous secret verifies cookies only: its other keys are never used.
    expect(await signVoter(during.rate, id)).toBe(await signVoter(after.rate, id));
  });

  it.each([
    [false, 'sw_voter=v; Path=/api/; Max-Age=31536000; HttpOnly; SameSite=Lax'],
    [true, 'sw_voter=v; Path=/api/; Max-Age=31536000; HttpOnly; SameSite=Lax; Secure'],
  ])('is Secure exactly when served over https (%s)', (secure, header) => {
    expect(voterCookieHeader('v', secure)).toBe(header);
  });

  it.each([
    ['sw_voter=abc', 'abc'],
    ['theme=dark; sw_voter=abc; x=1', 'abc'],
    ['sw_voterx=abc', undefined],
    ['', undefined],
  ])('reads the cookie from %j', (header, value) => {
    expect(cookieValue(header, 'sw_voter')).toBe(value);
  });
});

describe('keys', () => {
  it('base64url round-trips and refuses other alphabets', () => {
    const bytes = new Uint8Array([0, 250, 251, 252, 253, 254, 255]);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url('a+b/')).toBeNull();
  });

  it('base64url is the standard encoding, byte for byte, at every length', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => (i * 97 + 251) & 255);
    for (let n = 0; n <= bytes.length; n++) {
      const part = bytes.subarray(0, n);
      expect(toBase64Url(part)).toBe(Buffer.from(part).toString('base64url'));
      expect(fromBase64Url(toBase64Url(part))).toEqual(new Uint8Array(part));
    }
    for (const text of ['abcde', 'ab==', 'ab.c', 'abé', 'ab c']) expect(fromBase64Url(text)).toBeNull();
  });

  it('signs the same on Node as with Web Crypto: a cookie or a network hash from one checks out on the other', async () => {
    const web = await deriveVoteKeys(SECRET, null);
    const node = await deriveVoteKeys(SECRET, null, nodeHmac);
    const id = newVoterId();
    expect(await signVoter(node.cookie.current, id)).toBe(await signVoter(web.cookie.current, id));
    expect(await verifyVoter(node.cookie.current, await signVoter(web.cookie.current, id))).toBe(id);
    expect(await verifyVoter(web.cookie.current, await signVoter(node.cookie.current, id))).toBe(id);
    const forged = await signVoter((await deriveVoteKeys(`${SECRET}!`, null, nodeHmac)).cookie.current, id);
    expect(await verifyVoter(node.cookie.current, forged)).toBeNull();
    expect(await networkKey(node.rate, '203.0.113.9', 0)).toBe(await networkKey(web.rate, '203.0.113.9', 0));
    expect(await node.request.sign('a-retry-key-0000')).toBe(await web.request.sign('a-retry-key-0000'));
    expect(await node.request.sign('a-retry-key-0000')).not.toBe(await node.rate.sign('a-retry-key-0000'));
  });

  it('compares secrets for equality only', async () => {
    expect(await sameSecret('token', 'token')).toBe(true);
    expect(await sameSecret('token', 'tokem')).toBe(false);
    expect(await sameSecret('', 'token')).toBe(false);
  });
});

describe('networkOf', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002::', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['999.1.1.1', null],
    ['2001:db8::1::2', null],
    ['not an address', null],
    ['', null],
  ])('%s -> %s', (address, network) => {
    expect(networkOf(address)).toBe(network);
  });
});

describe('networkKey', () => {
  it('is the same for one network within a day, differs across networks and across days, and hides the address', async () => {
    const key = await deriveKey(SECRET, 'rate-limit');
    const day = SALT_ROTATION_SECONDS * 1000;
    const now = 20_000 * day + 1000;
    const a = await networkKey(key, '2001:db8:1:2::9', now);
    expect(await networkKey(key, '2001:db8:1:2::77', now + 1000)).toBe(a);
    expect(await networkKey(key, '2001:db8:1:3::9', now)).not.toBe(a);
    expect(await networkKey(key, '2001:db8:1:2::9', now + day)).not.toBe(a);
    expect(a).not.toContain('2001');
    expect(a).toMatch(/^[\w-]{43}$/);
  });
});

describe('MemoryRateLimiter', () => {
  it('allows a burst up to the limit, then refills evenly over the window', async () => {
    const limiter = new MemoryRateLimiter({ limit: 3, windowSeconds: 30 });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.allow('k', 0));
    expect(results).toEqual([true, true, true, false]);
    expect(await limiter.allow('other', 0)).toBe(true);
    expect(await limiter.allow('k', 9_999)).toBe(false);
    expect(await limiter.allow('k', 10_000)).toBe(true);
  });

  it('holds a bounded number of keys however many networks send', async () => {
    const limiter = new MemoryRateLimiter({ limit: 1, windowSeconds: 3600 }, 100);
    for (let i = 0; i < 1000; i++) await limiter.allow(`key-${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});
