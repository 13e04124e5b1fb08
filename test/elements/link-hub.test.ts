/**
 * <link-hub> in real Chromium, driven as a user would: through its public API, clicks
 * and typing, then asserting on what is rendered, the events fired and where focus is.
 */
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { open, type LinkHub } from '../../src/index.js';
import type { SubmitArgs } from '../../src/schema/options.js';
import { catalog, acme } from './catalog.js';
import {
  allAttributeValues,
  captureWarnings,
  connect,
  connectAndWait,
  deferred,
  dialog,
  focused,
  form,
  input,
  openHub,
  providerButtons,
  providerNames,
  root,
  search,
  submitButton,
  title,
  type,
  typeAll,
} from './helpers.js';

const VALID = { 'API Key': 'sk_live_abc123', Subdomain: 'acme' };

// ------------------------------------------------------------------ tests

describe('<link-hub>', () => {
  // The hub starts fetching its provider view when it opens; a person reads the list first.
  // Tests click at once, so the module is fetched up front.
  before(() => import('../../src/elements/link-hub/provider-view.js'));

  describe('properties and views', () => {
    it('lists the catalog providers in a modal dialog named by its title', async () => {
      const hub = await openHub();
      expect(dialog(hub).open).to.be.true;
      expect(dialog(hub).matches(':modal')).to.be.true;
      expect(hub.hasAttribute('open')).to.be.true;
      expect(dialog(hub).getAttribute('aria-labelledby')).to.equal('title');
      expect(title(hub)).to.equal('Connect an integration');
      expect(providerNames(hub)).to.deep.equal(['Acme ATS', 'Zéphyr HR', 'Plainly']);
      expect(providerButtons(hub)[0]!.textContent!.trim()).to.match(/^A?\s*Acme ATS/);
      await expect(hub).to.be.accessible();
    });

    it('shows a lettered fallback when a provider has no logo, and its category', async () => {
      const hub = await openHub();
      const first = providerButtons(hub)[0]!;
      expect(first.querySelector('.letter')!.textContent).to.equal('A');
      expect(first.querySelector('.letter')!.getAttribute('aria-hidden')).to.equal('true');
      expect(first.querySelector('.category')!.textContent).to.equal('ATS');
    });

    it('filters as you type on name, key and category, ignoring case and accents', async () => {
      const hub = await openHub();
      const query = async (q: string) => {
        search(hub).value = q;
        search(hub).dispatchEvent(new InputEvent('input'));
        await hub.updateComplete;
        return providerNames(hub);
      };
      expect(await query('ZEPHYR')).to.deep.equal(['Zéphyr HR']);
      expect(await query('acme-ats')).to.deep.equal(['Acme ATS']);
      expect(await query('hris')).to.deep.equal(['Zéphyr HR']);
      expect(await query('nothing like it')).to.deep.equal([]);
      expect(root(hub).querySelector('.count')!.textContent).to.contain('Nothing matches “nothing like it”');
      expect(await query('')).to.have.length(3);
      expect(root(hub).querySelector('.count')!.textContent).to.equal('3 integrations');
    });

    it('offers category chips when the catalog has more than one category', async () => {
      const hub = await openHub();
      const chips = [...root(hub).querySelectorAll<HTMLButtonElement>('.chip')];
      expect(chips.map((c) => c.textContent!.trim())).to.deep.equal(['All', 'ATS', 'HRIS']);
      chips[2]!.click();
      await hub.updateComplete;
      expect(providerNames(hub)).to.deep.equal(['Zéphyr HR']);
      expect(chips[2]!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('opens a provider: warnings first, numbered steps, safe links, lazy images, and the form', async () => {
      const hub = await openHub();
      const opened = oneEvent(hub, 'link-hub-provider');
      providerButtons(hub)[0]!.click();
      await hub.updateComplete;
      expect(title(hub)).to.equal('Connect Acme ATS');
      await opened; // the guide and form are on screen once the provider event fires
      await hub.updateComplete;
      const guide = root(hub).querySelector('[part=guide]')!;
      expect(guide.firstElementChild!.getAttribute('part')).to.equal('warning');
      expect(guide.querySelector('[part=warning]')!.textContent).to.contain('Only admins can create keys.');
      expect([...guide.querySelectorAll('[part=step] h4')].map((h) => h.textContent)).to.deep.equal(['Open settings', 'Copy the key']);
      expect(guide.querySelector('ol[part=steps]')).to.exist;
      const link = guide.querySelector('a')!;
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      const img = guide.querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.alt).to.equal('The key page');
      expect(input(hub, 'API Key').type).to.equal('password');
      expect(input(hub, 'Subdomain').placeholder).to.equal('acme');
      expect(submitButton(hub).textContent!.trim()).to.equal('Connect');
      await expect(hub).to.be.accessible();
    });

    it('show(key) opens straight on a provider; an unknown key opens the list and warns', async () => {
      const hub = await openHub({ provider: 'plainly' });
      expect(title(hub)).to.equal('Connect Plainly');
      await hub.close();
      const warnings = captureWarnings();
      try {
        await hub.show('no-such-provider');
      } finally {
        warnings.restore();
      }
      expect(title(hub)).to.equal('Connect an integration');
      expect(warnings.messages.join()).to.contain('no-such-provider');
    });

    it('a catalog with one provider opens straight on it, with no way back to a list', async () => {
      const hub = await fixture<LinkHub>(html`<link-hub .catalog=${{ providers: [acme] }}></link-hub>`);
      await hub.show();
      expect(title(hub)).to.equal('Connect Acme ATS');
      expect(root(hub).querySelector('[part=back-button]')).to.be.null;
    });

    it('Back returns to the list with the search box focused', async () => {
      const hub = await openHub({ provider: 'acme-ats' });
      root(hub).querySelector<HTMLButtonElement>('[part=back-button]')!.click();
      await hub.updateComplete;
      expect(providerNames(hub)).to.have.length(3);
      expect(focused(hub)).to.equal(search(hub));
    });

    it('loads a catalog from the catalog attribute (URL)', async () => {
      const url = URL.createObjectURL(new Blob([JSON.stringify(catalog)], { type: 'application/json' }));
      const hub = await fixture<LinkHub>(html`<link-hub catalog=${url}></link-hub>`);
      await hub.show('zephyr-hr');
      expect(title(hub)).to.equal('Connect Zéphyr HR');
    });

    it('a bad catalog shows "unavailable", fires link-hub-error and warns once, naming the path', async () => {
      const warnings = captureWarnings();
      try {
        const hub = await fixture<LinkHub>(html`<link-hub></link-hub>`);
        const error = oneEvent(hub, 'link-hub-error');
        hub.catalog = { providers: [{ key: 'x', name: 'X', authType: 'magic', warnings: [], sections: [], fields: [] }] };
        const event = await error;
        expect(event.detail.providerKey).to.equal(null);
        expect(event.detail.message).to.contain('providers[0].authType');
        await hub.show();
        expect(root(hub).querySelector('[role=alert]')!.textContent).to.contain('unavailable');
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('providers[0].authType');
    });
  });

  describe('events', () => {
    it('fires open, provider and close, none carrying a value', async () => {
      const hub = await fixture<LinkHub>(html`<link-hub .catalog=${catalog}></link-hub>`);
      const seen: CustomEvent[] = [];
      for (const type of ['link-hub-open', 'link-hub-provider', 'link-hub-close'])
        document.addEventListener(type, (e) => seen.push(e as CustomEvent));
      await hub.show();
      providerButtons(hub)[0]!.click();
      await oneEvent(hub, 'link-hub-provider');
      await typeAll(hub, VALID);
      await hub.close();
      expect(seen.map((e) => e.type)).to.deep.equal(['link-hub-open', 'link-hub-provider', 'link-hub-close']);
      expect(seen.every((e) => e.bubbles && e.composed)).to.be.true;
      expect(seen[1]!.detail).to.deep.equal({ providerKey: 'acme-ats' });
      expect(JSON.stringify(seen.map((e) => e.detail))).not.to.contain('sk_live_abc123');
    });
  });

  describe('keyboard and focus', () => {
    it('moves focus into the dialog, and back to the opener on close', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="opener">Add integration</button><link-hub .catalog=${catalog}></link-hub></div>`,
      );
      const hub = wrapper.querySelector('link-hub')!;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      opener.focus();
      await hub.show();
      expect(focused(hub)).to.equal(search(hub));
      const closed = oneEvent(hub, 'link-hub-close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(dialog(hub).open).to.be.false;
      expect(hub.open).to.be.false;
      expect(document.activeElement).to.equal(opener);
    });

    it('Tab reaches the providers; Enter opens one; the title takes focus', async () => {
      const hub = await openHub();
      for (let i = 0; i < 6 && focused(hub) !== providerButtons(hub)[0]; i++) await sendKeys({ press: 'Tab' });
      expect(focused(hub)).to.equal(providerButtons(hub)[0]);
      await sendKeys({ press: 'Enter' });
      await hub.updateComplete;
      expect(title(hub)).to.equal('Connect Acme ATS');
      expect(focused(hub)).to.equal(root(hub).querySelector('#title'));
    });

    it('the close button and a backdrop click close the hub', async () => {
      const hub = await openHub();
      let closed = oneEvent(hub, 'link-hub-close');
      root(hub).querySelector<HTMLButtonElement>('[part=close-button]')!.click();
      await closed;
      await hub.show();
      closed = oneEvent(hub, 'link-hub-close');
      // A press and release on the backdrop, as a mouse makes them (the press is what makes it a backdrop click).
      dialog(hub).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      dialog(hub).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await closed;
      expect(dialog(hub).open).to.be.false;
    });

    it('Enter in a field submits; Show/Hide reveals a secret field', async () => {
      const calls: SubmitArgs[] = [];
      const hub = await openHub({ provider: 'acme-ats', onSubmit: (args) => void calls.push(args) });
      const reveal = root(hub).querySelector<HTMLButtonElement>('[part=reveal-button]')!;
      expect(reveal.getAttribute('aria-pressed')).to.equal('false');
      reveal.click();
      await hub.updateComplete;
      expect(input(hub, 'API Key').type).to.equal('text');
      expect(reveal.getAttribute('aria-pressed')).to.equal('true');
      expect(reveal.textContent).to.contain('Hide');
      await typeAll(hub, VALID);
      input(hub, 'Subdomain').focus();
      const success = oneEvent(hub, 'link-hub-success');
      await sendKeys({ press: 'Enter' });
      await success;
      expect(calls).to.have.length(1);
    });
  });

  describe('validation', () => {
    it('on submit: messages on every invalid field, aria-invalid, focus to the first', async () => {
      let called = false;
      const hub = await openHub({ provider: 'acme-ats', onSubmit: () => void (called = true) });
      type(hub, 'Subdomain', 'Not A Slug!');
      await connect(hub);
      expect(called).to.be.false;
      expect(input(hub, 'API Key').getAttribute('aria-invalid')).to.equal('true');
      expect(input(hub, 'Subdomain').getAttribute('aria-invalid')).to.equal('true');
      expect(input(hub, 'Region').getAttribute('aria-invalid')).to.equal('false');
      const errorId = input(hub, 'API Key').getAttribute('aria-describedby')!;
      expect(root(hub).getElementById(errorId)!.textContent).to.equal('Enter your API Key.');
      expect(root(hub).getElementById(input(hub, 'Subdomain').getAttribute('aria-describedby')!.split(' ')[1]!)!.textContent).to.contain(
        'Check the format of Subdomain',
      );
      expect(focused(hub)).to.equal(input(hub, 'API Key'));
      await expect(hub).to.be.accessible();
    });

    it('on blur: a touched field is checked when it loses focus, and re-checked as it is fixed', async () => {
      const hub = await openHub({ provider: 'acme-ats' });
      input(hub, 'Subdomain').focus();
      type(hub, 'Subdomain', 'BAD SLUG');
      input(hub, 'Region').focus();
      await hub.updateComplete;
      expect(input(hub, 'Subdomain').getAttribute('aria-invalid')).to.equal('true');
      expect(input(hub, 'API Key').getAttribute('aria-invalid')).to.equal('false', 'untouched fields stay quiet');
      type(hub, 'Subdomain', 'good-slug');
      await hub.updateComplete;
      expect(input(hub, 'Subdomain').getAttribute('aria-invalid')).to.equal('false');
    });

    it('trims values and leaves out empty optional fields', async () => {
      const calls: SubmitArgs[] = [];
      const hub = await openHub({ provider: 'acme-ats', onSubmit: (args) => void calls.push(args) });
      await typeAll(hub, { 'API Key': '  sk_live_abc123 \n', Subdomain: ' acme ' });
      await connectAndWait(hub, 'link-hub-success');
      expect(calls[0]!.values).to.deep.equal({ apiKey: 'sk_live_abc123', subdomain: 'acme' });
      expect(calls[0]!.providerKey).to.equal('acme-ats');
      expect(calls[0]!.signal).to.be.instanceOf(AbortSignal);
    });

    it('accepts 10,000 characters, emoji and RTL text; refuses control characters, without crashing', async () => {
      const calls: SubmitArgs[] = [];
      const hub = await openHub({ provider: 'zephyr-hr', onSubmit: (args) => void calls.push(args) });
      await typeAll(hub, { 'Client ID': 'מזהה-🔑-'.repeat(10), 'Client Secret': 'x'.repeat(8000) });
      await connectAndWait(hub, 'link-hub-success');
      expect(calls).to.have.length(1);
      await hub.show('zephyr-hr');
      await typeAll(hub, { 'Client ID': 'abc\u0007def', 'Client Secret': 'y'.repeat(10_000) });
      await connect(hub);
      expect(input(hub, 'Client ID').getAttribute('aria-invalid')).to.equal('true');
      expect(input(hub, 'Client Secret').getAttribute('aria-invalid')).to.equal('true');
      expect(calls).to.have.length(1);
    });
  });

  describe('async states', () => {
    it('pending: Connect disabled, form aria-busy, a second Connect does nothing', async () => {
      const pending = deferred<{ label: string }>();
      let calls = 0;
      const hub = await openHub({ provider: 'acme-ats', onSubmit: () => (calls++, pending.promise) });
      await typeAll(hub, VALID);
      await connect(hub);
      expect(submitButton(hub).disabled).to.be.true;
      expect(form(hub).getAttribute('aria-busy')).to.equal('true');
      expect(root(hub).querySelector('.spinner')).to.exist;
      await expect(hub).to.be.accessible();
      form(hub).requestSubmit();
      form(hub).requestSubmit();
      await hub.updateComplete;
      expect(calls).to.equal(1);
      pending.resolve({ label: 'acme workspace' });
      await oneEvent(hub, 'link-hub-success');
    });

    it('success: a confirmation naming the provider and account; Done closes', async () => {
      const hub = await openHub({ provider: 'acme-ats', onSubmit: async () => ({ accountId: 'a1', label: 'acme workspace' }) });
      await typeAll(hub, VALID);
      const event = await connectAndWait(hub, 'link-hub-success');
      expect(event.detail).to.deep.equal({ providerKey: 'acme-ats', result: { accountId: 'a1', label: 'acme workspace' } });
      await hub.updateComplete;
      const popup = root(hub).querySelector('[role=alertdialog]')!;
      expect(popup.textContent).to.contain('Acme ATS is connected');
      expect(popup.textContent).to.contain('acme workspace');
      expect(focused(hub)!.textContent).to.equal('Done');
      await expect(hub).to.be.accessible();
      const closed = oneEvent(hub, 'link-hub-close');
      (focused(hub) as HTMLButtonElement).click();
      await closed;
      expect(hub.open).to.be.false;
    });

    it('error then retry: the message shows, every value is kept, the retry links', async () => {
      let attempt = 0;
      const hub = await openHub({
        provider: 'acme-ats',
        onSubmit: async () => {
          attempt++;
          if (attempt === 1) throw new Error('Acme rejected this key (401).');
          return { label: 'ok' };
        },
      });
      await typeAll(hub, { ...VALID, Region: 'eu' });
      const error = await connectAndWait(hub, 'link-hub-error');
      expect(error.detail).to.deep.equal({ providerKey: 'acme-ats', message: 'Acme rejected this key (401).', reason: 'host' });
      await hub.updateComplete;
      const alert = root(hub).querySelector('[part=error]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('Acme rejected this key (401).');
      expect(focused(hub)).to.equal(alert);
      expect(input(hub, 'API Key').value).to.equal('sk_live_abc123');
      expect(input(hub, 'Subdomain').value).to.equal('acme');
      expect(input(hub, 'Region').value).to.equal('eu');
      expect(submitButton(hub).disabled).to.be.false;
      await expect(hub).to.be.accessible();
      await connectAndWait(hub, 'link-hub-success');
      expect(attempt).to.equal(2);
    });

    it('closing while pending aborts the signal; a late result is ignored', async () => {
      const pending = deferred<{ label: string }>();
      let signal: AbortSignal | undefined;
      const hub = await openHub({ provider: 'acme-ats', onSubmit: (args) => ((signal = args.signal), pending.promise) });
      await typeAll(hub, VALID);
      await connect(hub);
      let succeeded = false;
      hub.addEventListener('link-hub-success', () => (succeeded = true));
      await hub.close();
      expect(signal!.aborted).to.be.true;
      pending.resolve({ label: 'late' });
      await pending.promise;
      await hub.updateComplete;
      expect(succeeded).to.be.false;
      await hub.show('acme-ats');
      expect(root(hub).querySelector('[role=alertdialog]')).to.be.null;
    });

    it('submit-timeout aborts a callback that never settles and shows a timeout message', async () => {
      let signal: AbortSignal | undefined;
      const hub = await fixture<LinkHub>(
        html`<link-hub submit-timeout="50" .catalog=${catalog} .onSubmit=${(a: SubmitArgs) => ((signal = a.signal), new Promise(() => {}))}></link-hub>`,
      );
      await hub.show('acme-ats');
      await typeAll(hub, VALID);
      const error = await connectAndWait(hub, 'link-hub-error');
      expect(error.detail.message).to.contain('took too long');
      expect(signal!.aborted).to.be.true;
      expect(input(hub, 'API Key').value).to.equal('sk_live_abc123');
    });

    it('no onSubmit: a clear message, not a crash', async () => {
      const hub = await openHub({ provider: 'acme-ats' });
      await typeAll(hub, VALID);
      const warnings = captureWarnings();
      try {
        const error = await connectAndWait(hub, 'link-hub-error');
        expect(error.detail.message).to.contain('isn’t set up');
      } finally {
        warnings.restore();
      }
    });

    for (const [name, handler, expected] of [
      ['rejects with a string', () => Promise.reject('Nope, string'), 'Nope, string'],
      ['rejects with nothing', () => Promise.reject(), 'Something went wrong'],
      [
        'throws synchronously',
        () => {
          throw new Error('sync boom');
        },
        'sync boom',
      ],
      ['rejects with { message }', () => Promise.reject({ message: 'plain object' }), 'plain object'],
    ] as [string, () => unknown, string][]) {
      it(`a host callback that ${name} shows an error and keeps the form`, async () => {
        const hub = await openHub({ provider: 'acme-ats', onSubmit: handler as LinkHub['onSubmit'] });
        await typeAll(hub, VALID);
        const error = await connectAndWait(hub, 'link-hub-error');
        expect(error.detail.message).to.contain(expected);
        expect(input(hub, 'API Key').value).to.equal('sk_live_abc123');
      });
    }

    it('a callback returning a non-promise value links', async () => {
      const hub = await openHub({ provider: 'acme-ats', onSubmit: () => ({ label: 'sync result' }) });
      await typeAll(hub, VALID);
      const event = await connectAndWait(hub, 'link-hub-success');
      expect(event.detail.result).to.deep.equal({ label: 'sync result' });
    });
  });

  describe('secrets', () => {
    it('never appear in an attribute, an event, or an input after close', async () => {
      const secret = 'sk_live_SECRET_9f8e7d';
      const details: string[] = [];
      for (const type of ['link-hub-open', 'link-hub-provider', 'link-hub-success', 'link-hub-error', 'link-hub-close']) {
        document.addEventListener(type, (e) => details.push(JSON.stringify((e as CustomEvent).detail)));
      }
      const hub = await openHub({
        provider: 'acme-ats',
        onSubmit: async ({ values }) => {
          throw new Error(`The key ${values['apiKey']} was refused`);
        },
      });
      await typeAll(hub, { 'API Key': secret, Subdomain: 'acme' });
      root(hub).querySelector<HTMLButtonElement>('[part=reveal-button]')!.click();
      await connectAndWait(hub, 'link-hub-error');
      await hub.updateComplete;
      expect(allAttributeValues(hub)).not.to.contain(secret);
      expect(root(hub).querySelector('[part=error]')!.textContent).not.to.contain(secret);
      expect(details.join()).not.to.contain(secret);
      await hub.close();
      await hub.show('acme-ats');
      expect(input(hub, 'API Key').value).to.equal('');
      expect(input(hub, 'API Key').type).to.equal('password', 'reveal is reset too');
      expect(input(hub, 'Subdomain').value).to.equal('');
    });
  });

  describe('lifecycle', () => {
    it('removing the element while open leaves no dialog in the top layer and aborts a pending call', async () => {
      let signal: AbortSignal | undefined;
      const hub = await openHub({ provider: 'acme-ats', onSubmit: (a) => ((signal = a.signal), new Promise(() => {})) });
      await typeAll(hub, VALID);
      await connect(hub);
      const d = dialog(hub);
      hub.remove();
      expect(signal!.aborted).to.be.true;
      expect(d.isConnected).to.be.false;
      expect(document.querySelector(':modal')).to.be.null;
    });

    it('two hubs on one page work independently', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><link-hub .catalog=${catalog}></link-hub><link-hub .catalog=${{ providers: [acme] }}></link-hub></div>`,
      );
      const [a, b] = [...wrapper.querySelectorAll('link-hub')] as LinkHub[];
      await b!.show();
      expect(title(b!)).to.equal('Connect Acme ATS');
      expect(a!.open).to.be.false;
      await b!.close();
      await a!.show();
      expect(providerNames(a!)).to.have.length(3);
    });
  });

  describe('open() for pages without the element', () => {
    afterEach(() => document.querySelectorAll('body > link-hub').forEach((el) => el.remove()));

    it('adds a <link-hub> to the body and opens it on the provider asked for', async () => {
      expect(document.querySelector('link-hub')).to.be.null;
      const hub = await open({ catalog, provider: 'plainly', onSubmit: () => ({ label: 'x' }) });
      expect(hub.parentElement).to.equal(document.body);
      expect(title(hub)).to.equal('Connect Plainly');
      expect(typeof hub.onSubmit).to.equal('function');
      await hub.close();
      expect(await open({ catalog })).to.equal(hub, 'reuses the element');
    });

    it('passes linked accounts and onDisconnect, and opens a re-link by accountId', async () => {
      const accounts = [{ providerKey: 'plainly', accountId: 'p-1', label: 'Plainly · ops', values: { username: 'ops' } }];
      const hub = await open({ catalog, provider: 'plainly', accountId: 'p-1', linkedAccounts: accounts, onDisconnect: () => undefined });
      expect(root(hub).querySelector('#creds')!.textContent).to.equal('Re-link Plainly · ops');
      expect(input(hub, 'Username').value).to.equal('ops');
      expect(hub.linkedAccounts).to.deep.equal(accounts);
      expect(typeof hub.onDisconnect).to.equal('function');
      await hub.close();
    });

    it('a bad linkedAccounts option throws, naming its path', async () => {
      let error: unknown;
      try {
        await open({ catalog, linkedAccounts: [{ providerKey: 'plainly' }] as never });
      } catch (e) {
        error = e;
      }
      expect(String(error)).to.contain('options.linkedAccounts[0].accountId');
    });

    it('a wrong option throws, naming its path', async () => {
      let error: unknown;
      try {
        await open({ catalog, theme: 'purple' as never, onSubmit: 'nope' as never });
      } catch (e) {
        error = e;
      }
      expect(String(error)).to.contain('options.onSubmit: expected a function');
      expect(String(error)).to.contain('options.theme: expected one of "light", "dark", "auto"');
    });
  });

  describe('defining twice', () => {
    it('a second copy of the module does not throw and keeps the first definition', async () => {
      const first = customElements.get('link-hub');
      await import(/* @vite-ignore */ `../../src/index.ts?copy=${Date.now()}`);
      expect(customElements.get('link-hub')).to.equal(first);
    });
  });

  describe('languages', () => {
    afterEach(() => document.documentElement.setAttribute('lang', 'en'));
    const translated = async (hub: LinkHub, text: string) => {
      while (title(hub) !== text) await new Promise((r) => setTimeout(r));
    };

    it('follows its own lang attribute, and re-renders when it changes', async () => {
      const hub = await fixture<LinkHub>(html`<link-hub lang="fr" .catalog=${catalog}></link-hub>`);
      await hub.show();
      await translated(hub, 'Connecter une intégration');
      expect(root(hub).querySelector('.count')!.textContent).to.equal('3 intégrations');
      hub.setAttribute('lang', 'de');
      await translated(hub, 'Integration verbinden');
      await expect(hub).to.be.accessible();
    });

    it("else the nearest ancestor's, else the document's, else English", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><link-hub .catalog=${catalog}></link-hub></div>`);
      const hub = wrapper.querySelector('link-hub')!;
      await hub.show();
      await translated(hub, 'Conectar una integración');
      const plainHub = await fixture<LinkHub>(html`<link-hub .catalog=${catalog}></link-hub>`);
      document.documentElement.setAttribute('lang', 'ja');
      await plainHub.show();
      await translated(plainHub, '連携を追加');
      document.documentElement.setAttribute('lang', 'xx');
      await translated(plainHub, 'Connect an integration');
    });

    it('Arabic lays the dialog out right to left', async () => {
      const hub = await fixture<LinkHub>(html`<link-hub lang="ar" .catalog=${catalog}></link-hub>`);
      await hub.show('acme-ats');
      await translated(hub, 'ربط Acme ATS');
      expect(dialog(hub).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(root(hub).querySelector('form')!).direction).to.equal('rtl');
      await expect(hub).to.be.accessible();
    });
  });
});
