/**
 * link-hub/headless in real Chromium: importing it defines no element and loads no lit; a
 * session loads and refuses catalogs as the element does, matches, selects in a language,
 * validates with the form's sentences, connects (a host's field messages, a host's bug, a
 * redirect provider's window with its state) and sends the funnel's events.
 * This file imports nothing else of the package: what it sees is the headless entry alone.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createLinkSession, type FunnelDetail, type SubmitArgs } from '../../src/headless.js';
import type { Provider } from '../../src/schema/guide.js';

const text = (t: string) => ({ type: 'text' as const, text: t });
const acme: Provider = {
  key: 'acme-ats',
  name: 'Acme ATS',
  category: 'ATS',
  authType: 'api_key',
  warnings: [],
  sections: [
    {
      title: 'Create a key',
      content: [],
      steps: [{ title: 'Copy the key', content: [{ type: 'paragraph', children: [text('Copy it.')] }] }],
    },
  ],
  fields: [
    { key: 'apiKey', label: 'API Key', type: 'secret', secret: true },
    { key: 'subdomain', label: 'Subdomain', pattern: '^[a-z0-9-]+$' },
  ],
};
const orbit: Provider = {
  key: 'orbit-hr',
  name: 'Orbit HR',
  category: 'HRIS',
  authType: 'oauth2',
  warnings: [],
  sections: [],
  fields: [{ key: 'workspace', label: 'Workspace' }],
};
const french: Provider = {
  ...acme,
  name: 'Acme ATS',
  sections: [{ ...acme.sections[0]!, title: 'Créer une clé' }],
  fields: [
    { key: 'apiKey', label: 'Clé API', type: 'text' },
    { key: 'subdomain', label: 'Sous-domaine' },
  ],
};
const catalog = { providers: [acme, orbit], locales: [{ locale: 'fr', providers: [french] }] };

function record(session: EventTarget) {
  const events: FunnelDetail[] = [];
  session.addEventListener('link-hub-event', (e) => events.push((e as CustomEvent<FunnelDetail>).detail));
  return events;
}

describe('link-hub/headless', () => {
  // (That the built dist/headless.js loads no lit is checked in a bare page: test/e2e/headless.test.mjs.)
  it('importing it defines no custom element', () => {
    expect(customElements.get('link-hub')).to.be.undefined;
  });

  it('a bad catalog is refused with the path of what is wrong, as the element says it', async () => {
    const bad = createLinkSession({ catalog: { providers: [{ ...acme, fields: [{ key: 'x', label: 'X', pattern: '(a)\\1' }] }] } });
    const error = await bad.ready.then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).to.equal(
      'invalid catalog : providers[0].fields[0].pattern: this pattern is refused: a backreference cannot run in linear time',
    );
    const missing = createLinkSession({ catalog: { providers: 'none' } });
    expect(
      await missing.ready.then(
        () => '',
        (e: Error) => e.message,
      ),
    ).to.match(/^invalid catalog : providers: expected array/);
  });

  it("providers, filter, select in a language, validate: the element's rules and sentences", async () => {
    const session = createLinkSession({ catalog, lang: 'fr' });
    await session.ready;
    expect(session.providers.map((p) => p.key)).to.deep.equal(['acme-ats', 'orbit-hr']);
    expect(session.filter({ query: 'orb' }).map((p) => p.key)).to.deep.equal(['orbit-hr']);
    expect(session.filter({ category: 'ATS' }).map((p) => p.key)).to.deep.equal(['acme-ats']);
    const guide = await session.select('acme-ats');
    expect(guide.sections[0]!.title).to.equal('Créer une clé');
    // Words from the translation; what a field is from the default guide: "Clé API" stays a secret.
    expect(guide.fields.map((f) => [f.label, f.secret ?? false])).to.deep.equal([
      ['Clé API', true],
      ['Sous-domaine', false],
    ]);
    expect(session.validate({ apiKey: '', subdomain: 'NO' })).to.deep.equal({
      ok: false,
      fields: { apiKey: 'Enter your Clé API.', subdomain: 'Check the format of Sous-domaine.' },
    });
    expect(session.validate({ apiKey: 'k', subdomain: 'acme' })).to.deep.equal({ ok: true });
  });

  it("connect: onSubmit with the checked values and the session id; field messages, masked; a host's bug shows the generic sentence", async () => {
    const calls: SubmitArgs[] = [];
    let answer: () => unknown = () =>
      Promise.reject(Object.assign(new Error('Acme refused sk-12345678.'), { fields: { apiKey: 'sk-12345678 was revoked.' } }));
    const session = createLinkSession({ catalog, onSubmit: (args) => (calls.push(args), answer() as never) });
    const events = record(session);
    await session.ready;
    await session.select('acme-ats');
    expect(await session.connect({ apiKey: 'sk-12345678', subdomain: 'NO' })).to.deep.include({ ok: false, reason: 'invalid' });
    expect(calls).to.have.length(0);
    const refused = await session.connect({ apiKey: ' sk-12345678 ', subdomain: 'acme' });
    expect(refused).to.deep.equal({ ok: false, reason: 'host', message: 'Acme refused •••.', fields: { apiKey: '••• was revoked.' } });
    expect(calls[0]!.values).to.deep.equal({ apiKey: 'sk-12345678', subdomain: 'acme' });
    expect(calls[0]!.sessionId).to.equal(session.sessionId);
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    answer = () => (undefined as unknown as { x: { y: 1 } }).x.y;
    try {
      expect(await session.connect({ apiKey: 'k', subdomain: 'acme' })).to.deep.include({
        ok: false,
        reason: 'host',
        message: 'Something went wrong. Try again.',
      });
    } finally {
      console.error = error;
    }
    expect(logged).to.have.length(1);
    answer = () => ({ accountId: 'a1', label: 'Acme' });
    expect(await session.connect({ apiKey: 'k', subdomain: 'acme' })).to.deep.equal({
      ok: true,
      result: { accountId: 'a1', label: 'Acme' },
    });
    session.end();
    expect(events.map((e) => e.name)).to.deep.equal(['open', 'select-provider', 'submit', 'error', 'submit', 'error', 'submit', 'success']);
    expect(new Set(events.map((e) => e.sessionId)).size).to.equal(1);
    expect(JSON.stringify(events)).not.to.contain('sk-12345678');
  });

  it('a redirect provider: a window opened in the call, sent to redirectUrl, and only the callback with this state links', async () => {
    let state = '';
    const session = createLinkSession({
      catalog,
      onSubmit: (args) => ((state = args.state!), { redirectUrl: '/test/elements/sign-in-page.html' }),
    });
    const events = record(session);
    await session.ready;
    await session.select('orbit-hr');
    const realOpen = window.open;
    let win: Window | null = null;
    window.open = (...args) => (win = realOpen.apply(window, args));
    let outcome;
    try {
      outcome = session.connect({ workspace: 'acme' });
    } finally {
      window.open = realOpen;
    }
    await waitUntil(
      () => win && !win.closed && win.location.pathname === '/test/elements/sign-in-page.html',
      'the window was not sent to redirectUrl',
    );
    expect(state).to.match(/^[0-9a-f]{32}$/);
    window.postMessage({ type: 'link-hub:oauth', state: 'forged', ok: true, result: { accountId: 'evil' } }, location.origin);
    window.postMessage({ type: 'link-hub:oauth', state, ok: true, result: { accountId: 'o-1', label: 'Orbit · acme' } }, location.origin);
    expect(await outcome).to.deep.equal({ ok: true, result: { accountId: 'o-1', label: 'Orbit · acme' } });
    expect(events.map((e) => e.name)).to.include.members(['sign-in-open', 'success']);
    expect(win!.closed).to.be.true;
  });
});
