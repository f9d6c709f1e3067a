/**
 * What both servers answer where no file matched, in this order: a packed badge, a reversed
 * pair's 301, the 404 page. Both adapters answer the shared cases (static-server.test.ts,
 * worker.test.ts); here the rule's lookups are recorded to pin their order.
 */
import { describe, expect, it } from 'vitest';
import { badgePackPath, packBadges } from '../../src/core/views/badge-packs.ts';
import { answerNoFile, type BuiltSite } from '../../src/server/no-file-matched.ts';
import { readRequestTarget, type SitePath } from '../../src/server/request-path.ts';

const PAGES = new Set(['/compare/a-vs-b/', '/compare/x-vs-y-vs-z/']);
const PACKS = new Map(packBadges([['/badges/a-vs-b.svg', '<svg/>']]));

/** The site, recording every lookup in order. */
function recordingSite(): BuiltSite & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    readBadgePack: async (pack) => {
      lookups.push(`pack ${pack}`);
      return PACKS.get(pack) ?? null;
    },
    hasPage: async (path) => {
      lookups.push(`page ${path}`);
      return PAGES.has(path);
    },
  };
}

function target(text: string): SitePath {
  const reading = readRequestTarget(text);
  if (!reading.ok) throw new Error(`${text} is not a readable target`);
  return reading.value;
}

describe('answerNoFile', () => {
  it.each([
    ['/badges/a-vs-b.svg', { kind: 'badge', svg: '<svg/>' }, [`pack ${badgePackPath('/badges/a-vs-b.svg')}`]],
    ['/badges/b-vs-a.svg', { kind: 'not-found' }, [`pack ${badgePackPath('/badges/b-vs-a.svg')}`]],
    ['/compare/b-vs-a/', { kind: 'moved', location: '/compare/a-vs-b/' }, ['page /compare/a-vs-b/']],
    [
      '/compare/b-vs-a?ref=x',
      { kind: 'moved', location: '/compare/a-vs-b/?ref=x' },
      ['page /compare/a-vs-b/'],
    ],
    // A slug holding `-vs-` is tried every way, in order, until a page exists.
    [
      '/compare/y-vs-z-vs-x/',
      { kind: 'moved', location: '/compare/x-vs-y-vs-z/' },
      ['page /compare/z-vs-x-vs-y/', 'page /compare/x-vs-y-vs-z/'],
    ],
    ['/compare/c-vs-d/', { kind: 'not-found' }, ['page /compare/d-vs-c/']],
    ['/tools/nothing/', { kind: 'not-found' }, []],
  ])('answers %s with %j after looking up %j', async (path, answer, lookups) => {
    const site = recordingSite();
    expect(await answerNoFile(target(path), site)).toEqual(answer);
    expect(site.lookups).toEqual(lookups);
  });
});
