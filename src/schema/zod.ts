/**
 * The one place the browser bundle gets zod from. `jitless` keeps zod from probing
 * the Function constructor while it builds object schemas, which a strict Content-Security-Policy
 * reports as a `script-src` violation (test/e2e/csp.test.mjs loads the hub under a strict policy). It must run before any schema
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

/**
 * A value whose `type` field picks the schema that checks it: a discriminated union
 * without zod's union machinery (bytes), and with a sharper message for an unknown type.
 * Issues of the chosen schema keep their paths.
 */
export function variant<T>(what: string, variants: Record<string, z.ZodMiniType>): z.ZodMiniType<T> {
  return z.custom<T>().check(
    z.superRefine((value, ctx) => {
      const type = (value as { type?: unknown } | null)?.type;
      const schema = typeof type === 'string' && Object.hasOwn(variants, type) ? variants[type] : undefined;
      if (!schema) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          path: ['type'],
          message: `unknown ${what} type ${JSON.stringify(type)}: expected one of ${Object.keys(variants).join(', ')}`,
        });
        return;
      }
      const result = schema.safeParse(value);
      if (!result.success) for (const issue of result.error.issues) ctx.addIssue(issue as never);
    }),
  );
}

/** One of a fixed set of strings, typed as their union (a custom check: smaller than zod's enum). */
export const oneOf = <const T extends readonly string[]>(values: T) =>
  z.custom<T[number]>((v) => values.includes(v as never), `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);

/** true or false. */
export const flag = () => z.custom<boolean>((v) => typeof v === 'boolean', 'expected boolean');

/** A string that must not be empty. */
export const nonEmpty = (message: string) => z.string().check(rule((v) => v.length > 0, message));

type Issue = $ZodError['issues'][number];

/** One readable line per problem: `providers[0].fields[1].key: expected string`. */
export function formatIssues(error: { issues: Issue[] }, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      prefix,
    );
    const message =
      issue.code === 'invalid_type' ? `expected ${issue.expected}${issue.input === undefined ? ', but it is missing' : ''}` : issue.message;
    return `${path || '(root)'}: ${message}`;
  });
}
