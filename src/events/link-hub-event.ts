/**
 * Base of every event the hub fires: bubbling and composed, so a listener on
 * `document` hears it through shadow roots. The detail never holds a field value.
 */
export class LinkHubEvent<D> extends CustomEvent<D> {
  constructor(type: string, detail: D, cancelable = false) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}
