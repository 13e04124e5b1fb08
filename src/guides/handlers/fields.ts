/**
 * A credential field from its label, wherever the label was written (the Hub block's
 * list or the front matter): its key, type, secrecy and whether it is required, all
 * inferred from the words. Also the record of where a field was written.
 */
import type { Field } from '../../schema/fields.js';
import { stripAccents } from '../../i18n/fold.js';
import type { Point } from '../diagnostics.js';

const SECRET_LABEL = /\b(key|secret|password|passphrase|token)s?\b/i;

/** `API Key` -> `apiKey`, `Company ID` -> `companyId`. */
export function fieldKey(label: string): string {
  const words = stripAccents(label)
    .replace(/\(optional\)/i, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
  return /^[A-Za-z_]/.test(key) ? key : `field${key}`;
}

function inferType(label: string, secret: boolean): Field['type'] {
  if (secret) return 'secret';
  if (/e-?mail/i.test(label)) return 'email';
  if (/\b(url|endpoint|base uri)\b/i.test(label)) return 'url';
  return 'text';
}

/** A field from its label (`Region (Optional)`) and, when there is one, its help text. */
export function fieldFromLabel(raw: string, help?: string): Field {
  const optional = /\(optional\)/i.test(raw);
  const label = raw
    .replace(/\(optional\)/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const secret = SECRET_LABEL.test(label);
  return {
    key: fieldKey(label),
    label,
    type: inferType(label, secret),
    secret,
    required: !optional,
    ...(help ? { help } : {}),
  };
}

/** A field's nature, as opposed to its words: what a translation must not change. */
export const FIELD_NATURE = ['type', 'secret', 'required', 'pattern', 'options'] as const;
export type FieldNature = (typeof FIELD_NATURE)[number];

/**
 * Where a field was written, and which parts of its nature its author set explicitly (in
 * the front matter), each at its own position. Everything else about it was inferred.
 */
export interface FieldSource {
  key: string;
  at: Point | undefined;
  explicit: Partial<Record<FieldNature, Point | undefined>>;
  /** Where front matter's `step:` (the title of the step that says where to find it) stands, when it has one. */
  stepAt?: Point | undefined;
}
