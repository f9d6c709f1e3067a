/**
 * A stand-in for Cloudflare's asset server as wrangler.jsonc configures it (`html_handling`
 * "auto-trailing-slash"): a folder's page at its path with a slash, 404.html at `/404`. Host
 * files (`_headers`, `_redirects`, `.assetsignore`) are read at deploy time, never uploaded.
 */
const HOST_FILES = new Set(['/_headers', '/_redirects', '/.assetsignore']);

/** The `ASSETS` binding over a map of site path to file text; records every path asked for. */
export function assetServer(files: ReadonlyMap<string, string>): {
  fetch(request: Request): Promise<Response>;
  asked: string[];
} {
  const asked: string[] = [];
  const find = (path: string): string | undefined => {
    if (HOST_FILES.has(path)) return undefined;
    if (path.endsWith('/')) return files.get(`${path}index.html`);
    return files.get(path) ?? files.get(`${path}.html`);
  };
  return {
    asked,
    fetch: async (request) => {
      const path = new URL(request.url).pathname;
      asked.push(`${request.method} ${path}`);
      const body = find(path);
      if (body === undefined) return new Response('asset server: no such asset', { status: 404 });
      return new Response(request.method === 'HEAD' ? null : body, {
        headers: { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/html' },
      });
    },
  };
}
