/**
 * The one way specs run axe: in the page itself, and each violation summarised for the failure
 * message (rule, impact, help, the first few elements).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** A violation as a failure message shows it. */
export interface AxeViolation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** The page's axe violations; an empty list is a clean page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Legacy mode runs axe in the page. The default merges frame results in a second, blank page,
  // which costs several times the check itself, and the site's pages have no frames to merge.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}
