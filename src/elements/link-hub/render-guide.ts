/**
 * Catalog content -> lit templates. Every string is bound as text, never parsed as
 * HTML; link and image URLs were checked by the schema before they got here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Callout, Inline, Provider, Section } from '../../schema/guide.js';
import type { ListStrings, ViewStrings } from '../../i18n/translation.js';

type Translation = ListStrings & ViewStrings;

type T = TemplateResult | typeof nothing;

/** Compile-time exhaustiveness: a new content kind without a template fails the typecheck. */
const exhaustive = (_: never): T => nothing;

function renderInline(run: Inline, t: Translation): T {
  switch (run.type) {
    case 'text':
      return html`${run.text}`;
    case 'code':
      return html`<code>${run.text}</code>`;
    case 'break':
      return html`<br />`;
    case 'strong':
      return html`<strong>${renderInlines(run.children, t)}</strong>`;
    case 'emphasis':
      return html`<em>${renderInlines(run.children, t)}</em>`;
    case 'link':
      return html`<a href=${run.href} target="_blank" rel="noopener noreferrer"
        >${renderInlines(run.children, t)}<span class="sr">${t.newTab}</span></a
      >`;
    case 'kbd':
      return html`<kbd>${run.text}</kbd>`;
    default:
      return exhaustive(run);
  }
}

export const renderInlines = (runs: Inline[], t: Translation) => runs.map((run) => renderInline(run, t));

/** The documentation family's richer blocks (disclosures, tabs, tables, cards): their own module, loaded with a guide that has them. */
export type RichBlock = Extract<Block, { type: 'disclosure' | 'tabs' | 'table' | 'card' }>;
let rich: ((block: RichBlock, t: Translation) => T) | undefined;
/** Called by `render-rich.ts` when it loads. */
export const useRich = (renderer: typeof rich) => void (rich = renderer);

function renderCallout(callout: Callout, t: Translation): T {
  return html`<div part=${callout.variant === 'warning' || callout.variant === 'danger' ? 'warning' : 'callout'} class="callout ${callout.variant}" role="note">
    <strong>${t.calloutLabels[callout.variant]}</strong>
    ${renderBlocks(callout.children, t)}
  </div>`;
}

function renderBlock(block: Block, t: Translation): T {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderInlines(block.children, t)}</p>`;
    case 'heading':
      return html`<h5>${renderInlines(block.children, t)}</h5>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${renderBlocks(item, t)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'image':
      return html`<img part="image" src=${block.src} alt=${block.alt} loading="lazy"
        width=${block.width ?? nothing} height=${block.height ?? nothing} />`;
    case 'codeBlock':
      return html`<pre><code>${block.text}</code></pre>`;
    case 'callout':
      return renderCallout(block, t);
    case 'disclosure':
    case 'tabs':
    case 'table':
    case 'card':
      return rich ? rich(block, t) : nothing;
    default:
      return exhaustive(block);
  }
}

export const renderBlocks = (blocks: Block[], t: Translation) => blocks.map((block) => renderBlock(block, t));

/** Renders a step's scopes to grant (the scope picker's, loaded with guides that have them). */
type ScopeListRenderer = (scopes: string[]) => T;

function renderSection(section: Section, t: Translation, scopeList?: ScopeListRenderer): T {
  return html`<section part="section">
    <h3>${section.title}</h3>
    ${renderBlocks(section.content, t)}
    ${section.steps.length
      ? html`<ol part="steps" class="steps">
          ${section.steps.map(
            // A step a field points to ("Where to find") can be brought into view and focused.
            (step) => html`<li part="step" id=${step.id ? `guide-${step.id}` : nothing} tabindex=${step.id ? '-1' : nothing}>
              <h4>${step.title}</h4>
              ${renderBlocks(step.content, t)} ${step.scopeList && scopeList ? scopeList(step.scopeList) : nothing}
            </li>`,
          )}
        </ol>`
      : nothing}
    ${renderBlocks(section.outro ?? [], t)}
  </section>`;
}

/** The whole guide: warnings first, then the intro and the sections with their numbered steps (and their scopes to grant). */
export function renderGuide(provider: Provider, t: Translation, scopeList?: ScopeListRenderer): T {
  return html`${provider.warnings.map((w) => renderCallout(w, t))} ${renderBlocks(provider.intro ?? [], t)}
  ${provider.sections.map((s) => renderSection(s, t, scopeList))}`;
}
