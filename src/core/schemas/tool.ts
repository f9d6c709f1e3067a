/**
 * Frontmatter of `tools/<slug>.md`: a tool's stable facts. The body is its description.
 */
import { z } from 'zod';
import { shown } from '../messages/one-line.ts';
import { CATEGORIES, ENTRY_PRICES, TOOL_STATUSES } from '../vocabulary.ts';
import { aliasesSchema, isoDateSchema, httpsUrlSchema, lineSchema, slugSchema } from './common.ts';

// Segments of letters, digits, `_`, `-` and `.` that never start with a dot, so no `..`, no
// hidden file and no `//` (which a browser reads as another host) can be written.
const LOGO_SRC = /^(?:\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+\.(?:svg|png|webp|avif|jpg)$/;

/** Why a logo path does not name a file under `public/`, in an editor's words. */
function logoSrcMessage(value: unknown): string {
  const text = String(value);
  const quoted = `'${shown(text, 80)}'`;
  if (/^\s*([a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(text)) {
    return `${quoted} names another host: put the image under public/ and write its path, e.g. /logos/my-tool.svg.`;
  }
  if (/(^|[/\\])\.\.?([/\\]|$)/.test(text))
    return `${quoted} must stay inside public/: remove the '.' and '..' parts.`;
  if (!text.startsWith('/')) return `${quoted} must start with '/', e.g. /logos/my-tool.svg.`;
  return `${quoted} is not a logo path: use letters, digits, '-', '_' and '/' and end in .svg, .png, .webp, .avif or .jpg, e.g. /logos/my-tool.svg.`;
}

/** A logo image served from `public/`, with its intrinsic size so pages never shift. */
const logoSchema = z
  .strictObject({
    src: z
      .string()
      .max(200)
      .regex(LOGO_SRC, { error: (issue) => logoSrcMessage(issue.input) })
      .describe('Path of a file under `public/`, starting with `/`, e.g. `/logos/smolvlm2-2b.svg`.')
      .meta({ examples: ['/logos/smolvlm2-2b.svg'] }),
    alt: lineSchema('Alternative text for the logo.', 120, 'SmolVLM2 logo'),
    width: z
      .int()
      .min(1)
      .max(1024)
      .describe('Intrinsic width in pixels.')
      .meta({ examples: [64] }),
    height: z
      .int()
      .min(1)
      .max(1024)
      .describe('Intrinsic height in pixels.')
      .meta({ examples: [64] }),
  })
  .describe('Optional logo image under `public/`.');

/** A tool's stable facts. */
export const toolSchema = z
  .strictObject({
    name: lineSchema('Display name, as the vendor writes it.', 80, 'SmolVLM2-2B'),
    category: z.enum(CATEGORIES).describe('The category the tool is listed under.'),
    tagline: lineSchema(
      'One line saying what the tool is, shown under its name.',
      160,
      'Vision-language model that runs on your phone',
    ),
    entryPrice: z.enum(ENTRY_PRICES).describe('How a reader first gets access to the tool.'),
    pricingNote: lineSchema(
      'The pricing read: one or two sentences on what it costs.',
      400,
      'Free tier; Pro is $10 a month.',
    ),
    vendor: lineSchema('Company or project that makes the tool.', 80, 'Hugging Face'),
    website: httpsUrlSchema.describe("The tool's official page (https only)."),
    license: lineSchema('Licence, e.g. `Apache-2.0` or `Proprietary`.', 60, 'Apache-2.0'),
    status: z
      .enum(TOOL_STATUSES)
      .default('active')
      .describe('`discontinued` shows a banner on every page that mentions the tool.'),
    verified: isoDateSchema.describe('Date the facts above were last checked (YYYY-MM-DD).'),
    logo: logoSchema.optional(),
    aliases: aliasesSchema(slugSchema),
  })
  .describe('A tool: `content/tools/<slug>.md`. The Markdown body is its description.');

/** Tool frontmatter after defaults are applied. */
export type ToolData = z.output<typeof toolSchema>;
