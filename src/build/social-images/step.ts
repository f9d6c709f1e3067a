/**
 * `node src/build/social-images/step.ts`: draws into the social-image cache (`<CACHE_DIR>/og`) every image the
 * content needs and the cache lacks. It writes nothing into DIST_DIR, so `npm run build` runs it
 * beside Astro; post-build then only links the images into the site.
 */
import { getSite } from '../../fs/site-loader.ts';
import { drawMissingOgImages } from './og-images.ts';

const started = performance.now();
const site = await getSite();
const { drawn, cached } = await drawMissingOgImages(site.comparisons);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`social images: ${drawn} drawn, ${cached} already in the cache, in ${seconds}s`);
