/**
 * The one place the browser bundle gets zod from. `jitless` keeps zod from probing
 * `new Function` while it builds object schemas, which a strict Content-Security-Policy
 * reports as a `script-src` violation (see TOOLCHAIN.md). It must run before any schema
 * is built, so every schema module imports `z` from here.
 */
import * as z from 'zod/mini';
import type { $ZodError } from 'zod/v4/core';

z.config({ jitless: true });

// Re-exported name by name (not as a namespace object) so bundlers keep only what is used.
export * from 'zod/mini';

/**
 * A string rule as one refinement. The browser bundle uses this instead of zod's
 * regex/length checks: the same rules, without the string-format machinery (bytes).
 */
export const rule = (test: (value: string) => boolean, message: string) => z.refine<string>(test, message);

/** A string that must match `pattern`. */
export const matching = (pattern: RegExp, message: string) => z.string().check(rule((v) => pattern.test(v), message));

/** A string that must not be empty. */
export const nonEmpty = (message: string) => z.string().check(rule((v) => v.length > 0, message));

type Issue = $ZodError['issues'][number];

/** A union branch that failed only because it was the wrong variant: a literal `type` mismatch, or the wrong kind of value. */
const wrongVariant = (branch: Issue[]) =>
  branch.some((i) => (i.code === 'invalid_type' && !i.path.length) || (i.code === 'invalid_value' && i.path.length === 1 && i.values.length === 1));

/** Issues with each union failure replaced by the issues of the branch the input was meant for. */
function flatten(issues: Issue[], base: PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length) {
      const branch = issue.errors.find((b) => !wrongVariant(b));
      if (branch) return flatten(branch, path);
    }
    return [{ ...issue, path }];
  });
}

/** One readable line per problem: `providers[0].fields[1].key: expected string`. */
export function formatIssues(error: { issues: Issue[] }, prefix = ''): string[] {
  return flatten(error.issues).map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      prefix,
    );
    const message =
      issue.code === 'invalid_type'
        ? `expected ${issue.expected}${issue.input === undefined ? ', but it is missing' : ''}`
        : issue.code === 'invalid_value'
          ? `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
          : issue.code === 'unrecognized_keys'
            ? `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
            : issue.code === 'invalid_union'
              ? 'does not match any allowed shape'
              : issue.message;
    return `${path || '(root)'}: ${message}`;
  });
}

/** The same issues as `formatIssues`, with their paths, for callers that place them (the guides compiler). */
export function issuePaths(error: { issues: Issue[] }): PropertyKey[][] {
  return flatten(error.issues).map((issue) => issue.path);
}
