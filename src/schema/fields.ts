/**
 * What a user typed, checked against a provider's credential fields (in the browser and,
 * through `link-hub/server`, on the host's backend). How a field is described in the
 * catalog is `field.ts`: the form and the headless core need these checks, not that schema.
 */
import type { Field, FieldType } from './field.js';
import { compilePattern } from './pattern.js';
import * as z from './zod.js';

export type { Field, FieldType } from './field.js';

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
