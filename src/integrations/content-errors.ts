/**
 * Under `astro dev`, content with errors is shown as the validator's own lines: every page
 * request is answered with the list of problems (the same `file:line: field: message` lines
 * `npm run validate` prints), never with a stack trace or a code frame from the page that failed
 * to load it. The page reloads by itself once a content edit fixes them.
 */
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../config.ts';
import type { Validation } from '../core/content.ts';
import { escapeHtml } from '../core/newsletter/escape-html.ts';
import { formatProblem, type Problem } from '../core/messages/problems.ts';
import { contentVersion } from '../fs/content-version.ts';
import { validateContentDir } from '../fs/validate-dir.ts';

// Requests for pages and for the outputs made from content (social images, JSON records); Vite's
// own modules, static files and the vote API (which answers for itself) are left alone.
const CONTENT_REQUEST =
  /^\/(?!@|_astro\/|node_modules\/|src\/|api\/)(?:[^.?]*|.*\.html|og\/.*|data\/.*)(?:\?.*)?$/;

/** A page listing the problems, escaped, with Vite's client so a fixing edit reloads it. */
function problemsPage(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const title = `${CONTENT_DIR} has ${errors} content error(s)`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><script type="module" src="/@vite/client"></script></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>Nothing is shown until they are fixed; this page reloads when you save a content file.</p>
<pre>${problems.map((p) => escapeHtml(formatProblem(p))).join('\n')}</pre>
</body>
</html>
`;
}

/** The dev-server integration that answers with the content's problems while it has errors. */
export function contentErrors(): AstroIntegration {
  return {
    name: 'shipworthy:content-errors',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        let checked: { version: number; validation: Validation } | null = null;
        const current = (): Validation => {
          const version = contentVersion();
          if (checked?.version !== version) {
            const validation = validateContentDir(CONTENT_DIR);
            checked = { version, validation };
            // Valid content is loaded by the pages, which print its warnings; only a refusal is said here.
            if (!validation.ok) {
              for (const problem of validation.problems) {
                if (problem.severity === 'error') logger.error(formatProblem(problem));
                else logger.warn(formatProblem(problem));
              }
            }
          }
          return checked.validation;
        };
        server.middlewares.use((req, res, next) => {
          if (req.method !== 'GET' || !CONTENT_REQUEST.test(req.url ?? '')) return next();
          const validation = current();
          if (validation.ok) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(problemsPage(validation.problems));
        });
      },
    },
  };
}
