/**
 * The hub's linking session, as a reactive controller: its funnel (see `internal/funnel.ts`),
 * begun when the hub renders open (a modal's `show()`, an inline hub's first render), and ended when the hub
 * closes, with where the user was, whether anything was typed (never what) and how it closed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ExitReason, ExitView } from '../events/funnel.js';
import { Funnel } from '../internal/funnel.js';

export class SessionController implements ReactiveController {
  readonly funnel: Funnel;
  /** How the close under way was asked for (a person's way); `close()` from the host is `host`. */
  #closing: ExitReason | undefined;

  /** `where` says which view the user is on when the session ends. */
  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly open: boolean; readonly inline: boolean; readonly renderRoot: ParentNode },
    private readonly where: () => ExitView,
  ) {
    this.funnel = new Funnel(host);
    host.addController(this);
  }

  hostUpdated(): void {
    // A session begins when the hub is on screen: opened, or inline from its first render (and again after one ends).
    if (this.host.open || this.host.inline) this.funnel.begin();
  }

  /** A person asked to close the hub (its close button, Escape, the backdrop). */
  asked(source: ExitReason): void {
    this.#closing = source;
  }

  /** The hub closes: the session ends (an `exit` when nothing was linked in it). */
  end(): void {
    const reason = this.#closing ?? 'host';
    this.#closing = undefined;
    const controls = this.host.renderRoot.querySelectorAll<HTMLInputElement>('[part=form] input:not([type=checkbox]), [part=form] select');
    this.funnel.end({ view: this.where(), typed: [...controls].some((control) => control.value !== ''), reason });
  }
}
