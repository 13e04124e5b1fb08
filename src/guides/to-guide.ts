/**
 * mdast (from a guide in the docs dialect or the plainer Markdown flavour) -> one
 * provider of the catalog. The top level of the file is read here (front matter, title,
 * description, sections, the Hub block); each kind of node is read by its handler under
 * `handlers/`. Problems are reported to `Diagnostics` at the node's position and the walk
 * goes on, so one run reports every problem in a file.
 */
import type { Root, RootContent, Yaml } from 'mdast';
import type { FrontMatter } from '../schema/front-matter.js';
import type { AuthType, Block, Callout, Provider } from '../schema/guide.js';
import type { Diagnostics, Point } from './diagnostics.js';
import { checkScopeUses, compareActions, frontMatterAction } from './handlers/actions.js';
import { blocks, flow, htmlSection, sectionFrom, type FullSection } from './handlers/blocks.js';
import { toBlock } from './handlers/steps.js';
import type { FieldSource } from './handlers/fields.js';
import { compareFieldLists } from './handlers/field-lists.js';
import { linkFieldSteps } from './handlers/field-steps.js';
import { frontMatterField, readFrontMatter } from './handlers/front-matter.js';
import { HUB_HEADING, hubFields, type Placed } from './handlers/hub-fields.js';
import { crossCheck, fieldsFromNames, namedCredentials, neededFields } from './handlers/needed-fields.js';
import { at, attribute, collapse, isJsx, textOf, type Item, type State } from './handlers/state.js';
import { groupSteps, joinSplitLists, opensStepSection, stepDepth } from './handlers/step-headings.js';
import { authTypeOfFile, authTypeOfText, parseTitle } from './handlers/title.js';

export { blocks } from './handlers/blocks.js';
export { FIELD_NATURE, fieldKey, type FieldNature, type FieldSource } from './handlers/fields.js';
export { plainText } from './handlers/inline.js';
export { textOf } from './handlers/state.js';
export { parseTitle, type TitleParts } from './handlers/title.js';

export interface GuideFile {
  /** Provider key derived from the file name (or, in a tree, its path). */
  key: string;
  /** The file name's own key (`pipedrive-oauth`): it may name the auth type. Default: `key`. */
  fileKey?: string | undefined;
  source: string;
  tree: Root;
  /** The category a tree's folder gives, unless front matter sets one. */
  category?: string | undefined;
  /** The guide's folder under the root (`/`-separated): where relative links and images start. */
  dir?: string | undefined;
  /** The documentation site's root, unless front matter sets `baseUrl:`. */
  baseUrl?: string | undefined;
}

/** A compiled provider, and where each of its fields came from. */
export interface ProviderSource {
  provider: Provider;
  /** One per field, in the same order. */
  fields: FieldSource[];
  /** Where the actions were written (front matter's `actions:`, or the scope selector), when there are any. */
  actionsAt?: Point;
}

