// Vite plugin: collapses whitespace and comments inside lit `css` template literals of
// *.styles.ts files at build time. Lit ships styles as JS strings, so no CSS minifier
// sees them otherwise; bytes here count against the bundle budget.
export function minifyLitCss() {
  return {
    name: 'link-hub-minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return undefined;
      return code.replace(/css`([^`]*)`/g, (_, body) => {
        const min = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          // a declaration's colon: only right after `{` or `;`, so selectors (a:hover) are untouched
          .replace(/([{;])(--?[\w-]+|[a-z-]+):\s+/g, '$1$2:')
          .replace(/ \* /g, '*')
          .replace(/([\s(,:])0\.(\d)/g, '$1.$2')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${min}\``;
      });
    },
  };
}

// Output pass: drops leftover pure annotations and the source indentation that lit
// `html` template literals carry (a newline plus indentation renders exactly like a
// bare newline in HTML; the hub renders no template whitespace inside <pre>).
export function trimOutput() {
  return {
    name: 'link-hub-trim-output',
    // generateBundle sees the minifier's output (renderChunk runs before it).
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = chunk.code
          // `return/*@__PURE__*/x` must stay two tokens: keep a space where identifiers would fuse.
          .replace(/([\w$]?)\/\* ?@__(?:PURE|NO_SIDE_EFFECTS)__ ?\*\/ ?([\w$]?)/g, (_, a, b) => (a && b ? `${a} ${b}` : a + b))
          .replace(/\/\* ?@vite-ignore ?\*\/\s*/g, '')
          .replace(/\n[ \t]+/g, '\n');
      }
    },
  };
}
