/** `_headers` rules are read the way Netlify-style hosts read them. */
import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../src/server/static/headers-file.ts';

const FILE = `# security first
/*
  Content-Security-Policy: default-src 'self'
  X-Content-Type-Options: nosniff

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/tools/:slug/
  X-Tool: yes
`;

describe('parseHeadersFile / headersForPath', () => {
  const rules = parseHeadersFile(FILE);

  it('reads one rule per unindented pattern line, skipping comments and blanks', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/_astro/*', '/tools/:slug/']);
    expect(rules[0]?.headers).toEqual([
      ['Content-Security-Policy', "default-src 'self'"],
      ['X-Content-Type-Options', 'nosniff'],
    ]);
  });

  it.each([
    ['/', ['content-security-policy', 'x-content-type-options']],
    ['/_astro/site.css', ['content-security-policy', 'x-content-type-options', 'cache-control']],
    ['/tools/smolvlm2-2b/', ['content-security-policy', 'x-content-type-options', 'x-tool']],
    ['/tools/a/b/', ['content-security-policy', 'x-content-type-options']],
  ])('%s gets the headers of every matching rule', (path, names) => {
    expect([...headersForPath(rules, path).keys()]).toEqual(names);
  });

  it('joins a header set by two matching rules', () => {
    const twice = parseHeadersFile('/*\n  Link: </a.css>\n/x\n  Link: </b.css>\n');
    expect(headersForPath(twice, '/x').get('link')).toBe('</a.css>, </b.css>');
  });
});
