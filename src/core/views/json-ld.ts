/**
 * schema.org structured data for comparison and tool pages. Ratings are only
 * claimed when enough readers voted, so a handful of votes never shows up as a
 * star rating in search engines.
 */
import type { Comparison, ComparisonSide, Tool } from '../model.ts';
import { absoluteUrl, HOME_PATH, ogImagePath, toolPath } from './paths.ts';

/** A JSON-LD node: plain JSON-compatible data. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Settings the structured data needs from site config. */
export interface JsonLdContext {
  origin: string;
  siteName: string;
  minVotesForRating: number;
}

/** Serialize for a `<script type="application/ld+json">`; `<`, `>` and `&` are escaped so no content can close the script. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function organization(ctx: JsonLdContext): JsonLd {
  return { '@type': 'Organization', name: ctx.siteName, url: absoluteUrl(ctx.origin, HOME_PATH) };
}

function application(tool: Tool, ctx: JsonLdContext, description: string): JsonLd {
  return {
    '@type': 'SoftwareApplication',
    name: tool.name,
    applicationCategory: tool.category,
    description,
    url: absoluteUrl(ctx.origin, toolPath(tool.slug)),
    sameAs: tool.website,
    author: { '@type': 'Organization', name: tool.vendor },
  };
}

function sideApplication(side: ComparisonSide, ctx: JsonLdContext): JsonLd {
  const node = application(side.tool, ctx, side.read.tagline);
  const { community } = side;
  if (community.shipPercent !== null && community.total >= ctx.minVotesForRating) {
    node['aggregateRating'] = {
      '@type': 'AggregateRating',
      ratingValue: community.shipPercent,
      bestRating: 100,
      worstRating: 0,
      ratingCount: community.total,
    };
  }
  return node;
}

/** Article data of a comparison page, naming both tools it is about. */
export function comparisonJsonLd(c: Comparison, ctx: JsonLdContext): JsonLd {
  const url = absoluteUrl(ctx.origin, c.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url,
    url,
    headline: c.headline,
    description: c.dek,
    datePublished: c.published,
    image: absoluteUrl(ctx.origin, ogImagePath(c.slug)),
    author: organization(ctx),
    publisher: organization(ctx),
    about: [sideApplication(c.a, ctx), sideApplication(c.b, ctx)],
  };
}

/** Software data of a tool page. */
export function toolJsonLd(tool: Tool, tagline: string, ctx: JsonLdContext): JsonLd {
  return { '@context': 'https://schema.org', ...application(tool, ctx, tagline) };
}
