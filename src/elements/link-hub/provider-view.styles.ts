import { css } from 'lit';

/**
 * The provider view's styles: the guide, the form, the accounts, the sign-in wait and the
 * success popup. The view adds them to the hub's shadow root when its module loads, so the
 * list's script does not carry them. They come after the hub's own sheet in the cascade.
 */
export const viewStyles = css`
  section { margin-bottom: 24px; }
  code { font: 0.9em ui-monospace, monospace; overflow-wrap: anywhere; }
  pre { padding: var(--_s); overflow: auto; }
  .provider { display: grid; gap: 24px; align-items: start; }
  .provider > * { min-width: 0; }
  /* Side by side when the hub is wide enough (a container query: an inline hub may sit in a narrow panel). */
  @container (min-width: 700px) {
    .provider { grid-template-columns: 1fr 300px; }
    .side { position: sticky; top: 0; }
    .to-form { display: none; }
  }
  .to-form { justify-self: start; }
  .callout { border-color: var(--_line); border-inline-start: 4px solid var(--_accent); padding: 12px 14px; }
  .warning, .danger { border-inline-start-color: var(--_danger); }
  .callout > :last-child { margin: 0; }
  .callout > strong { display: block; }
  .steps > li { margin-bottom: 16px; }
  .steps > li::marker, label { font-weight: 600; }
  form, .card, .side { display: grid; gap: 16px; padding: 16px; border-color: var(--_line); }
  .side { padding: 0; }
  form > *, .side > *, .card *, .field > * { margin: 0; }
  .card ul { padding: 0; list-style: none; display: grid; gap: 16px; }
  .card li { display: grid; gap: var(--_s); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_s); }
  .field { display: grid; gap: 4px; }
  .label, .control { display: flex; gap: 6px; }
  /* The input gives way, never the Show button (long words elsewhere may break anywhere). */
  .control input { min-width: 0; }
  .reveal { flex: none; overflow-wrap: normal; }
  .find { justify-self: start; padding: 2px 8px; font-size: 0.9em; }
  .req, .field-error, .error strong { color: var(--_danger); }
  [aria-invalid='true'], .error { border: 2px solid var(--_danger); border-radius: var(--_r); }
  .error { padding: 10px 12px; overflow-wrap: anywhere; }
  .spinner { width: 16px; height: 16px; border: 2px solid; border-inline-end-color: #0000; border-radius: 50%; animation: spin 0.7s linear infinite; }
  @keyframes spin { to { rotate: 1turn; } }
  .popup { display: grid; justify-items: center; text-align: center; padding: 40px 0; }
  .check { width: 56px; height: 56px; border-radius: 50%; display: grid; place-items: center; font-size: 28px; background: var(--link-hub-color-success, light-dark(#067647, #75e0a7)); color: var(--_surface); }
  @media (forced-colors: active) {
    .check { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
`;
