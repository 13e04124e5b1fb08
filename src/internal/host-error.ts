/**
 * What a failed `onSubmit` shows: the message a host threw on purpose (an Error, `{ message }`,
 * a string), or, for a bug in the host's code, nothing (the generic sentence), with the error
 * sent to the console for the developer. Loaded with `scrub` on the first failure only.
 */
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
