/**
 * The hub's look in two declaration blocks, for the hosted link page's own panels
 * (src/link-page/panel.ts), so a page state looks like the hub and follows the same public
 * custom properties. Plain strings: the link page carries no lit. The element's styles
 * (link-hub.styles.ts) write the same declarations in its `css` (importing these through
 * unsafeCSS cost link-hub.js ~40 bytes it does not have); test/internal/link-page-tokens.test.mjs
 * keeps the two the same.
 */

/** The working variables, each from its public `--link-hub-…` token with the hub's default. */
export const TOKENS = `
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
`;

/** The hub's surface and typography: its font, size, text colour and frame. */
export const SURFACE = `
border: 1px solid var(--_line);
border-radius: 14px;
background: var(--_surface);
font: var(--link-hub-font-size, 15px) / 1.5 var(--link-hub-font-family, system-ui, sans-serif);
color: var(--link-hub-color-text, light-dark(#1b2130, #f3f4f6));
color-scheme: light;
overflow-wrap: anywhere;
`;
