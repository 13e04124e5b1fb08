/**
 * Setup after a link (and Settings later): the fields a host's `setup` returns and the values
 * its `onSetup` receives. The guides' field grammar (`field.ts`), plus `boolean` (a checkbox)
 * and `multiselect` (a group of checkboxes, from `options`); each field may carry `value`, what
 * the form shows first (a default after a link, the saved choice in Settings). Only the setup
 * form's module loads this: a link without setup never does.
 */
import { FIELD_TYPES, Field } from './field.js';
import { credentialsSchema, type FieldProblem } from './fields.js';
import * as z from './zod.js';

export const SetupFieldType = z.oneOf([...FIELD_TYPES, 'boolean', 'multiselect'] as const);
export type SetupFieldType = z.infer<typeof SetupFieldType>;

/** What a setup value is: a string (text, secret, url, email, number, select), a boolean, or the chosen option values of a multiselect. */
export type SetupValue = string | boolean | string[];
export type SetupValues = Record<string, SetupValue>;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const SetupValue = z.custom<SetupValue>(
  (v) => typeof v === 'string' || typeof v === 'boolean' || isStrings(v),
  'expected a string, a boolean or strings',
);

/** A multiselect's choices in its options' order (a value it has no option for last, for the check to refuse). */
const inOrder = (field: SetupField, chosen: string[]) => {
  const values = (field.options ?? []).map((o) => o.value);
  return [...values.filter((v) => chosen.includes(v)), ...chosen.filter((v) => !values.includes(v))];
};

/** Whether a field's value is a boolean or a list, not a string. */
export const isChoice = (field: { type?: SetupFieldType | undefined }) => field.type === 'boolean' || field.type === 'multiselect';

/** The value type a field takes: `boolean`, `strings` (multiselect) or `string`. */
const kind = (field: { type?: SetupFieldType | undefined }) =>
  field.type === 'boolean' ? 'boolean' : field.type === 'multiselect' ? 'strings' : 'string';

// Field's shape, spread (zod's `extend` and `boolean` would put more of zod into the hub's first bundle: its zod is shared).
export const SetupField = z.object({ ...Field.shape, type: z.optional(SetupFieldType), value: z.optional(SetupValue) }).check(
  z.superRefine((field, ctx) => {
    const { value, type, options } = field;
    const want = kind(field);
    const has = typeof value === 'boolean' ? 'boolean' : Array.isArray(value) ? 'strings' : 'string';
    if (value !== undefined && has !== want) {
      ctx.addIssue({ code: 'custom', input: value, path: ['value'], message: `a ${type ?? 'text'} field's value is a ${want}` });
    }
    if ((type === 'select' || type === 'multiselect') && !options?.length) {
      ctx.addIssue({ code: 'custom', input: options, path: ['options'], message: `a ${type} field needs options` });
    }
  }),
);
export type SetupField = z.infer<typeof SetupField>;
/** A setup field as a host writes it (the same, before parsing). */
export type SetupFieldInput = z.input<typeof SetupField>;

/** What `setup` returns: fields, each key once. */
export const SetupFields = z.array(SetupField).check(
  z.superRefine((fields, ctx) => {
    const seen = new Set<string>();
    for (const [i, { key }] of fields.entries()) {
      if (seen.has(key)) ctx.addIssue({ code: 'custom', input: key, path: [i, 'key'], message: `the key ${key} is used twice` });
      seen.add(key);
    }
  }),
);

/** The schema of a setup form's values: string fields as credentials are checked, a boolean, and a multiselect's choices among its options. */
export function setupSchema(fields: readonly SetupField[]) {
  const shape: Record<string, z.ZodMiniType> = { ...credentialsSchema(fields.filter((f) => !isChoice(f)) as Field[]).shape };
  for (const field of fields) {
    if (field.type === 'boolean') shape[field.key] = z.flag();
    if (field.type === 'multiselect') {
      shape[field.key] = z.array(z.string()).check(
        z.superRefine((chosen, ctx) => {
          const unknown = chosen.some((v) => !field.options?.some((o) => o.value === v));
          const problem: FieldProblem | undefined = unknown
            ? 'option'
            : !chosen.length && field.required !== false
              ? 'required'
              : undefined;
          if (problem) ctx.addIssue({ code: 'custom', input: chosen, message: problem });
        }),
      );
    }
  }
  return z.object(shape);
}

/** The values a setup form starts with: each field's `value`, else empty (false, no choice). */
export const initialValues = (fields: readonly SetupField[]): SetupValues =>
  Object.fromEntries(fields.map((f) => [f.key, f.value ?? (f.type === 'boolean' ? false : f.type === 'multiselect' ? [] : '')]));

/**
 * Checks a setup form's values: strings trimmed (an optional one left empty is not sent), a
 * boolean as it is, a multiselect's choices in the options' order. Returns the clean values
 * or one problem per field, as `validateCredentials` does.
 */
export function validateSetup(
  fields: readonly SetupField[],
  input: Readonly<Record<string, unknown>>,
): { ok: true; values: SetupValues } | { ok: false; problems: Record<string, FieldProblem> } {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = Object.hasOwn(input, field.key) ? input[field.key] : undefined;
    const want = kind(field);
    data[field.key] =
      want === 'boolean'
        ? raw === true
        : want === 'strings'
          ? inOrder(field, isStrings(raw) ? raw : [])
          : typeof raw === 'string'
            ? raw.trim()
            : '';
  }
  const result = setupSchema(fields).safeParse(data);
  if (!result.success) {
    const problems: Record<string, FieldProblem> = {};
    for (const issue of result.error.issues) problems[String(issue.path[0])] ??= issue.message as FieldProblem;
    return { ok: false, problems };
  }
  // A required string is never empty here: an empty one is an optional field left empty.
  return { ok: true, values: Object.fromEntries(Object.entries(result.data as SetupValues).filter(([, v]) => v !== '')) };
}

/** What `setup` receives: the account just linked, or whose Settings were opened. */
export interface SetupArgs {
  providerKey: string;
  /** The account's id (from `onSubmit`'s result, or the linked account's); absent only when `onSubmit` returned none. */
  accountId?: string;
  /** Aborts when the user closes the hub, or skips, while `setup` runs. */
  signal: AbortSignal;
}

/** `hub.setup`: the fields to set for that account; `undefined` (or none) shows no setup form. */
export type SetupHandler = (args: SetupArgs) => SetupFieldInput[] | undefined | void | Promise<SetupFieldInput[] | undefined | void>;

/** `hub.onSetup`: saves the values; throw to show why, with the values kept. */
export type SetupSaveHandler = (args: SetupArgs & { values: SetupValues }) => unknown;
