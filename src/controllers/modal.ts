/**
 * The native `<dialog>` of an element, as a reactive controller: `showModal()` when the
 * host opens, focus moved in (and wherever the host asks after a render), focus back to
 * the opener on close, and the three ways a person closes it (Escape, the backdrop, and
 * the browser closing it on its own) routed to one `close`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ModalController implements ReactiveController {
  #opener: HTMLElement | null = null;
  /** Whether the host was open at its last update: `hostUpdated` opens or closes the dialog when that changes. */
  #wasOpen = false;
  #focusNext: string | undefined;
  /** Whether the pointer went down on the backdrop (a click there closes only then). */
  #pressedBackdrop = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly open: boolean; readonly inline: boolean; readonly renderRoot: ParentNode },
    private readonly on: {
      /** How the person closed it: Escape (or the browser closing it on its own) or a click on the backdrop. */
      readonly close: (source: 'escape' | 'backdrop') => void;
      /** Where focus goes when the dialog opens. */
      readonly first: () => string;
    },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const changed = this.host.open !== this.#wasOpen;
    this.#wasOpen = this.host.open;
    this.#update(changed, this.on.first());
  }

  get #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Moves focus to `selector` once the next render is on screen. */
  focus(selector: string): void {
    this.#focusNext = selector;
    this.host.requestUpdate();
  }

  /**
   * After each update: when `open` changed, opens or closes the dialog to match (`first` is
   * where focus goes when it opens); then moves focus where it was asked.
   */
  #update(openChanged: boolean, first: string): void {
    const dialog = this.#dialog;
    if (openChanged && dialog) {
      if (this.host.open && !dialog.open) {
        this.#opener = activeElement();
        dialog.showModal();
        this.#focusNext ??= first;
      } else if (!this.host.open && dialog.open) {
        dialog.close();
      }
    }
    // Inline, the hub is always there (no dialog to open): focus still goes where it was asked.
    if (this.#focusNext && (this.host.open || this.host.inline)) {
      const root = this.host.renderRoot;
      const target = root.querySelector<HTMLElement>(this.#focusNext) ?? root.querySelector<HTMLElement>('#title');
      this.#focusNext = undefined;
      target?.focus();
      // A field gets room around it (the browser would leave it flush with an edge, or a hair past it).
      if (target?.matches('input, select')) target.scrollIntoView({ block: 'center' });
    }
  }

  /** The hub closed: focus goes back to what had it when the hub opened. */
  returnFocus(): void {
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }

  /** `@pointerdown` on the dialog. */
  press = (event: PointerEvent): void => {
    this.#pressedBackdrop = event.target === event.currentTarget;
  };

  /** `@click` on the dialog. */
  click = (event: MouseEvent): void => {
    // A click on the dialog element itself is a click on its backdrop; but selecting text in a
    // field and letting go over the backdrop also clicks the dialog: only a press that began there counts.
    const pressed = this.#pressedBackdrop;
    this.#pressedBackdrop = false;
    if (event.target === event.currentTarget && pressed) this.on.close('backdrop');
  };

  /** `@cancel` on the dialog (Escape). */
  cancel = (event: Event): void => {
    event.preventDefault();
    this.on.close('escape');
  };

  /** `@close` on the dialog. */
  closed = (event: Event): void => {
    // The browser closed the dialog on its own (e.g. a second Escape): keep state in step. A close
    // event queued by an earlier close() can arrive after a reopen: the dialog is open again then.
    if (this.host.open && !(event.target as HTMLDialogElement).open) this.on.close('escape');
  };
}

/** The focused element, looking through open shadow roots. */
function activeElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
