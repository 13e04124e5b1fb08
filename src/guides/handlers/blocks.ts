/**
 * Flow content: mdast blocks and block JSX elements -> blocks (paragraphs, headings,
 * lists, images, code, callouts, disclosures, tabs, tables, cards) and `<Steps>` groups, then sections. One handler per
 * node kind, one per block role; runs of inline nodes become paragraphs.
 */
import type { Nodes, RootContent } from 'mdast';
import type { MdxFlowExpression } from 'mdast-util-mdx-expression';
import { ImageSrc, type Block, type Section } from '../../schema/guide.js';
import { isInlineRole, roleNamed } from '../vocabulary.js';
import { holdsSelector, isSelector, readSelector } from './actions.js';
import { isRelative, relativeImage } from './urls.js';
import { inlineElement, inlines, isBlank, linkTarget, plainText, trimInlines } from './inline.js';
import { joinSplitLists } from './step-headings.js';
import { blocksOf, listItems, stepOf, stepsOf, tabsOf } from './steps.js';
import { tableOf } from './table.js';
import {
  at,
  attribute,
  byRole,
  checkExpression,
  collapse,
  isJsx,
  one,
  roleOf,
  scopeAttribute,
  textOf,
  type Element,
  type Handlers,
  type Item,
  type RoleHandlers,
  type State,
} from './state.js';

const INLINE_TYPES = new Set<string>([
  'text',
  'inlineCode',
  'strong',
  'emphasis',
  'break',
  'link',
  'linkReference',
  'mdxTextExpression',
  'html',
]);

function isInlineNode(node: RootContent): boolean {
  if (isJsx(node)) {
    const role = roleNamed(node.name);
    return role ? isInlineRole(role) : false;
  }
  return INLINE_TYPES.has(node.type);
}

/** Content in document order: runs of inline nodes become paragraphs, everything else a block (a numbered list an image interrupts, one list). */
export function flow(nodes: readonly RootContent[], state: State): Item[] {
  const items: Item[] = [];
  let pending: RootContent[] = [];
  const flush = () => {
    const runs = trimInlines(inlines(pending, state));
    if (!isBlank(runs)) items.push({ type: 'paragraph', children: runs });
    pending = [];
  };
  for (const node of joinSplitLists(nodes)) {
    if (isInlineNode(node)) {
      pending.push(node);
      continue;
    }
    flush();
    items.push(...blockNode(node, state));
  }
  flush();
  return items;
}

/** Content where `<Steps>` has no special place (intro, a step, a callout): steps become an ordered list. */
export function blocks(nodes: readonly RootContent[], state: State): Block[] {
  return blocksOf(nodes, state);
}

// ---------------------------------------------------------------- pieces shared by both tables

const nothing = (): Item[] => [];

const heading = (children: readonly RootContent[], state: State): Item[] => [
  { type: 'heading', children: trimInlines(inlines(children, state)) },
];

function expression(node: MdxFlowExpression, state: State): Item[] {
  checkExpression(node, state);
  return [];
}

function imageBlock(
  src: string | null | undefined,
  alt: string | null | undefined,
  node: Nodes,
  state: State,
  size?: { width: string | null | undefined; height: string | null | undefined },
): Item[] {
  const written = (src ?? '').trim();
  const checked = ImageSrc.safeParse(written && isRelative(written) ? relativeImage(written, node, state) : written);
  if (!src || !checked.success) {
    state.diagnostics.report(
      `image "${(src ?? '').slice(0, 40)}": ${checked.success ? 'an image needs a src' : checked.error.issues[0]?.message}`,
      at(node),
    );
    return [];
  }
  const image: Block = { type: 'image', src: checked.data, alt: collapse(alt ?? '').trim() };
  const width = Number(size?.width);
  const height = Number(size?.height);
  if (width > 0 && height > 0) Object.assign(image, { width, height });
  return [image];
}

// ---------------------------------------------------------------- by node kind

const handlers: Handlers<Item[]> = {
  paragraph: (node, state) => tableOf(node, state) ?? flow(node.children, state),
  heading: (node, state) => heading(node.children, state),
  list: (node, state) => [{ type: 'list', ordered: !!node.ordered, items: node.children.map((item) => blocks(item.children, state)) }],
  image: (node, state) => imageBlock(node.url, node.alt, node, state),
  code: (node) => [{ type: 'codeBlock', text: node.value, ...(node.lang ? { lang: node.lang } : {}) }],
  blockquote: (node, state) => [{ type: 'callout', variant: 'note', children: blocks(node.children, state) }],
  thematicBreak: nothing,
  mdxjsEsm: nothing, // imports and exports are never run
  yaml: nothing,
  html: nothing,
  definition: nothing,
  mdxFlowExpression: expression,
  mdxJsxFlowElement: blockElement,
  mdxJsxTextElement: blockElement,
};

