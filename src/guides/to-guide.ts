/**
 * mdast (from a guide in the docs dialect or the plainer Markdown flavour) -> one
 * provider of the catalog. Small pure functions, one per kind of node; problems are
 * reported to `Diagnostics` at the node's position and the walk goes on, so one run
 * reports every problem in a file.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { AuthType, Block, Callout, Inline, Provider, Section, Step } from '../schema/guide.js';
import { ImageSrc, LinkHref } from '../schema/guide.js';
import type { Field } from '../schema/fields.js';
import { FrontMatter, flattenUnions, type FrontMatterField } from '../schema/front-matter.js';
import { formatIssues } from '../schema/zod.js';
import type { Diagnostics, Point } from './diagnostics.js';
import type { MdNode } from './parse.js';
import { COMPONENT_NAMES, VOCABULARY, isInlineRole, type Role } from './vocabulary.js';

/** A content item while walking: a block, or a `<Steps>` group a section will lift out. */
type Item = Block | { type: 'steps'; steps: Step[] } | { type: 'heading'; children: Inline[]; level: number };

interface Context {
  diagnostics: Diagnostics;
}

const at = (node: MdNode): Point | undefined => node.position?.start;

const isJsx = (node: MdNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const COMMENT_EXPRESSION = /^\s*\/\*[\s\S]*\*\/\s*$/;

/** A string attribute's value; `null` for a bare attribute; `undefined` when absent or an expression (never evaluated). */
function attribute(node: MdNode, name: string): string | null | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  if (found.value === null || found.value === undefined) return null;
  return typeof found.value === 'string' ? found.value : undefined;
}

function scopesOf(node: MdNode): string[] {
  const value = attribute(node, 'data-guide-scopes');
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

function roleOf(node: MdNode, ctx: Context): Role | undefined {
  const name = node.name ?? '';
  const role = Object.hasOwn(VOCABULARY, name) ? VOCABULARY[name] : undefined;
  if (!role) {
    ctx.diagnostics.report(
      name
        ? `unknown component <${name}>. Guides may use ${COMPONENT_NAMES.join(', ')} and plain HTML such as <p>, <ul>, <a>, <img>`
        : 'fragments (<>...</>) are not supported: remove the empty tags',
      at(node),
    );
  }
  return role;
}

/** The text of a node and its descendants, whitespace collapsed. */
export function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value ?? '';
  if (node.type === 'image') return node.alt ?? '';
  if (isJsx(node) && node.name === 'br') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

function checkExpression(node: MdNode, ctx: Context): void {
  if (!COMMENT_EXPRESSION.test(node.value ?? '')) {
    ctx.diagnostics.report(
      `expressions like {${(node.value ?? '').trim().slice(0, 30)}} are not allowed in guides (they are never run): write the text itself, or escape braces as \\{ \\}`,
      at(node),
    );
  }
}

/**
 * A link target: http(s) and mailto links stay links; a relative link (the docs
 * site's own pages) means nothing inside a host's page, so its text stays and the
 * link goes; any other scheme (`javascript:`, `data:`) is an error.
 */
function linkTarget(href: string, node: MdNode, ctx: Context): string | undefined {
  const trimmed = href.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  const checked = LinkHref.safeParse(trimmed);
  if (!checked.success) {
    ctx.diagnostics.report(`link "${trimmed.slice(0, 40)}": ${checked.error.issues[0]?.message}`, at(node));
    return undefined;
  }
  return trimmed;
}

// ---------------------------------------------------------------- inline content

function inlineNode(node: MdNode, ctx: Context): Inline[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', text: collapse(node.value ?? '') }];
    case 'inlineCode':
      return [{ type: 'code', text: node.value ?? '' }];
    case 'strong':
      return [{ type: 'strong', children: inlines(node.children, ctx) }];
    case 'emphasis':
      return [{ type: 'emphasis', children: inlines(node.children, ctx) }];
    case 'break':
      return [{ type: 'break' }];
    case 'link':
    case 'linkReference': {
      const children = inlines(node.children, ctx);
      const href = linkTarget(node.url ?? '', node, ctx);
      return href ? [{ type: 'link', href, children }] : children;
    }
    case 'image':
      return node.alt ? [{ type: 'text', text: node.alt }] : [];
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      checkExpression(node, ctx);
      return [];
    case 'html':
      return [];
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      return inlineElement(node, ctx);
    default:
      return (node.children ?? []).flatMap((child) => inlineNode(child, ctx));
  }
}

