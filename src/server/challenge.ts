/**
 * Optional bot challenge. Off unless a Turnstile secret is configured; the API only sees the
 * interface, so another provider (or none) is one small module.
 */

/** Decides whether a request passed the bot challenge the page showed. */
export interface BotChallenge {
  verify(token: string | null, address: string | null): Promise<boolean>;
}

/** Where Turnstile checks tokens. */
const TURNSTILE_VERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';

/** Cloudflare Turnstile: the token from the widget is checked with Cloudflare once. */
export function turnstileChallenge(secret: string, fetcher: typeof fetch = fetch): BotChallenge {
  return {
    async verify(token, address) {
      if (!token || token.length > 2048) return false;
      const form = new URLSearchParams({ secret, response: token });
      if (address) form.set('remoteip', address);
      try {
        const response = await fetcher(TURNSTILE_VERIFY_URL, {
          method: 'POST',
          body: form,
          signal: AbortSignal.timeout(5000),
        });
        if (!response.ok) return false;
        const result = (await response.json()) as { success?: unknown };
        return result.success === true;
      } catch {
        // An unreachable verifier fails closed: no vote is counted without a passed challenge.
        return false;
      }
    },
  };
}
