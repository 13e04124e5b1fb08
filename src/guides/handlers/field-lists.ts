/**
 * A guide may list its fields twice: under `fields:` in its front matter, and in its Hub
 * block ("Fill out the following fields"), which is what the documentation site shows.
 * The front matter wins: the hub's form asks for its fields, in its order, as they say.
 * But a field that one list has and the other lacks is probably a list that was not kept
 * up to date, so it is a warning naming both lists (at the `fields:` key). Fields are
 * the same when the front matter entry's label gives the body item's key, or when its
 * `key:` is that key; order and details (help, Optional) are the front matter's to set.
 */
import type { FrontMatterField } from '../../schema/front-matter.js';
import type { Point } from '../diagnostics.js';
import { fieldKey } from './fields.js';
import { frontMatterField } from './front-matter.js';
import type { Placed } from './hub-fields.js';
import type { State } from './state.js';

const labelOf = (entry: FrontMatterField) => (typeof entry === 'string' ? entry : entry.label);

/** A body item as its author wrote it: `Region (Optional)`. */
const bodyLabel = ({ field }: Placed) => (field.required ? field.label : `${field.label} (Optional)`);

const same = (entry: FrontMatterField, placed: Placed) =>
  fieldKey(labelOf(entry)) === placed.field.key || frontMatterField(entry).key === placed.field.key;

/** Warns when the front matter's `fields:` and the Hub block's list do not name the same fields. */
export function compareFieldLists(front: readonly FrontMatterField[], body: readonly Placed[], at: Point | undefined, state: State): void {
  const dropped = body.filter((placed) => !front.some((entry) => same(entry, placed)));
  const added = front.filter((entry) => !body.some((placed) => same(entry, placed)));
  if (!dropped.length && !added.length) return;
  const differences = [
    ...(dropped.length ? [`also has ${dropped.map(bodyLabel).join(', ')}, which front matter drops`] : []),
    ...(added.length ? [`has no ${added.map(labelOf).join(', ')}, which front matter adds`] : []),
  ];
  state.diagnostics.warn(
    `fields: front matter lists ${front.map(labelOf).join(', ')}; the guide's field list ${differences.join(', and ')}. The form asks for the front matter's fields: make the two lists name the same ones`,
    at,
  );
}
