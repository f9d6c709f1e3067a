/**
 * `astro dev` reloads the browser with fresh content when a file under CONTENT_DIR changes.
 * Content files are not modules Vite knows about, so without this an edit only showed after
 * restarting the dev server.
 */
import { relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR } from '../config.ts';
import { bumpContentVersion } from '../fs/content-version.ts';

/** The dev-server integration that watches the content folder. */
export function contentReload(): AstroIntegration {
  return {
    name: 'shipworthy:content-reload',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(CONTENT_DIR);
        server.watcher.add(root);
        const changed = (file: string): void => {
          if (!file.startsWith(root + sep)) return;
          bumpContentVersion();
          // Astro keeps each route's getStaticPaths() result; this is the event its own content
          // layer sends to drop them, on every server-side environment.
          for (const [name, environment] of Object.entries(server.environments)) {
            if (name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          logger.info(`${relative(process.cwd(), file)} changed; reloading`);
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
      },
    },
  };
}
