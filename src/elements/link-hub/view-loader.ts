/**
 * The provider view (guide, form, sign-in, linked accounts) is its own module: the list
 * paints without it. This loads it once, when the hub opens, and builds it for the element;
 * if the module cannot be fetched, `failed` says so (the hub then reads "unavailable").
 */
import type { LocalizeController } from '../../controllers/localize.js';
import type { ProviderView } from './provider-view.js';
import type { HubHost } from './view-host.js';

/** What the element gives: the view's host, with its strings read from `localize`, and where a failure goes. */
export interface ViewLoaderParts extends Omit<HubHost, 'strings'> {
  readonly localize: LocalizeController;
  readonly failed: (message: string) => void;
}

export class ViewLoader {
  /** The view, once loaded. */
  view: ProviderView | undefined;
  #loading: Promise<ProviderView | undefined> | undefined;

  /** The view's host: the element's parts, its strings read from `localize` whenever the view asks. */
  readonly #host: HubHost;

  constructor(
    private readonly module: () => Promise<typeof import('./provider-view.js')>,
    private readonly parts: ViewLoaderParts,
  ) {
    const { element, localize, focus, accounts, funnel } = parts;
    this.#host = {
      element,
      get strings() {
        return localize.t;
      },
      focus,
      accounts,
      funnel,
    };
  }

  load(): Promise<ProviderView | undefined> {
    const { element, failed } = this.parts;
    return (this.#loading ??= this.module().then(
      ({ ProviderView }) => {
        element.requestUpdate();
        return (this.view = new ProviderView(this.#host));
      },
      (error: Error) => {
        this.#loading = undefined;
        failed(`the provider view could not be loaded (${error.message})`);
        return undefined;
      },
    ));
  }
}
