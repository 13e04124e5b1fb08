/**
 * What happened, for a host's product team: the `link-hub-event` sequence of a linked
 * session and of each kind of exit, the session id shared with `onSubmit`, the reasons on
 * `link-hub-error`, and a host's messages on the fields they are about. Canary values are
 * typed and every event is scanned for them.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { FunnelDetail, LinkHub, SubmitArgs } from '../../src/index.js';
import { catalog } from './catalog.js';
import { captureWarnings, connect, dialog, focused, input, providerButtons, root, search, submitButton, typeAll } from './helpers.js';

before(() => import('../../src/elements/link-hub/provider-view.js'));

/** Every funnel event the hub sends, from now on. */
function record(hub: LinkHub) {
  const events: FunnelDetail[] = [];
  hub.addEventListener('link-hub-event', (e) => events.push(e.detail));
  const names = () => events.map((e) => e.name);
  const next = (name: FunnelDetail['name']) =>
    new Promise<FunnelDetail>((resolve) => {
      const seen = events.length;
      const check = () => {
        const found = events.slice(seen).find((e) => e.name === name);
        if (found) resolve(found);
        else hub.addEventListener('link-hub-event', check, { once: true });
      };
      hub.addEventListener('link-hub-event', check, { once: true });
    });
  return { events, names, next };
}

const CANARY = { 'API Key': 'canary-key-8c1f2e7d', Subdomain: 'canaryco' };
/** No event holds a typed value, nor any field's length. */
function expectClean(events: FunnelDetail[]) {
  const text = JSON.stringify(events);
  for (const value of Object.values(CANARY)) expect(text).not.to.contain(value);
  const allowed = new Set([
    'name',
    'sessionId',
    'at',
    'providerKey',
    'query',
    'results',
    'attempt',
    'reason',
    'view',
    'typed',
    'lastError',
  ]);
  for (const event of events) for (const key of Object.keys(event)) expect(allowed.has(key), `unexpected detail key ${key}`).to.be.true;
}

async function hubWith(onSubmit?: LinkHub['onSubmit']) {
  const hub = await fixture<LinkHub>(html`<link-hub .catalog=${catalog} .onSubmit=${onSubmit}></link-hub>`);
  return { hub, ...record(hub) };
}

