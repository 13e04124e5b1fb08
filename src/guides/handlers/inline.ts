/**
 * Running text: mdast phrasing nodes and inline JSX elements -> inline runs (text,
 * strong, emphasis, code, kbd, link, break). One handler per node kind, one per inline role.
 */
import type { Nodes, Parents, RootContent, Text } from 'mdast';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import { LinkHref, type Inline } from '../../schema/guide.js';
import { pointAt } from '../diagnostics.js';
import { roleNamed } from '../vocabulary.js';
import { holdsSelector, isSelector, readSelector } from './actions.js';
import { isRelative, relativeLink } from './urls.js';
import {
  at,
  attribute,
  byRole,
  checkExpression,
  childrenOf,
  collapse,
  one,
  roleOf,
  textOf,
  type Element,
  type Handlers,
  type RoleHandlers,
  type State,
} from './state.js';

/**
 * A link target: http(s) and mailto links stay links; a relative link (the docs site's own
 * pages) is resolved against the base URL, or keeps its text only (see `urls.ts`); any
 * other scheme (`javascript:`, `data:`) is an error.
 */
export function linkTarget(href: string, node: Nodes, state: State): string | undefined {
  const trimmed = href.trim();
  if (isRelative(trimmed)) return relativeLink(trimmed, node, state);
  const checked = LinkHref.safeParse(trimmed);
  if (!checked.success) {
    state.diagnostics.report(`link "${trimmed.slice(0, 40)}": ${checked.error.issues[0]?.message}`, at(node));
    return undefined;
  }
  return trimmed;
}

// ---------------------------------------------------------------- handlers shared by both tables

const strong = (node: Parents, state: State): Inline[] => [{ type: 'strong', children: inlines(node.children, state) }];
const emphasis = (node: Parents, state: State): Inline[] => [{ type: 'emphasis', children: inlines(node.children, state) }];
const lineBreak = (): Inline[] => [{ type: 'break' }];
const nothing = (): Inline[] => [];

/** A link's text, linked when its target may stay (see `linkTarget`). */
function link(node: Parents, href: string, state: State): Inline[] {
  const children = inlines(node.children, state);
  const target = linkTarget(href, node, state);
  return target ? [{ type: 'link', href: target, children }] : children;
}

function expression(node: MdxFlowExpression | MdxTextExpression, state: State): Inline[] {
  checkExpression(node, state);
  return [];
}

// ---------------------------------------------------------------- by node kind

const handlers: Handlers<Inline[]> = {
  text: (node, state) => {
    noteEscapes(node, state);
    return [{ type: 'text', text: collapse(node.value) }];
  },
  inlineCode: (node) => [{ type: 'code', text: node.value }],
  strong,
  emphasis,
  break: lineBreak,
  link: (node, state) => link(node, node.url, state),
  // A reference's definition is not followed: its text stays.
  linkReference: (node, state) => link(node, '', state),
  image: (node) => (node.alt ? [{ type: 'text', text: node.alt }] : []),
  mdxTextExpression: expression,
  mdxFlowExpression: expression,
  html: nothing,
  mdxJsxTextElement: inlineElement,
  mdxJsxFlowElement: inlineElement,
};

/** A node in running text; a kind without a handler gives its children's runs. */
function inlineNode(node: RootContent, state: State): Inline[] {
  return one(handlers, node, state) ?? childrenOf(node).flatMap((child) => inlineNode(child, state));
}

// ---------------------------------------------------------------- by vocabulary role

const roles: RoleHandlers<Inline[]> = {
  strong,
  emphasis,
  code: (node) => [{ type: 'code', text: textOf(node) }],
  kbd: (node) => [{ type: 'kbd', text: collapse(textOf(node)).trim() }],
  break: lineBreak,
  link: (node, state) => link(node, attribute(node, 'href') ?? '', state),
  image: (node) => {
    const alt = attribute(node, 'alt');
    return alt ? [{ type: 'text', text: alt }] : [];
  },
  drop: nothing,
  // <Tooltip tip="...">term</Tooltip>: the term, then what hovering it would tell.
  tooltip: (node, state) => {
    const tip = collapse(attribute(node, 'tip') ?? '').trim();
    return [...inlines(node.children, state), ...(tip ? [{ type: 'text' as const, text: ` (${tip})` }] : [])];
  },
  // An icon is decorative, unless its author gave it words.
  icon: (node) => {
    const words = ['alt', 'aria-label', 'title', 'label'].map((name) => attribute(node, name)?.trim()).find(Boolean);
    return words ? [{ type: 'text', text: collapse(words) }] : [];
  },
};

/**
 * A backslash escape in prose (`\<`, `\{`, `\*`) is shown as the character it escapes,
 * as the docs site shows it; said once per run of text, at the first escape.
 */
function noteEscapes(node: Text, state: State): void {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return;
  const written = state.source.slice(start.offset, end.offset);
  const escapes = [...written.matchAll(/\\([!-/:-@[-`{-~])/g)];
  if (!escapes.length) return;
  const shown = [...new Set(escapes.map((m) => m[0]))];
  state.diagnostics.warn(
    `${shown.join(' ')} in the text ${shown.length === 1 ? 'is an escape' : 'are escapes'}: shown as ${shown.map((e) => `"${e.slice(1)}"`).join(' ')}`,
    pointAt(state.source, start.offset + escapes[0]!.index),
  );
}

/** A JSX element in running text; a role without a handler (span, or a block role) gives its children's runs. */
export function inlineElement(node: Element, state: State): Inline[] {
  if (isSelector(node)) {
    readSelector(node, state);
    return [];
  }
  if (!roleNamed(node.name) && holdsSelector(node)) return inlines(node.children, state);
  const role = roleOf(node, state);
  if (!role) return [];
  return byRole(roles, node, role, state) ?? inlines(node.children, state);
}

// ---------------------------------------------------------------- runs

/** Inline runs with adjacent text merged and empty text dropped. */
export function inlines(nodes: readonly RootContent[], state: State): Inline[] {
  const out: Inline[] = [];
  for (const run of nodes.flatMap((node) => inlineNode(node, state))) {
    const last = out[out.length - 1];
    if (run.type === 'text' && last?.type === 'text') last.text = collapse(last.text + run.text);
    else if (run.type !== 'text' || run.text !== '') out.push(run);
  }
  return out;
}

/** Trims the whitespace at the edges of a run list, and around line breaks. */
export function trimInlines(runs: Inline[]): Inline[] {
  const out = runs.map((run, i) => {
    if (run.type !== 'text') return run;
    let text = run.text;
    if (i === 0 || runs[i - 1]?.type === 'break') text = text.trimStart();
    if (i === runs.length - 1 || runs[i + 1]?.type === 'break') text = text.trimEnd();
    return { ...run, text };
  });
  const kept = out.filter((run) => run.type !== 'text' || run.text !== '');
  while (kept[0]?.type === 'break') kept.shift();
  while (kept[kept.length - 1]?.type === 'break') kept.pop();
  return kept;
}

export function isBlank(runs: Inline[]): boolean {
  return runs.every((run) => run.type === 'text' && run.text.trim() === '');
}

/** The words of a run list, as plain text. */
export function plainText(runs: Inline[]): string {
  return runs
    .map((run) =>
      run.type === 'text' || run.type === 'code' || run.type === 'kbd' ? run.text : run.type === 'break' ? ' ' : plainText(run.children),
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
