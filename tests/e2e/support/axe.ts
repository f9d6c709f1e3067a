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

/** The axe rules whose outcome depends on colours, the only thing a colour scheme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** The page's axe violations (only the colour rules when `colourOnly`); an empty list is a clean page. */
export async function axeViolations(page: Page, { colourOnly = false } = {}): Promise<AxeViolation[]> {
  // Legacy mode runs axe in the page. The default merges frame results in a second, blank page,
  // which costs several times the check itself, and the site's pages have no frames to merge.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const { violations } = await (colourOnly ? builder.withRules([...COLOUR_RULES]) : builder).analyze();
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
}

/**
 * Violations in the light scheme (every rule), then in the dark one (the colour rules: the page's
 * structure is the same in both), without loading the page twice.
 */
export async function axeViolationsInBothSchemes(
  page: Page,
): Promise<{ light: AxeViolation[]; dark: AxeViolation[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, { colourOnly: true });
  return { light, dark };
}