describe('the funnel', () => {
  it('a linked session: open, search once the user pauses, select-provider, submit, error with its reason, a second submit, success; one session id, shared with onSubmit; no exit', async () => {
    const calls: SubmitArgs[] = [];
    let fail = true;
    const { hub, events, names, next } = await hubWith((args) => {
      calls.push(args);
      if (fail) return Promise.reject(new Error('Acme refused this key.'));
      return { accountId: 'a1', label: 'Acme' };
    });
    await hub.show();
    const searched = next('search');
    search(hub).focus();
    await sendKeys({ type: 'acm' });
    const detail = await searched;
    expect(detail).to.include({ name: 'search', query: 'acm', results: 1 });
    providerButtons(hub)[0]!.click();
    await waitUntil(() => names().includes('select-provider'));
    await hub.updateComplete;
    await waitUntil(() => root(hub).querySelector('form'));
    await typeAll(hub, CANARY);
    const failed = oneEvent(hub, 'link-hub-error');
    await connect(hub);
    expect((await failed).detail.reason).to.equal('host');
    fail = false;
    const linked = oneEvent(hub, 'link-hub-success');
    await connect(hub);
    await linked;
    await hub.close();
    expect(names()).to.deep.equal(['open', 'search', 'select-provider', 'submit', 'error', 'submit', 'success']);
    expect(events.filter((e) => e.name === 'submit').map((e) => e.name === 'submit' && e.attempt)).to.deep.equal([1, 2]);
    expect(events.find((e) => e.name === 'error')).to.include({ providerKey: 'acme-ats', reason: 'host' });
    const ids = new Set(events.map((e) => e.sessionId));
    expect(ids.size).to.equal(1);
    expect(calls.map((c) => c.sessionId)).to.deep.equal([...ids, ...ids]);
    const at = events.map((e) => e.at);
    expect(at).to.deep.equal([...at].sort((a, b) => a - b));
    expectClean(events);
  });

  it('each kind of exit says where the user left, whether they typed, how it closed and the last error', async () => {
    const cases: [string, (hub: LinkHub) => Promise<void>, Partial<FunnelDetail>][] = [
      [
        'the close button on the list',
        async (hub) => root(hub).querySelector<HTMLButtonElement>('[part=close-button]')!.click(),
        { view: 'list', typed: false, reason: 'close-button' },
      ],
      [
        'Escape on a provider, with something typed',
        async (hub) => {
          providerButtons(hub)[0]!.click();
          await waitUntil(() => root(hub).querySelector('form'));
          await typeAll(hub, { Subdomain: CANARY.Subdomain });
          input(hub, 'Subdomain').focus();
          await sendKeys({ press: 'Escape' });
        },
        { view: 'provider', typed: true, reason: 'escape' },
      ],
      [
        'a click on the backdrop',
        async (hub) => {
          const box = dialog(hub).getBoundingClientRect();
          dialog(hub).dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: box.left - 1, clientY: 1 }));
          dialog(hub).dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left - 1, clientY: 1 }));
        },
        { view: 'list', typed: false, reason: 'backdrop' },
      ],
      [
        'the host closing it after a refused key',
        async (hub) => {
          hub.onSubmit = () => Promise.reject(new Error('no'));
          providerButtons(hub)[0]!.click();
          await waitUntil(() => root(hub).querySelector('form'));
          await typeAll(hub, CANARY);
          const failed = oneEvent(hub, 'link-hub-error');
          await connect(hub);
          await failed;
          await hub.close();
        },
        { view: 'provider', typed: true, reason: 'host', lastError: 'host' },
      ],
      [
        'the host closing it while Connect is pending',
        async (hub) => {
          hub.onSubmit = () => new Promise(() => {});
          providerButtons(hub)[0]!.click();
          await waitUntil(() => root(hub).querySelector('form'));
          await typeAll(hub, CANARY);
          await connect(hub);
          await hub.updateComplete;
          await hub.close();
        },
        { view: 'pending', typed: true, reason: 'host' },
      ],
    ];
    for (const [name, leave, expected] of cases) {
      const { hub, events, next } = await hubWith();
      await hub.show();
      const exit = next('exit');
      await leave(hub);
      const detail = await exit;
      expect(detail, name).to.deep.include({ name: 'exit', ...expected });
      if (!('lastError' in expected)) expect(detail, name).not.to.have.property('lastError');
      expect(
        events.filter((e) => e.name === 'exit'),
        name,
      ).to.have.length(1);
      expect(new Set(events.map((e) => e.sessionId)).size, name).to.equal(1);
      expectClean(events);
    }
  });

  it('opening again starts a new session with a new id; a search typed just before closing still goes out', async () => {
    const { hub, events, next } = await hubWith();
    await hub.show();
    search(hub).focus();
    await sendKeys({ type: 'zz' });
    await hub.close();
    await hub.show();
    await hub.close();
    expect(events.map((e) => e.name)).to.deep.equal(['open', 'search', 'exit', 'open', 'exit']);
    expect(events[1]).to.include({ query: 'zz', results: 0 });
    expect(events[0]!.sessionId).not.to.equal(events[3]!.sessionId);
    void next;
  });

  it('inline: the first render opens a session; close() ends it and the next begins', async () => {
    const events: FunnelDetail[] = [];
    const hub = document.createElement('link-hub') as LinkHub;
    hub.addEventListener('link-hub-event', (e) => events.push(e.detail));
    hub.inline = true;
    hub.catalog = catalog;
    document.body.append(hub);
    try {
      await hub.updateComplete;
      expect(events.map((e) => e.name)).to.deep.equal(['open']);
      await hub.close();
      await hub.updateComplete;
      expect(events.map((e) => e.name)).to.deep.equal(['open', 'exit', 'open']);
      expect(events[1]).to.include({ view: 'list', reason: 'host' });
    } finally {
      hub.remove();
    }
  });

  it('a catalog that cannot load is link-hub-error with reason catalog', async () => {
    const warnings = captureWarnings();
    try {
      const hub = document.createElement('link-hub') as LinkHub;
      const failed = oneEvent(hub, 'link-hub-error');
      hub.catalog = { providers: 'nope' };
      document.body.append(hub);
      expect((await failed).detail).to.include({ providerKey: null, reason: 'catalog' });
      hub.remove();
    } finally {
      warnings.restore();
    }
  });
});

