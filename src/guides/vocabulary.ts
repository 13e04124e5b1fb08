/**
 * The closed vocabulary of components and HTML elements a guide may use, and what
 * each becomes. Adding a component is one row; a name missing here is a positioned
 * error, never silently dropped.
 */
import type { CalloutVariant } from '../schema/guide.js';

export type Role =
  | { kind: 'callout'; variant: CalloutVariant }
  | { kind: 'steps' }
  | { kind: 'step' }
  | { kind: 'section' }
  | { kind: 'container' } // renders its children: div, Frame, CardGroup...
  | { kind: 'titled' } // a heading from its `title` attribute, then its children: a <Tab> outside <Tabs>
  | { kind: 'disclosure' } // its children behind its `title`, closed until opened: Accordion, Expandable
  | { kind: 'tabs' } // one panel per <Tab title>
  | { kind: 'card' } // a titled box, a link to its `href` when it has one
  | { kind: 'paragraph' }
  | { kind: 'heading' }
  | { kind: 'list'; ordered: boolean }
  | { kind: 'listItem' }
  | { kind: 'image' }
  | { kind: 'pre' }
  | { kind: 'drop' } // hr, Icon: nothing to show
  // inline roles
  | { kind: 'strong' }
  | { kind: 'emphasis' }
  | { kind: 'code' }
  | { kind: 'kbd' } // a key to press
  | { kind: 'link' }
  | { kind: 'break' }
  | { kind: 'span' } // renders its children inline: span, u, small...
  | { kind: 'tooltip' } // its children, then its `tip` in brackets
  | { kind: 'icon' }; // decorative: nothing, unless it has a text alternative (`alt`, `aria-label`, `title`, `label`)

const callout = (variant: CalloutVariant): Role => ({ kind: 'callout', variant });

export const VOCABULARY: Readonly<Record<string, Role>> = {
  Warning: callout('warning'),
  Note: callout('note'),
  Info: callout('info'),
  Tip: callout('tip'),
  Check: callout('check'),
  Danger: callout('danger'),
  Callout: callout('note'),
  Steps: { kind: 'steps' },
  Step: { kind: 'step' },
  Frame: { kind: 'container' },
  CardGroup: { kind: 'container' },
  AccordionGroup: { kind: 'container' },
  Tabs: { kind: 'tabs' },
  Columns: { kind: 'container' },
  CodeGroup: { kind: 'container' },
  Panel: { kind: 'container' },
  Accordion: { kind: 'disclosure' },
  Tab: { kind: 'titled' },
  Card: { kind: 'card' },
  Expandable: { kind: 'disclosure' },
  Tooltip: { kind: 'tooltip' },
  Icon: { kind: 'icon' },
  section: { kind: 'section' },
  div: { kind: 'container' },
  blockquote: callout('note'),
  figure: { kind: 'container' },
  p: { kind: 'paragraph' },
  figcaption: { kind: 'paragraph' },
  h1: { kind: 'heading' },
  h2: { kind: 'heading' },
  h3: { kind: 'heading' },
  h4: { kind: 'heading' },
  h5: { kind: 'heading' },
  h6: { kind: 'heading' },
  ul: { kind: 'list', ordered: false },
  ol: { kind: 'list', ordered: true },
  li: { kind: 'listItem' },
  img: { kind: 'image' },
  pre: { kind: 'pre' },
  hr: { kind: 'drop' },
  strong: { kind: 'strong' },
  b: { kind: 'strong' },
  em: { kind: 'emphasis' },
  i: { kind: 'emphasis' },
  code: { kind: 'code' },
  kbd: { kind: 'kbd' },
  a: { kind: 'link' },
  br: { kind: 'break' },
  span: { kind: 'span' },
  u: { kind: 'span' },
  small: { kind: 'span' },
  sup: { kind: 'span' },
  sub: { kind: 'span' },
  mark: { kind: 'span' },
};

/** The role of a component or element name: the one lookup into the table (own names only, so `toString` is unknown). */
export function roleNamed(name: string | null | undefined): Role | undefined {
  return name && Object.hasOwn(VOCABULARY, name) ? VOCABULARY[name] : undefined;
}

const INLINE_KINDS = new Set(['strong', 'emphasis', 'code', 'kbd', 'link', 'break', 'span', 'tooltip', 'icon']);

/** Whether a role flows inside a paragraph (as opposed to starting a block). */
export function isInlineRole(role: Role): boolean {
  return INLINE_KINDS.has(role.kind);
}

/** Component names, for the error message that lists what is allowed. */
export const COMPONENT_NAMES = Object.keys(VOCABULARY).filter((name) => /^[A-Z]/.test(name));
