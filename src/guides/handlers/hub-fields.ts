/**
 * The Hub block (the part of a docs page about linking the account from the Hub): the
 * list after "Fill out the following fields", one field per item, each at its item.
 */
import type { RootContent } from 'mdast';
import type { Field } from '../../schema/fields.js';
import { fieldFromLabel, type FieldSource } from './fields.js';
import { at, childrenOf, collapse, findNode, isJsx, textOf, throughParagraphs } from './state.js';

/** The heading (or `<section>` title) that opens the Hub block. */
export const HUB_HEADING = /linking the account|link(ing)? (your|the) account from the hub/i;
const FIELDS_INTRO = /following fields|fill (out|in) the fields/i;

/** A field and where its author wrote it. */
export interface Placed {
  field: Field;
  source: FieldSource;
}

/** One field from a list item: its bold text is the label; text after it, the help. */
export function fieldFromItem(item: RootContent): Field | undefined {
  const strong = findNode(childrenOf(item), (n) => n.type === 'strong' || (isJsx(n) && (n.name === 'strong' || n.name === 'b')));
  const whole = collapse(textOf(item)).trim();
  if (!strong) return whole ? fieldFromLabel(whole.replace(/[:.]$/, '')) : undefined;
  const label = collapse(textOf(strong)).trim();
  const rest = whole.slice(whole.indexOf(label) + label.length);
  const optionalAfter = /^\s*\(optional\)/i.test(rest);
  const help = rest
    .replace(/^\s*\(optional\)/i, '')
    .replace(/^\s*[:\-–—]\s*/, '')
    .trim();
  return fieldFromLabel(optionalAfter ? `${label} (Optional)` : label, help || undefined);
}

/** The fields listed after "Fill out the following fields" in the Hub block's nodes; undefined when there is no such list. */
export function hubFields(nodes: readonly RootContent[]): Placed[] | undefined {
  let introduced = false;
  const list = findNode(nodes, (node) => {
    if (node.type === 'text' && FIELDS_INTRO.test(node.value)) introduced = true;
    return introduced && (node.type === 'list' || (isJsx(node) && (node.name === 'ul' || node.name === 'ol')));
  });
  if (!list) return undefined;
  const items: RootContent[] = [];
  throughParagraphs(list, (child) => {
    if (child.type === 'listItem' || (isJsx(child) && child.name === 'li')) items.push(child);
  });
  return items.flatMap((item) => {
    const field = fieldFromItem(item);
    return field ? [{ field, source: { key: field.key, at: at(item), explicit: {} } }] : [];
  });
}
