/**
 * `astro dev` answers the vote API under `/api/` on the embedded store (`.data/votes.sqlite`),
 * so the vote form works while editing. The catalog follows the content as it changes. The
 * middleware goes in front of Astro's own (which Astro puts first once Vite's are in place), or
 * its trailing-slash rule would answer `/api/votes` with a 404 page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { SITE } from '../config.ts';
import { catalogFromSite } from '../core/votes/catalog.ts';
import { getSite } from '../fs/site-loader.ts';
import { startNodeVoteApi, voteSettings, type NodeVoteApi } from '../server/node.ts';

/** The dev-server integration that mounts the vote API; nothing when `VOTES=off`. */
export function voteApi(): AstroIntegration {
  let api: Promise<NodeVoteApi> | null = null;
  const start = (): Promise<NodeVoteApi> =>
    (api ??= startNodeVoteApi({
      env: process.env,
      catalog: async () => catalogFromSite(await getSite(), SITE.url),
    }));
  return {
    name: 'shipworthy:vote-api',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'dev' || !voteSettings(process.env).enabled) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'shipworthy:vote-api',
                // Runs after Astro's plugin has put its middlewares first, so this one goes before them.
                configureServer(server) {
                  return () => {
                    server.middlewares.stack.unshift({
                      route: '',
                      handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
                        if (!(req.url ?? '').startsWith('/api/')) return next();
                        start()
                          .then((running) => running.handle(req, res))
                          .catch((error: unknown) => {
                            logger.error(
                              `${req.url ?? ''}: ${error instanceof Error ? error.message : String(error)}`,
                            );
                            res.statusCode = 500;
                            res.end();
                          });
                      },
                    });
                  };
                },
              },
            ],
          },
        });
      },
      'astro:server:start': async ({ logger }) => {
        if (api) return;
        if (!voteSettings(process.env).enabled) return;
        logger.info(`vote API on /api/, stored in ${(await start()).database}`);
      },
      'astro:server:done': async () => {
        await (await api)?.close();
        api = null;
      },
    },
  };
}
