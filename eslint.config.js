// ESLint (flat config): `npm run lint` (with `prettier --check`). Beside the recommended sets,
// two house rules: content stays data (no HTML strings or eval in src/), and the browser code
// and the Node-only guides compiler never import each other.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// (a) No HTML strings or eval in src/. Properties and directives that parse a string as markup:
const htmlProperties = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'createContextualFragment'];
const htmlSinks = [
  ...htmlProperties.map((property) => ({ property, message: 'Render with lit templates: no HTML strings in src/.' })),
  ...['write', 'writeln'].map((property) => ({ object: 'document', property, message: 'No document.write in src/.' })),
];
const htmlImports = [
  {
    regex: '^lit(-html)?/directives/unsafe-(html|svg|mathml)(\\.js)?$',
    message: 'No unsafeHTML/unsafeSVG in src/: guides are data, rendered by renderBlock.',
  },
  { regex: '^lit(-html)?/static(-html)?(\\.js)?$', importNames: ['unsafeStatic'], message: 'No unsafeStatic in src/.' },
];
const htmlSyntax = [
  { selector: `Literal[value=/^(${htmlProperties.join('|')})$/]`, message: 'No HTML-string sinks in src/, not even by name.' },
  { selector: 'TemplateElement[value.raw=/[.](innerHTML|outerHTML)\\b/]', message: 'No .innerHTML bindings in templates.' },
];

// (b) The boundary. A relative import whose path goes through one of these folders of src/:
const through = (...dirs) => `^[.][.]?/(.*/)?(${dirs.join('|')})(/|$)`;
const guides = through('guides');
const browserDirs = through('elements', 'controllers', 'internal', 'events', 'react');
const nodeBuiltins = `^(node:|(${builtinModules.map(escape).join('|')})(/|$))`;
/** no-restricted-imports for static imports and re-exports; no-restricted-syntax for `import()`. */
function restrict(banned) {
  return {
    'no-restricted-imports': ['error', { patterns: [...htmlImports, ...banned.map(({ regex, message }) => ({ regex, message }))] }],
    'no-restricted-syntax': [
      'error',
      ...htmlSyntax,
      ...banned.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`, message })),
    ],
  };
}
const noGuides = { regex: guides, message: 'Browser code must not import the Node-only guides compiler (src/guides).' };
const noNode = {
  regex: nodeBuiltins,
  message: 'Browser code must not import Node built-ins (only src/guides, src/server.ts and src/node.ts may).',
};
const noBrowser = {
  regex: browserDirs,
  message: 'The guides compiler must not import browser code (elements, controllers, internal, events, react).',
};

export default defineConfig([
  // Build output (dist.next/ is the build's staging folder), scratch and build folders that start with a dot.
  globalIgnores(['dist/', 'dist.next/', '.*/', 'node_modules/', 'test-results/', 'custom-elements.json', '**/*.json']),
  js.configs.recommended,
  tseslint.configs.recommended,
  // A `_` parameter is there for its type only (`exhaustive = (_: never) => …`).
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] } },

  // Where code runs.
  { files: ['src/**', 'test/elements/**', 'demo/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    files: [
      'src/guides/**',
      'src/server.ts',
      'src/node.ts',
      'src/react.server.ts',
      'scripts/**',
      'bench/**',
      'bin/**',
      'demo/server.mjs',
      'demo/server/**',
      'demo/node-request.mjs',
      '*.{js,mjs,ts}',
      'test/**/*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  // Scripts that drive a page pass functions to it (page.evaluate), so browser names are in scope too.
  { files: ['test/e2e/**', 'bench/**', 'scripts/screenshots.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['test/elements/**'],
    languageOptions: { globals: globals.mocha },
    // chai's property assertions (`expect(x).to.be.true`, `.to.exist`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // The test runner strips ANSI colour codes (\x1b[...m) from its steps' output before counting.
  { files: ['scripts/test.mjs'], rules: { 'no-control-regex': 'off' } },

  // Lit and web-component rules where elements and controllers live.
  { files: ['src/elements/**', 'src/controllers/**'], ...lit.configs['flat/recommended'] },
  {
    files: ['src/elements/**', 'src/controllers/**'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },

  // (a) everywhere in src/, and (b) per side of the boundary.
  {
    files: ['src/**'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': ['error', ...htmlSinks],
      ...restrict([noGuides, noNode]),
    },
  },
  { files: ['src/guides/**'], rules: restrict([noBrowser]) },
  // src/server.ts is the hosts' Node-side helper (`link-hub/server`): Node built-ins and the compiler are allowed.
  { files: ['src/server.ts'], rules: restrict([]) },
  // src/node.ts is link-hub/node: the adapter between Node's http and a handler of web-standard Requests.
  { files: ['src/node.ts'], rules: restrict([noGuides]) },

  // Last: turn off rules that only concern formatting (Prettier's job).
  prettier,
]);
