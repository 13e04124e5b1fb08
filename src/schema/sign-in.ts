/**
 * The schemas of a redirect sign-in: where its window may be sent, and what the host's
 * callback page posts back. Their own module: only the sign-in wait loads them, and the
 * callback script (which imports `oauth.ts`) stays free of zod.
 */
import * as z from './zod.js';
import { OAUTH_MESSAGE } from './oauth.js';
import type { SubmitResult } from './options.js';

/** Where a sign-in window may be sent: a web address (resolved against the page first). */
export const RedirectUrl = z.matching(/^https?:\/\//i, 'expected an http(s) address');

/**
 * What the host's callback page posts to the hub's window when a redirect sign-in ends
 * (`link-hub/oauth-callback` sends exactly this).
 */
export const OAuthMessage = z.object({
  type: z.oneOf([OAUTH_MESSAGE]),
  state: z.string(),
  ok: z.flag(),
  error: z.optional(z.string()),
  result: z.optional(z.custom<SubmitResult>((v) => typeof v === 'object' && v !== null, 'expected an object')),
});
export type OAuthMessage = z.infer<typeof OAuthMessage>;