function blockNode(node: RootContent, state: State): Item[] {
  const items = one(handlers, node, state);
  if (items) return items;
  state.diagnostics.report(`unsupported Markdown construct "${node.type}"`, at(node));
  return [];
}

// ---------------------------------------------------------------- by vocabulary role

const roles: RoleHandlers<Item[]> = {
  drop: nothing,
  callout: (node, state, role) => [{ type: 'callout', variant: role.variant, children: blocks(node.children, state) }],
  steps: stepsOf,
  step: (node, state) => [{ type: 'steps', steps: [stepOf(node, state, 1)] }],
  heading: (node, state) => heading(node.children, state),
  list: (node, state, role) => {
    const { before, items } = listItems(node, state);
    return [...before, { type: 'list', ordered: role.ordered, items }];
  },
  listItem: (node, state) => [{ type: 'list', ordered: false, items: [blocks(node.children, state)] }],
  image: (node, state) =>
    imageBlock(attribute(node, 'src'), attribute(node, 'alt'), node, state, {
      width: attribute(node, 'width'),
      height: attribute(node, 'height'),
    }),
  pre: (node) => [{ type: 'codeBlock', text: textOf(node) }],
  // <Accordion title>, <Expandable title>: the body behind its title. Untitled, it has nothing to open: its body shows.
  disclosure: (node, state) => {
    const title = collapse(attribute(node, 'title') ?? '').trim();
    if (title) return [{ type: 'disclosure', title: [{ type: 'text', text: title }], children: blocks(node.children, state) }];
    state.diagnostics.warn(
      `<${node.name}> has no title: its content is shown open; give it one: <${node.name} title="Troubleshooting">`,
      at(node),
    );
    return flow(node.children, state);
  },
  tabs: tabsOf,
  // A <Tab> outside <Tabs>: a heading from its title, then its body.
  titled: (node, state) => {
    const title = attribute(node, 'title');
    const titleHeading: Item[] = title ? [{ type: 'heading', children: [{ type: 'text', text: collapse(title).trim() }] }] : [];
    return [...titleHeading, ...flow(node.children, state)];
  },
  // A card, a link to its `href` (resolved as any link is; a target that cannot stay is dropped, the card stays).
  // Untitled, its body shows as it stands.
  card: (node, state) => {
    const title = collapse(attribute(node, 'title') ?? '').trim();
    if (!title) return flow(node.children, state);
    const href = attribute(node, 'href');
    const target = href ? linkTarget(href, node, state) : undefined;
    return [{ type: 'card', title, ...(target ? { href: target } : {}), children: blocks(node.children, state) }];
  },
  container: (node, state) => {
    // <Frame caption="..."> shows its caption under what it frames.
    const caption = attribute(node, 'caption')?.trim();
    const items = flow(node.children, state);
    return caption
      ? [...items, { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', text: collapse(caption) }] }] }]
      : items;
  },
  paragraph: (node, state) => flow(node.children, state),
  section: (node, state) => flow(node.children, state),
};

/** A JSX element where a block may stand; an inline role there becomes a paragraph of its own. */
function blockElement(node: Element, state: State): Item[] {
  if (isSelector(node)) {
    readSelector(node, state);
    return [];
  }
  // Any component may wrap the scope selector (the docs dialect's <Panel>): what else it holds flows on.
  if (!roleNamed(node.name) && holdsSelector(node)) return flow(node.children, state);
  const role = roleOf(node, state);
  if (!role) return [];
  const items = byRole(roles, node, role, state);
  if (items) return items;
  const runs = trimInlines(inlineElement(node, state));
  return isBlank(runs) ? [] : [{ type: 'paragraph', children: runs }];
}

// ---------------------------------------------------------------- sections

/** A section as the compiler writes it: every list present, even when empty. */
export type FullSection = Section & { scopes: string[]; outro: Block[] };

export function sectionFrom(title: string, scopes: string[], items: Item[]): FullSection {
  const section: FullSection = { title, scopes, content: [], steps: [], outro: [] };
  for (const item of items) {
    if (item.type === 'steps') section.steps.push(...item.steps);
    else (section.steps.length ? section.outro : section.content).push(item);
  }
  return section;
}

/** `<section data-guide-section>`: its first heading is the title. */
export function htmlSection(node: Element, state: State): { title: string; section?: FullSection } {
  const items = flow(node.children, state);
  const index = items.findIndex((item) => item.type === 'heading');
  const found = items[index];
  if (!found || found.type !== 'heading') {
    state.diagnostics.report('a <section> needs a heading: start it with <h2>Its title</h2>', at(node));
    return { title: '' };
  }
  items.splice(index, 1);
  const title = plainText(found.children);
  return { title, section: sectionFrom(title, scopeAttribute(node, 'data-guide-scopes', `section "${title}"`, state), items) };
}
