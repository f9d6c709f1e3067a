/**
 * The panel as pages show it, in display order.
 */
import type { ContentIndex } from '../content/content-index.ts';
import type { Reviewer } from '../model.ts';
import type { MarkdownRenderer } from './index.ts';

/** Every reviewer with the bio rendered, ordered by `order`. */
export function buildReviewers(index: ContentIndex, md: MarkdownRenderer): Reviewer[] {
  return [...index.reviewers.values()]
    .map(({ id, data, body }) => ({
      slug: id,
      name: data.name,
      motto: data.motto,
      lens: data.lens,
      bioHtml: md(body).html,
      excitedBy: data.excitedBy,
      tiredOf: data.tiredOf,
      order: data.order,
    }))
    .sort((a, b) => a.order - b.order);
}
