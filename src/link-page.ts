/**
 * `dist/link-page.js`: the hosted link page ("magic link"). A host serves a page with
 * `<link-hub inline catalog="…" submit-url="…">` and this script; its backend sends a
 * customer `https://app.example/connect#token=<jwt>` (made by `createLinkToken`).
 *
 * The page takes the token out of the address bar at once, offers only the providers the
 * token allows (straight to the form when there is one), and on Connect POSTs JSON
 * `{ providerKey, values, accountId?, state? }` to `submit-url` with `authorization: Bearer
 * <token>`. It never verifies the token (the host does, on submit); it only reads its
 * claims to know what to offer, and its `exp` to say at once that an old link has expired.
 * The host answers 200 `{ accountId, label }` (or `{ redirectUrl }` for a provider that
 * signs in), 4xx `{ message }` (shown, form kept), or 401/410 (expired or used: no form).
 * When the page opens it also GETs `submit-url` with the token: a host that answers
 * 401/410 there gets the same "no form" at once (any other answer is ignored).
 *
 * A second link opened in a tab already on the page changes only the fragment: the page
 * treats that `hashchange` as a new visit (the token leaves the address bar, a fresh hub starts).
 * A token's `owner` (the host's label for whose account this is) is shown before the form.
 * Every state (linked, expired or used, not valid) is drawn like the hub (src/link-page/panel.ts).
 *
 * It loads the element from `link-hub.js` beside itself, so the two share the provider
 * view and languages; serve `dist/` as a folder.
 */
import type { LinkHub } from './elements/link-hub/link-hub.js';
import { LINK_PAGE_STRINGS, type LinkPageStrings } from './i18n/link-page.js';
import { ownerNote, panelHeading, statePanel, type PanelContext, type PanelLine } from './link-page/panel.js';
import type { SubmitArgs, SubmitResult } from './schema/options.js';

/** What the page reads of a token's claims (the host checked and signed them). */
interface Claims {
  exp?: number;
  providers?: string[];
  accountId?: string;
  actions?: string[];
  returnTo?: string;
  owner?: string;
}

/** The token from `#token=…`, and the address bar without it (history keeps no copy). */
function takeToken(): string | undefined {
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? undefined;
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}

/** A JWT's claims, unverified; undefined when it is not a JWT. */
function readClaims(token: string): Claims | undefined {
  const payload = token.split('.')[1];
  if (!payload || token.split('.').length !== 3) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
    return typeof claims === 'object' && claims !== null ? (claims as Claims) : undefined;
  } catch {
    return undefined;
  }
}

