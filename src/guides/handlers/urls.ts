/**
 * Relative links and images: written for the documentation site (`/images/setup.png`,
 * `/guides/accounts`, `img/step-2.png`), they mean nothing inside a host's page until they
 * are resolved. With a base URL (`--base-url`, front matter `baseUrl:`, the site's root) a
 * path becomes an address on the site: `/x` is `<base>/x`, and `x` is `<base>/<folder>/x`
 * for a guide in `<folder>` of its tree (as the site serves the page). Without one, a link
 * keeps its text and drops its target, and an image keeps a path relative to the tree's
 * root; each with a warning.
 */
import path from 'node:path';
import type { Nodes } from 'mdast';
import { rewrittenByBrowsers } from '../../schema/guide.js';
import { at, type State } from './state.js';

/** A URL scheme (`https:`, `mailto:`, `javascript:`) or a protocol-relative `//host`: not a path. */
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Whether a link target or image source is a path on the documentation site. One that a
 * browser would rewrite (`\\host/x`, `/\host/x`, a control character before `http:`) is
 * not: it goes to the catalog's URL checks, which refuse it where it is written.
 */
export const isRelative = (ref: string) => !ABSOLUTE.test(ref.trim()) && !rewrittenByBrowsers(ref.trim());

/** A path on the site -> its address, against the base URL; undefined without one. */
function resolve(ref: string, state: State): string | undefined {
  if (!state.baseUrl) return undefined;
  const root = state.baseUrl.endsWith('/') ? state.baseUrl : `${state.baseUrl}/`;
  const trimmed = ref.trim();
  const from = trimmed.startsWith('/') ? root : new URL(state.dir ? `${state.dir}/` : '', root).href;
  return new URL(trimmed.replace(/^\/+/, ''), from).href;
}

const SET_BASE = "set --base-url (or `baseUrl:` in the front matter) to the documentation site's address";

/**
 * A relative link: its address on the site, or undefined (its text stays) with a warning.
 * A bare `#fragment` points into the guide itself, which the hub shows whole: dropped quietly.
 */
export function relativeLink(href: string, node: Nodes, state: State): string | undefined {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('#')) return undefined;
  const resolved = resolve(trimmed, state);
  if (!resolved)
    state.diagnostics.warn(
      `link "${trimmed.slice(0, 60)}" is a path on the documentation site: its text is kept, the link is dropped; ${SET_BASE} to keep it`,
      at(node),
    );
  return resolved;
}

/**
 * A relative image source: its address on the site; without a base URL, its path from the
 * tree's root (`ats/img/a.png` for `img/a.png` in `ats/`; `/images/a.png` as written),
 * which loads only where the catalog's site serves that path, with a warning saying so.
 */
export function relativeImage(src: string, node: Nodes, state: State): string {
  const trimmed = src.trim();
  const resolved = resolve(trimmed, state);
  if (resolved) return resolved;
  const kept = trimmed.startsWith('/') || !state.dir ? trimmed : path.posix.normalize(`${state.dir}/${trimmed}`);
  const as = kept === trimmed ? 'kept as written' : `kept as "${kept.slice(0, 60)}" (from the guides' root)`;
  state.diagnostics.warn(
    `image "${trimmed.slice(0, 60)}" is a path on the documentation site: ${as}, so it loads only where the catalog's own site serves that path; ${SET_BASE} to load it from there`,
    at(node),
  );
  return kept;
}
