/**
 * `<link-hub inline>`: the hub in the page's flow (a region named by its title) for an
 * integrations panel, with everything else as in the modal; `providers` narrows the list;
 * on a phone, the form is one tap away from the top of a guide.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LinkHub, SubmitArgs } from '../../src/index.js';
import { catalog } from './catalog.js';
import { focused, input, providerButtons, providerNames, root, submitButton, title, typeAll } from './helpers.js';

before(() => import('../../src/elements/link-hub/provider-view.js'));

const region = (hub: LinkHub) => root(hub).querySelector('section[part=dialog]')!;

describe('inline', () => {
  it('is a region of the page named by its title, lists providers without show(), and has no dialog or close button', async () => {
    const hub = await fixture<LinkHub>(html`<link-hub inline .catalog=${catalog}></link-hub>`);
    await waitUntil(() => providerButtons(hub).length, 'no list');
    expect(root(hub).querySelector('dialog')).to.be.null;
    expect(region(hub).getAttribute('aria-labelledby')).to.equal('title');
    expect(title(hub)).to.equal('Connect an integration');
    expect(root(hub).querySelector('[part=close-button]')).to.be.null;
    expect(getComputedStyle(hub).display).to.equal('block');
    expect(hub.open).to.be.false;
    expect(providerNames(hub)).to.deep.equal(['Acme ATS', 'Zéphyr HR', 'Plainly']);
    await expect(hub).to.be.accessible();
  });

  it('links a provider as the modal does, and Done goes back to the list with nothing typed left', async () => {
    const calls: SubmitArgs[] = [];
    const hub = await fixture<LinkHub>(
      html`<link-hub inline .catalog=${catalog} .onSubmit=${(args: SubmitArgs) => (calls.push(args), { label: 'Acme · eu' })}></link-hub>`,
    );
    await waitUntil(() => providerButtons(hub).length);
    const opened = oneEvent(hub, 'link-hub-provider');
    providerButtons(hub)[0]!.click();
    await opened;
    await waitUntil(() => root(hub).querySelector('form'));
    expect(title(hub)).to.equal('Connect Acme ATS');
    await expect(hub).to.be.accessible();
    await typeAll(hub, { 'API Key': 'sk_inline_123', Subdomain: 'acme' });
    const success = oneEvent(hub, 'link-hub-success');
    submitButton(hub).click();
    expect((await success).detail).to.deep.equal({ providerKey: 'acme-ats', result: { label: 'Acme · eu' } });
    expect(calls[0]!.values).to.deep.equal({ apiKey: 'sk_inline_123', subdomain: 'acme' });
    await hub.updateComplete;
    expect(root(hub).querySelector('[part=popup]')!.textContent).to.contain('Acme ATS is connected');
    root(hub).querySelector<HTMLButtonElement>('#done')!.click();
    await hub.updateComplete;
    expect(title(hub)).to.equal('Connect an integration');
    expect(focused(hub) === root(hub).querySelector('[part=search]'), 'focus is on the search box').to.be.true;
    providerButtons(hub)[0]!.click();
    await waitUntil(() => root(hub).querySelector('form'));
    expect(input(hub, 'API Key').value).to.equal('');
  });

  it('`providers` narrows the list; with one provider left, the inline hub opens straight on its form', async () => {
    const hub = await fixture<LinkHub>(html`<link-hub inline .catalog=${catalog} .providers=${['zephyr-hr', 'plainly']}></link-hub>`);
    await waitUntil(() => providerButtons(hub).length);
    expect(providerNames(hub)).to.deep.equal(['Zéphyr HR', 'Plainly']);
    const single = await fixture<LinkHub>(html`<link-hub inline .catalog=${catalog} .providers=${['plainly']}></link-hub>`);
    await waitUntil(() => root(single).querySelector('form'), 'did not open on the one provider');
    expect(title(single)).to.equal('Connect Plainly');
    expect(root(single).querySelector('[part=back-button]')).to.be.null;
  });
});

describe('on a phone (375 x 740)', () => {
  before(() => setViewport({ width: 375, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const inline of [false, true]) {
    it(`${inline ? 'inline' : 'the modal'}: the first field is one tap away from the top of the guide`, async () => {
      const hub = await fixture<LinkHub>(html`<link-hub ?inline=${inline} .catalog=${catalog}></link-hub>`);
      await hub.show('acme-ats');
      await waitUntil(() => root(hub).querySelector('form'));
      const skip = [...root(hub).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Go to the form')!;
      expect(getComputedStyle(skip).display).not.to.equal('none');
      const top = skip.getBoundingClientRect();
      expect(top.top).to.be.lessThan(740);
      skip.click();
      await hub.updateComplete;
      const first = input(hub, 'API Key');
      expect(focused(hub) === first, `focus is on ${focused(hub)?.outerHTML.slice(0, 80)}`).to.be.true;
      const box = first.getBoundingClientRect();
      expect(box.top >= 0 && box.bottom <= 740, `the field is at ${box.top}-${box.bottom}`).to.be.true;
      await expect(hub).to.be.accessible();
    });
  }

  it('on a wide screen the guide and form sit side by side, and there is no skip button', async () => {
    await setViewport({ width: 1200, height: 800 });
    const hub = await fixture<LinkHub>(html`<link-hub .catalog=${catalog}></link-hub>`);
    await hub.show('acme-ats');
    await waitUntil(() => root(hub).querySelector('form'));
    const skip = root(hub).querySelector<HTMLButtonElement>('.to-form')!;
    expect(getComputedStyle(skip).display).to.equal('none');
    await setViewport({ width: 375, height: 740 });
  });
});
