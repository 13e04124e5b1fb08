/**
 * Scope-aware guides: the actions an integration can perform, each with the provider
 * scopes it needs. A guide declares them in a scope selector (`<Panel>`, or any other
 * element, holding `<div data-guides-scope-selector data-guide-actions-json="[...]">`, a
 * JSON array written with HTML entities for its quotes) or under `actions:` in its front
 * matter. The selector renders nothing: the hub shows the actions as checkboxes. Sections
 * and steps name their scopes (`data-guide-scopes`, read in `blocks.ts`); once the whole
 * guide is read, a scope that no action needs is a warning at its attribute.
 */
import type { Action } from '../../schema/guide.js';
import type { FrontMatterAction } from '../../schema/front-matter.js';
import { pointAt, type Point } from '../diagnostics.js';
import { jsonReason, rawOffsets, rawValue, scanJson } from './raw-json.js';
import { at, attribute, attributeNode, findNode, isJsx, scopeList, textOf, type Element, type State } from './state.js';

const SELECTOR = 'data-guides-scope-selector';
const ACTIONS_JSON = 'data-guide-actions-json';
const ACTION_KEYS = ['id', 'label', 'scopes', 'description'];

/** The scope selector element itself. */
export const isSelector = (node: Element): boolean => attribute(node, SELECTOR) !== undefined;

/** Whether the element is, or wraps, a scope selector. */
export function holdsSelector(node: Element): boolean {
  return isSelector(node) || findNode(node.children, (child) => isJsx(child) && isSelector(child)) !== undefined;
}

// ---------------------------------------------------------------- one action

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One entry of the selector's array -> an action; undefined (with an error) when it has
 * no id or label, or a field of the wrong kind. Keys an action does not have are ignored,
 * with a warning. `name` is not taken for `label`: the error suggests it instead.
 */
function actionFrom(entry: unknown, n: number, error: (message: string) => void, warn: (message: string) => void): Action | undefined {
  const which = isRecord(entry) && typeof entry.id === 'string' && entry.id.trim() ? `action "${entry.id.trim()}"` : `action ${n}`;
  if (!isRecord(entry)) {
    error(`scope selector: ${which} is not an object: write { "id": "...", "label": "...", "scopes": ["..."] }`);
    return undefined;
  }
  const problems: string[] = [];
  const text = (key: string) => (typeof entry[key] === 'string' ? (entry[key] as string).trim() : undefined);
  const id = text('id');
  const label = text('label');
  if (!id)
    problems.push(
      entry.id === undefined || id === '' ? 'has no id: give it "id", the name the host asks for it by' : '"id" must be a string',
    );
  if (!label) {
    const meant = typeof entry.name === 'string' ? ' (it has "name": did you mean "label"?)' : '';
    problems.push(
      entry.label === undefined || label === ''
        ? `has no label: give it "label", the words the user reads beside its checkbox${meant}`
        : '"label" must be a string',
    );
  }
  const scopes = entry.scopes;
  if (scopes !== undefined && !(Array.isArray(scopes) && scopes.every((s) => typeof s === 'string')))
    problems.push('"scopes" must be an array of scope names');
  if (entry.description !== undefined && typeof entry.description !== 'string') problems.push('"description" must be a string');
  for (const problem of problems) error(`scope selector: ${which} ${problem}`);
  if (problems.length) return undefined;
  for (const key of Object.keys(entry)) {
    if (!ACTION_KEYS.includes(key))
      warn(`scope selector: ${which}: unknown key "${key}" is ignored (an action has ${ACTION_KEYS.join(', ')})`);
  }
  const action: Action = { id: id!, label: label!, scopes: unique((scopes as string[] | undefined)?.flatMap((s) => scopeList(s)) ?? []) };
  const description = text('description');
  if (description) action.description = description;
  return action;
}

const unique = (items: readonly string[]) => [...new Set(items)];

// ---------------------------------------------------------------- the selector

/**
 * Reads a scope selector into `state.selector`. Problems are reported at the character of
 * the JSON they are about (an action at its opening brace), or at the attribute when the
 * two texts cannot be lined up.
 */
