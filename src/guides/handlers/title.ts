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

/** How a page says what it is for: "How do I link my account?", "How to connect your account", "Linking your account". */
const PAGE_WORDS = String.raw`(?:how\s+(?:do|can|to|should)\s+(?:(?:i|you|we)\s+)?(?:link|connect)|linking|connecting|link|connect)\s+(?:my|your|our|an?|the)\s+(?:(.+?)\s+)?accounts?\s*[?.!]?`;

/** A last part that names the page, not the provider: `- How do I link my account?`, `: Connecting your account`, `- Account linking guide`. */
const PAGE_SUFFIX = new RegExp(
  String.raw`(?:\s+[–—-]|\s*:)\s+(?:${PAGE_WORDS}|(?:account\s+)?(?:linking|connection|setup)\s+guide\s*[?.!]?)\s*$`,
  'i',
);

/** A whole title that names the page: its provider, when it names one ("Connect your Slack account"), else none. */
const PAGE_TITLE = new RegExp(String.raw`^(?:${PAGE_WORDS}|(?:account\s+)?(?:linking|connection|setup)\s+guide\s*[?.!]?)$`, 'i');

/** `Parcelpoint (API Key)`: the name, then the variant in brackets. */
const BRACKETED = /^(.+?)\s*\(([^()]+)\)$/;

/**
 * `Connect Flatchr with API Key – StackOne Hub` -> Flatchr, variant API Key, api_key;
 * `Pipedrive - OAuth Authentication` -> Pipedrive, variant OAuth Authentication, oauth2;
 * `Parcelpoint (API Key)` -> Parcelpoint, variant API Key, api_key.
 * A part after `|`, or a last dashed part naming the site (`- Docs`) or the page (`- How do I
 * link my account?`), is dropped. A title that only names the page (`How to connect your
 * account`) gives an empty name: the name is then looked for elsewhere (`sidebarTitle:`).
 */
export function parseTitle(title: string): TitleParts {
  let bare = title.replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== bare;) [before, bare] = [bare, bare.replace(SITE_SUFFIX, '').replace(PAGE_SUFFIX, '').trim()];
  const page = PAGE_TITLE.exec(bare);
  if (page) return { name: page[1]?.trim() ?? '' };
  const connect = /^connect\s+(.+?)\s+(?:with|using|via|by)\s+(.+)$/i.exec(bare);
  if (connect) {
    // After "with Y", a dashed part is the site's name.
    const variant = connect[2]!.split(DASH)[0]!.trim();
    return { name: connect[1]!.trim(), variant, authType: authTypeOf(variant) ?? 'custom' };
  }
  const plain = bare.replace(/^connect\s+/i, '');
  const dash = DASH.exec(plain);
  const bracketed = dash ? null : BRACKETED.exec(plain);
  if (bracketed) {
    const authType = authTypeOf(bracketed[2]!);
    return { name: bracketed[1]!.trim(), variant: bracketed[2]!.trim(), ...(authType ? { authType } : {}) };
  }
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
  if (/\b(?:api[\s-]?)?keys?\b|\btokens?\b|\bsecrets?\b|\bcredentials?\b|\bservice[\s-]?(?:users?|accounts?)\b/i.test(words))
    return 'api_key';
  return undefined;
}

/** The auth type a file name says (`pipedrive-oauth.mdx`, `hibob_service_user.md`), when it says one. */
export function authTypeOfFile(stem: string): AuthType | undefined {
  return authTypeOf(stem.replace(/[-_.]+/g, ' '));
}

/** A guide that speaks of something to copy: a key, token, secret or password. */
const KEY_TALK = /\b(?:api[\s-]?)?keys?\b|\btokens?\b|\bsecrets?\b|\bpass(?:word|phrase)s?\b/i;
const SIGN_IN_TALK = /\b(?:sign|log)(?:s|ing|ging|ged|ed)?[\s-]?in\b|\bauthori[sz](?:e|es|ing)\b/i;

/**
 * The auth type a guide's own words say, for a guide with no fields: OAuth anywhere (OAuth 1
 * -> oauth1); else signing in, logging in or authorizing, unless the guide also speaks of a
 * key, token, secret or password (a key guide's first step is often "Sign in to ..."). Else
 * undefined: such a guide is never taken for a sign-in.
 */
export function authTypeOfText(text: string): 'oauth1' | 'oauth2' | undefined {
  if (/\boauth\s*1/i.test(text)) return 'oauth1';
  if (/\boauth/i.test(text)) return 'oauth2';
  return SIGN_IN_TALK.test(text) && !KEY_TALK.test(text) ? 'oauth2' : undefined;
}
