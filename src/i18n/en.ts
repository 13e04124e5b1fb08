/** The whole of English, for the server helper's messages and the tests (the browser loads its two halves apart). */
import { enList } from './en-list.js';
import { enAccounts } from './en-accounts.js';
import { enScopes } from './en-scopes.js';
import { enSignIn } from './en-sign-in.js';
import { enView } from './en-view.js';
import { enDuplicate } from './en-duplicate.js';
import { enSetup } from './en-setup.js';
import type { Translation } from './translation.js';

export const en: Translation = { ...enList, ...enView, ...enSignIn, ...enAccounts, ...enScopes, ...enDuplicate, ...enSetup };
