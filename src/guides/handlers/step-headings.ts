/**
 * Steps written as headings, as some docs houses write them instead of `<Steps>`/`<Step
 * title>`: `#### Step 1: Generating your API Key`, then its numbered list, images and
 * callouts, up to the next heading as high as it. The heading one level above the steps
 * (`### Instructions:`) is their section. A step that describes the hub's own connect form
 * ("Enter credentials in the Connect UI") is not a step of the guide: like the seeds' Hub
 * block, it only names the fields (see `needed-fields.ts`).
 *
 * Also: a numbered Markdown list that an image (or a callout) interrupts, and that goes on
 * numbering after it (`1.`, `<img>`, `2.`), is one list, the image kept with the item before it.
 */
import type { Heading, List, ListItem, RootContent } from 'mdast';
import type { Point } from '../diagnostics.js';
import { roleNamed } from '../vocabulary.js';
import { at, attribute, collapse, isJsx, textOf } from './state.js';

/** `Step 1: Title`, `Step 2 - Title`, `Step 3. Title`: the title. */
const STEP_HEADING = /^step\s+\d+\s*[:.)–—-]\s*(\S.*?)\s*:?$/i;

/** The step about the hub's own form: "Enter credentials in the Connect UI", "Fill in the connect form". */
export const CONNECT_STEP = /\bconnect(?:ion)?\s+(?:ui|form|dialog|window|modal|screen)\b/i;

/** A heading written as a step, and what follows it in the step. */
export interface StepGroup {
  type: 'stepGroup';
  title: string;
  at: Point | undefined;
  /** What the step holds, split lists joined. */
  nodes: RootContent[];
  /** It describes the connect form: it names fields and is not shown. */
  connect: boolean;
}

export type Unit = RootContent | StepGroup;

const headingText = (node: Heading) => collapse(textOf(node)).trim();

/** A step heading's title, or undefined when the node is not one. */
export function stepTitle(node: RootContent): string | undefined {
  return node.type === 'heading' ? STEP_HEADING.exec(headingText(node))?.[1] : undefined;
}

/** The level of the guide's step headings (that of the first one), when it has any. */
export function stepDepth(nodes: readonly RootContent[]): number | undefined {
  const first = nodes.find((node) => stepTitle(node) !== undefined);
  return first?.type === 'heading' ? first.depth : undefined;
}

/** What ends a step: a heading as high as the steps, or a `<section>` or Hub block of the docs dialect. */
function endsStep(node: RootContent, depth: number): boolean {
  if (node.type === 'heading') return node.depth <= depth;
  return isJsx(node) && (node.name === 'section' || (node.name === 'div' && attribute(node, 'data-whitelabel-hide') !== undefined));
}

/** The top-level nodes, each step heading and what it holds grouped (at `depth`, the steps' level). */
export function groupSteps(nodes: readonly RootContent[], depth: number | undefined): Unit[] {
  if (depth === undefined) return [...nodes];
  const units: Unit[] = [];
  let group: StepGroup | undefined;
  const close = () => {
    if (group) units.push({ ...group, nodes: joinSplitLists(group.nodes) });
    group = undefined;
  };
  for (const node of nodes) {
    const title = node.type === 'heading' && node.depth === depth ? stepTitle(node) : undefined;
    if (title !== undefined) {
      close();
      group = { type: 'stepGroup', title, at: at(node), nodes: [], connect: CONNECT_STEP.test(title) };
      continue;
    }
    if (group && endsStep(node, depth)) close();
    if (group) group.nodes.push(node);
    else units.push(node);
  }
  close();
  return units;
}

/** Whether a section title is a step heading's parent: one level above the steps (`### Instructions:` over `#### Step 1:`). */
export const opensStepSection = (node: Heading, depth: number | undefined) => depth !== undefined && depth > 3 && node.depth === depth - 1;

// ---------------------------------------------------------------- lists an image interrupts

/** An image, a `<Frame>` or a callout element. */
function isBetweenElement(node: RootContent): boolean {
  if (node.type === 'image') return true;
  if (!isJsx(node)) return false;
  const kind = roleNamed(node.name)?.kind;
  return kind === 'image' || kind === 'callout' || node.name === 'Frame' || node.name === 'figure';
}

/** An image, a `<Frame>` or a callout, standing on its own (MDX wraps a tag on one line in a paragraph). */
function standsBetween(node: RootContent): boolean {
  if (node.type !== 'paragraph') return isBetweenElement(node);
  const significant = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  return significant.length > 0 && significant.every(isBetweenElement);
}

const isOrdered = (node: RootContent | undefined): node is List => node?.type === 'list' && node.ordered === true;

/**
 * Numbered lists that go on numbering across an image or callout (`1.`, `<img>`, `2.`):
 * one list, what stood between kept at the end of the item before it. Anything else as it is.
 */
export function joinSplitLists(nodes: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!isOrdered(node)) {
      out.push(node);
      continue;
    }
    let list: List = node;
    for (;;) {
      let j = i + 1;
      while (j < nodes.length && standsBetween(nodes[j]!)) j++;
      const next = nodes[j];
      if (!isOrdered(next) || next.start !== (list.start ?? 1) + list.children.length) break;
      const last = list.children[list.children.length - 1]!;
      const between = nodes.slice(i + 1, j) as ListItem['children'];
      const joinedLast: ListItem = { ...last, children: [...last.children, ...between] };
      list = { ...list, children: [...list.children.slice(0, -1), joinedLast, ...next.children] };
      i = j;
    }
    out.push(list);
  }
  return out;
}
