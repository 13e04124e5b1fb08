/**
 * Credential fields: how a provider's form is described in the catalog, and the
 * schema that validates what a user typed against it (in the browser and, through
 * `link-hub/server`, on the host's backend).
 */
import { compilePattern, PatternError } from './pattern.js';
import * as z from './zod.js';

export const FieldType = z.oneOf(['text', 'secret', 'url', 'email', 'number', 'select']);
export type FieldType = z.infer<typeof FieldType>;

const FieldOption = z.object({ value: z.string(), label: z.string() });

/**
 * Keys every object already answers to (`constructor`, `toString`, `__proto__`, ...) and
 * `prototype`: a field so named would read the object's own machinery instead of a value
 * (a required `__proto__` field was never checked, an optional `constructor` always failed).
 */
const isReservedKey = (key: string) => key === 'prototype' || key in Object.prototype;

/** What a field key looks like: an identifier that no object already answers to. */
export const FieldKey = z.matching(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'a field key is an identifier like apiKey').check(
  z.rule((key) => !isReservedKey(key), 'a field key must not be a name every object has, such as constructor'),
);

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

/** Why a value was refused; the UI turns each code into a sentence in the user's language. */
export type FieldProblem = 'required' | 'pattern' | 'url' | 'email' | 'number' | 'option' | 'tooLong' | 'control';

/** The longest value a field takes, in characters: long enough for any key or JWT. */
export const MAX_VALUE_LENGTH = 8192;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const SPACE = /\s/;

/** One @ with something before it, no whitespace, and a dot inside the domain (not its first or last character). */
function isEmail(v: string): boolean {
  const at = v.indexOf('@');
  return at > 0 && at === v.lastIndexOf('@') && !SPACE.test(v) && v.slice(at + 2, -1).includes('.');
}

/**
 * Built-in formats, each one linear pass over the value. A backtracking pattern such as
 * `@[^\s@]+\.[^\s@]+$` tries every dot of the domain in turn: seconds on a crafted 64 KB value.
 */
const FORMATS: Partial<Record<FieldType, [FieldProblem, (value: string, field: Field) => boolean]>> = {
  // http(s)://, then a host character, and no whitespace anywhere.
  url: ['url', (v) => /^https?:\/\/[^\s/$.?#]/i.test(v) && !SPACE.test(v)],
  email: ['email', isEmail],
  number: ['number', (v) => Number.isFinite(Number(v))],
  select: ['option', (v, f) => !f.options || f.options.some((o) => o.value === v)],
};

/**
 * A field's value check: the first problem, in order (too long, control characters, missing,
 * format, pattern), and nothing after it. So a value over MAX_VALUE_LENGTH never reaches a
 * format check or the catalog's own `pattern`, whatever that pattern costs.
 */
function valueCheck(field: Field): (value: string) => FieldProblem | undefined {
  const format = field.type && FORMATS[field.type];
  const pattern = field.pattern ? compilePattern(field.pattern) : undefined;
  return (v) => {
    if (v.length > MAX_VALUE_LENGTH) return 'tooLong';
    if (CONTROL.test(v)) return 'control';
    if (v === '') return field.required === false ? undefined : 'required';
    if (format && !format[1](v, field)) return format[0];
    if (pattern && !pattern.test(v)) return 'pattern';
    return undefined;
  };
}

/** The schema for one provider's submission: each (trimmed) value checked for presence, type and pattern. */
export function credentialsSchema(fields: readonly Field[]) {
  const shape: Record<string, z.ZodMiniType<string>> = {};
  for (const field of fields) {
    const check = valueCheck(field);
    shape[field.key] = z.string().check(
      z.superRefine((v, ctx) => {
        const problem = check(v);
        if (problem) ctx.addIssue({ code: 'custom', input: v, message: problem });
      }),
    );
  }
  return z.object(shape);
}

/** Whether a field's value is masked: a secret, by flag or by type. */
export const isSecret = (field: Field) => !!field.secret || field.type === 'secret';

/**
 * The fields as a re-link of a saved account sees them: a secret left empty keeps the
 * one saved with the account, so no secret is required.
 */
export const relinkFields = (fields: readonly Field[]): Field[] => fields.map((f) => (isSecret(f) ? { ...f, required: false } : f));

/**
 * Checks what a user typed against the fields (each field's `valueCheck`); returns either the
 * clean values or one problem per field. With `relink`, secret fields may be left empty (the
 * saved ones are kept). Only the input's own properties count: an inherited `constructor`, or
 * values planted on a prototype through a `__proto__` key, never stand in for what was typed.
 */
export function validateCredentials(
  fields: readonly Field[],
  input: Record<string, unknown>,
  relink?: boolean,
): { ok: true; values: Record<string, string> } | { ok: false; problems: Record<string, FieldProblem> } {
  const values: [string, string][] = [];
  const problems: [string, FieldProblem][] = [];
  for (const field of relink ? relinkFields(fields) : fields) {
    const raw = Object.hasOwn(input, field.key) ? (input[field.key] ?? '') : '';
    // Values are trimmed first: a pasted key often carries a space or a line break.
    const value = typeof raw === 'string' ? raw.trim() : undefined;
    const problem = value === undefined ? 'required' : valueCheck(field)(value);
    if (problem) problems.push([field.key, problem]);
    // An optional field left empty is not sent at all.
    else if (value) values.push([field.key, value]);
  }
  // fromEntries defines own properties, so even a key such as "__proto__" stays a plain value.
  return problems.length ? { ok: false, problems: Object.fromEntries(problems) } : { ok: true, values: Object.fromEntries(values) };
}
