/**
 * What a failed `onSubmit` shows: the message a host threw on purpose (an Error, `{ message }`,
 * a string), or, for a bug in the host's code, nothing (the generic sentence), with the error
 * sent to the console for the developer. Loaded with `scrub` on the first failure only.
 */
import type { LinkHubErrorReason } from '../events/error.js';
import type { ViewStrings } from '../i18n/translation.js';
import { isSecret } from '../schema/fields.js';
import type { Provider } from '../schema/guide.js';
import { ConnectFailure } from './failure.js';
import { fieldMessages, messageOf, scrub } from './scrub.js';

export { fieldMessages, scrub };

/** Programming errors (`Cannot read properties of undefined`): never a sentence meant for the customer. */
const BUGS = [TypeError, ReferenceError, SyntaxError, RangeError];

/**
 * The host's message for the customer; undefined for a bug, which goes to `console.error` with
 * its stack, masked by `mask` (what was typed) in its message and stack, line by line (`scrub` cuts long text).
 */
export function hostMessage(error: unknown, mask: (text: string) => string, generic: string): string | undefined {
  if (!BUGS.some((kind) => error instanceof kind)) return messageOf(error);
  const bug = error as Error;
  const copy = Object.assign(new Error(mask(bug.message)), { name: bug.name });
  copy.stack = (bug.stack ?? '').split('\n').map(mask).join('\n');
  console.error(
    `link-hub: onSubmit threw a ${bug.name}, so the customer was shown "${generic}" (to show a message, throw an Error with it)`,
    copy,
  );
  return undefined;
}

/** What a failed Connect tells: its reason, the sentence the user reads (masked), and the host's messages by field. */
export interface FailureDetail {
  reason: LinkHubErrorReason;
  message: string;
  fields?: Record<string, string>;
  /** The host's `duplicateOf`: the id of the customer's account that already holds these credentials (reason `duplicate`). */
  duplicateOf?: string;
}

/**
 * A Connect's failure, as the element and the headless session both report it: the
 * hub's own reasons (`ConnectFailure`) with their sentences, else the host's message (a
 * bug's is never shown) and its `fields`; everything masked for what was typed.
 */
export function describeFailure(
  error: unknown,
  provider: Provider,
  values: Record<string, string>,
  t: Pick<ViewStrings, 'timeout' | 'noHandler' | 'genericError'>,
  warned: Set<string>,
): FailureDetail {
  const failure = error instanceof ConnectFailure ? error : undefined;
  const duplicate = (error as { duplicateOf?: unknown } | null)?.duplicateOf;
  const duplicateOf = typeof duplicate === 'string' && duplicate ? duplicate : undefined;
  const reason: LinkHubErrorReason = failure?.reason ?? (duplicateOf ? 'duplicate' : 'host');
  if (reason === 'no-handler') console.warn('link-hub: no onSubmit');
  const secrets = provider.fields.filter(isSecret).map((field) => values[field.key] ?? '');
  const mask = (text: string) => scrub(text, Object.values(values), secrets);
  // A bug in the host's code (a TypeError…) says nothing to the customer: the generic sentence, and the error to the console.
  const said =
    reason === 'timeout' && failure?.message === 'timeout'
      ? t.timeout
      : reason === 'no-handler'
        ? t.noHandler
        : reason === 'misconfigured'
          ? undefined
          : hostMessage(error, mask, t.genericError);
  const fields = reason === 'host' ? fieldMessages(provider, error, mask, warned) : undefined;
  return { reason, message: mask(said ?? t.genericError), ...(fields && { fields }), ...(duplicateOf && { duplicateOf }) };
}
