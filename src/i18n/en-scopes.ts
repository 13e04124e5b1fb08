import type { ScopeStrings } from './translation.js';

/** English for scope-aware guides: in the scope picker's module. */
export const enScopes: ScopeStrings = {
  actionsTitle: 'What this integration may do',
  actionsHint: 'Choose what it may do. The guide below shows only the steps these need, and which permissions to grant.',
  scopesToGrant: 'Permissions to grant',
  noScopes: 'None of the permissions listed here are needed for what you chose.',
  copy: 'Copy',
  copied: 'Copied',
  chooseAction: 'Choose at least one thing this integration may do.',
};
