/**
 * `/llms.txt`: a plain Markdown map of the site for language-model readers,
 * pointing at the JSON records so figures are read from data, not scraped.
 */
import type { Site } from '../model.ts';
import { currentRead } from './comparison-view.ts';
import { panelFigureText } from './format.ts';
import { markdownText } from './markdown-text.ts';
import {
  absoluteUrl,
  categoryPath,
  comparisonJsonPath,
  COMPARISONS_INDEX_PATH,
  reviewerPath,
  RSS_PATH,
  toolPath,
} from './paths.ts';

/** Site identity lines the file opens with. */
export interface LlmsTxtContext {
  origin: string;
  name: string;
  tagline: string;
  independence: string;
}

/**
 * Markdown text of `/llms.txt` following the llmstxt.org layout. Every value that comes from content
 * (names, titles, categories, prices, lenses, mottos) goes through `markdownText`, so it reads as
 * its characters and can never become a link or start a block.
 */
export function llmsTxt(site: Site, ctx: LlmsTxtContext): string {
  const url = (path: string): string => absoluteUrl(ctx.origin, path);
  const lines: string[] = [
    `# ${ctx.name}`,
    '',
    `> ${ctx.tagline}`,
    '',
    ctx.independence,
    'Panel ship % is the share of panel reviewers who would ship a tool in the review round a page uses',
    "(each figure names its round: a comparison shows each tool's latest round, and its JSON record also the round it was published with);",
    'community % is the share of reader votes to ship, shown only from a minimum number of votes (each JSON',
    'record gives the counts, the minimum and the figure in words); an em dash means no share to show yet.',
    '',
    '## Data',
    '',
    `- [Comparisons index](${url(COMPARISONS_INDEX_PATH)}): every comparison with links to its full JSON record`,
    `- [RSS feed](${url(RSS_PATH)}): newest comparisons`,
    '',
    '## Comparisons',
    '',
  ];
  for (const c of site.comparisons) {
    const figures = [c.a, c.b]
      .map((s) => `${markdownText(s.tool.name)} panel ship ${panelFigureText(currentRead(s))}`)
      .join(', ');
    lines.push(
      `- [${markdownText(c.title)}](${url(c.path)}): ${figures}; published ${c.published}; [JSON](${url(comparisonJsonPath(c.slug))})`,
    );
  }
  lines.push('', '## Tools', '');
  for (const tool of site.tools.values()) {
    const read = site.latestReads.get(tool.slug) ?? null;
    lines.push(
      `- [${markdownText(tool.name)}](${url(toolPath(tool.slug))}): ${markdownText(tool.category)}, ${markdownText(tool.entryPrice)}; latest panel ship ${panelFigureText(read)}`,
    );
  }
  lines.push('', '## Reviewers', '');
  for (const r of site.reviewers) {
    lines.push(
      `- [${markdownText(r.name)}](${url(reviewerPath(r.slug))}): ${markdownText(r.lens)}. ${markdownText(r.motto)}`,
    );
  }
  lines.push('', '## Categories', '');
  for (const g of site.categories) {
    lines.push(
      `- [${markdownText(g.name)}](${url(categoryPath(g.slug))}): ${g.tools.length} tools, ${g.comparisons.length} comparisons`,
    );
  }
  return lines.join('\n') + '\n';
}
