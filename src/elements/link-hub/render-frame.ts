/** The hub's frame: a modal `<dialog>` (or, inline, a region), its header and its body. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListStrings } from '../../i18n/translation.js';
import type { ModalController } from '../../controllers/modal.js';
import type { ProviderSummary } from '../../schema/guide.js';

interface Frame {
  t: ListStrings;
  /** The provider on screen, if any. */
  current: ProviderSummary | undefined;
  /** Whether a Back button leads to a list of more than this one provider. */
  back: (() => void) | undefined;
  /** The close button's action; none inline. */
  close: (() => void) | undefined;
  /** The modal's dialog handlers; none inline. */
  modal: ModalController | undefined;
  body: unknown;
}

export function renderFrame({ t, current, back, close, modal, body }: Frame): TemplateResult {
  const frame = html`<div class="frame">
    <div part="header" class="header">
      ${
        back
          ? html`<button part="back-button" class="icon" type="button" @click=${back} aria-label=${t.back}>
            <span aria-hidden="true" class="flip">←</span>
          </button>`
          : nothing
      }
      <h2 id="title" part="title" tabindex="-1">${current ? t.connectTo(current.name) : t.title}</h2>${current?.variant ? html`<span part="variant" class="variant">${current.variant}</span>` : nothing}
      ${close ? html`<button part="close-button" class="icon" type="button" @click=${close} aria-label=${t.close}><span aria-hidden="true">✕</span></button>` : nothing}
    </div>
    <div class="body">${body}</div>
  </div>`;
  // Inline: a region of the page, named by its title. Else a modal dialog.
  return !modal
    ? html`<section part="dialog" class="inline" aria-labelledby="title" dir=${t.dir} lang=${t.locale}>${frame}</section>`
    : html`<dialog part="dialog" aria-labelledby="title" dir=${t.dir} lang=${t.locale}
        @cancel=${modal.cancel} @pointerdown=${modal.press} @click=${modal.click} @close=${modal.closed}>${frame}</dialog>`;
}

/** The body while there is nothing else to show: loading, unavailable, or the skeleton of a guide on its way. */
export function renderState(t: ListStrings, state: 'loading' | 'unavailable' | 'skeleton'): TemplateResult {
  if (state === 'skeleton') return html`<div class="skeleton" role="status" aria-label=${t.loading}></div>`;
  return state === 'loading'
    ? html`<p class="state" role="status">${t.loading}</p>`
    : html`<p class="state" role="alert">${t.unavailable}</p>`;
}
