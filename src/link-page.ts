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
 * It loads the element from `link-hub.js` beside itself, so the two share the provider
 * view and languages; serve `dist/` as a folder.
 */
import type { LinkHub } from './elements/link-hub/link-hub.js';
import { LINK_PAGE_STRINGS, type LinkPageStrings } from './i18n/link-page.js';
import type { SubmitArgs, SubmitResult } from './schema/options.js';

/** What the page reads of a token's claims (the host checked and signed them). */
interface Claims {
  exp?: number;
  providers?: string[];
  accountId?: string;
  actions?: string[];
  returnTo?: string;
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

const strings = (hub: Element): LinkPageStrings => {
  const lang = (hub.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en').toLowerCase();
  return LINK_PAGE_STRINGS[lang] ?? LINK_PAGE_STRINGS[lang.split('-')[0]!] ?? LINK_PAGE_STRINGS.en!;
};

/** Replaces the hub with a panel that says where things stand (and offers the way back). */
function settle(hub: LinkHub, heading: string, lines: (string | HTMLAnchorElement)[], alert: boolean): void {
  const panel = document.createElement('section');
  panel.className = 'link-hub-page-state';
  panel.setAttribute('aria-labelledby', 'link-hub-page-state');
  const title = document.createElement('h1');
  title.id = 'link-hub-page-state';
  title.tabIndex = -1;
  title.textContent = heading;
  panel.append(title);
  for (const line of lines) {
    const p = document.createElement('p');
    if (alert) p.setAttribute('role', 'alert');
    p.append(line);
    panel.append(p);
  }
  hub.replaceWith(panel);
  title.focus();
}

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

async function start(): Promise<void> {
  const hub = document.querySelector<LinkHub>('link-hub[submit-url]') ?? document.querySelector<LinkHub>('link-hub');
  const token = takeToken();
  if (!hub) return console.warn('link-hub: the link page has no <link-hub submit-url="…"> element');
  const t = strings(hub);
  const claims = token ? readClaims(token) : undefined;
  if (!token || !claims) return settle(hub, t.invalid, [], true);
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return settle(hub, t.expired, [], true);
  const submitUrl = new URL(hub.getAttribute('submit-url') || '', location.href).href;
  const app = hub.getAttribute('app-name') || returnUrl(claims.returnTo)?.host || document.title;

  // A host may answer a GET of submit-url with the same bearer: 401/410 means no form at all.
  const usable = await fetch(submitUrl, {
    headers: { authorization: `Bearer ${token}` },
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  }).catch(() => undefined);
  if (usable?.status === 401 || usable?.status === 410) return settle(hub, t.expired, [], true);

  hub.inline = true;
  if (Array.isArray(claims.providers)) hub.providers = claims.providers;
  // Scope-aware guides: the actions the link was made for are checked (the customer may change them).
  if (Array.isArray(claims.actions)) hub.actions = claims.actions;
  if (claims.accountId && claims.providers?.length === 1)
    hub.linkedAccounts = [{ providerKey: claims.providers[0]!, accountId: claims.accountId }];
  hub.onSubmit = async ({ providerKey, values, state, signal }: SubmitArgs): Promise<SubmitResult> => {
    const body = { providerKey, values, ...(claims.accountId && { accountId: claims.accountId }), ...(state && { state }) };
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
      settle(hub, t.expired, [], true);
      throw new Error(t.expired);
    }
    if (!response.ok) throw new Error(typeof data.message === 'string' && data.message ? data.message : t.unreachable);
    return data as SubmitResult;
  };
  hub.addEventListener('link-hub-success', (event) => {
    const label = event.detail.result?.label;
    const back = returnUrl(claims.returnTo);
    const lines: (string | HTMLAnchorElement)[] = typeof label === 'string' && label ? [t.account(label)] : [];
    if (back) {
      const link = document.createElement('a');
      link.href = back.href;
      link.textContent = t.backTo(app);
      lines.push(link);
    } else lines.push(t.closePage);
    settle(hub, t.linked, lines, false);
  });
  // The element itself, from beside this script (through a variable: Vite would rewrite `new URL(…, import.meta.url)`).
  await import(/* @vite-ignore */ new URL('./link-hub.js', here).href);
}

const here = import.meta.url;
void start();
