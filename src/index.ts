/**
 * link-hub: importing this module defines `<link-hub>` (once, even if the script is
 * loaded twice) and exports the element, its events, the catalog types and `open()`.
 */
import { LinkHub } from './elements/link-hub/link-hub.js';
import { OpenOptions } from './schema/options.js';
import { formatIssues } from './schema/zod.js';

export { LinkHub };
export * from './events/index.js';
export type { Catalog, CatalogInput, Provider, ProviderSummary, Section, Step, Block, Inline, AuthType } from './schema/guide.js';
export type { Field, FieldType } from './schema/fields.js';
export type { SubmitArgs, SubmitResult, SubmitHandler, DisconnectHandler, LinkedAccount } from './schema/options.js';
export type { OpenOptions } from './schema/options.js';

if (!customElements.get('link-hub')) customElements.define('link-hub', LinkHub);

/**
 * Opens the hub from plain script: uses the page's first `<link-hub>`, or adds one to
 * `<body>`. Options are checked; a wrong one throws naming its path.
 */
export async function open(options: OpenOptions = {}): Promise<LinkHub> {
  const parsed = OpenOptions.safeParse(options);
  if (!parsed.success) throw new TypeError(`LinkHub.open: ${formatIssues(parsed.error, 'options').join('; ')}`);
  const { provider, lang, theme, catalog, onSubmit, heading } = parsed.data;
  let hub = document.querySelector('link-hub');
  if (!hub) hub = document.body.appendChild(document.createElement('link-hub'));
  if (catalog !== undefined) hub.catalog = catalog;
  if (onSubmit) hub.onSubmit = onSubmit as LinkHub['onSubmit'];
  if (lang) hub.lang = lang;
  if (theme) hub.theme = theme;
  if (heading) hub.heading = heading;
  await hub.show(provider);
  return hub;
}