function inlineElement(node: MdNode, ctx: Context): Inline[] {
  const role = roleOf(node, ctx);
  switch (role?.kind) {
    case 'strong':
      return [{ type: 'strong', children: inlines(node.children, ctx) }];
    case 'emphasis':
      return [{ type: 'emphasis', children: inlines(node.children, ctx) }];
    case 'code':
      return [{ type: 'code', text: textOf(node) }];
    case 'break':
      return [{ type: 'break' }];
    case 'link': {
      const children = inlines(node.children, ctx);
      const href = linkTarget(attribute(node, 'href') ?? '', node, ctx);
      return href ? [{ type: 'link', href, children }] : children;
    }
    case 'image': {
      const alt = attribute(node, 'alt');
      return alt ? [{ type: 'text', text: alt }] : [];
    }
    case 'drop':
    case undefined:
      return [];
    default:
      return inlines(node.children, ctx);
  }
}

/** Inline runs with adjacent text merged and empty text dropped. */
function inlines(nodes: MdNode[] | undefined, ctx: Context): Inline[] {
  const out: Inline[] = [];
  for (const run of (nodes ?? []).flatMap((node) => inlineNode(node, ctx))) {
    const last = out[out.length - 1];
    if (run.type === 'text' && last?.type === 'text') last.text = collapse(last.text + run.text);
    else if (run.type !== 'text' || run.text !== '') out.push(run);
  }
  return out;
}

