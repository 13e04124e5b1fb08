/**
 * `dist/oauth-callback.js`, the classic script for a host's OAuth redirect page: runs
 * `finishSignIn` at once, with `data-target-origin` from its own script tag.
 */
import { finishSignIn } from './oauth-callback.js';

const script = document.currentScript as HTMLScriptElement | null;
finishSignIn({ targetOrigin: script?.dataset.targetOrigin });
