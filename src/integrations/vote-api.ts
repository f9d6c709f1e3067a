/**
 * `astro dev` answers the vote API under `/api/` on the embedded store (`.data/votes.sqlite`),
 * so the vote form works while editing. The catalog follows the content as it changes.
 */
import type { AstroIntegration } from 'astro';
import { catalogFromSite } from '../core/votes/catalog.ts';
import { getSite } from '../fs/site-loader.ts';
import { startNodeVoteApi, voteSettings, type NodeVoteApi } from '../server/node.ts';

/** The dev-server integration that mounts the vote API; nothing when `VOTES=off`. */
export function voteApi(): AstroIntegration {
  let api: NodeVoteApi | null = null;
  return {
    name: 'shipworthy:vote-api',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        if (!voteSettings(process.env).enabled) return;
        api = await startNodeVoteApi({
          env: process.env,
          catalog: async () => catalogFromSite(await getSite()),
        });
        logger.info(`vote API on /api/, stored in ${api.database}`);
        const handle = api.handle;
        server.middlewares.use((req, res, next) => {
          if (!(req.url ?? '').startsWith('/api/')) return next();
          handle(req, res).catch((error: unknown) => {
            logger.error(`${req.url ?? ''}: ${error instanceof Error ? error.message : String(error)}`);
            res.statusCode = 500;
            res.end();
          });
        });
      },
      'astro:server:done': async () => {
        await api?.close();
        api = null;
      },
    },
  };
}
