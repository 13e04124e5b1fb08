/**
 * What the provider list needs of a catalog, checked before its first paint: each
 * provider's key, name, auth type, category and logo, and the URL rules those use. The
 * rest of a provider (guide and fields, in `guide.ts`) is checked once the list is on
 * screen, by a module of its own: the list script does not carry the guide schema.
 */
import * as z from './zod.js';

/**
 * Control characters and backslashes: browsers drop or rewrite them when they parse
 * a URL (a tab anywhere is removed, a leading control character is skipped, and `/\host/x`
 * or `\\host/x` is `//host/x`), so a URL holding one is not what it reads as. Refused.
 */
// eslint-disable-next-line no-control-regex
const REWRITTEN = /[\u0000-\u001f\u007f-\u009f\\]/;
/** Whether a browser would rewrite `ref` as it parses it (see REWRITTEN): never a relative path. */
export const rewrittenByBrowsers = (ref: string) => REWRITTEN.test(ref);
const REWRITTEN_MESSAGE = 'a URL may not hold spaces, control characters or backslashes, which browsers rewrite (/\\host is //host)';
const SITE = 'https://site.invalid/guides/';
/** Whether a relative reference stays on the page's own site when the browser resolves it (`//host/x` does not). */
const staysOnSite = (ref: string) => {
  try {
    return new URL(ref, SITE).origin === new URL(SITE).origin;
  } catch {
    return false;
  }
};
const url = (allowed: (value: string) => boolean, message: string) =>
  z.string().check(
    z.superRefine((value, ctx) => {
      // Spaces too: a leading one is skipped like a control character (the compiler encodes inner ones).
      const why = REWRITTEN.test(value) || /\s/.test(value) ? REWRITTEN_MESSAGE : value && allowed(value) ? undefined : message;
      if (why) ctx.addIssue({ code: 'custom', input: value, message: why });
    }),
  );

/** Links may only point at http(s) pages or mail addresses. */
export const LinkHref = /* @__PURE__ */ url((v) => /^(https?:\/\/[^/]|mailto:)./i.test(v), 'links must use http:, https: or mailto:');

/** Images load over https or from a path relative to the page (resolved as the browser will, it stays on the page's site); never data: or http:. */
export const ImageSrc = url(
  (v) => (/^[a-z][a-z0-9+.-]*:/i.test(v) ? /^https:\/\/[^/]/i.test(v) : staysOnSite(v)),
  'images must use an https: URL or a relative path',
);

export const AuthType = z.oneOf(['api_key', 'basic', 'oauth2', 'oauth1', 'custom']);
export type AuthType = z.infer<typeof AuthType>;

export const ProviderKey = z.matching(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a provider key is 1-64 of a-z, 0-9, - and _');

export const summaryShape = {
  key: ProviderKey,
  name: z.nonEmpty('a provider needs a name'),
  /** Shown beside the name: what tells two guides for one product apart ("API Key", "Service User"). */
  variant: z.optional(z.string()),
  description: z.optional(z.string()),
  category: z.optional(z.string()),
  logo: z.optional(ImageSrc),
  authType: AuthType,
};

/** What the provider list needs to show a provider. */
export const ProviderSummary = z.object(summaryShape);
export type ProviderSummary = z.infer<typeof ProviderSummary>;

/** A language tag, as localized guides name their language. */
export const LocaleTag = z.matching(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'a locale is a tag such as fr or pt-BR');

export function uniqueKeys<T extends { key: string }>(items: T[], ctx: z.core.$RefinementCtx<T[]>, what: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.key)) {
      ctx.addIssue({ code: 'custom', path: [index, 'key'], message: `duplicate ${what} key "${item.key}"`, input: item.key });
    }
    seen.add(item.key);
  });
}

/** Providers as the list sees them: their summaries, each key once. */
export const ProviderSummaries = z.array(ProviderSummary).check(z.superRefine((items, ctx) => uniqueKeys(items, ctx, 'provider')));
