/**
 * The hosted link page's own boxes (where a link stands, and whose account it is), drawn like
 * the hub: the same tokens, font and frame (src/styles/tokens.ts), in a shadow root so the
 * host page's CSS neither breaks them nor needs to know them. The styles are a constructed
 * stylesheet, which a strict Content-Security-Policy (style-src 'self') allows.
 */
import { SURFACE, TOKENS } from '../styles/tokens.js';

const CSS = `
  :host { all: initial !important; display: block !important; ${TOKENS} }
  :host([theme='dark']) .box { color-scheme: dark; }
  :host([theme='auto']) .box { color-scheme: light dark; }
  * { box-sizing: border-box; }
  .box { ${SURFACE} display: grid; gap: var(--_s); padding: 24px 20px; }
  .note { padding: 12px 16px; margin-block-end: 12px; background: var(--_raised); }
  .mark { width: 40px; height: 40px; border-radius: 50%; display: grid; place-items: center; font-weight: 700;
    background: var(--_accent); color: var(--_on-accent); }
  .alert .mark { background: var(--_danger); color: var(--_surface); }
  h1 { margin: 0; font-size: 1.35em; line-height: 1.3; }
  p { margin: 0; }
  .muted { color: var(--_muted); }
  h1:focus { outline: none; }
  :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  a { color: var(--_accent); }
  .back { justify-self: start; display: inline-flex; align-items: center; min-height: 44px; padding: 0 16px; margin-block-start: 8px;
    border-radius: var(--_r); background: var(--_accent); color: var(--_on-accent); font-weight: 600; text-decoration: none; }
  @media (max-width: 599px) { .box { padding: 20px 16px; } h1 { font-size: 1.2em; } }
  @media (forced-colors: active) { .mark, .back { border: 1px solid CanvasText; } }
`;

/** The boxes' stylesheet (a few, each made once: nothing is shared between them). */
function styles(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  return sheet;
}

/** Where the page is: its language and direction, and the hub's `theme` to follow. */
export interface PanelContext {
  lang: string;
  theme: string | null;
}

/** A host element with a themed shadow root holding `content`. */
function themed(context: PanelContext, content: HTMLElement, className: string): HTMLElement {
  const host = document.createElement('div');
  host.className = className;
  if (context.theme) host.setAttribute('theme', context.theme);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styles()];
  content.lang = context.lang;
  content.dir = context.lang.split('-')[0] === 'ar' ? 'rtl' : 'ltr';
  root.append(content);
  return host;
}

/** A line of the panel: text, or a link (the way back). */
export type PanelLine = string | { href: string; text: string };

/**
 * Where a link stands (linked, expired or used, not valid): a heading that takes focus and
 * the lines under it. `alert` says it went wrong (announced, marked as such).
 */
export function statePanel(context: PanelContext, heading: string, lines: PanelLine[], alert: boolean): HTMLElement {
  const section = document.createElement('section');
  section.className = alert ? 'box alert' : 'box';
  section.setAttribute('aria-labelledby', 'state');
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = alert ? '!' : '✓';
  const title = document.createElement('h1');
  title.id = 'state';
  title.tabIndex = -1;
  title.textContent = heading;
  section.append(mark, title);
  for (const line of lines) {
    const p = document.createElement('p');
    if (typeof line === 'string') {
      p.className = 'muted';
      if (alert) p.setAttribute('role', 'alert');
      p.textContent = line;
    } else {
      const link = document.createElement('a');
      link.className = 'back';
      link.href = line.href;
      link.textContent = line.text;
      p.append(link);
    }
    section.append(p);
  }
  return themed(context, section, 'link-hub-page-state');
}

/** The heading of a state panel, to move focus to once it is on the page. */
export const panelHeading = (panel: HTMLElement): HTMLElement | null => panel.shadowRoot?.querySelector('h1') ?? null;

/** Whose account the link connects, shown before the form. */
export function ownerNote(context: PanelContext, text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'box note';
  p.textContent = text;
  return themed(context, p, 'link-hub-page-owner');
}
