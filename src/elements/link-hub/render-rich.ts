/**
 * The documentation family's richer blocks, as a docs site means them: an `<Accordion>` is
 * a disclosure, closed until opened (native `<details>`); `<Tabs>` are tabs (the WAI-ARIA
 * pattern: arrow keys, Home and End move between them); a table is a table; a `<Card>` is a
 * titled box, a link when it has `href`. Its own module: only a guide that has them loads it.
 */
import { css, html, type ReactiveControllerHost } from 'lit';
import type { Tabs } from '../../schema/guide.js';
import { renderBlocks, renderInlines, type Context, type RichBlock, type RichRenderer } from './render-guide.js';

export const richStyles = css`
  details { margin: 0 0 var(--_s); border: 1px solid var(--_line); border-radius: var(--_r); padding: 8px 12px; }
  summary { cursor: pointer; font-weight: 600; min-height: 24px; }
  details[open] > summary { margin-bottom: var(--_s); }
  [role='tablist'] { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 var(--_s); }
  [role='tab'] { min-height: 36px; }
  [role='tab'][aria-selected='true'] { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); }
  [role='tabpanel'] { margin: 0 0 var(--_s); }
  .table { overflow-x: auto; margin: 0 0 var(--_s); }
  table { border-collapse: collapse; }
  th, td { border: 1px solid var(--_line); padding: 6px 8px; text-align: start; vertical-align: top; }
  .doc-card { margin: 0 0 var(--_s); padding: 12px; display: block; }
`;

/**
 * A renderer of the richer blocks for one hub: `host` re-renders when one of its tabs
 * changes, and which tab each tabs block shows is this hub's own (two hubs showing one
 * guide each keep theirs). Adds the blocks' styles to the hub's shadow root.
 */
export function richRenderer(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }): RichRenderer {
  /** Each tabs block's selected tab, and its id (for aria-controls), in this hub. */
  const selected = new WeakMap<Tabs, number>();
  const ids = new WeakMap<Tabs, string>();
  let next = 0;
  const root = host.renderRoot as ShadowRoot;
  if (richStyles.styleSheet && !root.adoptedStyleSheets.includes(richStyles.styleSheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, richStyles.styleSheet];

  function choose(block: Tabs, index: number, list: HTMLElement, focus: boolean): void {
    selected.set(block, (index + block.tabs.length) % block.tabs.length);
    host.requestUpdate();
    if (focus) void host.updateComplete.then(() => (list.children[selected.get(block)!] as HTMLElement | undefined)?.focus());
  }

  function keys(event: KeyboardEvent, block: Tabs): void {
    const now = selected.get(block) ?? 0;
    const to = { ArrowRight: now + 1, ArrowLeft: now - 1, Home: 0, End: block.tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    // In a right-to-left guide, the arrows follow the reading direction.
    const rtl = getComputedStyle(event.currentTarget as HTMLElement).direction === 'rtl';
    const index = rtl && (event.key === 'ArrowRight' || event.key === 'ArrowLeft') ? now - (to - now) : to;
    choose(block, index, event.currentTarget as HTMLElement, true);
  }

  function renderTabs(block: Tabs, c: Context) {
    const current = selected.get(block) ?? 0;
    let id = ids.get(block);
    if (!id) ids.set(block, (id = `tabs-${++next}`));
    return html`<div class="tabs">
      <div role="tablist" @keydown=${(e: KeyboardEvent) => keys(e, block)}>
        ${block.tabs.map(
          (
            tab,
            i,
          ) => html`<button type="button" role="tab" id="${id}-tab-${i}" aria-controls="${id}-panel" aria-selected=${String(i === current)}
            tabindex=${i === current ? 0 : -1} @click=${(e: Event) => choose(block, i, (e.currentTarget as HTMLElement).parentElement!, false)}>${tab.title}</button>`,
        )}
      </div>
      <div role="tabpanel" id="${id}-panel" aria-labelledby="${id}-tab-${current}">${renderBlocks(block.tabs[current]?.children ?? [], c)}</div>
    </div>`;
  }

  return (block: RichBlock, c: Context) => {
    switch (block.type) {
      case 'disclosure':
        return html`<details part="disclosure"><summary>${renderInlines(block.title, c)}</summary>${renderBlocks(block.children, c)}</details>`;
      case 'tabs':
        return renderTabs(block, c);
      case 'table':
        return html`<div class="table" part="table"><table>
          <thead><tr>${block.head.map((cell) => html`<th scope="col">${renderInlines(cell, c)}</th>`)}</tr></thead>
          <tbody>${block.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${renderInlines(cell, c)}</td>`)}</tr>`)}</tbody>
        </table></div>`;
      case 'card':
        return html`<div part="card" class="card doc-card">
          <strong>${block.href ? html`<a href=${block.href} target="_blank" rel="noopener noreferrer">${block.title}<span class="sr">${c.t.newTab}</span></a>` : block.title}</strong>
          ${renderBlocks(block.children, c)}
        </div>`;
    }
  };
}