/** The page's language: the hub's (or its page's) `lang`, else the browser's. */
const pageLang = (hub: Element): string => (hub.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en').toLowerCase();

const stringsFor = (lang: string): LinkPageStrings =>
  LINK_PAGE_STRINGS[lang] ?? LINK_PAGE_STRINGS[lang.split('-')[0]!] ?? LINK_PAGE_STRINGS.en!;

/** An http(s) URL to go back to, or undefined. */
function returnUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The page's `<link-hub>` as the host wrote it; each visit after the first starts from a fresh copy of it. */
const original = document.querySelector<LinkHub>('link-hub[submit-url]') ?? document.querySelector<LinkHub>('link-hub');
const template = original?.cloneNode(false) as LinkHub | undefined;
/** What stands where the hub was (the hub, or a panel), and the owner note before it. */
let shown: Element | null = original;
let note: Element | undefined;
/** The current visit: an answer that arrives for an older one is dropped. */
let visit = 0;

/** Puts `next` where the hub (or the last panel) stands, and forgets the owner note. */
function put(next: Element): void {
  note?.remove();
  note = undefined;
  shown?.replaceWith(next);
  shown = next;
}

async function start(): Promise<void> {
  const ticket = ++visit;
  const token = takeToken();
  if (!template || !shown) return console.warn('link-hub: the link page has no <link-hub submit-url="…"> element');
  const lang = pageLang(shown);
  const t = stringsFor(lang);
  const context: PanelContext = { lang, theme: template.getAttribute('theme') };
  /** Shows where things stand in place of the hub (or the last panel), unless a newer visit began. */
  const settle = (heading: string, lines: PanelLine[], alert: boolean): void => {
    if (ticket !== visit) return;
    const panel = statePanel(context, heading, lines, alert);
    put(panel);
    panelHeading(panel)?.focus();
  };
  const claims = token ? readClaims(token) : undefined;
  if (!token || !claims) return settle(t.invalid, [], true);
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return settle(t.expired, [], true);
  const submitUrl = new URL(template.getAttribute('submit-url') || '', location.href).href;
  const app = template.getAttribute('app-name') || returnUrl(claims.returnTo)?.host || document.title;

  // The host answers a GET of submit-url with the same bearer: 401/410 means no form at all,
  // and a 200 in JSON may say whose account this is (createLinkHandler does).
  const usable = await fetch(submitUrl, {
    headers: { authorization: `Bearer ${token}` },
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  }).catch(() => undefined);
  if (ticket !== visit) return;
  if (usable?.status === 401 || usable?.status === 410) return settle(t.expired, [], true);
  const about = usable?.ok && (usable.headers.get('content-type') ?? '').includes('json') ? await usable.json().catch(() => ({})) : {};
  if (ticket !== visit) return;
  const owner = typeof about?.owner === 'string' && about.owner ? about.owner : typeof claims.owner === 'string' ? claims.owner : '';

  // The first visit takes the page's own hub; a later one (a second link, same tab) a fresh one.
  const hub = ticket === 1 && shown === original ? original! : (template.cloneNode(false) as LinkHub);
  if (hub !== shown) put(hub);
  note?.remove();
  note = undefined;
  if (owner) {
    note = ownerNote(context, t.connectingFor(app, owner));
    hub.before(note);
  }
  hub.inline = true;
  if (Array.isArray(claims.providers)) hub.providers = claims.providers;
  // Scope-aware guides: the actions the link was made for are checked (the customer may change them).
  if (Array.isArray(claims.actions)) hub.actions = claims.actions;
  if (claims.accountId && claims.providers?.length === 1)
    hub.linkedAccounts = [{ providerKey: claims.providers[0]!, accountId: claims.accountId }];
  hub.onSubmit = async ({ providerKey, values, state, actions, signal }: SubmitArgs): Promise<SubmitResult> => {
    const body = {
      providerKey,
      values,
      ...(claims.accountId && { accountId: claims.accountId }),
      ...(state && { state }),
      ...(actions?.length && { actions }),
    };
    let response: Response;
    try {
      response = await fetch(submitUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new Error(t.unreachable);
    }
    const data = (response.headers.get('content-type') ?? '').includes('json')
      ? ((await response.json().catch(() => ({}))) as Record<string, unknown>)
      : {};
    if (response.status === 401 || response.status === 410) {
      settle(t.expired, [], true);
      throw new Error(t.expired);
    }
    // The server's messages for fields (validateSubmission's, a LinkRefusal's) reach the hub's fields, as from onSubmit.
    if (!response.ok)
      throw Object.assign(new Error(typeof data.message === 'string' && data.message ? data.message : t.unreachable), {
        fields: data.fields,
      });
    return data as SubmitResult;
  };
  hub.addEventListener('link-hub-success', (event) => {
    const label = event.detail.result?.label;
    const back = returnUrl(claims.returnTo);
    const lines: PanelLine[] = typeof label === 'string' && label ? [t.account(label)] : [];
    lines.push(back ? { href: back.href, text: t.backTo(app) } : t.closePage);
    settle(t.linked, lines, false);
  });
  // The element itself, from beside this script (through a variable: Vite would rewrite `new URL(…, import.meta.url)`).
  await import(/* @vite-ignore */ new URL('./link-hub.js', here).href);
}

const here = import.meta.url;
// A second link opened in this tab changes only the fragment: a new visit, and the token leaves the address bar.
addEventListener('hashchange', () => {
  if (new URLSearchParams(location.hash.slice(1)).has('token')) void start();
});
void start();
