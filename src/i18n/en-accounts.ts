import type { AccountStrings } from './translation.js';

/** English for a provider's linked accounts: in the accounts panel's module. */
export const enAccounts: AccountStrings = {
  accounts: 'Linked accounts',
  relink: 'Re-link',
  disconnect: 'Disconnect',
  confirmDisconnect: (l) => `Disconnect ${l}? It stops syncing until you link it again.`,
  disconnected: (l) => `${l} was disconnected.`,
  attention: (l) => `${l} needs attention`,
  attentionHint: 'Reconnect it to keep it syncing.',
  settings: 'Settings',
};
