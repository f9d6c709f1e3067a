/**
 * Email-safe HTML body of a newsletter issue: table layout and inline styles only, because mail
 * clients drop <style> blocks, external stylesheets and most modern layout.
 */
import type { DigestFlip, DigestNewTool } from './digest-rounds.ts';
import type { DigestIssue, DigestItem, DigestSide } from './digest.ts';
import { escapeHtml as e } from './escape-html.ts';

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Helvetica,Arial,sans-serif;";
const INK = '#18181b';
const MUTED = '#52525b';
const ACCENT = '#1d4ed8';
const RULE = '#e4e4e7';
const PAGE = '#f4f4f5';

/** The issue as a complete HTML document that renders without any external resource. */
export function renderDigestHtml(issue: DigestIssue): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${e(issue.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:${PAGE};">
<div style="display:none;max-height:0;overflow:hidden;">${e(issue.intro)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${PAGE}" style="background-color:${PAGE};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="width:100%;max-width:600px;background-color:#ffffff;border:1px solid ${RULE};">
<tr><td style="padding:28px 32px 8px;${FONT}color:${INK};">
<p style="margin:0 0 4px;font-size:13px;letter-spacing:0.04em;text-transform:uppercase;color:${MUTED};">${e(issue.siteName)} &middot; ${e(issue.campaign)}</p>
<h1 style="margin:0 0 8px;font-size:26px;line-height:1.25;color:${INK};">${e(issue.title)}</h1>
<p style="margin:0 0 4px;font-size:15px;line-height:1.5;color:${MUTED};">Covering ${e(issue.periodText)}</p>
<p style="margin:0;font-size:16px;line-height:1.5;">${e(issue.intro)}</p>
</td></tr>
${issue.items.map(itemHtml).join('\n')}
${sectionHtml('Verdict flips', issue.flips.map(flipHtml))}${sectionHtml('New tools', issue.newTools.map(newToolHtml))}<tr><td style="padding:20px 32px 28px;border-top:1px solid ${RULE};${FONT}font-size:13px;line-height:1.5;color:${MUTED};">
<a href="${e(issue.homeUrl)}" style="color:${ACCENT};">${e(issue.siteName)}</a>: independent panel verdicts on AI tools.
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

function itemHtml(item: DigestItem): string {
  const quote = item.quote
    ? `<tr><td style="padding:4px 0 12px 14px;border-left:3px solid ${RULE};${FONT}">
<p style="margin:0 0 6px;font-size:15px;line-height:1.55;font-style:italic;color:${INK};">&ldquo;${e(item.quote.text)}&rdquo;</p>
<p style="margin:0;font-size:13px;color:${MUTED};">${e(item.quote.reviewer)}, ${e(item.quote.verdict)} on ${e(item.quote.tool)}</p>
</td></tr>
`
    : '';
  return `<tr><td style="padding:20px 32px;border-top:1px solid ${RULE};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td style="${FONT}">
<h2 style="margin:0 0 4px;font-size:20px;line-height:1.3;"><a href="${e(item.url)}" style="color:${INK};text-decoration:none;">${e(item.headline)}</a></h2>
<p style="margin:0 0 12px;font-size:13px;color:${MUTED};">Published ${e(item.published)}</p>
</td></tr>
<tr><td style="padding:0 0 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>${sideHtml(item.a)}<td width="12" style="width:12px;"></td>${sideHtml(item.b)}</tr>
</table>
</td></tr>
<tr><td style="padding:0 0 12px;${FONT}font-size:15px;line-height:1.5;color:${INK};">${e(item.summary)}</td></tr>
${quote}<tr><td style="${FONT}font-size:15px;"><a href="${e(item.url)}" style="color:${ACCENT};font-weight:bold;">Read the comparison &rarr;</a></td></tr>
</table>
</td></tr>`;
}

function sideHtml(side: DigestSide): string {
  return `<td width="50%" valign="top" bgcolor="${PAGE}" style="width:50%;padding:12px;background-color:${PAGE};${FONT}">
<p style="margin:0 0 4px;font-size:15px;font-weight:bold;color:${INK};">${e(side.name)}</p>
<p style="margin:0;font-size:24px;font-weight:bold;color:${INK};">${e(side.shipPercent)} <span style="font-size:13px;font-weight:normal;color:${MUTED};">panel ship</span></p>
<p style="margin:4px 0 0;font-size:13px;color:${MUTED};">${e(side.panel)}; ${e(side.source)}</p>
</td>`;
}

/** A titled section of rows, or nothing when it has none. */
function sectionHtml(title: string, rows: string[]): string {
  if (rows.length === 0) return '';
  return `<tr><td style="padding:24px 32px 0;border-top:1px solid ${RULE};${FONT}">
<h2 style="margin:0;font-size:20px;line-height:1.3;color:${INK};">${e(title)}</h2>
</td></tr>
${rows.join('\n')}
`;
}

function flipHtml(flip: DigestFlip): string {
  const reviewers = flip.reviewers
    .map((r) => `<li style="margin:0 0 2px;">${e(r.name)}: ${e(r.from)} &rarr; ${e(r.to)}</li>`)
    .join('');
  return `<tr><td style="padding:12px 32px;${FONT}color:${INK};">
<p style="margin:0 0 4px;font-size:17px;font-weight:bold;"><a href="${e(flip.url)}" style="color:${INK};">${e(flip.name)}</a>: ${e(flip.from)} &rarr; ${e(flip.to)} <span style="font-size:13px;font-weight:normal;color:${MUTED};">panel ship</span></p>
<p style="margin:0 0 6px;font-size:13px;color:${MUTED};">${e(flip.from)} in the ${e(flip.fromSource)}; ${e(flip.to)} in the ${e(flip.toSource)} (${e(flip.panel)})</p>
${reviewers ? `<ul style="margin:0 0 6px;padding-left:20px;font-size:15px;line-height:1.5;">${reviewers}</ul>\n` : ''}<p style="margin:0;font-size:15px;"><a href="${e(flip.url)}" style="color:${ACCENT};">Every round of ${e(flip.name)} &rarr;</a></p>
</td></tr>`;
}

function newToolHtml(tool: DigestNewTool): string {
  return `<tr><td style="padding:12px 32px;${FONT}color:${INK};">
<p style="margin:0 0 2px;font-size:17px;font-weight:bold;"><a href="${e(tool.url)}" style="color:${INK};">${e(tool.name)}</a> <span style="font-size:13px;font-weight:normal;color:${MUTED};">${e(tool.category)}</span></p>
<p style="margin:0 0 6px;font-size:15px;line-height:1.5;">${e(tool.tagline)}</p>
<p style="margin:0 0 6px;font-size:15px;"><strong>${e(tool.shipPercent)}</strong> panel ship <span style="font-size:13px;color:${MUTED};">(${e(tool.panel)}; ${e(tool.source)})</span></p>
<p style="margin:0;font-size:15px;"><a href="${e(tool.url)}" style="color:${ACCENT};">Read the verdicts &rarr;</a></p>
</td></tr>`;
}
