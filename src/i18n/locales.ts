/**
 * The languages the hub speaks besides English (which ships in the bundle): one module
 * each under src/i18n/, built to dist/locales/<lang>.js. The one list of them.
 */
export const LOCALES = ['fr', 'de', 'es', 'it', 'nl', 'pt', 'ja', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
