/**
 * Campaign parameters for links that leave the newsletter, so visits are attributed to the issue.
 */

/** The three UTM parameters every newsletter link carries. */
export interface Utm {
  source: string;
  medium: string;
  campaign: string;
}

/** The URL with `utm_source`, `utm_medium` and `utm_campaign` set (replacing any already there). */
export function withUtm(url: string, utm: Utm): string {
  const result = new URL(url);
  result.searchParams.set('utm_source', utm.source);
  result.searchParams.set('utm_medium', utm.medium);
  result.searchParams.set('utm_campaign', utm.campaign);
  return result.toString();
}
