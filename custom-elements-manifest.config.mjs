/**
 * The Custom Elements Manifest analyzer's settings (`cem analyze`, run by `npm run build`).
 * The plugin keeps internals out of the public manifest: the analyzer reads
 * `static properties` but not `state: true`, so internal state (named `_…`) would show as
 * attributes and members; private `#` members, too; and it records an unnamed event for
 * each `dispatchEvent` of an event object (the named ones come from the class JSDoc).
 */
const internal = (name) => name.startsWith('_') || name.startsWith('#');

/** @type {import('@custom-elements-manifest/analyzer').Plugin} */
const publicSurfaceOnly = {
  name: 'link-hub-public-surface',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
      if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !internal(a.name));
      if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !internal(m.name));
      if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
    }
  },
};

export default {
  // The public surface only: the entry, the element and its events (the element's private parts stay out).
  globs: ['src/index.ts', 'src/elements/link-hub/link-hub.ts', 'src/events/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicSurfaceOnly],
};
