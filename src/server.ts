/**
 * `link-hub/server`: what a host's backend needs to re-check a submission with the
 * very schema the widget used, and to serve the hosted link page's endpoint. Needs no DOM.
 */
export { AuthType, Catalog, Provider, ProviderSummary, Block, Inline, Section, Step } from './schema/guide.js';
export { Field } from './schema/field.js';
export { credentialsSchema, validateCredentials } from './schema/fields.js';
export type { FieldProblem } from './schema/fields.js';
export {
  createLinkToken,
  verifyLinkToken,
  LinkClaims,
  LinkTokenInput,
  DEFAULT_LINK_LIFETIME,
  LINK_CLOCK_SKEW,
  LINK_TOKEN_TYPE,
  LINK_AUDIENCE,
} from './link-token.js';
export type { LinkTokenCheck } from './link-token.js';
export { parseCatalog, validateSubmission } from './server/submission.js';
export type { Submission, SubmissionCheck } from './server/submission.js';
export { createLinkHandler, LinkRefusal } from './server/link-handler.js';
export type { LinkArgs, LinkHandlerOptions, LinkResult, UsedLinks } from './server/link-handler.js';
export { credentialFingerprint } from './server/fingerprint.js';
export type { FingerprintInput } from './server/fingerprint.js';
