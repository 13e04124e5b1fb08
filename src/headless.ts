/**
 * link-hub/headless: the same core as `<link-hub>`, for a host that draws the linking flow
 * with its own components. Importing it defines no custom element and loads no lit.
 */
export { createLinkSession, LinkSession } from './core/session.js';
export type { ConnectOptions, ConnectResult, LinkSessionOptions, ValidateResult } from './core/session.js';
export { LinkHubFunnelEvent } from './events/funnel.js';
export type { FunnelDetail, FunnelName, ExitReason, ExitView } from './events/funnel.js';
export type { LinkHubErrorReason } from './events/error.js';
export type { Catalog, Provider, ProviderSummary, Section, Step, Block, Inline, AuthType } from './schema/guide.js';
export type { Field, FieldType } from './schema/fields.js';
export type { SubmitArgs, SubmitResult, SubmitHandler, LinkedAccount } from './schema/options.js';
