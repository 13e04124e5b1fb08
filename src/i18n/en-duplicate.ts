import type { DuplicateStrings } from './translation.js';

/** English for an account linked twice: in the duplicate panel's module. */
export const enDuplicate: DuplicateStrings = {
  duplicate: (l) => `${l} is already linked`,
  duplicateHint:
    'These credentials belong to an account you linked before. Update that account with what you typed, or go back to the form.',
  updateAccount: (l) => `Update ${l}`,
  goBack: 'Go back',
};
