/**
 * Frontmatter of `tools/<slug>.md`: a tool's stable facts. The body is its description.
 */
import { z } from 'zod';
import { CATEGORIES, ENTRY_PRICES, TOOL_STATUSES } from '../vocabulary.ts';
import { aliasesSchema, isoDateSchema, httpsUrlSchema, lineSchema } from './common.ts';

/** A logo image served from `public/`, with its intrinsic size so pages never shift. */
const logoSchema = z
  .strictObject({
    src: z
      .string()
      .regex(/^\/[A-Za-z0-9/_.-]+\.(svg|png|webp|avif|jpg)$/)
      .describe('Path under `public/`, starting with `/`, e.g. `/logos/smolvlm2-2b.svg`.'),
    alt: lineSchema('Alternative text for the logo.', 120),
    width: z.int().min(1).max(1024).describe('Intrinsic width in pixels.'),
    height: z.int().min(1).max(1024).describe('Intrinsic height in pixels.'),
  })
  .describe('Optional logo image under `public/`.');

/** A tool's stable facts. */
export const toolSchema = z
  .strictObject({
    name: lineSchema('Display name, as the vendor writes it.', 80),
    category: z.enum(CATEGORIES).describe('The category the tool is listed under.'),
    tagline: lineSchema('One line saying what the tool is, shown under its name.', 160),
    entryPrice: z.enum(ENTRY_PRICES).describe('How a reader first gets access to the tool.'),
    pricingNote: lineSchema('The pricing read: one or two sentences on what it costs.', 400),
    vendor: lineSchema('Company or project that makes the tool.', 80),
    website: httpsUrlSchema.describe("The tool's official page (https only)."),
    license: lineSchema('Licence, e.g. `Apache-2.0` or `Proprietary`.', 60),
    status: z
      .enum(TOOL_STATUSES)
      .default('active')
      .describe('`discontinued` shows a banner on every page that mentions the tool.'),
    verified: isoDateSchema.describe('Date the facts above were last checked (YYYY-MM-DD).'),
    logo: logoSchema.optional(),
    aliases: aliasesSchema,
  })
  .describe('A tool: `content/tools/<slug>.md`. The Markdown body is its description.');

/** Tool frontmatter after defaults are applied. */
export type ToolData = z.output<typeof toolSchema>;