export function toProvider(file: GuideFile, diagnostics: Diagnostics): ProviderSource | undefined {
  const { key, source, tree } = file;
  const state: State = { diagnostics, source, scopeUses: [], dir: file.dir ?? '', flow: (children) => flow(children, state) };
  const nodes = joinSplitLists(tree.children);
  const yaml = nodes.find((n): n is Yaml => n.type === 'yaml');
  const read = yaml ? readFrontMatter(yaml, source, state) : { data: {}, fields: [] };
  const fm: FrontMatter = read?.data ?? {};
  state.baseUrl = fm.baseUrl ?? file.baseUrl;

  let h1: string | undefined;
  let description: string | undefined;
  let hubFieldList: Placed[] | undefined;
  let hubAt: Point | undefined;
  const warnings: Callout[] = [];
  const intro: Block[] = [];
  const sections: FullSection[] = [];
  /** The Markdown-flavour section being filled (`##` heading), or the hub block after its heading. */
  let open: { title: string; items: Item[]; hub: boolean; hubNodes: RootContent[] } | undefined;
  let sawContent = false;
  /** The step about the hub's own connect form (`#### Step 3: Enter credentials in the Connect UI`): what it holds, and where it starts. */
  const connect: { nodes: RootContent[]; at: Point | undefined } = { nodes: [], at: undefined };
  const depth = stepDepth(nodes);

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

  for (const node of groupSteps(nodes, depth)) {
    if (node.type === 'stepGroup') {
      sawContent = true;
      if (node.connect) {
        connect.at ??= node.at;
        connect.nodes.push(...node.nodes);
      } else if (open?.hub) open.hubNodes.push(...node.nodes);
      else place([{ type: 'steps', steps: [{ title: node.title, scopes: [], content: blocks(node.nodes, state) }] }]);
      continue;
    }
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
    if (node.type === 'heading' && (node.depth === 2 || opensStepSection(node, depth))) {
      closeOpen();
      const title = collapse(textOf(node)).trim().replace(/\s*:$/, '');
      open = { title, items: [], hub: HUB_HEADING.test(title), hubNodes: [] };
      if (open.hub) hubAt ??= at(node);
      sawContent = true;
      continue;
    }
    if (isJsx(node) && node.name === 'div' && attribute(node, 'data-whitelabel-hide') !== undefined) {
      closeOpen();
      hubAt ??= at(node);
      hubFieldList = hubFields(node.children) ?? hubFieldList;
      continue;
    }
    if (isJsx(node) && node.name === 'section') {
      closeOpen();
      sawContent = true;
      const { title, section } = htmlSection(node, state);
      if (HUB_HEADING.test(title)) {
        hubAt ??= at(node);
        hubFieldList = hubFields(node.children) ?? hubFieldList;
      } else if (section) sections.push(section);
      continue;
    }
    sawContent = true;
    if (open?.hub) {
      open.hubNodes.push(node);
      continue;
    }
    place(flow([node], state));
  }
  closeOpen();

  // A title that names only the page ("How to connect your account") leaves the name to the next.
  const titles = [fm.title, h1, read?.sidebarTitle].flatMap((t) => (t ? [parseTitle(t)] : []));
  const titleParts = titles.find((t) => t.name) ?? titles[0];
  const name = fm.name ?? titleParts?.name;
  if (!name) {
    diagnostics.report('the guide has no title: start it with "# Connect <Provider> with <Auth>" or set `name:` in the front matter', {
      line: 1,
      column: 1,
    });
    return undefined;
  }
  // What the guide's text says it needs (its opening list or sentence), else what its connect step names.
  const needed = hubFieldList ? undefined : neededFields(nodes);
  const named = namedCredentials(connect.nodes);
  if (needed && !fm.fields) crossCheck(needed.fields, named, connect.at, state);
  const bodyFields = hubFieldList ?? needed?.fields ?? (named.length ? fieldsFromNames(named) : undefined);
  if (fm.fields && bodyFields) compareFieldLists(fm.fields, bodyFields, read?.fieldsAt, state);
  const fields = fm.fields ? fm.fields.map(frontMatterField) : (bodyFields ?? []).map((p) => p.field);
  const fieldSources = fm.fields ? (read?.fields ?? []) : (bodyFields ?? []).map((p) => p.source);
  const said = fm.authType ?? titleParts?.authType ?? authTypeOfFile(file.fileKey ?? key);
  // A guide with no fields signs in by redirect only when something says so: never by default.
  const told = said ?? (fields.length ? 'api_key' : authTypeOfText([fm.title ?? '', fm.description ?? '', textOf(tree)].join(' ')));
  const authType: AuthType = told ?? 'api_key';
  if (read && !fields.length && authType !== 'oauth2' && authType !== 'oauth1') {
    const where = `after "Fill out the following fields" in the Hub block, after "To authenticate with ${name}, you will need:", or under \`fields:\` in the front matter`;
    diagnostics.report(
      told
        ? `no credential fields: list them ${where}`
        : `no credential fields, and the guide does not say that ${name} links by signing in (OAuth): list the fields ${where}; for a sign-in, set \`authType: oauth2\``,
      hubAt ?? connect.at ?? { line: 1, column: 1 },
    );
  }
  const seen = new Map<string, string>();
  for (const field of fields) {
    const other = seen.get(field.key);
    if (other)
      diagnostics.report(
        `fields "${other}" and "${field.label}" both have the key "${field.key}": give one a \`key:\` in the front matter`,
        yaml ? at(yaml) : hubAt,
      );
    seen.set(field.key, field.label);
  }

  // Where to find each field: the step that names it, or the one front matter's `step:` names.
  linkFieldSteps(
    sections,
    fields,
    fieldSources,
    fm.fields?.map((entry) => (typeof entry === 'string' ? undefined : entry.step)) ?? [],
    state,
  );

  const provider: Provider = {
    key: fm.key ?? key,
    name,
    authType,
    warnings,
    intro,
    sections,
    fields,
  };
  // Front matter's actions win over the scope selector's, as its fields win over the Hub block's.
  const bodyActions = state.selector?.actions;
  if (fm.actions && bodyActions) compareActions(fm.actions.map(frontMatterAction), bodyActions, read?.actionsAt, state);
  const actions = fm.actions ? fm.actions.map(frontMatterAction) : bodyActions;
  if (actions?.length) {
    provider.actions = actions;
    checkScopeUses(actions, state);
  }
  const variant = fm.variant ?? titleParts?.variant;
  if (variant) provider.variant = variant;
  const desc = fm.description ?? description;
  if (desc) provider.description = desc;
  const category = fm.category ?? file.category;
  if (category) provider.category = category;
  if (fm.logo) provider.logo = fm.logo;
  const actionsAt = fm.actions ? read?.actionsAt : state.selector?.at;
  return { provider, fields: fieldSources, ...(actions?.length && actionsAt && { actionsAt }) };
}