/** Trims the whitespace at the edges of a run list, and around line breaks. */
function trimInlines(runs: Inline[]): Inline[] {
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

function isBlank(runs: Inline[]): boolean {
  return runs.every((run) => run.type === 'text' && run.text.trim() === '');
}

// ---------------------------------------------------------------- block content

function isInlineNode(node: MdNode): boolean {
  if (isJsx(node)) {
    const role = Object.hasOwn(VOCABULARY, node.name ?? '') ? VOCABULARY[node.name ?? ''] : undefined;
    return role ? isInlineRole(role) : false;
  }
  return ['text', 'inlineCode', 'strong', 'emphasis', 'break', 'link', 'linkReference', 'mdxTextExpression', 'html'].includes(
    node.type,
  );
}

/** Content in document order: runs of inline nodes become paragraphs, everything else a block. */
function flow(nodes: MdNode[] | undefined, ctx: Context): Item[] {
  const items: Item[] = [];
  let pending: MdNode[] = [];
  const flush = () => {
    const runs = trimInlines(inlines(pending, ctx));
    if (!isBlank(runs)) items.push({ type: 'paragraph', children: runs });
    pending = [];
  };
  for (const node of nodes ?? []) {
    if (isInlineNode(node)) {
      pending.push(node);
      continue;
    }
    flush();
    items.push(...blockNode(node, ctx));
  }
  flush();
  return items;
}

/** Content where `<Steps>` has no special place (intro, a step, a callout): steps become an ordered list. */
export function blocks(nodes: MdNode[] | undefined, ctx: Context): Block[] {
  return flow(nodes, ctx).flatMap(toBlock);
}

function toBlock(item: Item): Block[] {
  if (item.type === 'steps') {
    return [
      {
        type: 'list',
        ordered: true,
        items: item.steps.map((step) => [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', text: step.title }] }] }, ...step.content]),
      },
    ];
  }
  if (item.type === 'heading') return [{ type: 'heading', children: item.children }];
  return [item];
}

function imageBlock(src: string | null | undefined, alt: string | null | undefined, node: MdNode, ctx: Context, size?: { width: string | null | undefined; height: string | null | undefined }): Block[] {
  const checked = ImageSrc.safeParse((src ?? '').trim());
  if (!src || !checked.success) {
    ctx.diagnostics.report(`image "${(src ?? '').slice(0, 40)}": ${checked.success ? 'an image needs a src' : checked.error.issues[0]?.message}`, at(node));
    return [];
  }
  const image: Block = { type: 'image', src: checked.data, alt: collapse(alt ?? '').trim() };
  const width = Number(size?.width);
  const height = Number(size?.height);
  if (width > 0 && height > 0) Object.assign(image, { width, height });
  return [image];
}

function listItems(node: MdNode, ctx: Context): Block[][] {
  // <ul> children arrive wrapped in paragraphs, with newlines between the <li>s.
  const lis: MdNode[] = [];
  const collect = (children: MdNode[] | undefined) => {
    for (const child of children ?? []) {
      if (isJsx(child) && child.name === 'li') lis.push(child);
      else if (child.type === 'paragraph') collect(child.children);
      else if (child.type === 'text' && !child.value?.trim()) continue;
      else if ((child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression')) checkExpression(child, ctx);
      else ctx.diagnostics.report(`only <li> items belong directly inside <${node.name}>`, at(child));
    }
  };
  collect(node.children);
  return lis.map((li) => blocks(li.children, ctx));
}

function stepOf(node: MdNode, ctx: Context): Step | undefined {
  const title = attribute(node, 'title');
  if (!title?.trim()) {
    ctx.diagnostics.report('<Step> needs a title attribute: <Step title="Open the settings">', at(node));
    return undefined;
  }
  let scopes: string[] = scopesOf(node);
  // A lone <div data-guide-step> wrapper carries the step's scopes; its content is the step's.
  const significant = (node.children ?? []).filter((c) => !(c.type === 'text' && !c.value?.trim()));
  let body = node.children;
  const only = significant[0];
  if (significant.length === 1 && only && isJsx(only) && only.name === 'div' && attribute(only, 'data-guide-step') !== undefined) {
    scopes = scopesOf(only);
    body = only.children;
  }
  return { title: collapse(title).trim(), scopes, content: blocks(body, ctx) };
}

function stepsOf(node: MdNode, ctx: Context): Step[] {
  const steps: Step[] = [];
  const collect = (children: MdNode[] | undefined) => {
    for (const child of children ?? []) {
      if (isJsx(child) && child.name === 'Step') {
        const step = stepOf(child, ctx);
        if (step) steps.push(step);
      } else if (child.type === 'paragraph') collect(child.children);
      else if (child.type === 'text' && !child.value?.trim()) continue;
      else if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression') checkExpression(child, ctx);
      else ctx.diagnostics.report('only <Step> elements belong directly inside <Steps>', at(child));
    }
  };
  collect(node.children);
  return steps;
}

function blockNode(node: MdNode, ctx: Context): Item[] {
  switch (node.type) {
    case 'paragraph':
      return flow(node.children, ctx);
    case 'heading':
      return [{ type: 'heading', children: trimInlines(inlines(node.children, ctx)), level: node.depth ?? 2 }];
    case 'list':
      return [{ type: 'list', ordered: !!node.ordered, items: (node.children ?? []).map((item) => blocks(item.children, ctx)) }];
    case 'image':
      return imageBlock(node.url, node.alt, node, ctx);
    case 'code':
      return [{ type: 'codeBlock', text: node.value ?? '', ...(node.lang ? { lang: node.lang } : {}) }];
    case 'blockquote':
      return [{ type: 'callout', variant: 'note', children: blocks(node.children, ctx) }];
    case 'thematicBreak':
    case 'mdxjsEsm': // imports and exports are never run
    case 'yaml':
    case 'html':
    case 'definition':
      return [];
    case 'mdxFlowExpression':
      checkExpression(node, ctx);
      return [];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementBlock(node, ctx);
    default:
      ctx.diagnostics.report(`unsupported Markdown construct "${node.type}"`, at(node));
      return [];
  }
}

function elementBlock(node: MdNode, ctx: Context): Item[] {
  const role = roleOf(node, ctx);
  switch (role?.kind) {
    case undefined:
    case 'drop':
      return [];
    case 'callout':
      return [{ type: 'callout', variant: role.variant, children: blocks(node.children, ctx) }];
    case 'steps':
      return [{ type: 'steps', steps: stepsOf(node, ctx) }];
    case 'step': {
      const step = stepOf(node, ctx);
      return step ? [{ type: 'steps', steps: [step] }] : [];
    }
    case 'heading':
      return [{ type: 'heading', children: trimInlines(inlines(node.children, ctx)), level: role.level }];
    case 'list':
      return [{ type: 'list', ordered: role.ordered, items: listItems(node, ctx) }];
    case 'listItem':
      return [{ type: 'list', ordered: false, items: [blocks(node.children, ctx)] }];
    case 'image':
      return imageBlock(attribute(node, 'src'), attribute(node, 'alt'), node, ctx, {
        width: attribute(node, 'width'),
        height: attribute(node, 'height'),
      });
    case 'pre':
      return [{ type: 'codeBlock', text: textOf(node) }];
    case 'titled': {
      const title = attribute(node, 'title');
      const heading: Item[] = title ? [{ type: 'heading', children: [{ type: 'text', text: collapse(title).trim() }], level: 3 }] : [];
      return [...heading, ...flow(node.children, ctx)];
    }
    case 'container': {
      // <Frame caption="..."> shows its caption under what it frames.
      const caption = attribute(node, 'caption')?.trim();
      const items = flow(node.children, ctx);
      return caption ? [...items, { type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', text: collapse(caption) }] }] }] : items;
    }
    case 'paragraph':
    case 'section':
      return flow(node.children, ctx);
    default: {
      // an inline element where a block was expected: a paragraph of its own
      const runs = trimInlines(inlineElement(node, ctx));
      return isBlank(runs) ? [] : [{ type: 'paragraph', children: runs }];
    }
  }
}

// ---------------------------------------------------------------- sections

/** A section as the compiler writes it: every list present, even when empty. */
type FullSection = Section & { scopes: string[]; outro: Block[] };

function sectionFrom(title: string, scopes: string[], items: Item[]): FullSection {
  const section: FullSection = { title, scopes, content: [], steps: [], outro: [] };
  for (const item of items) {
    if (item.type === 'steps') section.steps.push(...item.steps);
    else (section.steps.length ? section.outro : section.content).push(...toBlock(item));
  }
  return section;
}

/** `<section data-guide-section>`: its first heading is the title. */
function htmlSection(node: MdNode, ctx: Context): { title: string; section?: FullSection } {
  const items = flow(node.children, ctx);
  const index = items.findIndex((item) => item.type === 'heading');
  const heading = items[index];
  if (!heading || heading.type !== 'heading') {
    ctx.diagnostics.report('a <section> needs a heading: start it with <h2>Its title</h2>', at(node));
    return { title: '' };
  }
  items.splice(index, 1);
  const title = plainText(heading.children);
  return { title, section: sectionFrom(title, scopesOf(node), items) };
}

export function plainText(runs: Inline[]): string {
  return runs
    .map((run) => (run.type === 'text' || run.type === 'code' ? run.text : run.type === 'break' ? ' ' : plainText(run.children)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------- fields (the Hub block)

const HUB_HEADING = /linking the account|link(ing)? (your|the) account from the hub/i;
const FIELDS_INTRO = /following fields|fill (out|in) the fields/i;
const SECRET_LABEL = /\b(key|secret|password|passphrase|token)s?\b/i;

/** `API Key` -> `apiKey`, `Company ID` -> `companyId`. */
export function fieldKey(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\(optional\)/i, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
  return /^[A-Za-z_]/.test(key) ? key : `field${key}`;
}

function inferType(label: string, secret: boolean): Field['type'] {
  if (secret) return 'secret';
  if (/e-?mail/i.test(label)) return 'email';
  if (/\b(url|endpoint|base uri)\b/i.test(label)) return 'url';
  return 'text';
}

function fieldFromLabel(raw: string, help?: string): Field {
  const optional = /\(optional\)/i.test(raw);
  const label = raw.replace(/\(optional\)/i, '').replace(/\s+/g, ' ').trim();
  const secret = SECRET_LABEL.test(label);
  return {
    key: fieldKey(label),
    label,
    type: inferType(label, secret),
    secret,
    required: !optional,
    ...(help ? { help } : {}),
  };
}

/** One field from a `<li>`: its bold text is the label; text after it, the help. */
function fieldFromItem(item: MdNode): Field | undefined {
  const strong = findFirst(item, (n) => n.type === 'strong' || (isJsx(n) && (n.name === 'strong' || n.name === 'b')));
  const whole = collapse(textOf(item)).trim();
  if (!strong) return whole ? fieldFromLabel(whole.replace(/[:.]$/, '')) : undefined;
  const label = collapse(textOf(strong)).trim();
  const rest = whole.slice(whole.indexOf(label) + label.length);
  const optionalAfter = /^\s*\(optional\)/i.test(rest);
  const help = rest.replace(/^\s*\(optional\)/i, '').replace(/^\s*[:\-–—]\s*/, '').trim();
  return fieldFromLabel(optionalAfter ? `${label} (Optional)` : label, help || undefined);
}

function findFirst(node: MdNode, test: (n: MdNode) => boolean): MdNode | undefined {
  for (const child of node.children ?? []) {
    if (test(child)) return child;
    const found = findFirst(child, test);
    if (found) return found;
  }
  return undefined;
}

/** A field and where its author wrote it. */
interface Placed { field: Field; source: FieldSource }

/** The list that follows "Fill out the following fields" in the Hub block: each field at its list item. */
function hubFields(nodes: MdNode[]): Placed[] | undefined {
  let introduced = false;
  let list: MdNode | undefined;
  const walk = (node: MdNode): boolean => {
    if (node.type === 'text' && FIELDS_INTRO.test(node.value ?? '')) introduced = true;
    const isList = node.type === 'list' || (isJsx(node) && (node.name === 'ul' || node.name === 'ol'));
    if (introduced && isList) {
      list = node;
      return true;
    }
    return (node.children ?? []).some(walk);
  };
  nodes.some(walk);
  if (!list) return undefined;
  const items: MdNode[] = [];
  const collect = (n: MdNode) => {
    for (const child of n.children ?? []) {
      if (child.type === 'listItem' || (isJsx(child) && child.name === 'li')) items.push(child);
      else if (child.type === 'paragraph') collect(child);
    }
  };
  collect(list);
  return items.flatMap((item) => {
    const field = fieldFromItem(item);
    return field ? [{ field, source: { key: field.key, at: at(item), explicit: {} } }] : [];
  });
}

/** A field's nature, as opposed to its words: what a translation must not change. */
export const FIELD_NATURE = ['type', 'secret', 'required', 'pattern', 'options'] as const;
export type FieldNature = (typeof FIELD_NATURE)[number];

/**
 * Where a field was written, and which parts of its nature its author set explicitly (in
 * the front matter), each at its own position. Everything else about it was inferred.
 */
export interface FieldSource {
  key: string;
  at: Point | undefined;
  explicit: Partial<Record<FieldNature, Point | undefined>>;
}

function frontMatterField(entry: FrontMatterField): Field {
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
  if (entry.options) {
    field.options = entry.options.map((o) => (typeof o === 'string' ? { value: o, label: o } : { value: o.value, label: o.label ?? o.value }));
  }
  return field;
}

// ---------------------------------------------------------------- title and front matter

export interface TitleParts {
  name: string;
  authType?: AuthType;
}

/** `Connect Flatchr with API Key – StackOne Hub` -> Flatchr, api_key. */
export function parseTitle(title: string): TitleParts {
  const bare = title.replace(/\s+[–—|-]\s+[^–—|]*$/, '').trim();
  const match = /^connect\s+(.+?)\s+(?:with|using|via|by)\s+(.+)$/i.exec(bare);
  if (!match) return { name: bare.replace(/^connect\s+/i, '').trim() };
  return { name: match[1]!.trim(), authType: authTypeOf(match[2]!) };
}

function authTypeOf(words: string): AuthType {
  if (/oauth\s*1/i.test(words)) return 'oauth1';
  if (/oauth|sign[\s-]?in|\bsso\b/i.test(words)) return 'oauth2';
  if (/basic|user\s*name|password|login/i.test(words)) return 'basic';
  if (/key|token|secret|credential/i.test(words)) return 'api_key';
  return 'custom';
}

function lineColumn(source: string, offset: number): Point {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

interface ReadFrontMatter {
  data: FrontMatter;
  /** Where each front matter field was written, and its explicitly set nature (each at its key). */
  fields: FieldSource[];
}

/** The front matter, or undefined when it is invalid (its problems are reported). */
function readFrontMatter(node: MdNode, source: string, ctx: Context): ReadFrontMatter | undefined {
  const text = node.value ?? '';
  const start = source.indexOf(text, node.position?.start.offset ?? 0);
  const document = parseDocument(text, { prettyErrors: false });
  const place = (offset: number | undefined) => (offset === undefined || start < 0 ? at(node) : lineColumn(source, start + offset));
  if (document.errors.length) {
    for (const error of document.errors) ctx.diagnostics.report(`front matter: ${error.message.split('\n')[0]}`, place(error.pos[0]));
    return undefined;
  }
  const data: unknown = document.toJS() ?? {};
  const parsed = FrontMatter.safeParse(data);
  if (parsed.success) {
    const fields = (parsed.data.fields ?? []).map((entry, i): FieldSource => {
      const item = document.getIn(['fields', i], true);
      const explicit: FieldSource['explicit'] = {};
      for (const { key } of isMap(item) ? item.items : []) {
        if (!isScalar(key)) continue;
        const name = FIELD_NATURE.find((n) => n === key.value);
        if (name) explicit[name] = place(key.range?.[0]);
      }
      return { key: frontMatterField(entry).key, at: place(isMap(item) || isScalar(item) ? item.range?.[0] : undefined), explicit };
    });
    return { data: parsed.data, fields };
  }
  const issues = flattenUnions(parsed.error.issues);
  formatIssues({ issues }).forEach((message, i) => {
    // The deepest node of the path that the YAML document has: the value itself, or its parent.
    const path = issues[i]!.path;
    let target: { range?: [number, number, number] } | undefined;
    for (let depth = path.length; depth >= 0 && !target?.range; depth--) {
      target = document.getIn(path.slice(0, depth) as (string | number)[], true) as typeof target;
    }
    ctx.diagnostics.report(`front matter ${message}`, place(target?.range?.[0]));
  });
  return undefined;
}

// ---------------------------------------------------------------- the provider

export interface GuideFile {
  /** Provider key derived from the file name. */
  key: string;
  source: string;
  tree: MdNode;
}

/** A compiled provider, and where each of its fields came from. */
export interface ProviderSource {
  provider: Provider;
  /** One per field, in the same order. */
  fields: FieldSource[];
}

export function toProvider({ key, source, tree }: GuideFile, diagnostics: Diagnostics): ProviderSource | undefined {
  const ctx: Context = { diagnostics };
  const nodes = tree.children ?? [];
  const yaml = nodes.find((n) => n.type === 'yaml');
  const read = yaml ? readFrontMatter(yaml, source, ctx) : { data: {}, fields: [] };
  const fm: FrontMatter = read?.data ?? {};

  let h1: string | undefined;
  let description: string | undefined;
  let hubFieldList: Placed[] | undefined;
  let hubAt: Point | undefined;
  const warnings: Callout[] = [];
  const intro: Block[] = [];
  const sections: FullSection[] = [];
  /** The Markdown-flavour section being filled (`##` heading), or the hub block after its heading. */
  let open: { title: string; items: Item[]; hub: boolean; hubNodes: MdNode[] } | undefined;
  let sawContent = false;

  const closeOpen = () => {
    if (!open) return;
    if (open.hub) hubFieldList = hubFields(open.hubNodes) ?? hubFieldList;
    else sections.push(sectionFrom(open.title, [], open.items));
    open = undefined;
  };

  const place = (items: Item[]) => {
    for (const item of items) {
      if (item.type === 'callout' && (item.variant === 'warning' || item.variant === 'danger') && !open) warnings.push(item);
      else if (open) open.items.push(item);
      else if (sections.length) sections[sections.length - 1]!.outro.push(...toBlock(item));
      else intro.push(...toBlock(item));
    }
  };

  for (const node of nodes) {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm') continue;
    if (node.type === 'heading' && node.depth === 1 && h1 === undefined) {
      h1 = collapse(textOf(node)).trim();
      continue;
    }
    if (node.type === 'blockquote') {
      const text = collapse(textOf(node)).trim();
      if (/^documentation index/i.test(text)) continue;
      if (description === undefined && !sawContent && h1 !== undefined) {
        description = text;
        continue;
      }
    }
    if (node.type === 'heading' && node.depth === 2) {
      closeOpen();
      const title = collapse(textOf(node)).trim();
      open = { title, items: [], hub: HUB_HEADING.test(title), hubNodes: [] };
      if (open.hub) hubAt ??= at(node);
      sawContent = true;
      continue;
    }
    if (isJsx(node) && node.name === 'div' && attribute(node, 'data-whitelabel-hide') !== undefined) {
      closeOpen();
      hubAt ??= at(node);
      hubFieldList = hubFields(node.children ?? []) ?? hubFieldList;
      continue;
    }
    if (isJsx(node) && node.name === 'section') {
      closeOpen();
      sawContent = true;
      const { title, section } = htmlSection(node, ctx);
      if (HUB_HEADING.test(title)) {
        hubAt ??= at(node);
        hubFieldList = hubFields(node.children ?? []) ?? hubFieldList;
      } else if (section) sections.push(section);
      continue;
    }
    sawContent = true;
    if (open?.hub) {
      open.hubNodes.push(node);
      continue;
    }
    place(flow([node], ctx));
  }
  closeOpen();

  const titleParts = fm.title ? parseTitle(fm.title) : h1 ? parseTitle(h1) : undefined;
  const name = fm.name ?? titleParts?.name;
  if (!name) {
    diagnostics.report('the guide has no title: start it with "# Connect <Provider> with <Auth>" or set `name:` in the front matter', {
      line: 1,
      column: 1,
    });
    return undefined;
  }
  const fields = fm.fields ? fm.fields.map(frontMatterField) : (hubFieldList ?? []).map((p) => p.field);
  const fieldSources = fm.fields ? (read?.fields ?? []) : (hubFieldList ?? []).map((p) => p.source);
  const authType: AuthType = fm.authType ?? titleParts?.authType ?? (fields.length ? 'api_key' : 'oauth2');
  if (read && !fields.length && authType !== 'oauth2' && authType !== 'oauth1') {
    diagnostics.report(
      'no credential fields: list them after "Fill out the following fields" in the Hub block, or under `fields:` in the front matter',
      hubAt ?? { line: 1, column: 1 },
    );
  }
  const seen = new Map<string, string>();
  for (const field of fields) {
    const other = seen.get(field.key);
    if (other) diagnostics.report(`fields "${other}" and "${field.label}" both have the key "${field.key}": give one a \`key:\` in the front matter`, yaml ? at(yaml) : hubAt);
    seen.set(field.key, field.label);
  }

  const provider: Provider = {
    key: fm.key ?? key,
    name,
    authType,
    warnings,
    intro,
    sections,
    fields,
  };
  const desc = fm.description ?? description;
  if (desc) provider.description = desc;
  if (fm.category) provider.category = fm.category;
  if (fm.logo) provider.logo = fm.logo;
  return { provider, fields: fieldSources };
}
