/** Scope-aware guides: the guide a choice of actions leaves, as tables. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownActions, scopedGuide, scopesFor } from '../../src/internal/scopes.js';
import type { Provider } from '../../src/schema/guide.js';

const text = (t: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: t }] }];
const orbit: Provider = {
  key: 'orbit',
  name: 'Orbit',
  authType: 'oauth2',
  warnings: [],
  actions: [
    { id: 'list_jobs', label: 'List jobs', scopes: ['jobs:read'] },
    { id: 'write_candidates', label: 'Add candidates', scopes: ['candidates:write', 'jobs:read'] },
    { id: 'read_reports', label: 'Read reports', scopes: ['reports:read'] },
  ],
  sections: [
    {
      title: 'Create the app',
      content: [],
      steps: [
        { title: 'Open the developer console', content: text('Always.') },
        {
          title: 'Tick the permissions',
          scopeList: ['jobs:read', 'candidates:write', 'reports:read', 'jobs:read'],
          content: text('Tick them.'),
        },
        { title: 'Enable candidate webhooks', scopes: ['candidates:write'], content: text('Only for candidates.') },
      ],
    },
    { title: 'Reports', scopes: ['reports:read'], content: text('Reports only.'), steps: [] },
  ],
  fields: [],
};
const titles = (p: Provider) =>
  p.sections.map((s) => [s.title, ...s.steps.map((st) => `${st.title}${st.scopeList ? ` [${st.scopeList.join(' ')}]` : ''}`)]);

test("scopesFor: the union of the chosen actions' scopes, each once, in order", () => {
  assert.deepEqual(scopesFor(orbit.actions!, ['write_candidates', 'list_jobs']), ['jobs:read', 'candidates:write']);
  assert.deepEqual(scopesFor(orbit.actions!, []), []);
  assert.deepEqual(scopesFor(orbit.actions!, ['nope']), []);
});

test("knownActions keeps the host's ids the provider has, in the provider's order", () => {
  assert.deepEqual(knownActions(orbit.actions!, ['read_reports', 'nope', 'list_jobs']), ['list_jobs', 'read_reports']);
  assert.deepEqual(knownActions(orbit.actions!, undefined), []);
});

test('scopedGuide shows only what the chosen actions need, and each scope list cut to them', () => {
  const table: [string[], unknown][] = [
    [['list_jobs'], [['Create the app', 'Open the developer console', 'Tick the permissions [jobs:read]']]],
    [
      ['write_candidates'],
      [['Create the app', 'Open the developer console', 'Tick the permissions [jobs:read candidates:write]', 'Enable candidate webhooks']],
    ],
    [['read_reports'], [['Create the app', 'Open the developer console', 'Tick the permissions [reports:read]'], ['Reports']]],
    [[], [['Create the app', 'Open the developer console', 'Tick the permissions []']]],
  ];
  for (const [chosen, expected] of table) assert.deepEqual(titles(scopedGuide(orbit, chosen)), expected, chosen.join());
});

test('a provider without actions is left as it is', () => {
  const plain: Provider = { ...orbit, actions: undefined } as Provider;
  assert.equal(scopedGuide(plain, []), plain);
});