export function readSelector(node: Element, state: State): void {
  const { diagnostics } = state;
  if (state.selector) {
    diagnostics.report(
      `a guide has one scope selector: another one starts at line ${state.selector.at?.line ?? 1}; put every action in it`,
      at(node),
    );
    return;
  }
  const actions: Action[] = [];
  state.selector = { actions, at: at(node) };
  const attr = attributeNode(node, ACTIONS_JSON);
  const value = attribute(node, ACTIONS_JSON);
  if (typeof value !== 'string') {
    diagnostics.report(
      `a scope selector needs its actions: ${ACTIONS_JSON}="[...]", a JSON array of { "id", "label", "scopes" } written as a string (quotes as &#x22; or &quot;)`,
      attr?.position?.start ?? at(node),
    );
    return;
  }
  const written = rawValue(node, ACTIONS_JSON, state);
  const offsets = written && rawOffsets(written.raw, value);
  const place = (offset: number): Point | undefined =>
    written && offsets ? pointAt(state.source, written.start + offsets[Math.min(offset, offsets.length - 1)]!) : attr?.position?.start;

  let parsed: unknown;
  const scan = scanJson(value);
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    diagnostics.report(
      `scope selector: ${ACTIONS_JSON} is not valid JSON (${jsonReason(error)}): write an array of { "id", "label", "scopes" }`,
      place(scan.error ?? 0),
    );
    return;
  }
  if (!Array.isArray(parsed)) {
    diagnostics.report(
      `scope selector: ${ACTIONS_JSON} must be a JSON array of actions, each { "id", "label", "scopes" }`,
      place(value.length - value.trimStart().length),
    );
    return;
  }
  const firstAt = new Map<string, number>();
  parsed.forEach((entry, index) => {
    const where = place(scan.elements[index] ?? 0);
    const action = actionFrom(
      entry,
      index + 1,
      (m) => diagnostics.report(m, where),
      (m) => diagnostics.warn(m, where),
    );
    if (!action) return;
    const first = firstAt.get(action.id);
    if (first !== undefined) {
      diagnostics.report(
        `scope selector: duplicate action id "${action.id}" (actions ${first} and ${index + 1}): each action needs its own id`,
        where,
      );
      return;
    }
    firstAt.set(action.id, index + 1);
    actions.push(action);
  });
  if (!parsed.length)
    diagnostics.warn('scope selector: it declares no actions, so the hub offers none to choose from', attr?.position?.start);
  const content = node.children.map(textOf).join('').trim();
  if (content)
    diagnostics.warn(
      `scope selector: its content ("${content.slice(0, 40)}") is not shown: the hub lists the actions itself`,
      at(node.children[0]!),
    );
}

// ---------------------------------------------------------------- front matter

/** A front matter `actions:` entry -> an action (its scopes a list, or a string in the attribute's list syntax). */
export function frontMatterAction(entry: FrontMatterAction): Action {
  const scopes = typeof entry.scopes === 'string' ? scopeList(entry.scopes) : (entry.scopes ?? []).flatMap((s) => scopeList(s));
  const action: Action = { id: entry.id.trim(), label: entry.label.trim(), scopes: unique(scopes) };
  if (entry.description?.trim()) action.description = entry.description.trim();
  return action;
}

const summary = (actions: readonly Action[]) => actions.map((a) => `${a.id} (${a.scopes.join(' ') || 'no scopes'})`).join(', ') || 'none';

/** Front matter wins over the scope selector; when the two say different things, a warning at `actions:` names both. */
export function compareActions(front: readonly Action[], selector: readonly Action[], at: Point | undefined, state: State): void {
  const key = (actions: readonly Action[]) => JSON.stringify(actions.map((a) => [a.id, a.label, a.scopes]));
  if (key(front) === key(selector)) return;
  state.diagnostics.warn(
    `actions: front matter declares ${summary(front)}; the scope selector declares ${summary(selector)}. The hub offers the front matter's: make the two say the same, or remove one`,
    at,
  );
}

// ---------------------------------------------------------------- scopes that no action needs

const quoted = (items: readonly string[]) => items.map((s) => `"${s}"`).join(', ');

/**
 * Once the actions are known: a section or step that names a scope no action needs is a
 * warning at its attribute (a misspelt scope, or an action that forgot it). Each use is
 * warned about in the order it stands in the file.
 */
export function checkScopeUses(actions: readonly Action[], state: State): void {
  const needed = unique(actions.flatMap((a) => a.scopes));
  const uses = [...state.scopeUses].sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.column ?? 0) - (b.at?.column ?? 0));
  for (const use of uses) {
    const unneeded = use.scopes.filter((s) => !needed.includes(s));
    if (!unneeded.length) continue;
    const none = unneeded.length === use.scopes.length;
    const [scope, it] = unneeded.length === 1 ? ['scope', 'it'] : ['scopes', 'them'];
    const needs = `the actions need ${needed.join(', ') || 'no scopes'}`;
    const fix = `check the spelling, or add ${it} to an action's scopes`;
    state.diagnostics.warn(
      use.listed
        ? `${use.owner} lists ${scope} ${quoted(unneeded)} to grant, which no action needs (${needs}), so the hub never lists ${it}: ${fix}`
        : `${use.owner} is about ${scope} ${quoted(unneeded)}, which no action needs (${needs})${none ? `, so the hub never shows this ${use.owner.split(' ')[0]}` : ''}: ${fix}`,
      use.at,
    );
  }
}
