/**
 * `link-hub/vue`: the same module as `link-hub` (in a browser it is `dist/link-hub.js`: importing
 * it defines `<link-hub>`), whose types also declare the tag for Vue's templates
 * (`GlobalComponents`), so `vue-tsc` and editors check its properties and `@link-hub-…` events.
 * Vue's compiler still needs `isCustomElement` for the tag (see the README).
 */
import type { DefineComponent } from 'vue';
import type { LinkHubEventMap, LinkHubProperties } from './frameworks.js';

export * from './index.js';
export type { LinkHubProperties, LinkHubEventMap };

/** `@link-hub-success="…"` in a template is the `onLinkHubSuccess` prop to Vue's type checker. */
type CamelEvent<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${CamelEvent<Tail>}` : Capitalize<S>;
export type LinkHubVueEvents = { [K in keyof LinkHubEventMap as `on${CamelEvent<K>}`]?: (event: LinkHubEventMap[K]) => void };

declare module 'vue' {
  interface GlobalComponents {
    'link-hub': DefineComponent<LinkHubProperties & LinkHubVueEvents>;
  }
}
