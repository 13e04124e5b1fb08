/** link-hub/react on a server: importing and rendering touch no DOM global. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { LinkHub } from '../../src/react.server.js';

test('importing link-hub/react on a server touches no window, document or DOM class', () => {
  for (const name of ['window', 'document', 'HTMLElement', 'customElements']) {
    assert.equal(typeof (globalThis as Record<string, unknown>)[name], 'undefined', name);
  }
});

test('it renders the <link-hub> tag; properties and event handlers stay off the markup', () => {
  const html = renderToString(
    React.createElement(LinkHub, { catalog: '/catalog.json', theme: 'dark', onSubmit: () => ({}), onSuccess: () => {}, id: 'hub' }),
  );
  assert.match(html, /^<link-hub id="hub"/);
  assert.doesNotMatch(html, /onSubmit|onSuccess|catalog|function/);
});
