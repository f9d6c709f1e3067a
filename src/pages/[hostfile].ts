/**
 * Host configuration files (`_headers`, `_redirects`) generated from config and
 * content. Astro skips files named with a leading underscore, so they are
 * emitted through this parameterized route instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE } from '../config.ts';
import { getSite } from '../fs/site-loader.ts';
import { buildRedirects, redirectsFile } from '../core/views/redirects.ts';
import { headersFile } from '../core/views/security-headers.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return [
    {
      params: { hostfile: '_headers' },
      props: {
        body: headersFile({
          newsletterAction: SITE.newsletter.action,
          turnstile: SITE.votes.enabled && SITE.votes.turnstileSiteKey !== null,
        }),
      },
    },
    {
      params: { hostfile: '_redirects' },
      props: { body: redirectsFile(buildRedirects(site, SITE.redirects)) },
    },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body } = props as { body: string };
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
