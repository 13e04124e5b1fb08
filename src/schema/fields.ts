/**
 * Credential fields: how a provider's form is described in the catalog, and the
 * schema that validates what a user typed against it (in the browser and, through
 * `link-hub/server`, on the host's backend).
 */
import * as z from './zod.js';

export const FieldType = z.oneOf(['text', 'secret', 'url', 'email', 'number', 'select']);
export type FieldType = z.infer<typeof FieldType>;

const FieldOption = z.object({ value: z.string(), label: z.string() });

export const Field = z.object({
  key: z.matching(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'a field key is an identifier like apiKey'),
  label: z.nonEmpty('a field needs a label'),
  /** Default `text` (`secret` when `secret` is true). */
  type: z.optional(FieldType),
  /** Default false. */
  secret: z.optional(z.flag()),
  /** Default true. */
  required: z.optional(z.flag()),
  placeholder: z.optional(z.string()),
  pattern: z.optional(
    z.string().check(
      z.rule((p) => {
        try {
          return !!new RegExp(p, 'u');
        } catch {
          return false;
        }
      }, 'not a valid regular expression'),
    ),
  ),
  help: z.optional(z.string()),
  options: z.optional(z.array(FieldOption)),
});
export type Field = z.infer<typeof Field>;
export type FieldInput = z.input<typeof Field>;

/** Why a value was refused; the UI turns each code into a sentence in the user's language. */
export type FieldProblem = 'required' | 'pattern' | 'url' | 'email' | 'number' | 'option' | 'tooLong' | 'control';

/** The longest value a field takes, in characters: long enough for any key or JWT. */
export const MAX_VALUE_LENGTH = 8192;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function fieldSchema(field: Field) {
  const when = (test: (v: string) => boolean) => (v: string) => v === '' || test(v);
  const checks = [z.rule((v) => v.length <= MAX_VALUE_LENGTH, 'tooLong'), z.rule((v) => !CONTROL.test(v), 'control')];
  if (field.required !== false) checks.push(z.rule((v) => v !== '', 'required'));
  if (field.type === 'url') {
    checks.push(z.rule(when((v) => /^https?:\/\/[^\s/$.?#]\S*$/i.test(v)), 'url'));
  } else if (field.type === 'email') {
    checks.push(z.rule(when((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)), 'email'));
  } else if (field.type === 'number') {
    checks.push(z.rule(when((v) => Number.isFinite(Number(v))), 'number'));
  } else if (field.type === 'select' && field.options) {
    const allowed = field.options.map((o) => o.value);
    checks.push(z.rule(when((v) => allowed.includes(v)), 'option'));
  }
  if (field.pattern) {
    const pattern = new RegExp(field.pattern, 'u');
    checks.push(z.rule(when((v) => pattern.test(v)), 'pattern'));
  }
  return z.string().check(...checks);
}

/** The schema for one provider's submission: each (trimmed) value checked for presence, type and pattern. */
export function credentialsSchema(fields: readonly Field[]) {
  const shape: Record<string, z.ZodMiniType<string>> = {};
  for (const field of fields) shape[field.key] = fieldSchema(field);
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
 * Runs the credential schema; returns either the clean values or one problem per field.
 * With `relink`, secret fields may be left empty (the saved ones are kept).
 */
export function validateCredentials(
  fields: readonly Field[],
  input: Record<string, unknown>,
  relink?: boolean,
): { ok: true; values: Record<string, string> } | { ok: false; problems: Record<string, FieldProblem> } {
  // Values are trimmed first: a pasted key often carries a space or a line break.
  const normalized: Record<string, unknown> = {};
  if (relink) fields = relinkFields(fields);
  for (const field of fields) {
    const value = input[field.key] ?? '';
    normalized[field.key] = typeof value === 'string' ? value.trim() : value;
  }
  const result = credentialsSchema(fields).safeParse(normalized);
  // An optional field left empty is not sent at all.
  if (result.success) return { ok: true, values: Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== '')) };
  const problems: Record<string, FieldProblem> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]);
    problems[key] ??= (issue.code === 'invalid_type' ? 'required' : issue.message) as FieldProblem;
  }
  return { ok: false, problems };
}
