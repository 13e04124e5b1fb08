/**
 * Catalog content -> lit templates. Every string is bound as text, never parsed as
 * HTML; link and image URLs were checked by the schema before they got here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Callout, Inline, Provider, Section } from '../../schema/guide.js';
import type { ListStrings, ViewStrings } from '../../i18n/translation.js';

type Translation = ListStrings & ViewStrings;

type T = TemplateResult | typeof nothing;

/** The documentation family's richer blocks (disclosures, tabs, tables, cards): their own module, loaded with a guide that has them. */
export type RichBlock = Extract<Block, { type: 'disclosure' | 'tabs' | 'table' | 'card' }>;
/** Renders a richer block: one per hub (its tabs' state is that hub's own), made by `render-rich.ts`. */
export type RichRenderer = (block: RichBlock, c: Context) => T;
/** Renders a step's scopes to grant (the scope picker's, loaded with guides that have them). */
type ScopeListRenderer = (scopes: string[]) => T;

/** What a guide is rendered with: the strings, and the renderers of the modules this guide needed. */
export interface Context {
  t: Translation;
  rich?: RichRenderer | undefined;
  scopeList?: ScopeListRenderer | undefined;
}

/** Compile-time exhaustiveness: a new content kind without a template fails the typecheck. */
const exhaustive = (_: never): T => nothing;

function renderInline(run: Inline, c: Context): T {
  switch (run.type) {
    case 'text':
      return html`${run.text}`;
    case 'code':
      return html`<code>${run.text}</code>`;
    case 'break':
      return html`<br />`;
    case 'strong':
      return html`<strong>${renderInlines(run.children, c)}</strong>`;
    case 'emphasis':
      return html`<em>${renderInlines(run.children, c)}</em>`;
    case 'link':
      return html`<a href=${run.href} target="_blank" rel="noopener noreferrer"
        >${renderInlines(run.children, c)}<span class="sr">${c.t.newTab}</span></a
      >`;
    case 'kbd':
      return html`<kbd>${run.text}</kbd>`;
    default:
      return exhaustive(run);
  }
}

export const renderInlines = (runs: Inline[], c: Context) => runs.map((run) => renderInline(run, c));

function renderCallout(callout: Callout, c: Context): T {
  return html`<div part=${callout.variant === 'warning' || callout.variant === 'danger' ? 'warning' : 'callout'} class="callout ${callout.variant}" role="note">
    <strong>${c.t.calloutLabels[callout.variant]}</strong>
    ${renderBlocks(callout.children, c)}
  </div>`;
}

function renderBlock(block: Block, c: Context): T {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderInlines(block.children, c)}</p>`;
    case 'heading':
      return html`<h5>${renderInlines(block.children, c)}</h5>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${renderBlocks(item, c)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'image':
      return html`<img part="image" src=${block.src} alt=${block.alt} loading="lazy"
        width=${block.width ?? nothing} height=${block.height ?? nothing} />`;
    case 'codeBlock':
      return html`<pre><code>${block.text}</code></pre>`;
    case 'callout':
      return renderCallout(block, c);
    case 'disclosure':
    case 'tabs':
    case 'table':
    case 'card':
      return c.rich ? c.rich(block, c) : nothing;
    default:
      return exhaustive(block);
  }
}

export const renderBlocks = (blocks: Block[], c: Context) => blocks.map((block) => renderBlock(block, c));

function renderSection(section: Section, c: Context): T {
  return html`<section part="section">
    <h3>${section.title}</h3>
    ${renderBlocks(section.content, c)}
    ${
      section.steps.length
        ? html`<ol part="steps" class="steps">
          ${section.steps.map(
            // A step a field points to ("Where to find") can be brought into view and focused.
            (step) => html`<li part="step" id=${step.id ? `guide-${step.id}` : nothing} tabindex=${step.id ? '-1' : nothing}>
              <h4>${step.title}</h4>
              ${renderBlocks(step.content, c)} ${step.scopeList && c.scopeList ? c.scopeList(step.scopeList) : nothing}
            </li>`,
          )}
        </ol>`
        : nothing
    }
    ${renderBlocks(section.outro ?? [], c)}
  </section>`;
}

/** The whole guide: warnings first, then the intro and the sections with their numbered steps (and their scopes to grant). */
export function renderGuide(provider: Provider, c: Context): T {
  return html`${provider.warnings.map((w) => renderCallout(w, c))} ${renderBlocks(provider.intro ?? [], c)}
  ${provider.sections.map((s) => renderSection(s, c))}`;
}
