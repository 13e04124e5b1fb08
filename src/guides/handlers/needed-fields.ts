/**
 * Fields from what a guide says it needs, in the docs house that names its credentials in
 * prose rather than in a Hub block:
 * - "To authenticate with Parcelpoint, you will need:" and a list of `**API Key** - what it
 *   is` items: each bold text is a label, the words after the dash its help;
 * - or a sentence: "you need to authenticate using an **Access Token** and a **Directory URL**";
 * - and the step about the connect form ("Once you have your **API Key**: ... enter your
 *   **API Key** in the designated field"): its bold credential names supply the fields when
 *   the guide says nothing else, and otherwise cross-check them.
 */
import type { Paragraph, RootContent } from 'mdast';
import type { Point } from '../diagnostics.js';
import { fieldFromLabel, fieldKey } from './fields.js';
import { fieldFromItem, type Placed } from './hub-fields.js';
import { at, childrenOf, collapse, isJsx, textOf, type State } from './state.js';

/** A paragraph that introduces the list of what is needed: "To authenticate with X, you will need:". */
const NEEDS_LIST = /\b(?:authenticat|connect|link)\w*\b.*\byou(?:'ll|\s+will)?\s+need\b[^.]*:$/i;
/** Running text that goes on to name what is needed: "… you need to authenticate using an ". */
const NEEDS_SENTENCE = /\bauthenticat\w*\b[^.:;!?]*\b(?:using|need)\b:?[^.:;!?]*$/i;
/** The end of a sentence, in running text. */
const SENTENCE_END = /[.!?;](?:\s|$)/;
/** Words that make a bold name in the connect step a credential (and not a button such as **Connect**). */
const CREDENTIAL =
  /\b(?:api|keys?|secrets?|tokens?|pass(?:word|phrase)s?|ur[li]s?|(?:sub)?domains?|host(?:name)?s?|ids?|identifiers?|numbers?|user\s*names?|logins?|e-?mails?|accounts?|tenants?|regions?|endpoints?|clients?|instances?|workspaces?|organi[sz]ations?|servers?|realms?|codes?|certificates?)\b/i;

/** What may stand before the bold name of an item of the list of what is needed. */
const LEAD_WORDS = /^\s*(?:an?|the|your|one)\s+$/i;

/** A bold name and where it stands. */
export interface Named {
  label: string;
  at: Point | undefined;
}

const isStrong = (node: RootContent) => node.type === 'strong' || (isJsx(node) && (node.name === 'strong' || node.name === 'b'));
const significant = (nodes: readonly RootContent[]) => nodes.filter((n) => !(n.type === 'text' && !n.value.trim()));
const placed = (named: Named): Placed => {
  const field = fieldFromLabel(named.label);
  return { field, source: { key: field.key, at: named.at, explicit: {} } };
};

/** The list items that start with a bold name, as fields (the words after it are its help). */
function listFields(list: RootContent): Placed[] {
  if (list.type !== 'list') return [];
  return list.children.flatMap((item) => {
    const first = significant(childrenOf(item))[0];
    const runs = first?.type === 'paragraph' ? significant(first.children) : [];
    // The bold name leads the item, after an article at most ("Your **API Key** - …").
    const lead = runs[0]?.type === 'text' && LEAD_WORDS.test(runs[0].value) ? runs[1] : runs[0];
    const field = lead && isStrong(lead) ? fieldFromItem(item) : undefined;
    return field ? [{ field, source: { key: field.key, at: at(item), explicit: {} } }] : [];
  });
}

/** The bold names in the sentence that says what is needed ("… authenticate using an **API Key** and a **Bridge URL**."). */
function sentenceNames(paragraph: Paragraph): Named[] {
  const names: Named[] = [];
  let text = '';
  let open = false;
  for (const child of paragraph.children) {
    const words = textOf(child);
    if (open && isStrong(child)) {
      names.push({ label: collapse(words).trim(), at: at(child) });
      continue;
    }
    if (open && SENTENCE_END.test(words)) break;
    text += words;
    if (!open && NEEDS_SENTENCE.test(collapse(text))) open = true;
  }
  return names.filter((n) => n.label);
}

/** The fields the guide says it needs (its list, else its sentence), and where it says so; undefined when it does not. */
export function neededFields(nodes: readonly RootContent[]): { fields: Placed[]; at: Point | undefined } | undefined {
  for (const [i, node] of nodes.entries()) {
    if (node.type !== 'paragraph') continue;
    const next = nodes[i + 1];
    const fields = NEEDS_LIST.test(collapse(textOf(node)).trim()) && next ? listFields(next) : [];
    if (fields.length) return { fields, at: at(node) };
    const named = sentenceNames(node);
    if (named.length) return { fields: named.map(placed), at: at(node) };
  }
  return undefined;
}

/** The credential names written in bold in the connect step's nodes, each once (by key), in order. */
export function namedCredentials(nodes: readonly RootContent[]): Named[] {
  const names: Named[] = [];
  const visit = (node: RootContent) => {
    if (isStrong(node)) {
      const label = collapse(textOf(node)).trim();
      if (CREDENTIAL.test(label) && !names.some((n) => fieldKey(n.label) === fieldKey(label))) names.push({ label, at: at(node) });
      return;
    }
    childrenOf(node).forEach(visit);
  };
  nodes.forEach(visit);
  return names;
}

/** The connect step's names as fields: what a guide that says nothing else asks for. */
export const fieldsFromNames = (named: readonly Named[]): Placed[] => named.map(placed);

/**
 * Warns where the connect step's bold names and the fields the guide says it needs differ:
 * a name the list lacks (at the name), and fields the step does not name (at the step).
 * The form asks for the list's fields. Nothing to check when the step names none.
 */
export function crossCheck(needed: readonly Placed[], named: readonly Named[], stepAt: Point | undefined, state: State): void {
  if (!named.length) return;
  const same = (p: Placed, n: Named) => p.field.key === fieldKey(n.label);
  const asked = needed.map((p) => p.field.label).join(', ');
  for (const name of named.filter((n) => !needed.some((p) => same(p, n)))) {
    state.diagnostics.warn(
      `the connect step names "${name.label}", which the guide's list of what is needed does not: the form asks for ${asked}; add "${name.label}" to that list if the form needs it`,
      name.at,
    );
  }
  const unnamed = needed.filter((p) => !named.some((n) => same(p, n)));
  if (unnamed.length) {
    state.diagnostics.warn(
      `the connect step does not name ${unnamed.map((p) => `"${p.field.label}"`).join(', ')}, which the guide says is needed: the form asks for ${asked}`,
      stepAt,
    );
  }
}
