/**
 * Groups made of one kind of child: `<Steps>` of `<Step>`s, `<Tabs>` of `<Tab>`s,
 * `<ul>`/`<ol>` of `<li>`s. What
 * else stands directly inside one (text, a paragraph, a list, a `<Frame>`) is kept, in
 * order, with a warning: after a member it goes with that member; before the first, it
 * comes before the group. A `<Step>` without a title is still a numbered step: its first
 * heading is its title, else "Step <n>", with a warning.
 */
import type { RootContent } from 'mdast';
import type { Block, Step, Tabs } from '../../schema/guide.js';
import type { Point } from '../diagnostics.js';
import { plainText } from './inline.js';
import { at, attribute, collapse, isJsx, scopeAttribute, type Element, type Item, type State } from './state.js';

/** An item where `<Steps>` has no special place (intro, a step, a callout): a steps group becomes an ordered list. */
export function toBlock(item: Item): Block[] {
  if (item.type !== 'steps') return [item];
  return [
    {
      type: 'list',
      ordered: true,
      items: item.steps.map((step) => [
        { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', text: step.title }] }] },
        ...step.content,
      ]),
    },
  ];
}

/** Flow content as blocks, steps groups made ordered lists. */
export const blocksOf = (nodes: readonly RootContent[], state: State): Block[] => state.flow(nodes).flatMap(toBlock);

type Part = { member: Element } | { stray: RootContent[] };

/**
 * The children of a group as its author wrote them: its members, and runs of anything
 * else between them. MDX wraps tags written between lines of text in a paragraph: a
 * paragraph holding a member is looked through; any other paragraph stays whole.
 */
function parts(node: Element, name: string): Part[] {
  const out: Part[] = [];
  const isMember = (child: RootContent): child is Element => isJsx(child) && child.name === name;
  const visit = (child: RootContent) => {
    if (isMember(child)) out.push({ member: child });
    else if (child.type === 'paragraph' && child.children.some(isMember)) child.children.forEach(visit);
    else {
      const last = out[out.length - 1];
      if (last && 'stray' in last) last.stray.push(child);
      else out.push({ stray: [child] });
    }
  };
  node.children.forEach(visit);
  return out;
}

const KINDS: Record<Block['type'], string> = {
  paragraph: 'text',
  heading: 'a heading',
  list: 'a list',
  image: 'an image',
  codeBlock: 'a code block',
  callout: 'a callout',
  disclosure: 'a disclosure',
  tabs: 'tabs',
  table: 'a table',
  card: 'a card',
};

/** A run of stray content: its blocks, what it is (for the warning) and where it starts. */
function stray(nodes: RootContent[], state: State): { blocks: Block[]; what: string; where: Point | undefined } {
  const blocks = blocksOf(nodes, state);
  const first = nodes.find((n) => !(n.type === 'text' && !n.value.trim()));
  return { blocks, what: blocks[0] ? KINDS[blocks[0].type] : 'text', where: first && at(first) };
}

/** `<Steps>`: its steps group, and what stands before its first step. */
export function stepsOf(node: Element, state: State): Item[] {
  const before: Block[] = [];
  const steps: Step[] = [];
  for (const part of parts(node, 'Step')) {
    if ('member' in part) {
      steps.push(stepOf(part.member, state, steps.length + 1));
      continue;
    }
    const { blocks, what, where } = stray(part.stray, state);
    if (!blocks.length) continue;
    const last = steps[steps.length - 1];
    if (last) last.content.push(...blocks);
    else before.push(...blocks);
    state.diagnostics.warn(
      last
        ? `${what} directly inside <Steps> is kept with the step before it, "${last.title}" (only <Step> elements belong there)`
        : `${what} directly inside <Steps> is shown before the steps (only <Step> elements belong there)`,
      where,
    );
  }
  return [...before, { type: 'steps', steps }];
}

/** A `<Step>`, the `n`th of its group: its title, its scopes, and its content. */
export function stepOf(node: Element, state: State, n: number): Step {
  let title = collapse(attribute(node, 'title') ?? '').trim();
  const owner = `step "${title || n}"`;
  let scopes = scopeAttribute(node, 'data-guide-scopes', owner, state);
  let listed = scopeAttribute(node, 'data-guide-display-scopes-list', owner, state);
  // A lone <div data-guide-step> wrapper carries the step's scopes; its content is the step's.
  const significant = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  let body: readonly RootContent[] = node.children;
  const only = significant[0];
  if (significant.length === 1 && only && isJsx(only) && only.name === 'div' && attribute(only, 'data-guide-step') !== undefined) {
    const inner = scopeAttribute(only, 'data-guide-scopes', owner, state);
    const innerListed = scopeAttribute(only, 'data-guide-display-scopes-list', owner, state);
    if (inner.length || !scopes.length) scopes = inner;
    if (innerListed.length) listed = innerListed;
    body = only.children;
  }
  const content = blocksOf(body, state);
  if (!title) {
    const first = content[0];
    const heading = first?.type === 'heading' ? plainText(first.children) : '';
    if (heading) content.shift();
    title = heading || `Step ${n}`;
    state.diagnostics.warn(
      heading
        ? `<Step> has no title: its first heading, "${title}", is its title`
        : `<Step> has no title: shown as a numbered step titled "${title}"; give it one: <Step title="Open the settings">`,
      at(node),
    );
  }
  return { title, scopes, ...(listed.length ? { scopeList: listed } : {}), content };
}

/**
 * `<Tabs>`: what stands before its first `<Tab>`, then one `tabs` block. A `<Tab>` without
 * a title is titled "Tab <n>", with a warning. A `<Tabs>` with no `<Tab>` shows what it holds.
 */
export function tabsOf(node: Element, state: State): Item[] {
  const all = parts(node, 'Tab');
  if (!all.some((part) => 'member' in part)) return state.flow(node.children);
  const before: Block[] = [];
  const tabs: Tabs['tabs'] = [];
  for (const part of all) {
    if ('member' in part) {
      let title = collapse(attribute(part.member, 'title') ?? '').trim();
      if (!title) {
        title = `Tab ${tabs.length + 1}`;
        state.diagnostics.warn(`<Tab> has no title: shown as a tab titled "${title}"; give it one: <Tab title="Web">`, at(part.member));
      }
      tabs.push({ title, children: blocksOf(part.member.children, state) });
      continue;
    }
    const { blocks, what, where } = stray(part.stray, state);
    if (!blocks.length) continue;
    const last = tabs[tabs.length - 1];
    if (last) last.children.push(...blocks);
    else before.push(...blocks);
    state.diagnostics.warn(
      last
        ? `${what} directly inside <Tabs> is kept with the tab before it, "${last.title}" (only <Tab> elements belong there)`
        : `${what} directly inside <Tabs> is shown before the tabs (only <Tab> elements belong there)`,
      where,
    );
  }
  return [...before, { type: 'tabs', tabs }];
}

/** A `<ul>` or `<ol>`: what stands before its first item, and its items, each as blocks. */
export function listItems(node: Element, state: State): { before: Block[]; items: Block[][] } {
  const before: Block[] = [];
  const items: Block[][] = [];
  for (const part of parts(node, 'li')) {
    if ('member' in part) {
      items.push(blocksOf(part.member.children, state));
      continue;
    }
    const { blocks, what, where } = stray(part.stray, state);
    if (!blocks.length) continue;
    const last = items[items.length - 1];
    if (last) last.push(...blocks);
    else before.push(...blocks);
    state.diagnostics.warn(
      last
        ? `${what} between the <li> items of <${node.name}> is kept with the item before it (only <li> items belong there)`
        : `${what} directly inside <${node.name}> is shown before its items (only <li> items belong there)`,
      where,
    );
  }
  return { before, items };
}
