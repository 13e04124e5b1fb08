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
  :host([theme='dark']) dialog { color-scheme: dark; }
  :host([theme='auto']) dialog { color-scheme: light dark; }
  * { box-sizing: border-box; }
  dialog {
    width: min(var(--link-hub-dialog-width, 880px), 100vw - 32px);
    height: fit-content;
    min-height: min(480px, 100dvh - 32px);
    max-height: min(780px, 100dvh - 32px);
    max-width: none;
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: 14px;
    background: var(--_surface);
    font: var(--link-hub-font-size, 15px) / 1.5 var(--link-hub-font-family, system-ui, sans-serif);
    color: var(--link-hub-color-text, light-dark(#1b2130, #f3f4f6));
    color-scheme: light;
    box-shadow: 0 24px 64px #0005;
    overflow-wrap: anywhere;
  }
  dialog[open] { display: flex; flex-direction: column; }
  dialog::backdrop { background: #0f141e8c; }
  .header { display: flex; align-items: center; gap: var(--_s); padding: 12px 16px; border-bottom: 1px solid var(--_line); }
  h2, h3, h4, h5, p, ul, ol, .callout { margin: 0 0 var(--_s); font-size: 1em; }
  section { margin-bottom: 24px; }
  h2 { flex: 1; min-width: 0; margin: 0; font-size: 1.25em; }
  h3 { font-size: 1.1em; }
  ul, ol { padding-inline-start: 22px; }
  .body { flex: 1; overflow: auto; padding: 16px; }
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
  code { font: 0.9em ui-monospace, monospace; overflow-wrap: anywhere; }
  pre { padding: var(--_s); overflow: auto; }
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
  .provider { display: grid; gap: 24px; align-items: start; }
  .provider > * { min-width: 0; }
  @media (min-width: 760px) {
    .provider { grid-template-columns: 1fr 300px; }
    .side { position: sticky; top: 0; }
  }
  .callout { border-color: var(--_line); border-inline-start: 4px solid var(--_accent); padding: 12px 14px; }
  .warning, .danger { border-inline-start-color: var(--_danger); }
  .callout > :last-child { margin: 0; }
  .callout > strong { display: block; }
  .steps > li { margin-bottom: 16px; }
  .steps > li::marker, label { font-weight: 600; }
  form, .card, .side { display: grid; gap: 16px; padding: 16px; border-color: var(--_line); }
  .side { padding: 0; }
  [hidden] { display: none !important; }
  form > *, .side > *, .card *, .field > * { margin: 0; }
  .card ul { padding: 0; list-style: none; display: grid; gap: 16px; }
  .card li { display: grid; gap: var(--_s); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_s); }
  small { display: block; font-weight: 400; color: var(--_muted); }
  .field { display: grid; gap: 4px; }
  .label, .control { display: flex; gap: 6px; }
  .req, .field-error, .error strong { color: var(--_danger); }
  [aria-invalid='true'], .error { border: 2px solid var(--_danger); border-radius: var(--_r); }
  .error { padding: 10px 12px; overflow-wrap: anywhere; }
  .spinner { width: 16px; height: 16px; border: 2px solid; border-inline-end-color: #0000; border-radius: 50%; animation: spin 0.7s linear infinite; }
  @keyframes spin { to { rotate: 1turn; } }
  .popup { display: grid; justify-items: center; text-align: center; padding: 40px 0; }
  .check { width: 56px; height: 56px; border-radius: 50%; display: grid; place-items: center; font-size: 28px; background: var(--link-hub-color-success, light-dark(#067647, #75e0a7)); color: var(--_surface); }
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
    .primary, [aria-pressed='true'], .letter, .check { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
`;
