/**
 * Base of every event the hub fires: bubbling and composed, so a listener on
 * `document` hears it through shadow roots. The detail never holds a field value.
 */
export class LinkHubEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

/** One public event class per event name: `new LinkHubOpenEvent({ providerKey })`. */
export const eventClass = <D>(type: string) =>
  class extends LinkHubEvent<D> {
    constructor(detail: D) {
      super(type, detail);
    }
  };