describe("a host's error on a field", () => {
  it('each message shows on its field (described, aria-invalid), focus goes to the first, values are kept, editing answers it', async () => {
    const { hub } = await hubWith(() =>
      Promise.reject(
        Object.assign(new Error('Acme refused these credentials.'), {
          fields: { subdomain: 'No workspace is called this.', apiKey: `This key (${CANARY['API Key']}) was revoked.` },
        }),
      ),
    );
    await hub.show('acme-ats');
    await typeAll(hub, CANARY);
    const failed = oneEvent(hub, 'link-hub-error');
    await connect(hub);
    const { detail } = await failed;
    await hub.updateComplete;
    await hub.updateComplete;
    const described = (label: string) => {
      const field = input(hub, label);
      return (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => root(hub).getElementById(id)?.textContent?.trim());
    };
    expect(described('API Key')).to.include('This key (•••) was revoked.');
    expect(described('Subdomain')).to.include('No workspace is called this.');
    expect(input(hub, 'API Key').getAttribute('aria-invalid')).to.equal('true');
    expect(input(hub, 'Subdomain').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(hub)).to.equal(input(hub, 'API Key'));
    expect(input(hub, 'API Key').value).to.equal(CANARY['API Key']);
    expect(input(hub, 'Subdomain').value).to.equal(CANARY.Subdomain);
    expect(detail.message).to.equal('Acme refused these credentials.');
    expect(root(hub).querySelector('[part=error]')!.textContent).to.contain('Acme refused these credentials.');
    await typeAll(hub, { Subdomain: 'acme2' });
    expect(input(hub, 'Subdomain').getAttribute('aria-invalid')).to.equal('false');
    expect(input(hub, 'API Key').getAttribute('aria-invalid')).to.equal('true');
    await expect(hub).to.be.accessible();
    expect(submitButton(hub).disabled).to.be.false;
  });

  it('a key the provider has no field for warns the host once', async () => {
    const warnings = captureWarnings();
    try {
      const { hub } = await hubWith(() => Promise.reject(Object.assign(new Error('no'), { fields: { apikey: 'wrong case' } })));
      await hub.show('acme-ats');
      await typeAll(hub, CANARY);
      for (let i = 0; i < 2; i++) {
        const failed = oneEvent(hub, 'link-hub-error');
        await connect(hub);
        await failed;
      }
      expect(warnings.messages.filter((m) => m.includes('fields.apikey'))).to.have.length(1);
      expect(warnings.messages[0]).to.contain('has no field "apikey" (its fields: apiKey, subdomain, region)');
    } finally {
      warnings.restore();
    }
  });
});

describe('where to find a field', () => {
  const text = (t: string) => ({ type: 'text' as const, text: t });
  const birch = {
    key: 'birch-hr',
    name: 'Birch HR',
    authType: 'api_key' as const,
    warnings: [],
    sections: [
      {
        title: 'Get your key',
        content: [],
        steps: [
          { title: 'Sign in as an admin', content: [{ type: 'paragraph' as const, children: [text('Use an admin account.')] }] },
          {
            id: 'step-1-2',
            title: 'Copy the API key',
            content: [
              {
                type: 'paragraph' as const,
                children: [text('Copy the '), { type: 'strong' as const, children: [text('API key')] }, text('.')],
              },
            ],
          },
        ],
      },
    ],
    fields: [
      { key: 'apiKey', label: 'API Key', type: 'secret' as const, secret: true, step: 'step-1-2' },
      { key: 'region', label: 'Region', required: false },
    ],
  };

  for (const [lang, name] of [
    ['en', 'Where to find API Key'],
    ['fr', 'Où trouver : API Key'],
  ] as const) {
    for (const inline of [false, true]) {
      it(`${lang}, ${inline ? 'inline' : 'modal'}: a button by a field the guide explains brings its step into view and focuses it; none for a field it does not`, async () => {
        const hub = await fixture<LinkHub>(html`<link-hub lang=${lang} ?inline=${inline} .catalog=${{ providers: [birch] }}></link-hub>`);
        await hub.show('birch-hr');
        await waitUntil(() => root(hub).querySelector('.find')?.textContent?.trim() === name, `no button named ${name}`);
        const buttons = [...root(hub).querySelectorAll<HTMLButtonElement>('form button')].filter((b) =>
          b.textContent!.trim().startsWith(name.split(' ')[0]!),
        );
        expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([name]);
        buttons[0]!.click();
        await hub.updateComplete;
        await hub.updateComplete;
        const step = focused(hub) as HTMLElement;
        expect(step.getAttribute('part')).to.equal('step');
        expect(step.querySelector('h4')!.textContent).to.equal('Copy the API key');
        await expect(hub).to.be.accessible();
      });
    }
  }
});
