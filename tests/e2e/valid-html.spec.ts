/** Every page of the build passes the W3C Nu HTML Checker with no errors. */
import { checkHtml, formatHtmlFinding, htmlFiles } from '../../scripts/lib/html-check.ts';
import { DIST_DIR } from './support/paths.ts';
import { expect, test } from './support/test.ts';

test('the Nu HTML Checker finds no errors in any built page', () => {
  // One Java run over the whole build; it reads files, not the server.
  test.setTimeout(300_000);
  const files = htmlFiles(DIST_DIR);
  expect(files.length).toBeGreaterThan(0);
  expect(checkHtml(files, DIST_DIR).map(formatHtmlFinding)).toEqual([]);
});
