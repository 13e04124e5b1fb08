import { stripAccents } from '../i18n/fold.js';

/** Case- and accent-insensitive form of a string, for search. */
export const fold = (s: string) => stripAccents(s).toLowerCase();
