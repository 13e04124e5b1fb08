/**
 * The split catalog in Chromium: the list from `index.json`, each guide fetched from
 * `<key>.json` when its provider is opened; a guide that cannot be fetched says so.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LinkHub } from '../../src/index.js';
import { captureWarnings, providerNames, root, title, input } from './helpers.js';

before(() => import('../../src/elements/link-hub/provider-view.js'));

describe('split catalog (index.json + one file per provider)', () => {
  it('lists the index, then fetches a guide on selection', async () => {
    const hub = await fixture<LinkHub>(html`<link-hub catalog="/test/elements/split/index.json"></link-hub>`);
    await hub.show();
    expect(providerNames(hub)).to.deep.equal(['Acme ATS', 'Ghost HR']);
    const opened = oneEvent(hub, 'link-hub-provider');
    root(hub).querySelector<HTMLButtonElement>('[part~=provider]')!.click();
    await hub.updateComplete;
    expect(title(hub)).to.equal('Connect Acme ATS');
    await opened;
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=step] h4')!.textContent).to.equal('Open settings');
    expect(input(hub, 'API Key').type).to.equal('password');
  });

  it('starts fetching a guide when the pointer reaches its provider, once', async () => {
    const hub = await fixture<LinkHub>(html`<link-hub catalog="/test/elements/split/index.json"></link-hub>`);
    await hub.show();
    const seen = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/split/acme-ats.json')).length;
    const before = seen();
    const button = root(hub).querySelector<HTMLButtonElement>('[part~=provider]')!;
    button.dispatchEvent(new PointerEvent('pointerenter'));
    button.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => seen() === before + 1, 'the guide was not fetched on hover');
    const opened = oneEvent(hub, 'link-hub-provider');
    button.click();
    await opened;
    expect(seen()).to.equal(before + 1); // the click used what the hover fetched
  });

  it('a guide that cannot be fetched: "unavailable" and a warning naming the URL, with the way back', async () => {
    const warnings = captureWarnings();
    try {
      const hub = await fixture<LinkHub>(html`<link-hub catalog="/test/elements/split/index.json"></link-hub>`);
      await hub.show('ghost-hr');
      await waitUntil(() => root(hub).querySelector('[role=alert]'), 'no message');
      expect(root(hub).querySelector('[role=alert]')!.textContent).to.equal('Integrations are unavailable right now.');
      expect(warnings.messages.join('\n')).to.match(/split\/ghost-hr\.json answered HTTP 404/);
      expect(root(hub).querySelector('[part=back-button]')).to.exist;
    } finally {
      warnings.restore();
    }
  });
});
