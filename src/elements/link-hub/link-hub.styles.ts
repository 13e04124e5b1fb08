import { css } from 'lit';

/**
 * Sizes are in px (never rem, which follows the host page's root font size); inherited
 * properties are reset at the host so the page's CSS cannot leak in, except the font
 * family a host may choose through --link-hub-font-family.
 */
export const styles = css`
  :host {
    --_accent: var(--link-hub-color-accent, light-dark(#4338ca, #a5b4fc));
    --_on-accent: var(--link-hub-color-on-accent, light-dark(#fff, #111827));
    --_surface: var(--link-hub-color-surface, light-dark(#fff, #141a26));
    --_raised: var(--link-hub-color-surface-raised, light-dark(#f5f6f8, #1f2737));
    --_text: var(--link-hub-color-text, light-dark(#1b2130, #f3f4f6));
    --_muted: var(--link-hub-color-text-muted, light-dark(#4a5263, #c3c8d2));
    --_border: var(--link-hub-color-border, light-dark(#6b7280, #9aa3b2));
    --_line: color-mix(in srgb, var(--_border) 35%, transparent);
    --_danger: var(--link-hub-color-danger, light-dark(#b42318, #fda29b));
    --_success: var(--link-hub-color-success, light-dark(#067647, #75e0a7));
    --_radius: var(--link-hub-radius, 10px);
    --_s: var(--link-hub-space, 8px);
    --_width: var(--link-hub-dialog-width, 880px);
    display: contents;
    font: normal 400 var(--link-hub-font-size, 15px) / 1.5 var(--link-hub-font-family, system-ui, sans-serif);
    color: var(--_text);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    color-scheme: light;
  }
  :host([theme='dark']) { color-scheme: dark; }
  :host([theme='auto']) { color-scheme: light dark; }
  *, *::before, *::after { box-sizing: border-box; }
  dialog {
    width: min(var(--_width), calc(100vw - 32px));
    max-width: none;
    height: fit-content;
    min-height: min(480px, calc(100dvh - 32px));
    max-height: min(780px, calc(100dvh - 32px));
    margin: auto;
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: calc(var(--_radius) * 1.4);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    box-shadow: 0 24px 64px rgb(0 0 0 / 0.28);
    overflow: hidden;
  }
  dialog[open] { display: flex; flex-direction: column; animation: in 160ms ease-out; }
  dialog::backdrop { background: rgb(15 20 30 / 0.55); }
  @keyframes in { from { opacity: 0; transform: translateY(8px); } }
  .frame { display: flex; flex-direction: column; flex: 1; min-height: 0; }
  header {
    display: flex; align-items: center; gap: var(--_s);
    padding: calc(var(--_s) * 1.5) calc(var(--_s) * 2);
    border-bottom: 1px solid var(--_line);
  }
  h2 { flex: 1; margin: 0; font-size: 1.25em; line-height: 1.3; font-weight: 650; }
  h3 { margin: 0 0 var(--_s); font-size: 1.1em; line-height: 1.35; font-weight: 650; }
  h4 { margin: 0 0 4px; font-size: 1em; font-weight: 620; }
  h5 { margin: calc(var(--_s) * 1.5) 0 4px; font-size: 1em; font-weight: 600; }
  p { margin: 0 0 var(--_s); }
  .body { flex: 1; overflow: auto; padding: calc(var(--_s) * 2); overscroll-behavior: contain; }
  button, input, select { font: inherit; color: inherit; letter-spacing: inherit; margin: 0; }
  button {
    display: inline-flex; align-items: center; justify-content: center; gap: var(--_s);
    min-height: 40px; min-width: 40px; padding: 0 calc(var(--_s) * 2);
    border: 1px solid var(--_border); border-radius: var(--_radius);
    background: var(--_raised); cursor: pointer; text-transform: none;
  }
  button:disabled { cursor: progress; opacity: 0.7; }
  :focus-visible, [tabindex='-1']:focus { outline: 3px solid var(--_accent); outline-offset: 2px; }
  [tabindex='-1']:focus:not(:focus-visible) { outline: none; }
  .icon { padding: 0; border-color: transparent; background: transparent; font-size: 1.1em; }
  .primary { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); font-weight: 600; min-height: 44px; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  a { color: var(--_accent); text-underline-offset: 2px; }
  code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; background: var(--_raised); padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
  pre { background: var(--_raised); padding: var(--_s); border-radius: var(--_radius); overflow: auto; }
  img { max-width: 100%; height: auto; border-radius: var(--_radius); border: 1px solid var(--_line); }
  ul, ol { margin: 0 0 var(--_s); padding-inline-start: 22px; }
  input, select {
    width: 100%; min-height: 44px; padding: 0 12px;
    border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface);
  }
  input[type='search'] { margin-bottom: calc(var(--_s) * 1.5); }
  .state { padding: calc(var(--_s) * 4) 0; text-align: center; color: var(--_muted); }
  .chips { display: flex; flex-wrap: wrap; gap: var(--_s); margin-bottom: var(--_s); }
  .chip { min-height: 32px; border-radius: 999px; padding: 0 14px; font-size: 0.9em; }
  .chip[aria-pressed='true'] { background: var(--_accent); color: var(--_on-accent); border-color: var(--_accent); }
  .count { color: var(--_muted); font-size: 0.9em; }
  [part='provider-list'] { list-style: none; padding: 0; margin: 0; display: grid; gap: var(--_s); grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); }
  [part='provider'] { width: 100%; min-height: 64px; justify-content: flex-start; text-align: start; padding: var(--_s) 12px; border-color: var(--_line); }
  [part='provider']:hover { border-color: var(--_accent); }
  .logo { width: 32px; height: 32px; flex: none; border-radius: 8px; object-fit: contain; }
  .letter { display: grid; place-items: center; background: var(--_accent); color: var(--_on-accent); font-weight: 700; }
  .name { flex: 1; font-weight: 600; overflow-wrap: anywhere; }
  .category { font-size: 0.8em; color: var(--_muted); text-transform: uppercase; letter-spacing: 0.04em; }
  .more { margin-top: calc(var(--_s) * 1.5); width: 100%; }
  .provider { display: grid; gap: calc(var(--_s) * 3); }
  @media (min-width: 760px) {
    .provider { grid-template-columns: minmax(0, 1fr) minmax(260px, 320px); align-items: start; }
    form { position: sticky; top: 0; }
  }
  .callout { border: 1px solid var(--_line); border-inline-start: 4px solid var(--_accent); border-radius: var(--_radius); padding: 12px 14px; margin-bottom: calc(var(--_s) * 1.5); background: var(--_raised); }
  .callout.warning, .callout.danger { border-inline-start-color: var(--_danger); }
  .callout-label { display: block; margin-bottom: 2px; }
  .callout > :last-child { margin-bottom: 0; }
  section { margin-bottom: calc(var(--_s) * 3); }
  .steps { list-style: none; padding: 0; counter-reset: step; }
  .steps > li { position: relative; padding-inline-start: 40px; margin-bottom: calc(var(--_s) * 2); counter-increment: step; }
  .steps > li::before {
    content: counter(step); position: absolute; inset-inline-start: 0; top: 0;
    width: 28px; height: 28px; border-radius: 50%; display: grid; place-items: center;
    background: var(--_raised); border: 1px solid var(--_border); font-weight: 650; font-size: 0.9em;
  }
  form { display: grid; gap: calc(var(--_s) * 2); padding: calc(var(--_s) * 2); border: 1px solid var(--_line); border-radius: var(--_radius); background: var(--_raised); }
  form h3 { margin: 0; }
  .hint, .help, .opt { color: var(--_muted); font-size: 0.88em; margin: 0; }
  .field { display: grid; gap: 4px; }
  .label { display: flex; gap: 6px; align-items: baseline; }
  label { font-weight: 600; }
  .req { color: var(--_danger); }
  .control { display: flex; gap: var(--_s); }
  .reveal { flex: none; }
  [aria-invalid='true'] { border-color: var(--_danger); border-width: 2px; }
  .field-error { color: var(--_danger); font-size: 0.9em; margin: 0; }
  .error { border: 2px solid var(--_danger); border-radius: var(--_radius); padding: 10px 12px; color: var(--_text); }
  .error strong { color: var(--_danger); }
  .error p { margin: 4px 0 0; overflow-wrap: anywhere; }
  .spinner { width: 16px; height: 16px; border: 2px solid currentColor; border-inline-end-color: transparent; border-radius: 50%; animation: spin 700ms linear infinite; }
  @keyframes spin { to { transform: rotate(360deg); } }
  .popup { display: grid; justify-items: center; text-align: center; gap: var(--_s); padding: calc(var(--_s) * 5) var(--_s); }
  .check { width: 56px; height: 56px; border-radius: 50%; display: grid; place-items: center; font-size: 28px; background: var(--_success); color: var(--_surface); }
  .skeleton { display: grid; gap: 12px; }
  .skeleton span { height: 18px; border-radius: 6px; background: var(--_raised); }
  .skeleton span:first-child { width: 60%; }
  [dir='rtl'] .flip { display: inline-block; transform: scaleX(-1); }
  @media (max-width: 599px) {
    dialog { width: 100vw; height: 100dvh; max-height: none; border-radius: 0; border: 0; }
    .body { padding: calc(var(--_s) * 1.5); }
    [part='provider-list'] { grid-template-columns: 1fr; }
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after, dialog[open] { animation-duration: 1ms !important; animation-iteration-count: 1 !important; transition: none !important; }
  }
  @media (forced-colors: active) {
    .primary, .chip[aria-pressed='true'], .letter, .check { forced-color-adjust: none; background: Highlight; color: HighlightText; border-color: Highlight; }
    :focus-visible { outline-color: Highlight; }
  }
`;
