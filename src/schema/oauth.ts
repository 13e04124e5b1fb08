/**
 * The message a host's OAuth callback page sends the hub when a redirect sign-in ends,
 * and the BroadcastChannel it also goes out on: one name for both. No zod here: the
 * callback script imports this and must stay tiny (the schema is in `sign-in.ts`).
 */
export const OAUTH_MESSAGE = 'link-hub:oauth';

/** What the callback page reports: `{ type: OAUTH_MESSAGE, ...SignInOutcome }` on the wire. */
export interface SignInOutcome {
  state: string;
  ok: boolean;
  error?: string;
  result?: Record<string, unknown>;
}
