/**
 * What every handler shares: the state of one guide's walk (where its problems go), the
 * handler tables' types and their dispatch, and the readings of a node any handler may
 * need (position, attributes, vocabulary role, text, the two ways of walking children).
 * Handlers import this module and it imports none of them, the way mdast-util-to-hast
 * keeps its state apart from its handlers.
 */
import type { Nodes, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
// Registers the mdxjsEsm node in mdast's content maps (the other two modules do it for theirs).
import type {} from 'mdast-util-mdxjs-esm';
import type { Action, Block, Step } from '../../schema/guide.js';
import type { Diagnostics, Point } from '../diagnostics.js';
import { closest } from '../../schema/suggest.js';
import { COMPONENT_NAMES, roleNamed, VOCABULARY, type Role } from '../vocabulary.js';

/** What one guide's walk carries from handler to handler. */
export interface State {
  diagnostics: Diagnostics;
  /** The guide's source: a position inside an attribute's value is found in it. */
  source: string;
  /** The scope selector's actions, once the walk has met it. */
  selector?: { actions: Action[]; at: Point | undefined } | undefined;
  /** Where sections and steps name scopes: checked against the actions once the whole guide is read. */
  scopeUses: ScopeUse[];
  /** The documentation site's root (`--base-url`, front matter `baseUrl:`): relative links and images resolve against it. */
  baseUrl?: string | undefined;
  /** The guide's folder under the root of its tree (`/`-separated, `''` at the root): a document-relative path starts there. */
  dir: string;
  /**
   * Flow content -> items (`flow` in blocks.ts). Handlers that blocks.ts calls walk their
   * children with it, as mdast-util-to-hast's `state.all` does, so that none imports back.
   */
  flow: (nodes: readonly RootContent[]) => Item[];
}

/** A `data-guide-scopes` or `data-guide-display-scopes-list` attribute of a section or a step. */
export interface ScopeUse {
  /** `step "Copy the key"`, `section "Permissions"`. */
  owner: string;
  scopes: string[];
  /** The scopes a step lists for the user to grant (`data-guide-display-scopes-list`), rather than those it is about. */
  listed: boolean;
  at: Point | undefined;
}

/** A JSX element, written on its own lines (flow) or inside text. */
export type Element = MdxJsxFlowElement | MdxJsxTextElement;

/** A content item while walking: a block, or a `<Steps>` group a section will lift out. */
export type Item = Block | { type: 'steps'; steps: Step[] };

// ---------------------------------------------------------------- handler tables

/** The mdast node of one kind. */
export type NodeOf<K extends Nodes['type']> = Extract<Nodes, { type: K }>;

/** One handler per kind of mdast node, each given its node narrowed to that kind. */
export type Handlers<R> = { [K in Nodes['type']]?: (node: NodeOf<K>, state: State) => R };

/** One handler per vocabulary role, for JSX elements (given the role with its details). */
export type RoleHandlers<R> = { [K in Role['kind']]?: (node: Element, state: State, role: Extract<Role, { kind: K }>) => R };

/** The node's handler's result, or undefined when the table has none for its kind. */
export function one<R, K extends Nodes['type']>(handlers: Handlers<R>, node: NodeOf<K>, state: State): R | undefined {
  return handlers[node.type]?.(node, state);
}

/** The role's handler's result, or undefined when the table has none for its kind. */
export function byRole<R, K extends Role['kind']>(
  handlers: RoleHandlers<R>,
  node: Element,
  role: Extract<Role, { kind: K }>,
  state: State,
): R | undefined {
  return handlers[role.kind]?.(node, state, role);
}

// ---------------------------------------------------------------- readings of a node

export const at = (node: Nodes): Point | undefined => node.position?.start;

export const isJsx = (node: Nodes): node is Element => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export const childrenOf = (node: Nodes): readonly RootContent[] => ('children' in node ? node.children : []);

/** A string attribute's value; `null` for a bare attribute; `undefined` when absent or an expression (never evaluated). */
export function attribute(node: Element, name: string): string | null | undefined {
  const found = attributeNode(node, name);
  if (!found) return undefined;
  if (found.value === null || found.value === undefined) return null;
  return typeof found.value === 'string' ? found.value : undefined;
}

/** The attribute node itself (for its position), when the element has it. */
export function attributeNode(node: Element, name: string): MdxJsxAttribute | undefined {
  return node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A scope list as guides write it: comma- or space-separated (`read:jobs, write:jobs` or `read:jobs write:jobs`). */
export function scopeList(value: string | null | undefined): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/**
 * A section's or step's scope attribute (`data-guide-scopes`, or a step's
 * `data-guide-display-scopes-list`): its list, remembered with its position so that a
 * scope no action needs can be pointed at once the actions are known.
 */
export function scopeAttribute(
  node: Element,
  name: 'data-guide-scopes' | 'data-guide-display-scopes-list',
  owner: string,
  state: State,
): string[] {
  const scopes = scopeList(attribute(node, name));
  if (scopes.length) {
    const found = attributeNode(node, name);
    state.scopeUses.push({ owner, scopes, listed: name === 'data-guide-display-scopes-list', at: found?.position?.start ?? at(node) });
  }
  return scopes;
}

/** Whether the element is written closing itself (`<SupportFooter />`), as opposed to `<X></X>`. */
function selfClosing(node: Element, state: State): boolean {
  const { start, end } = node.position ?? {};
  if (node.children.length || start?.offset === undefined || end?.offset === undefined) return false;
  return state.source.slice(start.offset, end.offset).endsWith('/>');
}

/**
 * The element's role in the vocabulary; a name outside it is reported, with the name it
 * was probably meant to be. An unknown component that closes itself (a docs site's footer
 * snippet, `<SupportFooter />`) loses nothing by going: it is dropped, with a warning.
 */
export function roleOf(node: Element, state: State): Role | undefined {
  const role = roleNamed(node.name);
  if (!role) {
    const meant = node.name ? closest(node.name, Object.keys(VOCABULARY)) : undefined;
    const didYouMean = meant ? `: did you mean <${meant}>?` : '';
    if (node.name && selfClosing(node, state)) {
      state.diagnostics.warn(
        `unknown component <${node.name} /> is dropped: it closes itself, so it holds nothing here${didYouMean || ' (on the docs site its content comes from elsewhere, such as a snippet)'}`,
        at(node),
      );
      return undefined;
    }
    state.diagnostics.report(
      node.name
        ? `unknown component <${node.name}>${didYouMean || '.'} Guides may use ${COMPONENT_NAMES.join(', ')} and plain HTML such as <p>, <ul>, <a>, <img>`
        : 'fragments (<>...</>) are not supported: remove the empty tags',
      at(node),
    );
  }
  return role;
}

/** The text of a node and its descendants, whitespace collapsed. */
export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if (isJsx(node) && node.name === 'br') return ' ';
  return childrenOf(node).map(textOf).join('');
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ');

const COMMENT_EXPRESSION = /^\s*\/\*[\s\S]*\*\/\s*$/;

/** An MDX expression is never run: only one that is a comment may stand in a guide. */
export function checkExpression(node: MdxFlowExpression | MdxTextExpression, state: State): void {
  if (!COMMENT_EXPRESSION.test(node.value)) {
    state.diagnostics.report(
      `expressions like {${node.value.trim().slice(0, 30)}} are not allowed in guides (they are never run): write the text itself, or escape braces as \\{ \\}`,
      at(node),
    );
  }
}

// ---------------------------------------------------------------- walking

/** The first node in document order (each node before its children) that passes `test`. */
export function findNode(nodes: readonly RootContent[], test: (node: RootContent) => boolean): RootContent | undefined {
  for (const node of nodes) {
    if (test(node)) return node;
    const found = findNode(childrenOf(node), test);
    if (found) return found;
  }
  return undefined;
}

/**
 * The children of a container as its author wrote them, in order: MDX wraps tags written
 * between lines of text in paragraphs, so paragraphs are looked through.
 */
export function throughParagraphs(node: Nodes, visit: (child: RootContent) => void): void {
  for (const child of childrenOf(node)) {
    if (child.type === 'paragraph') throughParagraphs(child, visit);
    else visit(child);
  }
}
