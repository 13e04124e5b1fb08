/**
 * Credential fields: how a provider's form is described in the catalog (the compiler writes
 * it, the whole catalog's check reads it). What a user typed is checked by `fields.ts`.
 */
import { compilePattern, PatternError } from './pattern.js';
import * as z from './zod.js';

/** A credential field's types (a setup field adds `boolean` and `multiselect`: setup.ts). */
export const FIELD_TYPES = ['text', 'secret', 'url', 'email', 'number', 'select'] as const;
export const FieldType = z.oneOf(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldType>;

export const FieldOption = z.object({ value: z.string(), label: z.string() });

/**
 * Keys every object already answers to (`constructor`, `toString`, `__proto__`, ...) and
 * `prototype`: a field so named would read the object's own machinery instead of a value
 * (a required `__proto__` field was never checked, an optional `constructor` always failed).
 */
const isReservedKey = (key: string) => key === 'prototype' || key in Object.prototype;

/** What a field key looks like: an identifier that no object already answers to. */
export const FieldKey = z
  .matching(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'a field key is an identifier like apiKey')
  .check(z.rule((key) => !isReservedKey(key), 'a field key must not be a name every object has, such as constructor'));

/** Why a pattern cannot be a field's pattern, in a sentence; undefined when it can. */
function patternProblem(pattern: string): string | undefined {
  try {
    compilePattern(pattern);
    return undefined;
  } catch (error) {
    return error instanceof PatternError ? `this pattern is refused: ${error.message}` : 'not a valid regular expression';
  }
}

/** A field's pattern: run in linear time (`compilePattern`); one that cannot be is refused, with the reason. */
export const Pattern = z.string().check(
  z.superRefine((p, ctx) => {
    const why = patternProblem(p);
    if (why) ctx.addIssue({ code: 'custom', input: p, message: why });
  }),
);

export const Field = z.object({
  key: FieldKey,
  label: z.nonEmpty('a field needs a label'),
  /** Default `text` (`secret` when `secret` is true). */
  type: z.optional(FieldType),
  /** Default false. */
  secret: z.optional(z.flag()),
  /** Default true. */
  required: z.optional(z.flag()),
  placeholder: z.optional(z.string()),
  pattern: z.optional(Pattern),
  help: z.optional(z.string()),
  options: z.optional(z.array(FieldOption)),
  /** What the form says when a value does not match `pattern` (else "Check the format of <label>."). */
  message: z.optional(z.string()),
  /** The `id` of the guide's step that says where to find this field ("Where to find <label>"). */
  step: z.optional(z.string()),
});
export type Field = z.infer<typeof Field>;
