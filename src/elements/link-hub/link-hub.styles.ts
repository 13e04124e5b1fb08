import { css } from 'lit';

/**
 * The host resets every inherited property with `all: initial !important`: in the cascade,
 * important declarations of a shadow tree beat the page's important ones, so not even
 * `* { font: 3px !important }` reaches in. Custom properties pass (that is how hosts theme
 * it, including the font family through --link-hub-font-family); typography and
 * color-scheme are set on the dialog, which page selectors cannot match. Sizes are px,
 * never rem (rem follows the host page's root font size). Colors use light-dark(), so
 * `theme` only sets color-scheme.
 */
export const styles = css`
  :host {
    all: initial !important;
    display: contents !important;
    --_accent: var(--link-hub-color-accent, light-dark(#4338ca, #a5b4fc));
    --_on-accent: var(--link-hub-color-on-accent, light-dark(#fff, #111827));
    --_surface: var(--link-hub-color-surface, light-dark(#fff, #141a26));
    --_raised: var(--link-hub-color-surface-raised, light-dark(#f4f5f8, #1f2737));
    --_muted: var(--link-hub-color-text-muted, light-dark(#4a5263, #c3c8d2));
    --_border: var(--link-hub-color-border, light-dark(#6b7280, #9aa3b2));
    --_danger: var(--link-hub-color-danger, light-dark(#b42318, #fda29b));
    --_line: color-mix(in srgb, var(--_border) 35%, transparent);
    --_r: var(--link-hub-radius, 10px);
    --_s: var(--link-hub-space, 8px);
  }
  :host([inline]) { display: block !important; }
  :host([theme='dark']) [part='dialog'] { color-scheme: dark; }
  :host([theme='auto']) [part='dialog'] { color-scheme: light dark; }
  * { box-sizing: border-box; }
  [part='dialog'] {
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: 14px;
    background: var(--_surface);
    font: var(--link-hub-font-size, 15px) / 1.5 var(--link-hub-font-family, system-ui, sans-serif);
    color: var(--link-hub-color-text, light-dark(#1b2130, #f3f4f6));
    color-scheme: light;
    overflow-wrap: anywhere;
  }
  dialog {
    width: min(var(--link-hub-dialog-width, 880px), 100vw - 32px);
    height: fit-content;
    min-height: min(480px, 100dvh - 32px);
    max-height: min(780px, 100dvh - 32px);
    max-width: none;
    box-shadow: 0 24px 64px #0005;
  }
  dialog[open], .inline { display: flex; flex-direction: column; }
  dialog::backdrop { background: #0f141e8c; }
  .header { display: flex; align-items: center; gap: var(--_s); padding: 12px 16px; border-bottom: 1px solid var(--_line); }
  h2, h3, h4, h5, p, ul, ol, .callout { margin: 0 0 var(--_s); font-size: 1em; }
  h2 { flex: 1; min-width: 0; margin: 0; font-size: 1.25em; }
  h3 { font-size: 1.1em; }
  ul, ol { padding-inline-start: 22px; }
  .body { flex: 1; overflow: auto; padding: 16px; container-type: inline-size; }
  button, input, select { font: inherit; color: inherit; }
  button, input, select, .callout, form, .card, pre {
    min-height: 40px; border: 1px solid var(--_border); border-radius: var(--_r); background: var(--_raised);
  }
  button { display: inline-flex; align-items: center; justify-content: center; gap: var(--_s); min-width: 40px; padding: 0 16px; cursor: pointer; }
  button:disabled { opacity: 0.7; }
  :focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
  .icon { padding: 0; border-color: #0000; background: none; }
  .primary, [aria-pressed='true'], .letter { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  a { color: var(--_accent); }
  img { max-width: 100%; height: auto; border-radius: var(--_r); }
  input, select { width: 100%; min-height: 44px; padding: 0 12px; background: var(--_surface); }
  .state, .count, .category, .hint, .help, .opt { color: var(--_muted); font-size: 0.9em; }
  .state { padding: 32px 0; text-align: center; }
  .chips { display: flex; flex-wrap: wrap; gap: var(--_s); margin: 12px 0; }
  .chip { min-height: 32px; border-radius: 99px; }
  ul[part] { list-style: none; padding: 0; display: grid; gap: var(--_s); grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); }
  [part='provider'] { flex-wrap: wrap; width: 100%; min-height: 64px; justify-content: start; text-align: start; padding: var(--_s) 12px; border-color: var(--_line); }
  .logo { width: 32px; height: 32px; border-radius: 8px; display: grid; place-items: center; }
  .name { flex: 1; min-width: 0; font-weight: 600; overflow-wrap: anywhere; }
  .category { text-transform: uppercase; }
  [hidden] { display: none !important; }
  small { display: block; font-weight: 400; color: var(--_muted); }
  small.attention { color: var(--_danger); font-weight: 600; }
  .variant { color: var(--_muted); font-weight: 400; }
  .skeleton { height: 120px; border-radius: var(--_r); background: var(--_raised); }
  :dir(rtl) .flip { scale: -1 1; }
  @media (max-width: 599px) {
    dialog { width: 100vw; height: 100dvh; max-height: none; border: 0; border-radius: 0; }
    .body { padding: 12px; }
  }
  @media (prefers-reduced-motion: reduce) {
    * { animation: none !important; }
  }
  @media (forced-colors: active) {
    .primary, [aria-pressed='true'], .letter { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
`;
