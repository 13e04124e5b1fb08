/**
 * The documentation family's richer blocks, as a person meets them: an accordion closed
 * until opened, tabs driven by keyboard (arrows, Home, End), a table, a card that links,
 * a key to press.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LinkHub } from '../../src/index.js';
import type { Provider } from '../../src/schema/guide.js';
import { root } from './helpers.js';

before(() => import('../../src/elements/link-hub/provider-view.js'));

const p = (t: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text: t }] });
const docs: Provider = {
  key: 'lumen-crm',
  name: 'Lumen CRM',
  variant: 'OAuth 2.0',
  authType: 'api_key',
  warnings: [],
  sections: [
    {
      title: 'Set up',
      content: [
        {
          type: 'disclosure',
          title: [{ type: 'text', text: 'Why a dedicated user?' }],
          children: [p('So that access can be revoked alone.')],
        },
        {
          type: 'tabs',
          tabs: [
            { title: 'Web', children: [p('Open Settings in the browser.')] },
            { title: 'Desktop', children: [p('Open Preferences in the app.')] },
            { title: 'Mobile', children: [p('Use the web app.')] },
          ],
        },
        {
          type: 'table',
          head: [[{ type: 'text', text: 'Plan' }], [{ type: 'text', text: 'API access' }]],
          rows: [
            [[{ type: 'text', text: 'Free' }], [{ type: 'text', text: 'No' }]],
            [[{ type: 'text', text: 'Pro' }], [{ type: 'strong', children: [{ type: 'text', text: 'Yes' }] }]],
          ],
        },
        { type: 'card', title: 'API reference', href: 'https://lumen.example/api', children: [p('Every endpoint.')] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Press ' },
            { type: 'kbd', text: 'Ctrl' },
            { type: 'text', text: ' to select.' },
          ],
        },
      ],
      steps: [],
    },
  ],
  fields: [{ key: 'apiKey', label: 'API Key', type: 'secret', secret: true, required: true }],
};

describe('richer guide content', () => {
  it('renders a closed disclosure, tabs, a table, a link card and keys; the header shows the variant', async () => {
    const hub = await fixture<LinkHub>(html`<link-hub .catalog=${{ providers: [docs] }}></link-hub>`);
    await hub.show('lumen-crm');
    await waitUntil(() => root(hub).querySelector('details'), 'no disclosure');
    const details = root(hub).querySelector('details')!;
    expect(details.open).to.be.false;
    expect(details.querySelector('summary')!.textContent).to.equal('Why a dedicated user?');
    expect([...root(hub).querySelectorAll('th')].map((c) => c.textContent)).to.deep.equal(['Plan', 'API access']);
    expect(root(hub).querySelectorAll('tbody tr')).to.have.length(2);
    expect(root(hub).querySelector<HTMLAnchorElement>('[part=card] a')!.href).to.equal('https://lumen.example/api');
    expect(root(hub).querySelector('kbd')!.textContent).to.equal('Ctrl');
    expect(root(hub).querySelector('.header [part=variant]')!.textContent).to.equal('OAuth 2.0');
    await expect(hub).to.be.accessible();
  });

  it('tabs: one panel at a time; arrows, Home and End move between the tabs', async () => {
    const hub = await fixture<LinkHub>(html`<link-hub .catalog=${{ providers: [docs] }}></link-hub>`);
    await hub.show('lumen-crm');
    await waitUntil(() => root(hub).querySelector('[role=tab]'), 'no tabs');
    const tabs = () => [...root(hub).querySelectorAll<HTMLButtonElement>('[role=tab]')];
    const panel = () => root(hub).querySelector('[role=tabpanel]')!.textContent!.trim();
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(panel()).to.equal('Open Settings in the browser.');
    tabs()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => panel() === 'Open Preferences in the app.');
    expect(root(hub).activeElement).to.equal(tabs()[1]);
    await sendKeys({ press: 'End' });
    await waitUntil(() => panel() === 'Use the web app.');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => panel() === 'Open Settings in the browser.');
    await sendKeys({ press: 'Home' });
    expect(tabs()[0]!.getAttribute('tabindex')).to.equal('0');
    expect(tabs()[1]!.getAttribute('tabindex')).to.equal('-1');
    tabs()[2]!.click();
    await waitUntil(() => panel() === 'Use the web app.');
    await expect(hub).to.be.accessible();
  });

  it('two hubs on one page are fully apart: tabs, reveal and focus in one leave the other as it was', async () => {
    // Inline, so both are on screen at once (two modals cannot both be open).
    const [a, b] = await Promise.all([
      fixture<LinkHub>(html`<link-hub inline .catalog=${{ providers: [docs] }}></link-hub>`),
      fixture<LinkHub>(html`<link-hub inline .catalog=${{ providers: [docs] }}></link-hub>`),
    ]);
    for (const hub of [a, b]) await waitUntil(() => root(hub).querySelector('[role=tab]'), 'no tabs');
    const tabs = (hub: LinkHub) => [...root(hub).querySelectorAll<HTMLButtonElement>('[role=tab]')];
    const panel = (hub: LinkHub) => root(hub).querySelector('[role=tabpanel]')!.textContent!.trim();
    const secret = (hub: LinkHub) => root(hub).querySelector<HTMLInputElement>('input[name=apiKey]')!;
    tabs(a)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => panel(a) === 'Open Preferences in the app.', 'the first hub did not change tabs');
    await b.updateComplete;
    expect(panel(b)).to.equal('Open Settings in the browser.');
    expect(tabs(b).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(root(a).activeElement).to.equal(tabs(a)[1]);
    expect(root(b).activeElement).to.equal(null);
    tabs(b)[2]!.click();
    await waitUntil(() => panel(b) === 'Use the web app.');
    await a.updateComplete;
    expect(panel(a)).to.equal('Open Preferences in the app.');
    root(a).querySelector<HTMLButtonElement>('[part=reveal-button]')!.click();
    await a.updateComplete;
    await b.updateComplete;
    expect(secret(a).type).to.equal('text');
    expect(secret(b).type).to.equal('password');
    // Ids of one hub never stand for the other's: each tab controls its own hub's panel.
    for (const hub of [a, b])
      expect(root(hub).getElementById(tabs(hub)[0]!.getAttribute('aria-controls')!)).to.equal(root(hub).querySelector('[role=tabpanel]'));
    await expect(a).to.be.accessible();
    await expect(b).to.be.accessible();
  });
});
