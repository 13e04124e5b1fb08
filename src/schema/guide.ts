/**
 * The catalog: what the guides compiler produces and what `<link-hub>` renders.
 * Content is structured data (text runs, emphasis, code, links, images, lists,
 * callouts), never an HTML string. Every rule about it lives here.
 */
import * as z from './zod.js';
import { Field } from './field.js';
import { ImageSrc, LinkHref, LocaleTag, summaryShape, uniqueKeys } from './summary.js';

export { AuthType, ImageSrc, LinkHref, LocaleTag, ProviderKey, ProviderSummary, rewrittenByBrowsers } from './summary.js';

export interface TextRun {
  type: 'text';
  text: string;
}
export interface CodeRun {
  type: 'code';
  text: string;
}
export interface BreakRun {
  type: 'break';
}
export interface StrongRun {
  type: 'strong';
  children: Inline[];
}
export interface EmphasisRun {
  type: 'emphasis';
  children: Inline[];
}
export interface LinkRun {
  type: 'link';
  href: string;
  children: Inline[];
}
/** A key to press (`<kbd>`). */
export interface KeyRun {
  type: 'kbd';
  text: string;
}
/** A run of inline content inside a paragraph, list item or title. */
export type Inline = TextRun | CodeRun | BreakRun | StrongRun | EmphasisRun | LinkRun | KeyRun;

const runs = {
  get children(): z.ZodMiniArray<z.ZodMiniType<Inline>> {
    return z.array(Inline);
  },
};

/** Each kind of inline run, by its `type` (test/schema/types.test.ts keeps them equal to the interfaces above). */
export const InlineShapes = {
  text: z.object({ text: z.string() }),
  code: z.object({ text: z.string() }),
  break: z.object({}),
  strong: z.object(runs),
  emphasis: z.object(runs),
  link: z.object({
    href: LinkHref,
    get children(): z.ZodMiniArray<z.ZodMiniType<Inline>> {
      return z.array(Inline);
    },
  }),
  kbd: z.object({ text: z.string() }),
};

export const Inline: z.ZodMiniType<Inline> = z.variant('inline', InlineShapes);

export const CalloutVariant = z.oneOf(['warning', 'note', 'info', 'tip', 'check', 'danger']);
export type CalloutVariant = z.infer<typeof CalloutVariant>;

export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
}
export interface Heading {
  type: 'heading';
  children: Inline[];
}
export interface List {
  type: 'list';
  ordered: boolean;
  items: Block[][];
}
export interface Image {
  type: 'image';
  src: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
}
export interface CodeBlock {
  type: 'codeBlock';
  text: string;
  lang?: string | undefined;
}
export interface Callout {
  type: 'callout';
  variant: CalloutVariant;
  children: Block[];
}
/** `<Accordion title>`, `<Expandable title>`: content behind its title, closed until opened. */
export interface Disclosure {
  type: 'disclosure';
  title: Inline[];
  children: Block[];
}
/** `<Tabs>` with `<Tab title>`: one panel shown at a time. */
export interface Tabs {
  type: 'tabs';
  tabs: { title: string; children: Block[] }[];
}
/** A GFM table: header cells and rows of cells, each a run list. */
export interface Table {
  type: 'table';
  head: Inline[][];
  rows: Inline[][][];
}
/** `<Card title href>`: a titled box, a link when it has `href`. */
export interface Card {
  type: 'card';
  title: string;
  href?: string | undefined;
  children: Block[];
}
/** A block of guide content. */
export type Block = Paragraph | Heading | List | Image | CodeBlock | Callout | Disclosure | Tabs | Table | Card;

/** An image's intrinsic size in px, so the layout does not jump while it loads. */
const Dimension = z.optional(z.custom<number>((v) => typeof v === 'number' && v > 0, 'expected a positive number'));

export const Callout: z.ZodMiniType<Callout> = z.object({
  type: z.oneOf(['callout']),
  variant: CalloutVariant,
  get children(): z.ZodMiniArray<z.ZodMiniType<Block>> {
    return z.array(Block);
  },
});

