/**
 * What a careless host, a hostile page and an ordinary user do to a hub that holds
 * secrets, in real Chromium: reopening in one task, window names, translated secret
 * fields, echoed secrets, deep catalogs, reveal state, drags onto the backdrop, long
 * words, split catalogs in other languages, callback origins and password managers.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import type { LinkHub, SubmitArgs, SubmitResult } from '../../src/index.js';
import type { Catalog, Provider } from '../../src/schema/guide.js';
import { acme, catalog, oauthCatalog } from './catalog.js';
import { captureWarnings, dialog, input, openHub, providerButtons, root, submitButton, title, type, typeAll } from './helpers.js';

before(() => import('../../src/elements/link-hub/provider-view.js'));

describe('trust', () => {
  describe('show() and close() in any order end in the state of the last call', () => {
    it('close() then show(key, { accountId }) in one task leaves the hub open on that provider, awaited or not', async () => {
      for (const awaited of [true, false]) {
        const hub = await fixture<LinkHub>(
          html`<link-hub .catalog=${catalog} .linkedAccounts=${[{ providerKey: 'acme-ats', accountId: 'a1', label: 'Acme' }]}></link-hub>`,
        );
        await hub.show();
        // The dialog's close event, queued by close(), arrives after the reopen.
        const closeEvent = oneEvent(dialog(hub), 'close');
        if (awaited) await hub.close();
        else void hub.close();
        await hub.show('acme-ats', { accountId: 'a1' });
        await closeEvent;
        // How soon the browser delivers that queued event depends on what the reopen waited for
        // (a module, a guide fetch): here it comes after the reopen, as it does on a slower page.
        dialog(hub).dispatchEvent(new Event('close'));
        await hub.updateComplete;
        expect(hub.open, `awaited: ${awaited}`).to.be.true;
        expect(dialog(hub).open).to.be.true;
        expect(root(hub).querySelector('#creds')!.textContent).to.equal('Re-link Acme');
      }
    });

    it('show(key) then close() in one task leaves the hub closed', async () => {
      const hub = await openHub();
      const shown = hub.show('acme-ats');
      const closed = hub.close();
      await Promise.all([shown, closed]);
      await hub.updateComplete;
      expect(hub.open).to.be.false;
      expect(dialog(hub).open).to.be.false;
    });
  });

  describe('the sign-in window', () => {
    async function signIn(hub: LinkHub) {
      const calls: SubmitArgs[] = [];
      hub.onSubmit = (args) => (calls.push(args), { redirectUrl: '/test/elements/sign-in-page.html' } as SubmitResult);
      await hub.show('orbit-hr');
      type(hub, 'Workspace', 'acme');
      await hub.updateComplete;
      input(hub, 'Workspace').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => calls.length === 1 && root(hub).querySelector('#wait'), 'the hub never waited for the sign-in');
      await hub.updateComplete;
      return calls[0]!;
    }

    it('has a name of its own for each attempt', async () => {
      const names: string[] = [];
      const realOpen = window.open;
      window.open = (url, target, features) => (names.push(String(target)), realOpen.call(window, url, target, features));
      try {
        const hub = await fixture<LinkHub>(html`<link-hub .catalog=${oauthCatalog}></link-hub>`);
        await signIn(hub);
        await hub.close();
        await signIn(hub);
        await hub.close();
      } finally {
        window.open = realOpen;
      }
      expect(names).to.have.length(2);
      expect(names[0]).to.match(/^link-hub-sign-in-[0-9a-f]{32}$/);
      expect(names[1]).not.to.equal(names[0]);
    });

    it("tells nothing of the attempt's state: any page that loads in the window can read its name", async () => {
      const names: string[] = [];
      const realOpen = window.open;
      window.open = (url, target, features) => (names.push(String(target)), realOpen.call(window, url, target, features));
      try {
        const hub = await fixture<LinkHub>(html`<link-hub .catalog=${oauthCatalog}></link-hub>`);
        const { state } = await signIn(hub);
        await hub.close();
        expect(state).to.match(/^[0-9a-f]{32}$/);
        expect(names[0]!.includes(state!), `${names[0]} holds the state`).to.be.false;
      } finally {
        window.open = realOpen;
      }
    });

    it("is taken as blocked when window.open hands back the hub's own window, which is never navigated or closed", async () => {
      const realOpen = window.open;
      const here = location.href;
      window.open = () => window; // a window named like the attempt's already is this one
      try {
        const hub = await fixture<LinkHub>(html`<link-hub .catalog=${oauthCatalog}></link-hub>`);
        await signIn(hub);
        expect(root(hub).querySelector('#wait')!.textContent).to.equal('Your browser blocked the sign-in window.');
        await hub.close();
      } finally {
        window.open = realOpen;
      }
      expect(location.href).to.equal(here);
      expect(window.closed).to.be.false;
    });

    it('an oauth-origin that is not http(s) (about:blank, data:) is refused: a generic message and a warning for the host', async () => {
      for (const origin of ['about:blank', 'data:text/html,hi']) {
        const warnings = captureWarnings();
        try {
          const hub = await fixture<LinkHub>(html`<link-hub .catalog=${oauthCatalog} oauth-origin=${origin}></link-hub>`);
          hub.onSubmit = () => ({ redirectUrl: '/test/elements/sign-in-page.html' });
          await hub.show('orbit-hr');
          type(hub, 'Workspace', 'acme');
          await hub.updateComplete;
          const failed = oneEvent(hub, 'link-hub-error');
          input(hub, 'Workspace').focus();
          await sendKeys({ press: 'Enter' });
          await failed;
          await hub.updateComplete;
          expect(root(hub).querySelector('#wait')).to.be.null;
          expect(root(hub).querySelector('[part=error]')!.textContent).to.contain('Something went wrong');
          expect(warnings.messages.join('\n')).to.contain('oauth-origin must be an http(s) origin');
        } finally {
          warnings.restore();
        }
      }
    });

    it("a blocked window's new-tab link keeps no opener when the callback is on this page's origin, and keeps it for another", async () => {
      for (const [origin, rel] of [
        ['', 'noopener'],
        ['https://auth.example.com', 'opener'],
      ] as const) {
        const realOpen = window.open;
        window.open = () => null;
        try {
          const hub = await fixture<LinkHub>(html`<link-hub .catalog=${oauthCatalog} oauth-origin=${origin}></link-hub>`);
          await signIn(hub);
          expect(root(hub).querySelector<HTMLAnchorElement>('[part=waiting] a')!.rel).to.equal(rel);
          await hub.close();
        } finally {
          window.open = realOpen;
        }
      }
    });
  });

  describe('the callback page, bundled', () => {
    /** Every message on the callback's BroadcastChannel until the callback page says it is done. */
    async function broadcastsUntilDone(open: () => void): Promise<unknown[]> {
      const heard: unknown[] = [];
      const channel = new BroadcastChannel('link-hub:oauth');
      const done = new Promise<void>((resolve) => {
        channel.onmessage = (e) => (e.data?.type === 'test:done' ? resolve() : heard.push(e.data));
      });
      open();
      await done;
      channel.close();
      return heard;
    }

    it('broadcasts to the tabs of the origin only when it has no opener to post to', async () => {
      const url = (state: string) => `/test/elements/callback-module.html?state=${state}&ok=1&done=1`;
      let popup: Window | null = null;
      const withOpener = await broadcastsUntilDone(() => (popup = window.open(url('s3'), 'cb-opener')));
      (popup as Window | null)?.close();
      expect(withOpener, 'a window with an opener broadcast what it received').to.deep.equal([]);
      const cutOff = await broadcastsUntilDone(() => window.open(url('s4'), 'cb-cut-off', 'noopener'));
      expect(cutOff).to.deep.equal([{ type: 'link-hub:oauth', state: 's4', ok: true, result: {} }]);
    });

    it('finishSignIn posts to the page\'s own origin, and refuses "*" (nothing posted, the page says so)', async () => {
      const received: unknown[] = [];
      const listen = (e: MessageEvent) => e.data?.type === 'link-hub:oauth' && received.push(e.data);
      addEventListener('message', listen);
      try {
        const refused = window.open('/test/elements/callback-module.html?state=s1&ok=1&target=*', 'cb-star')!;
        await waitUntil(() => refused.document?.body?.textContent?.includes('set up wrongly'), 'the page did not say it is set up wrongly');
        expect((refused as unknown as { posted: boolean }).posted).to.be.false;
        refused.close();
        const popup = window.open(
          `/test/elements/callback-module.html?state=s2&ok=1&target=${encodeURIComponent(location.origin)}`,
          'cb-ok',
        )!;
        await waitUntil(() => received.length === 1, 'no message from the callback page');
        popup.close();
        expect(received).to.deep.equal([{ type: 'link-hub:oauth', state: 's2', ok: true, result: {} }]);
      } finally {
        removeEventListener('message', listen);
      }
    });
  });

  describe('translated guides', () => {
    it('a localized field takes its nature from the default guide: a translated key label stays a secret', async () => {
      const french: Provider = {
        ...acme,
        name: 'Acme ATS',
        fields: [
          { key: 'apiKey', label: 'Clé API', type: 'text', secret: false, required: false },
          { key: 'subdomain', label: 'Sous-domaine', type: 'text', secret: false, required: false },
          { key: 'injected', label: 'Extra', type: 'text', secret: false, required: true },
        ],
      };
      const hub = await fixture<LinkHub>(
        html`<link-hub lang="fr" .catalog=${{ providers: [acme], locales: [{ locale: 'fr', providers: [french] }] } satisfies Catalog}></link-hub>`,
      );
      await hub.show('acme-ats');
      await waitUntil(() => root(hub).querySelector('label'), 'no form');
      const key = input(hub, 'Clé API');
      expect(key.type).to.equal('password');
      expect(key.required).to.be.true;
      expect(input(hub, 'Sous-domaine').required).to.be.true;
      expect([...root(hub).querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal([
        'Clé API',
        'Sous-domaine',
        'Region',
      ]);
    });

    it("a split catalog loads the guide in the user's language (<locale>/<key>.json), with the default's field nature", async () => {
      const hub = await fixture<LinkHub>(html`<link-hub lang="fr" catalog="/test/elements/split/index.json"></link-hub>`);
      await hub.show('acme-ats');
      await waitUntil(() => root(hub).querySelector('[part=step] h4'), 'no guide');
      expect(root(hub).querySelector('[part=step] h4')!.textContent).to.equal('Ouvrir les réglages');
      expect(input(hub, 'Clé API').type).to.equal('password');
    });
  });

  describe('echoed secrets', () => {
    const KEY = 'sk_live_Z9y8X7w6V5u4T3s2R1q0P9o8';
    const USER = 'ops@acme.example';
    async function failWith(message: string, values = { 'API Key': KEY, Subdomain: 'acme' }) {
      const hub = await openHub({ provider: 'acme-ats', onSubmit: () => Promise.reject(new Error(message)) });
      await typeAll(hub, values);
      const failed = oneEvent(hub, 'link-hub-error');
      submitButton(hub).click();
      const { detail } = await failed;
      await hub.updateComplete;
      return { shown: root(hub).querySelector('[part=error]')!.textContent!, sent: detail.message };
    }
    /** Whether any 8 characters of `secret` in a row appear in `text`. */
    const leaks = (text: string, secret: string) => [...Array(secret.length - 7).keys()].some((i) => text.includes(secret.slice(i, i + 8)));

    it('a key that straddles the 500-character cut is masked before the cut', async () => {
      const { shown, sent } = await failWith(`${'x'.repeat(490)} ${KEY} rejected`);
      expect(sent.length).to.be.at.most(500);
      expect(leaks(sent, KEY)).to.be.false;
      expect(leaks(shown, KEY)).to.be.false;
    });

    it('URL-encoded, JSON-escaped, base64 and Basic-auth echoes are masked too', async () => {
      const tricky = 'k3y/with+sp ce"q';
      const basic = btoa(`${USER}:${tricky}`);
      for (const echo of [encodeURIComponent(tricky), JSON.stringify(tricky), btoa(tricky), `Authorization: Basic ${basic}`]) {
        const hub = await openHub({ provider: 'plainly', onSubmit: () => Promise.reject(new Error(`upstream said: ${echo}`)) });
        await typeAll(hub, { Username: USER, Password: tricky });
        const failed = oneEvent(hub, 'link-hub-error');
        submitButton(hub).click();
        const { detail } = await failed;
        expect(detail.message, echo).to.contain('•••');
        expect(leaks(detail.message, echo.replace('Authorization: Basic ', '').replace(/^"|"$/g, '')), echo).to.be.false;
      }
    });

    it('the encodings servers really use are masked in the alert and in link-hub-error: Basic user:KEY and KEY:, base64 at any offset, form encoding, %xx in lower case, \\/, HTML entities, a cut prefix', async () => {
      const key = 'sk_live_9Zq~/x7Lm2Pq'; // 20 characters: its base64 shares no text with base64 of a longer text holding it
      const lower = (s: string) => s.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
      const encoded = [
        btoa(`not-typed:${key}`),
        btoa(`${key}:`),
        btoa(`{"k":"${key}"}`),
        encodeURIComponent(key).replace('~', '%7E'),
        lower(encodeURIComponent(key).replace('~', '%7E')),
        key.replaceAll('/', '\\/'),
        key.replace('/', '&#x2F;').replace('~', '&#126;'),
        key.slice(0, 11),
      ];
      for (const echo of encoded) {
        const { shown, sent } = await failWith(`upstream said: ${echo}... refused`, { 'API Key': key, Subdomain: 'acme' });
        for (const text of [shown, sent]) {
          expect(text, echo).to.contain('•••');
          expect(text.includes(echo), `${echo} -> ${text}`).to.be.false;
          expect(text.includes(key.slice(0, 8)), `${echo} -> ${text}`).to.be.false;
        }
      }
    });
  });

  describe('deep and large catalogs', () => {
    const deep = (levels: number) => {
      let value: unknown = 'x';
      for (let i = 0; i < levels; i++) value = [value];
      return value;
    };

    it('a catalog object nested 5,000 levels is refused with link-hub-error naming the limit, and no unhandled rejection', async () => {
      const unhandled: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
      addEventListener('unhandledrejection', onRejection);
      const warnings = captureWarnings();
      try {
        const hub = document.createElement('link-hub');
        const failed = oneEvent(hub, 'link-hub-error');
        hub.catalog = { providers: [{ ...acme, warnings: [deep(5000)] }] };
        document.body.append(hub);
        const { detail } = await failed;
        expect(detail.message).to.contain('deeper than 32 levels');
        await hub.show();
        expect(root(hub).querySelector('[role=alert]')!.textContent).to.equal('Integrations are unavailable right now.');
        hub.remove();
      } finally {
        warnings.restore();
        removeEventListener('unhandledrejection', onRejection);
      }
      expect(unhandled).to.deep.equal([]);
    });

    it('a catalog streamed without end (no content-length) is read only up to the limit, then refused naming it and the URL', async () => {
      const realFetch = window.fetch;
      const chunk = new Uint8Array(1 << 20).fill(0x20); // 1 MB of spaces: valid JSON whitespace, forever
      let sent = 0;
      let cancelled = false;
      window.fetch = async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              if (sent >= 200 << 20) return controller.close();
              sent += chunk.byteLength;
              controller.enqueue(chunk);
            },
            cancel: () => void (cancelled = true),
          }),
          { headers: { 'content-type': 'application/json' } },
        );
      try {
        const hub = document.createElement('link-hub');
        const failed = oneEvent(hub, 'link-hub-error');
        hub.setAttribute('catalog', '/x/endless.json');
        document.body.append(hub);
        const { detail } = await failed;
        hub.remove();
        expect(detail.message).to.equal(`catalog ${location.origin}/x/endless.json is larger than 5000000 bytes`);
        expect(sent, 'bytes the hub let the server send').to.be.below(8 << 20);
        expect(cancelled).to.be.true;
      } finally {
        window.fetch = realFetch;
      }
    });

    it('a fetched catalog too deep or too large names the limit and the URL; a split guide that failed is tried again', async () => {
      const realFetch = window.fetch;
      let bodyCalls = 0;
      window.fetch = async (input: RequestInfo | URL) => {
        const url = String(input);
        if (url.endsWith('/deep.json')) return new Response(JSON.stringify({ providers: deep(5000) }));
        if (url.endsWith('/huge.json')) return new Response('{"providers":[]}', { headers: { 'content-length': '6000000' } });
        if (url.endsWith('/split-deep/index.json'))
          return new Response(JSON.stringify({ providers: [{ key: 'acme-ats', name: 'Acme ATS', authType: 'api_key' }] }));
        if (url.endsWith('/split-deep/acme-ats.json'))
          return new Response(JSON.stringify(++bodyCalls === 1 ? { ...acme, warnings: [deep(5000)] } : acme));
        return realFetch(input);
      };
      const warnings = captureWarnings();
      try {
        for (const [file, why] of [
          ['deep.json', 'nests deeper than 32 levels'],
          ['huge.json', 'is larger than 5000000 bytes'],
        ]) {
          const hub = document.createElement('link-hub');
          const failed = oneEvent(hub, 'link-hub-error');
          hub.setAttribute('catalog', `/x/${file}`);
          document.body.append(hub);
          const { detail } = await failed;
          expect(detail.message).to.equal(`catalog ${location.origin}/x/${file} ${why}`);
          hub.remove();
        }
        const hub = await fixture<LinkHub>(html`<link-hub catalog="/split-deep/index.json"></link-hub>`);
        await hub.show('acme-ats');
        await waitUntil(() => root(hub).querySelector('[role=alert]'), 'the first, failing guide did not say unavailable');
        expect(warnings.messages.join('\n')).to.contain('deeper than 32 levels');
        await hub.close();
        await hub.show('acme-ats');
        await waitUntil(() => root(hub).querySelector('form'), 'the guide was not fetched again');
        expect(bodyCalls).to.equal(2);
      } finally {
        window.fetch = realFetch;
        warnings.restore();
      }
    });
  });

  describe('what a user does', () => {
    it('every provider opens with its secrets masked: Show on one does not carry over to the next', async () => {
      const other: Provider = { ...acme, key: 'other-ats', name: 'Other ATS' };
      const hub = await fixture<LinkHub>(html`<link-hub .catalog=${{ providers: [acme, other] }}></link-hub>`);
      await hub.show('acme-ats');
      root(hub).querySelector<HTMLButtonElement>('[part=reveal-button]')!.click();
      await hub.updateComplete;
      expect(input(hub, 'API Key').type).to.equal('text');
      root(hub).querySelector<HTMLButtonElement>('[part=back-button]')!.click();
      await hub.updateComplete;
      providerButtons(hub)[1]!.click();
      await waitUntil(() => title(hub) === 'Connect Other ATS' && root(hub).querySelector('form'));
      await hub.updateComplete;
      expect(input(hub, 'API Key').type).to.equal('password');
      expect(root(hub).querySelector('[part=reveal-button]')!.getAttribute('aria-pressed')).to.equal('false');
    });

    it('selecting text in a field and letting go over the backdrop does not close the hub; a click on the backdrop does', async () => {
      const hub = await openHub({ provider: 'acme-ats' });
      type(hub, 'Subdomain', 'acme-subdomain');
      await hub.updateComplete;
      const box = input(hub, 'Subdomain').getBoundingClientRect();
      const backdrop: [number, number] = [2, Math.round(box.y + box.height / 2)];
      await sendMouse({ type: 'move', position: [Math.round(box.x + 8), Math.round(box.y + box.height / 2)] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: backdrop });
      await sendMouse({ type: 'up' });
      await hub.updateComplete;
      expect(hub.open).to.be.true;
      expect(input(hub, 'Subdomain').value).to.equal('acme-subdomain');
      const closed = oneEvent(hub, 'link-hub-close');
      await sendMouse({ type: 'click', position: backdrop });
      await closed;
      await resetMouse();
    });

    it('long words (a 300-character URL, a very long name) never widen the layout past the dialog', async () => {
      const long = 'https://docs.example.com/' + 'a'.repeat(300);
      const name = 'Averyveryverylongprovidername'.repeat(10);
      const wide: Provider = {
        ...acme,
        key: 'wide',
        name,
        sections: [
          {
            title: long,
            content: [
              {
                type: 'paragraph',
                children: [
                  { type: 'link', href: long, children: [{ type: 'text', text: long }] },
                  { type: 'code', text: 'T'.repeat(300) },
                ],
              },
            ],
            steps: [{ title: long, content: [{ type: 'paragraph', children: [{ type: 'text', text: 'B'.repeat(300) }] }] }],
          },
        ],
      };
      const hub = await fixture<LinkHub>(html`<link-hub .catalog=${{ providers: [wide, acme] }}></link-hub>`);
      for (const key of [undefined, 'wide']) {
        await hub.show(key);
        await hub.updateComplete;
        const frame = dialog(hub).getBoundingClientRect();
        const outside = [...root(hub).querySelectorAll('*')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > frame.right + 1 || r.left < frame.left - 1);
        });
        expect(
          outside.map((el) => el.outerHTML.slice(0, 60)),
          `view: ${key ?? 'list'}`,
        ).to.deep.equal([]);
        const body = root(hub).querySelector('.body')!;
        expect(body.scrollWidth).to.be.at.most(body.clientWidth);
        // ... and a short word never breaks: the Show button reads on one line.
        const reveal = root(hub).querySelector('[part=reveal-button]');
        if (reveal) {
          const range = document.createRange();
          range.selectNodeContents([...reveal.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!);
          expect(range.getClientRects().length, 'Show stays on one line').to.equal(1);
        }
      }
    });

    it('secret fields keep password managers out: no saving a key as the site password, no filling one in', async () => {
      const hub = await openHub({ provider: 'acme-ats' });
      const key = input(hub, 'API Key');
      expect(key.type).to.equal('password');
      expect(key.autocomplete).to.equal('one-time-code');
      for (const attr of ['data-1p-ignore', 'data-lpignore', 'data-bwignore', 'data-form-type'])
        expect(key.hasAttribute(attr), attr).to.be.true;
      expect(input(hub, 'Subdomain').getAttribute('autocomplete')).to.equal('off');
      expect(root(hub).querySelector('form')!.getAttribute('autocomplete')).to.equal('off');
    });
  });
});
