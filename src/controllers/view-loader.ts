/**
 * The provider view (guide, form, sign-in, linked accounts) is its own module: the list
 * paints without it. This loads it once, when the hub opens, and builds it for the element;
 * if the module cannot be fetched, `failed` says so (the hub then reads "unavailable").
 */
import type { ReactiveControllerHost } from 'lit';
import type { ProviderView } from '../elements/link-hub/provider-view.js';
import type { HubHost } from '../elements/link-hub/view-host.js';

export class ViewLoader {
  /** The view, once loaded. */
  view: ProviderView | undefined;
  #loading: Promise<ProviderView | undefined> | undefined;

  constructor(
    private readonly host: HubHost & { element: ReactiveControllerHost },
    private readonly failed: (message: string) => void,
  ) {}

  load(): Promise<ProviderView | undefined> {
    return (this.#loading ??= import('../elements/link-hub/provider-view.js').then(
      ({ ProviderView }) => {
        this.host.element.requestUpdate();
        return (this.view = new ProviderView(this.host));
      },
      (error: Error) => {
        this.#loading = undefined;
        this.failed(`the provider view could not be loaded (${error.message})`);
        return undefined;
      },
    ));
  }
}