/** Each kind of block, by its `type` (test/schema/types.test.ts keeps them equal to the interfaces above). */
export const BlockShapes = {
  paragraph: z.object(runs),
  heading: z.object(runs),
  list: z.object({
    ordered: z.flag(),
    get items(): z.ZodMiniArray<z.ZodMiniArray<z.ZodMiniType<Block>>> {
      return z.array(z.array(Block));
    },
  }),
  image: z.object({ src: ImageSrc, alt: z.string(), width: Dimension, height: Dimension }),
  codeBlock: z.object({ text: z.string(), lang: z.optional(z.string()) }),
  callout: Callout,
  disclosure: z.object({
    get title(): z.ZodMiniArray<z.ZodMiniType<Inline>> {
      return z.array(Inline);
    },
    get children(): z.ZodMiniArray<z.ZodMiniType<Block>> {
      return z.array(Block);
    },
  }),
  tabs: z.object({
    tabs: z.array(
      z.object({
        title: z.nonEmpty('a tab needs a title'),
        get children(): z.ZodMiniArray<z.ZodMiniType<Block>> {
          return z.array(Block);
        },
      }),
    ),
  }),
  table: z.object({ head: z.array(z.array(Inline)), rows: z.array(z.array(z.array(Inline))) }),
  card: z.object({
    title: z.nonEmpty('a card needs a title'),
    href: z.optional(LinkHref),
    get children(): z.ZodMiniArray<z.ZodMiniType<Block>> {
      return z.array(Block);
    },
  }),
};

export const Block: z.ZodMiniType<Block> = z.variant('block', BlockShapes);

/** Empty or missing means always shown. */
const Scopes = z.optional(z.array(z.string()));

export const Step = z.object({
  /** Set when a field refers to this step (its `step`): where to find that field. Unique in its provider. */
  id: z.optional(z.nonEmpty('a step id cannot be empty')),
  title: z.nonEmpty('a step needs a title'),
  scopes: Scopes,
  /** The scopes this step asks the user to grant (`data-guide-display-scopes-list`): shown as those the chosen actions need. */
  scopeList: z.optional(z.array(z.string())),
  content: z.array(Block),
});
export type Step = z.infer<typeof Step>;

export const Section = z.object({
  title: z.nonEmpty('a section needs a title'),
  scopes: Scopes,
  /** Blocks before the steps. */
  content: z.array(Block),
  steps: z.array(Step),
  /** Blocks after the steps. */
  outro: z.optional(z.array(Block)),
});
export type Section = z.infer<typeof Section>;

/** Something an integration can do with the provider, and the provider scopes it needs (a guide's scope selector). */
export const Action = z.object({
  id: z.nonEmpty('an action needs an id'),
  label: z.nonEmpty('an action needs a label'),
  scopes: z.array(z.string()),
  description: z.optional(z.string()),
});
export type Action = z.infer<typeof Action>;

const Actions = z.array(Action).check(
  z.superRefine((items, ctx) =>
    items.forEach((item, index) => {
      if (items.findIndex((other) => other.id === item.id) !== index)
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate action id "${item.id}"`, input: item.id });
    }),
  ),
);

/** A provider with its whole guide and its credential fields. */
export const Provider = z.object({
  ...summaryShape,
  /** What an integration can do (scope-aware guides): the user picks; the guide shows only the steps those need. */
  actions: z.optional(Actions),
  warnings: z.array(Callout),
  intro: z.optional(z.array(Block)),
  sections: z.array(Section),
  fields: z.array(Field),
});
export type Provider = z.infer<typeof Provider>;

const Providers = z.array(Provider).check(z.superRefine((items, ctx) => uniqueKeys(items, ctx, 'provider')));

/** The guides written in one language (`flatchr.fr.mdx`), replacing the default ones for its users. */
export const LocalizedGuides = z.object({
  locale: LocaleTag,
  providers: Providers,
});
export type LocalizedGuides = z.infer<typeof LocalizedGuides>;

/** A whole catalog: every provider with its guide. */
export const Catalog = z.object({
  providers: Providers,
  locales: z.optional(z.array(LocalizedGuides)),
});
export type Catalog = z.infer<typeof Catalog>;
export type CatalogInput = z.input<typeof Catalog>;
