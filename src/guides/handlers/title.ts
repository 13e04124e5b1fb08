/**
 * A guide's title -> the provider's name, its variant (the words that tell two guides for
 * one product apart: "API Key", "OAuth Authentication") and, when the words say it, its
 * auth type. Also the auth type a file name says (`pipedrive-oauth.mdx`).
 */
import type { AuthType } from '../../schema/guide.js';

export interface TitleParts {
  name: string;
  /** `Connect X with <variant>`, or `X - <variant>`. */
  variant?: string;
  authType?: AuthType;
}

/** A dash with spaces around it: what separates a name from its variant, or a title from its site's name. */
const DASH = /\s+[–—-]\s+/;

/** A last part that names the documentation site, not the guide: `– StackOne Hub`, `- Docs`, `| Help Center`. */
const SITE_SUFFIX = /\s+(?:\|\s+.*|[–—-]\s+(?:[^–—|-]*\s)?(?:hub|docs?|documentation|help(?:\s+cent(?:er|re))?|guides?)\s*)$/i;

/**
 * `Connect Flatchr with API Key – StackOne Hub` -> Flatchr, variant API Key, api_key;
 * `Pipedrive - OAuth Authentication` -> Pipedrive, variant OAuth Authentication, oauth2.
 * A part after `|`, or a last dashed part naming the site (`- Docs`), is dropped.
 */
export function parseTitle(title: string): TitleParts {
  let bare = title.replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== bare; ) [before, bare] = [bare, bare.replace(SITE_SUFFIX, '').trim()];
  const connect = /^connect\s+(.+?)\s+(?:with|using|via|by)\s+(.+)$/i.exec(bare);
  if (connect) {
    // After "with Y", a dashed part is the site's name.
    const variant = connect[2]!.split(DASH)[0]!.trim();
    return { name: connect[1]!.trim(), variant, authType: authTypeOf(variant) ?? 'custom' };
  }
  const plain = bare.replace(/^connect\s+/i, '');
  const dash = DASH.exec(plain);
  if (!dash) return { name: plain };
  const variant = plain.slice(dash.index + dash[0].length).trim();
  const authType = authTypeOf(variant);
  return { name: plain.slice(0, dash.index).trim(), variant, ...(authType ? { authType } : {}) };
}

/**
 * The auth type that words name, by whole words: OAuth 1 -> oauth1; OAuth, OAuth2, "OAuth
 * 2.0", sign-in, SSO -> oauth2; basic auth, username, password, login -> basic; keys,
 * tokens, secrets, credentials and service users -> api_key. Undefined when none does.
 */
export function authTypeOf(words: string): AuthType | undefined {
  if (/\boauth\s*1/i.test(words)) return 'oauth1';
  if (/\boauth|\bsign[\s-]?in\b|\bsso\b/i.test(words)) return 'oauth2';
  if (/\bbasic\b|\buser\s*names?\b|\bpasswords?\b|\blog[\s-]?in\b/i.test(words)) return 'basic';
  if (/\b(?:api[\s-]?)?keys?\b|\btokens?\b|\bsecrets?\b|\bcredentials?\b|\bservice[\s-]?(?:users?|accounts?)\b/i.test(words)) return 'api_key';
  return undefined;
}

/** The auth type a file name says (`pipedrive-oauth.mdx`, `hibob_service_user.md`), when it says one. */
export function authTypeOfFile(stem: string): AuthType | undefined {
  return authTypeOf(stem.replace(/[-_.]+/g, ' '));
}
