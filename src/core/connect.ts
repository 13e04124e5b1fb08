/**
 * One Connect attempt, the way `<link-hub>` and the headless session both run it: the
 * host's `onSubmit` with the checked values, its abort signal and timeout, and for a
 * redirect provider the sign-in the caller runs with `redirectUrl`. What the attempt ends
 * in is the caller's to show; a failure is described by `describeFailure` (host-error.ts).
 */
import { ConnectFailure } from '../internal/failure.js';
import type { Provider } from '../schema/guide.js';
import type { SubmitHandler, SubmitResult } from '../schema/options.js';

export interface ConnectAttempt {
  provider: Provider;
  /** Checked values, by field key. */
  values: Record<string, string>;
  accountId?: string | undefined;
  /** For a provider with actions: the ids the user chose and the union of their scopes. */
  choice?: { actions: string[]; scopes: string[] } | undefined;
  handler: SubmitHandler | undefined;
  /** Milliseconds after which `onSubmit` is given up (0 or undefined: never). */
  timeout: number | undefined;
  /** Aborted on close, Cancel or the timeout; `onSubmit` receives its signal. */
  abort: AbortController;
  sessionId?: string | undefined;
  /** For an `oauth2` provider: the attempt's state, which the callback page must echo. */
  state?: string | undefined;
  /** Runs the sign-in once `onSubmit` answered where it goes. */
  signIn(redirectUrl: string): Promise<SubmitResult | undefined>;
  /** Told once per caller when an `oauth2` onSubmit resolved with neither `redirectUrl` nor a result. */
  warn: { once: boolean };
}

/** Resolves with what the host (or its callback page) returned; throws the host's error or a ConnectFailure. */
export async function attemptConnect(a: ConnectAttempt): Promise<SubmitResult | undefined> {
  const { provider, handler, abort, state } = a;
  if (typeof handler !== 'function') throw new ConnectFailure('no-handler');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    if (a.timeout && a.timeout > 0) {
      timer = setTimeout(() => {
        abort.abort();
        reject(new ConnectFailure('timeout'));
      }, a.timeout);
    }
  });
  const args = {
    providerKey: provider.key,
    values: a.values,
    signal: abort.signal,
    ...(a.sessionId && { sessionId: a.sessionId }),
    ...(a.accountId && { accountId: a.accountId }),
    ...(state && { state }),
    ...a.choice,
  };
  let result: SubmitResult | void;
  try {
    result = await Promise.race([Promise.resolve().then(() => handler(args)), timeout]);
  } finally {
    clearTimeout(timer);
  }
  if (state && result?.redirectUrl) return a.signIn(result.redirectUrl);
  if (state && !result && !a.warn.once) {
    // Most likely a host that copied an API-key onSubmit: it "links" with no sign-in at all.
    a.warn.once = true;
    console.warn(
      `link-hub: onSubmit for oauth2 provider "${provider.key}" resolved with neither redirectUrl nor a result: no sign-in happened`,
    );
  }
  return result ?? undefined;
}
