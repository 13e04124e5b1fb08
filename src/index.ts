/**
 * link-hub: importing this module defines `<link-hub>` (once, even if the script is
 * loaded twice) and exports the element, its events, the catalog types and `open()`.
 */
import { LinkHub } from './elements/link-hub/link-hub.js';
import type { OpenOptions } from './schema/open-options.js';
import { formatIssues } from './schema/zod.js';

export { LinkHub };
export * from './events/index.js';
export type { Catalog, CatalogInput, Provider, ProviderSummary, Section, Step, Block, Inline, AuthType } from './schema/guide.js';
export type { Field, FieldType } from './schema/fields.js';
export type { SubmitArgs, SubmitResult, SubmitHandler, DisconnectHandler, LinkedAccount } from './schema/options.js';
export type { OpenOptions } from './schema/open-options.js';
export type {
  SetupArgs,
  SetupField,
  SetupFieldInput,
  SetupFieldType,
  SetupHandler,
  SetupSaveHandler,
  SetupValue,
  SetupValues,
} from './schema/setup.js';

if (!customElements.get('link-hub')) customElements.define('link-hub', LinkHub);

/**
 * Opens the hub from plain script: uses the page's first `<link-hub>`, or adds one to
 * `<body>`. Options are checked; a wrong one throws naming its path. Their schema is a
 * chunk of its own: a page that never calls `open()` does not load it before the list paints.
 */
export async function open(options: OpenOptions = {}): Promise<LinkHub> {
  const parsed = (await import('./schema/open-options.js')).OpenOptions.safeParse(options);
  if (!parsed.success) throw new TypeError(`LinkHub.open: ${formatIssues(parsed.error, 'options').join('; ')}`);
  const { provider, accountId, ...properties } = parsed.data;
  const hub = document.querySelector('link-hub') ?? document.body.appendChild(document.createElement('link-hub'));
  // Only the keys the schema knows survive parsing: catalog, onSubmit, linkedAccounts, onDisconnect, oauthOrigin, lang, theme.
  Object.assign(hub, properties);
  await hub.show(provider, { accountId });
  return hub;
}
