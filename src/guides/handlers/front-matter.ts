/**
 * The front matter: YAML -> the checked `FrontMatter`, with each field's position and
 * the parts of its nature set explicitly. Problems are reported at the YAML they are
 * about, not at the top of the file.
 */
import type { Yaml } from 'mdast';
import { isMap, isScalar, parseDocument, type Scalar } from 'yaml';
import type { Field } from '../../schema/fields.js';
import { FrontMatter, flattenUnions, type FrontMatterField } from '../../schema/front-matter.js';
import type { $ZodIssue } from 'zod/v4/core';
import { formatIssues } from '../../schema/zod.js';
import { pointAt, type Point } from '../diagnostics.js';
import { FIELD_NATURE, fieldFromLabel, type FieldSource } from './fields.js';
import { checkKeys, unknownEntryKey } from './front-matter-keys.js';
import { at, type State } from './state.js';

/** A front matter `fields:` entry (a label, or a label with details) -> a field. */
export function frontMatterField(entry: FrontMatterField): Field {
  if (typeof entry === 'string') return fieldFromLabel(entry);
  const base = fieldFromLabel(entry.label);
  const type = entry.type ?? (entry.secret ? 'secret' : entry.options ? 'select' : base.type);
  const field: Field = {
    key: entry.key ?? base.key,
    label: base.label,
    type,
    secret: entry.secret ?? (type === 'secret' || (entry.type === undefined && base.secret)),
    required: entry.required ?? base.required,
  };
  if (entry.placeholder !== undefined) field.placeholder = entry.placeholder;
  if (entry.pattern !== undefined) field.pattern = entry.pattern;
  if (entry.help !== undefined) field.help = entry.help;
  if (entry.message !== undefined) field.message = entry.message;
  if (entry.options) {
    field.options = entry.options.map((o) =>
      typeof o === 'string' ? { value: o, label: o } : { value: o.value, label: o.label ?? o.value },
    );
  }
  return field;
}

export interface ReadFrontMatter {
  data: FrontMatter;
  /** Where each front matter field was written, and its explicitly set nature (each at its key). */
  fields: FieldSource[];
  /** Where the `fields:` key stands, when there is one. */
  fieldsAt?: Point | undefined;
  /** Where the `actions:` key stands, when there is one. */
  actionsAt?: Point | undefined;
  /**
   * Mintlify's `sidebarTitle:` (the page's name in the docs site's sidebar), when it is text:
   * a guide whose title names only the page (`How to connect your account`) takes its name from it.
   */
  sidebarTitle?: string | undefined;
}

/** A page metadata value the docs site shows as text (a number, such as `sidebarTitle: 15`, reads as its digits). */
const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined);

/** The front matter, or undefined when it is invalid (its problems are reported). */
export function readFrontMatter(node: Yaml, source: string, state: State): ReadFrontMatter | undefined {
  const text = node.value;
  const start = source.indexOf(text, node.position?.start.offset ?? 0);
  const document = parseDocument(text, { prettyErrors: false });
  const place = (offset: number | undefined) => (offset === undefined || start < 0 ? at(node) : pointAt(source, start + offset));
  if (document.errors.length) {
    for (const error of document.errors) state.diagnostics.report(`front matter: ${error.message.split('\n')[0]}`, place(error.pos[0]));
    return undefined;
  }
  const keys = isMap(document.contents) ? document.contents.items.flatMap(({ key }) => (isScalar(key) ? [key] : [])) : [];
  checkKeys(keys, state, place);
  const data: unknown = document.toJS() ?? {};
  const parsed = FrontMatter.safeParse(data);
  if (parsed.success) {
    const fields = (parsed.data.fields ?? []).map((entry, i): FieldSource => {
      const item = document.getIn(['fields', i], true);
      const explicit: FieldSource['explicit'] = {};
      let stepAt: Point | undefined;
      for (const { key } of isMap(item) ? item.items : []) {
        if (!isScalar(key)) continue;
        const name = FIELD_NATURE.find((n) => n === key.value);
        if (name) explicit[name] = place(key.range?.[0]);
        if (key.value === 'step') stepAt = place(key.range?.[0]);
      }
      return {
        key: frontMatterField(entry).key,
        at: place(isMap(item) || isScalar(item) ? item.range?.[0] : undefined),
        explicit,
        ...(stepAt ? { stepAt } : {}),
      };
    });
    const keyAt = (name: string) => {
      const found = keys.find((key) => key.value === name);
      return found && place(found.range?.[0]);
    };
    const sidebarTitle = isMap(document.contents) ? asText(document.contents.get('sidebarTitle')) : undefined;
    return { data: parsed.data, fields, fieldsAt: keyAt('fields'), actionsAt: keyAt('actions'), ...(sidebarTitle ? { sidebarTitle } : {}) };
  }
  // An unknown key in a field (`palceholder`): one problem per key, at the key, with what it was meant to be.
  const issues = flattenUnions(parsed.error.issues).flatMap((issue): $ZodIssue[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ ...issue, keys: [key], message: unknownEntryKey(issue.path, key) }))
      : [issue],
  );
  formatIssues({ issues }).forEach((message, i) => {
    const issue = issues[i]!;
    const path = issue.path;
    const entry = issue.code === 'unrecognized_keys' ? document.getIn(path as (string | number)[], true) : undefined;
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
    let target: { range?: [number, number, number] | null | undefined } | undefined = isMap(entry)
      ? (entry.items.find(({ key }) => isScalar(key) && key.value === unknown)?.key as Scalar | undefined)
      : undefined;
    // Else the deepest node of the path that the YAML document has: the value itself, or its parent.
    for (let depth = path.length; depth >= 0 && !target?.range; depth--) {
      target = document.getIn(path.slice(0, depth) as (string | number)[], true) as typeof target;
    }
    state.diagnostics.report(`front matter ${message}`, place(target?.range?.[0]));
  });
  return undefined;
}
